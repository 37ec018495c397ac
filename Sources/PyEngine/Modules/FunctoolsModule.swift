/// `functools`: `reduce` in Swift; wrappers, `partial`, memoizing and ordering
/// helpers in Python, since they build functions and classes out of Python ones.
extension VM {
    func makeFunctoolsModule() throws -> PyModule {
        try makeModule("functools", native: [nativeFunction("reduce") { vm, args in try vm.reduce(args) }],
                       source: Self.functoolsSource)
    }

    /// `reduce(function, iterable[, initial])`: folds the items from the left.
    private func reduce(_ args: CallArgs) throws -> Value {
        try args.expect("reduce", min: 2, max: 3)
        let items: Value
        do { items = try getIterator(args[1]) } catch let e as PyBaseException where e.type === ExceptionTypes.typeError {
            throw PyError.type("reduce() arg 2 must support iteration")
        }
        var total: Value
        if args.count == 3 {
            total = args[2]
        } else if let first = try nextItem(items) {
            total = first
        } else {
            throw PyError.type("reduce() of empty iterable with no initial value")
        }
        while let item = try nextItem(items) {
            total = try call(args[0], CallArgs([total, item]))
        }
        return total
    }

    private static let functoolsSource = """
    WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__annotations__', '__doc__')
    WRAPPER_UPDATES = ('__dict__',)

    def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
        for name in assigned:
            if hasattr(wrapped, name):
                setattr(wrapper, name, getattr(wrapped, name))
        for name in updated:
            getattr(wrapper, name).update(getattr(wrapped, name, {}))
        wrapper.__wrapped__ = wrapped
        return wrapper

    def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
        def copy_onto(wrapper):
            return update_wrapper(wrapper, wrapped, assigned, updated)
        return copy_onto

    class partial:
        # A nested partial is flattened: partial(partial(f, 1), 2) stores f, (1, 2).
        def __init__(self, *args, **keywords):
            if not args:
                raise TypeError("type 'partial' takes at least one argument")
            func, args = args[0], args[1:]
            if not callable(func):
                raise TypeError("the first argument must be callable")
            if type(func) is partial:
                func, args, keywords = func.func, func.args + args, {**func.keywords, **keywords}
            self.func = func
            self.args = args
            self.keywords = keywords

        def __call__(*call_args, **call_keywords):
            me, extra = call_args[0], call_args[1:]
            return me.func(*me.args, *extra, **{**me.keywords, **call_keywords})

        def __repr__(self):
            shown = [repr(self.func)] + [repr(a) for a in self.args]
            shown += [f"{name}={value!r}" for name, value in self.keywords.items()]
            cls = type(self)
            label = "functools.partial" if cls is partial else cls.__qualname__
            return f"{label}({', '.join(shown)})"

    _info_type = []

    def _cache_info(*counts):
        # The CacheInfo named tuple is built on first use: collections imports lazily.
        if not _info_type:
            from collections import namedtuple
            _info_type.append(namedtuple("CacheInfo", "hits misses maxsize currsize", module="functools"))
        return _info_type[0](*counts)

    def _call_key(args, kwargs, typed):
        key = (args, tuple(kwargs.items()))
        if typed:
            key += (tuple(type(a) for a in args), tuple(type(v) for v in kwargs.values()))
        return key

    def _memoize(func, maxsize, typed):
        # `results` is kept in least-recently-used-first order.
        results = {}
        counts = {'hits': 0, 'misses': 0}

        def memoized(*args, **kwargs):
            key = _call_key(args, kwargs, typed)
            if key in results:
                counts['hits'] += 1
                value = results.pop(key)
                results[key] = value
                return value
            counts['misses'] += 1
            value = func(*args, **kwargs)
            if maxsize != 0 and key not in results:
                if maxsize is not None and len(results) >= maxsize:
                    del results[next(iter(results))]
                results[key] = value
            return value

        def cache_info():
            return _cache_info(counts['hits'], counts['misses'], maxsize, len(results))

        def cache_clear():
            results.clear()
            counts['hits'] = counts['misses'] = 0

        memoized.cache_info = cache_info
        memoized.cache_clear = cache_clear
        memoized.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(memoized, func)

    def lru_cache(maxsize=128, typed=False):
        if callable(maxsize) and isinstance(typed, bool):
            return _memoize(maxsize, 128, typed)
        if isinstance(maxsize, int):
            maxsize = max(maxsize, 0)
        elif maxsize is not None:
            raise TypeError('Expected first argument to be an integer, a callable, or None')
        return lambda func: _memoize(func, maxsize, typed)

    def cache(user_function, /):
        return _memoize(user_function, None, False)

    # The four orderings as (direction, strict): '<' is ('less', True).
    _ORDERINGS = {'__lt__': ('less', True), '__le__': ('less', False),
                  '__gt__': ('greater', True), '__ge__': ('greater', False)}

    def _derived_comparison(root, negate, equality):
        # An ordering computed from `root`: its result, maybe negated, then
        # widened with `or ==` or narrowed with `and !=`.
        def compare(self, other):
            result = getattr(type(self), root)(self, other)
            if result is NotImplemented:
                return result
            if negate:
                result = not result
            if equality == 'widen':
                return result or self == other
            if equality == 'narrow':
                return result and self != other
            return result
        return compare

    def _derivation(root, target):
        root_direction, root_strict = _ORDERINGS[root]
        direction, strict = _ORDERINGS[target]
        negate = direction != root_direction
        if strict == root_strict:
            # Same strictness: '<' -> '>' is "not < and !="; '<=' -> '>=' is "not <= or ==".
            return negate, ('narrow' if strict else 'widen')
        if not negate:
            # Same direction: '<' -> '<=' is "< or ==", '<=' -> '<' is "<= and !=".
            return False, ('widen' if root_strict else 'narrow')
        # '<' -> '>=' and '<=' -> '>' are plain negations.
        return True, None

    def total_ordering(cls):
        defined = [name for name in _ORDERINGS if getattr(cls, name, None) is not getattr(object, name, None)]
        if not defined:
            raise ValueError('must define at least one ordering operation: < > <= >=')
        root = max(defined)
        for target in _ORDERINGS:
            if target not in defined:
                method = _derived_comparison(root, *_derivation(root, target))
                method.__name__ = target
                setattr(cls, target, method)
        return cls

    def cmp_to_key(mycmp):
        class KeyWrapper:
            __hash__ = None

            def __init__(self, obj):
                self.obj = obj

        def define(name, test):
            setattr(KeyWrapper, name, lambda self, other: test(mycmp(self.obj, other.obj)))

        define('__lt__', lambda c: c < 0)
        define('__le__', lambda c: c <= 0)
        define('__eq__', lambda c: c == 0)
        define('__ge__', lambda c: c >= 0)
        define('__gt__', lambda c: c > 0)
        return KeyWrapper
    """
}
