/// The Python half of `collections`: the classes, over the native helpers
/// `CollectionsModule.swift` provides (`_new_dict`, `_make_new`, ...).
extension VM {
    static let collectionsSource = """
    _RESERVED_WORDS = frozenset('False None True and as assert async await break class continue '
                                'def del elif else except finally for from global if import in is '
                                'lambda nonlocal not or pass raise return try while with yield'.split())

    class deque:
        # Items live in a list, left end first. A bounded deque drops items
        # from the end opposite to the one being added to.
        def __init__(self, iterable=(), maxlen=None):
            if maxlen is not None:
                if not isinstance(maxlen, int):
                    raise TypeError("an integer is required")
                if maxlen < 0:
                    raise ValueError("maxlen must be non-negative")
            self._limit = maxlen
            self._data = []
            self.extend(iterable)

        @property
        def maxlen(self):
            return self._limit

        def _overflow(self):
            return self._limit is not None and len(self._data) > self._limit

        def append(self, x):
            self._data.append(x)
            if self._overflow():
                del self._data[0]

        def appendleft(self, x):
            self._data.insert(0, x)
            if self._overflow():
                del self._data[-1]

        def extend(self, iterable):
            for x in list(iterable):
                self.append(x)

        def extendleft(self, iterable):
            for x in list(iterable):
                self.appendleft(x)

        def _take(self, where):
            if not self._data:
                raise IndexError("pop from an empty deque")
            return self._data.pop(where)

        def pop(self):
            return self._take(-1)

        def popleft(self):
            return self._take(0)

        def rotate(self, n=1):
            size = len(self._data)
            if size > 1 and n % size:
                cut = size - n % size
                self._data = self._data[cut:] + self._data[:cut]

        def clear(self):
            self._data = []

        def copy(self):
            return type(self)(self._data, self._limit)

        def __copy__(self):
            return self.copy()

        def count(self, x):
            return self._data.count(x)

        def _position(self, x, start=0, stop=None):
            size = len(self._data)
            start, stop, _ = slice(start, size if stop is None else stop).indices(size)
            for i in range(start, stop):
                if self._data[i] is x or self._data[i] == x:
                    return i
            return -1

        def index(self, x, *bounds):
            i = self._position(x, *bounds)
            if i < 0:
                raise ValueError(f"{x!r} is not in deque")
            return i

        def remove(self, value):
            i = self._position(value)
            if i < 0:
                raise ValueError(f"{value!r} is not in deque")
            del self._data[i]

        def insert(self, i, x):
            if self._limit is not None and len(self._data) >= self._limit:
                raise IndexError("deque already at its maximum size")
            self._data.insert(i, x)

        def reverse(self):
            self._data.reverse()

        def __len__(self):
            return len(self._data)

        def __iter__(self):
            return iter(self._data)

        def __reversed__(self):
            return reversed(self._data)

        def __contains__(self, x):
            return x in self._data

        def _slot(self, i):
            if not isinstance(i, int):
                raise TypeError(f"sequence index must be integer, not '{type(i).__name__}'")
            if i < -len(self._data) or i >= len(self._data):
                raise IndexError("deque index out of range")
            return i

        def __getitem__(self, i):
            return self._data[self._slot(i)]

        def __setitem__(self, i, x):
            self._data[self._slot(i)] = x

        def __delitem__(self, i):
            del self._data[self._slot(i)]

        __hash__ = None

        def __eq__(self, other):
            return self._data == other._data if isinstance(other, deque) else NotImplemented

        def __ne__(self, other):
            return self._data != other._data if isinstance(other, deque) else NotImplemented

        def __lt__(self, other):
            return self._data < other._data if isinstance(other, deque) else NotImplemented

        def __le__(self, other):
            return self._data <= other._data if isinstance(other, deque) else NotImplemented

        def __gt__(self, other):
            return self._data > other._data if isinstance(other, deque) else NotImplemented

        def __ge__(self, other):
            return self._data >= other._data if isinstance(other, deque) else NotImplemented

        def __add__(self, other):
            if not isinstance(other, deque):
                raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
            return type(self)(self._data + other._data, self._limit)

        def __iadd__(self, other):
            self.extend(other)
            return self

        def __mul__(self, n):
            return type(self)(self._data * n, self._limit)

        def __repr__(self):
            limit = "" if self._limit is None else f", maxlen={self._limit}"
            return f"{type(self).__name__}({self._data!r}{limit})"

    class defaultdict(dict):
        # The factory is stored on the dict itself: subscripting a missing key
        # calls it natively.
        def __new__(cls, *args, **kwargs):
            return _new_dict(cls)

        def __init__(self, default_factory=None, *args, **kwargs):
            if default_factory is not None and not callable(default_factory):
                raise TypeError("first argument must be callable or None")
            _set_default_factory(self, default_factory)
            self.update(*args, **kwargs)

        @property
        def default_factory(self):
            return _get_default_factory(self)

        @default_factory.setter
        def default_factory(self, value):
            _set_default_factory(self, value)

        def copy(self):
            return type(self)(self.default_factory, self)

        def __copy__(self):
            return self.copy()

        def __repr__(self):
            return f"{type(self).__name__}({self.default_factory!r}, {_dict_repr(self)})"

    class OrderedDict(dict):
        def __new__(cls, *args, **kwargs):
            return _new_dict(cls)

        def __init__(self, *args, **kwargs):
            self.update(*args, **kwargs)

        def move_to_end(self, key, last=True):
            value = self.pop(key)
            if last:
                self[key] = value
                return
            after = list(self.items())
            self.clear()
            self[key] = value
            self.update(after)

        def popitem(self, last=True):
            if not self:
                raise KeyError('dictionary is empty')
            key = list(self)[-1 if last else 0]
            return key, self.pop(key)

        def copy(self):
            return type(self)(self)

        def __eq__(self, other):
            if isinstance(other, OrderedDict):
                return dict.__eq__(self, other) and list(self) == list(other)
            return dict.__eq__(self, other)

        def __ne__(self, other):
            return not self == other

        def __repr__(self):
            contents = f"{list(self.items())!r}" if self else ""
            return f"{type(self).__name__}({contents})"

    class Counter(dict):
        # A missing key counts as zero, both when read and when compared.
        def __new__(cls, *args, **kwargs):
            return _new_dict(cls)

        def __init__(self, iterable=None, /, **kwds):
            self.update(iterable, **kwds)

        def __missing__(self, key):
            return 0

        def __delitem__(self, key):
            if key in self:
                dict.__delitem__(self, key)

        def total(self):
            return sum(self.values())

        def most_common(self, n=None):
            by_count = sorted(self.items(), key=lambda pair: pair[1], reverse=True)
            return by_count if n is None else by_count[:n]

        def elements(self):
            for item, times in self.items():
                yield from [item] * times

        def _add_counts(self, source, sign):
            if source is None:
                return
            if isinstance(source, dict):
                for item, times in source.items():
                    self[item] = self[item] + sign * times
            else:
                for item in source:
                    self[item] = self[item] + sign

        def update(self, iterable=None, /, **kwds):
            self._add_counts(iterable, 1)
            self._add_counts(kwds or None, 1)

        def subtract(self, iterable=None, /, **kwds):
            self._add_counts(iterable, -1)
            self._add_counts(kwds or None, -1)

        def copy(self):
            return type(self)(self)

        def __eq__(self, other):
            if not isinstance(other, Counter):
                return NotImplemented
            return all(self[k] == other[k] for k in {**self, **other})

        def __ne__(self, other):
            result = self.__eq__(other)
            return result if result is NotImplemented else not result

        def __repr__(self):
            if not self:
                return f'{type(self).__name__}()'
            return f'{type(self).__name__}({dict(self.most_common())!r})'

        def _merged(self, other, combine):
            # Every key of either side, self's first, kept when the result is positive.
            if not isinstance(other, Counter):
                return NotImplemented
            result = Counter()
            for key in [*self, *(k for k in other if k not in self)]:
                amount = combine(self[key], other[key])
                if amount > 0:
                    result[key] = amount
            return result

        def __add__(self, other):
            return self._merged(other, lambda a, b: a + b)

        def __sub__(self, other):
            return self._merged(other, lambda a, b: a - b)

        def __or__(self, other):
            return self._merged(other, max)

        def __and__(self, other):
            return self._merged(other, min)

        def __pos__(self):
            return self._merged(Counter(), lambda a, b: a)

        def __neg__(self):
            return Counter()._merged(self, lambda a, b: -b)

    class _FieldAccessor:
        # Reads item `index` of a named tuple; its fields cannot be assigned.
        def __init__(self, index):
            self.index = index
            self.__doc__ = f'Alias for field number {index}'

        def __get__(self, instance, owner=None):
            return self if instance is None else instance[self.index]

        def __set__(self, instance, value):
            raise AttributeError("can't set attribute")

        def __delete__(self, instance):
            raise AttributeError("can't delete attribute")

    def _field_names(spec, rename):
        names = spec.replace(',', ' ').split() if isinstance(spec, str) else [str(n) for n in spec]
        if rename:
            seen = set()
            for i, name in enumerate(names):
                bad = not name.isidentifier() or name in _RESERVED_WORDS or name.startswith('_')
                if bad or name in seen:
                    names[i] = f'_{i}'
                seen.add(name)
        return names

    def _check_names(typename, names, renamed):
        for name in [typename, *names]:
            if not name.isidentifier():
                raise ValueError(f'Type names and field names must be valid identifiers: {name!r}')
            if name in _RESERVED_WORDS:
                raise ValueError(f'Type names and field names cannot be a keyword: {name!r}')
        seen = set()
        for name in names:
            if name.startswith('_') and not renamed:
                raise ValueError(f'Field names cannot start with an underscore: {name!r}')
            if name in seen:
                raise ValueError(f'Encountered duplicate field name: {name!r}')
            seen.add(name)

    def _record_methods(fields):
        # The methods every named tuple class shares, closed over its field names.
        def _make(cls, iterable):
            record = _tuple_new(cls, iterable)
            if len(record) != len(fields):
                raise TypeError(f'Expected {len(fields)} arguments, got {len(record)}')
            return record

        def _replace(self, **changes):
            record = self._make([changes.pop(name, old) for name, old in zip(fields, self)])
            if changes:
                raise ValueError(f'Got unexpected field names: {list(changes)!r}')
            return record

        def __repr__(self):
            shown = ", ".join(f"{name}={value!r}" for name, value in zip(fields, self))
            return f"{type(self).__name__}({shown})"

        def _asdict(self):
            return dict(zip(fields, self))

        def __getnewargs__(self):
            return tuple(self)

        return {'_make': classmethod(_make), '_replace': _replace, '__repr__': __repr__,
                '_asdict': _asdict, '__getnewargs__': __getnewargs__}

    def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
        typename = str(typename)
        fields = _field_names(field_names, rename)
        _check_names(typename, fields, rename)
        fields = tuple(fields)
        if defaults is not None:
            defaults = tuple(defaults)
            if len(defaults) > len(fields):
                raise TypeError('Got more default values than field names')
        with_defaults = fields[len(fields) - len(defaults):] if defaults else ()
        body = _record_methods(fields)
        body.update({
            '__doc__': f"{typename}({', '.join(fields)})",
            '__slots__': (),
            '_fields': fields,
            '_field_defaults': dict(zip(with_defaults, defaults or ())),
            '__new__': _make_new(typename, fields, defaults),
            '__match_args__': fields,
            '__module__': '__main__' if module is None else module,
        })
        for index, name in enumerate(fields):
            body[name] = _FieldAccessor(index)
        return type(typename, (tuple,), body)
    """
}
