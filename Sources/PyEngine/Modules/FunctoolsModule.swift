/// `functools`, written in Python after CPython's `Lib/functools.py`.
extension VM {
    func makeFunctoolsModule() throws -> PyModule {
        try makeModule("functools", source: Self.functoolsSource)
    }

    private static let functoolsSource = """
    WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__')
    WRAPPER_UPDATES = ('__dict__',)

    def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
        for attr in assigned:
            try:
                value = getattr(wrapped, attr)
            except AttributeError:
                pass
            else:
                setattr(wrapper, attr, value)
        for attr in updated:
            getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
        wrapper.__wrapped__ = wrapped
        return wrapper

    def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
        return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)

    class partial:
        def __init__(self, func, *args, **keywords):
            if not callable(func):
                raise TypeError("the first argument must be callable")
            if type(func) is partial:
                args = func.args + args
                keywords = {**func.keywords, **keywords}
                func = func.func
            self.func = func
            self.args = args
            self.keywords = keywords

        def __call__(self, *args, **keywords):
            keywords = {**self.keywords, **keywords}
            return self.func(*self.args, *args, **keywords)

        def __repr__(self):
            parts = [repr(self.func)]
            parts.extend(repr(x) for x in self.args)
            parts.extend(f"{k}={v!r}" for (k, v) in self.keywords.items())
            name = type(self).__qualname__
            if type(self).__module__ == "functools":
                name = "functools." + name
            return f"{name}({', '.join(parts)})"

    _initial_missing = object()

    def reduce(function, sequence, initial=_initial_missing):
        it = iter(sequence)
        if initial is _initial_missing:
            try:
                value = next(it)
            except StopIteration:
                raise TypeError("reduce() of empty iterable with no initial value") from None
        else:
            value = initial
        for element in it:
            value = function(value, element)
        return value

    _CacheInfo = None

    def _cache_info(hits, misses, maxsize, currsize):
        global _CacheInfo
        if _CacheInfo is None:
            from collections import namedtuple
            _CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"], module="functools")
        return _CacheInfo(hits, misses, maxsize, currsize)

    _kwd_mark = object()

    def _make_key(args, kwds, typed):
        key = args
        if kwds:
            key += (_kwd_mark,)
            for item in kwds.items():
                key += item
        if typed:
            key += tuple(type(v) for v in args)
            if kwds:
                key += tuple(type(v) for v in kwds.values())
        elif len(key) == 1 and type(key[0]) in (int, str):
            return key[0]
        return key

    def _lru_wrapper(user_function, maxsize, typed):
        cache = {}
        stats = [0, 0]

        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            if key in cache:
                stats[0] += 1
                result = cache.pop(key)
                cache[key] = result
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            if maxsize == 0:
                return result
            if key not in cache:
                if maxsize is not None and len(cache) >= maxsize:
                    del cache[next(iter(cache))]
                cache[key] = result
            return result

        def cache_info():
            return _cache_info(stats[0], stats[1], maxsize, len(cache))

        def cache_clear():
            cache.clear()
            stats[0] = stats[1] = 0

        wrapper.cache_info = cache_info
        wrapper.cache_clear = cache_clear
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return wrapper

    def lru_cache(maxsize=128, typed=False):
        if isinstance(maxsize, int):
            if maxsize < 0:
                maxsize = 0
        elif callable(maxsize) and isinstance(typed, bool):
            user_function, maxsize = maxsize, 128
            return update_wrapper(_lru_wrapper(user_function, maxsize, typed), user_function)
        elif maxsize is not None:
            raise TypeError('Expected first argument to be an integer, a callable, or None')

        def decorating_function(user_function):
            return update_wrapper(_lru_wrapper(user_function, maxsize, typed), user_function)
        return decorating_function

    def cache(user_function):
        return lru_cache(maxsize=None)(user_function)

    def _from(op, negate, or_equal, and_not_equal):
        def method(self, other):
            result = getattr(type(self), op)(self, other)
            if result is NotImplemented:
                return result
            if negate:
                result = not result
            if or_equal:
                return result or self == other
            if and_not_equal:
                return result and self != other
            return result
        return method

    _convert = {
        '__lt__': [('__gt__', True, False, True), ('__le__', False, True, False), ('__ge__', True, False, False)],
        '__le__': [('__ge__', True, True, False), ('__lt__', False, False, True), ('__gt__', True, False, False)],
        '__gt__': [('__lt__', True, False, True), ('__ge__', False, True, False), ('__le__', True, False, False)],
        '__ge__': [('__le__', True, True, False), ('__gt__', False, False, True), ('__lt__', True, False, False)],
    }

    def total_ordering(cls):
        roots = {op for op in _convert if getattr(cls, op, None) is not getattr(object, op, None)}
        if not roots:
            raise ValueError('must define at least one ordering operation: < > <= >=')
        root = max(roots)
        for opname, negate, or_equal, and_not_equal in _convert[root]:
            if opname not in roots:
                opfunc = _from(root, negate, or_equal, and_not_equal)
                opfunc.__name__ = opname
                setattr(cls, opname, opfunc)
        return cls

    def cmp_to_key(mycmp):
        class K(object):
            def __init__(self, obj):
                self.obj = obj
            def __lt__(self, other):
                return mycmp(self.obj, other.obj) < 0
            def __gt__(self, other):
                return mycmp(self.obj, other.obj) > 0
            def __eq__(self, other):
                return mycmp(self.obj, other.obj) == 0
            def __le__(self, other):
                return mycmp(self.obj, other.obj) <= 0
            def __ge__(self, other):
                return mycmp(self.obj, other.obj) >= 0
            __hash__ = None
        return K
    """
}
