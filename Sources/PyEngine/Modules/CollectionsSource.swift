/// The Python half of `collections`, after CPython's `Lib/collections/__init__.py`.
extension VM {
    static let collectionsSource = """
    _keywords = {'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break',
                 'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for',
                 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or',
                 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield'}

    class deque:
        def __init__(self, iterable=(), maxlen=None):
            if maxlen is not None:
                if not isinstance(maxlen, int):
                    raise TypeError("an integer is required")
                if maxlen < 0:
                    raise ValueError("maxlen must be non-negative")
            self._maxlen = maxlen
            self._items = []
            self.extend(iterable)

        @property
        def maxlen(self):
            return self._maxlen

        def append(self, x):
            self._items.append(x)
            if self._maxlen is not None and len(self._items) > self._maxlen:
                del self._items[0]

        def appendleft(self, x):
            self._items.insert(0, x)
            if self._maxlen is not None and len(self._items) > self._maxlen:
                self._items.pop()

        def pop(self):
            if not self._items:
                raise IndexError("pop from an empty deque")
            return self._items.pop()

        def popleft(self):
            if not self._items:
                raise IndexError("pop from an empty deque")
            return self._items.pop(0)

        def extend(self, iterable):
            for x in list(iterable):
                self.append(x)

        def extendleft(self, iterable):
            for x in list(iterable):
                self.appendleft(x)

        def rotate(self, n=1):
            k = len(self._items)
            if k > 1:
                n %= k
                if n:
                    self._items[:] = self._items[-n:] + self._items[:-n]

        def clear(self):
            self._items.clear()

        def copy(self):
            return type(self)(self._items, self._maxlen)

        __copy__ = copy

        def count(self, x):
            return self._items.count(x)

        def index(self, x, *args):
            for i in range(*slice(*args).indices(len(self._items))) if args else range(len(self._items)):
                if self._items[i] is x or self._items[i] == x:
                    return i
            raise ValueError(f"{x!r} is not in deque")

        def insert(self, i, x):
            if self._maxlen is not None and len(self._items) >= self._maxlen:
                raise IndexError("deque already at its maximum size")
            self._items.insert(i, x)

        def remove(self, value):
            for i, x in enumerate(self._items):
                if x is value or x == value:
                    del self._items[i]
                    return
            raise ValueError(f"{value!r} is not in deque")

        def reverse(self):
            self._items.reverse()

        def __len__(self):
            return len(self._items)

        def __bool__(self):
            return len(self._items) > 0

        def __iter__(self):
            return iter(self._items)

        def __reversed__(self):
            return reversed(self._items)

        def __contains__(self, x):
            return x in self._items

        def _check_index(self, i):
            if not isinstance(i, int):
                raise TypeError(f"sequence index must be integer, not '{type(i).__name__}'")
            if not -len(self._items) <= i < len(self._items):
                raise IndexError("deque index out of range")

        def __getitem__(self, i):
            self._check_index(i)
            return self._items[i]

        def __setitem__(self, i, x):
            self._check_index(i)
            self._items[i] = x

        def __delitem__(self, i):
            self._check_index(i)
            del self._items[i]

        def __eq__(self, other):
            if not isinstance(other, deque):
                return NotImplemented
            return self._items == other._items

        def __lt__(self, other):
            if not isinstance(other, deque):
                return NotImplemented
            return self._items < other._items

        def __le__(self, other):
            if not isinstance(other, deque):
                return NotImplemented
            return self._items <= other._items

        def __gt__(self, other):
            if not isinstance(other, deque):
                return NotImplemented
            return self._items > other._items

        def __ge__(self, other):
            if not isinstance(other, deque):
                return NotImplemented
            return self._items >= other._items

        def __add__(self, other):
            if not isinstance(other, deque):
                raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
            return type(self)(self._items + other._items, self._maxlen)

        def __iadd__(self, other):
            self.extend(other)
            return self

        def __mul__(self, n):
            return type(self)(self._items * n, self._maxlen)

        def __repr__(self):
            name = type(self).__name__
            if self._maxlen is None:
                return f"{name}({self._items!r})"
            return f"{name}({self._items!r}, maxlen={self._maxlen})"

    class defaultdict(dict):
        def __new__(cls, *args, **kwargs):
            return _new_dict(cls)

        def __init__(self, default_factory=None, *args, **kwargs):
            if default_factory is not None and not callable(default_factory):
                raise TypeError("first argument must be callable or None")
            _set_default_factory(self, default_factory)
            if args or kwargs:
                self.update(*args, **kwargs)

        @property
        def default_factory(self):
            return _get_default_factory(self)

        @default_factory.setter
        def default_factory(self, value):
            _set_default_factory(self, value)

        def copy(self):
            return type(self)(self.default_factory, self)

        __copy__ = copy

        def __repr__(self):
            return f"{type(self).__name__}({self.default_factory!r}, {_dict_repr(self)})"

    class OrderedDict(dict):
        def __new__(cls, *args, **kwargs):
            return _new_dict(cls)

        def __init__(self, *args, **kwargs):
            if args or kwargs:
                self.update(*args, **kwargs)

        def move_to_end(self, key, last=True):
            value = self.pop(key)
            if last:
                self[key] = value
            else:
                rest = list(self.items())
                self.clear()
                self[key] = value
                for k, v in rest:
                    self[k] = v

        def popitem(self, last=True):
            if not self:
                raise KeyError('dictionary is empty')
            key = next(reversed(list(self))) if last else next(iter(self))
            return key, self.pop(key)

        def copy(self):
            return type(self)(self)

        def __repr__(self):
            if not self:
                return f"{type(self).__name__}()"
            return f"{type(self).__name__}({list(self.items())!r})"

    class Counter(dict):
        def __new__(cls, *args, **kwargs):
            return _new_dict(cls)

        def __init__(self, iterable=None, **kwds):
            self.update(iterable, **kwds)

        def __missing__(self, key):
            return 0

        def total(self):
            return sum(self.values())

        def most_common(self, n=None):
            ordered = sorted(self.items(), key=lambda item: item[1], reverse=True)
            return ordered if n is None else ordered[:n]

        def elements(self):
            for elem, count in self.items():
                for _ in range(count):
                    yield elem

        def update(self, iterable=None, **kwds):
            if iterable is not None:
                if isinstance(iterable, dict):
                    for elem, count in iterable.items():
                        self[elem] = count + self.get(elem, 0)
                else:
                    for elem in iterable:
                        self[elem] = self.get(elem, 0) + 1
            if kwds:
                self.update(kwds)

        def subtract(self, iterable=None, **kwds):
            if iterable is not None:
                if isinstance(iterable, dict):
                    for elem, count in iterable.items():
                        self[elem] = self.get(elem, 0) - count
                else:
                    for elem in iterable:
                        self[elem] = self.get(elem, 0) - 1
            if kwds:
                self.subtract(kwds)

        def copy(self):
            return type(self)(self)

        def __repr__(self):
            if not self:
                return f'{type(self).__name__}()'
            return f'{type(self).__name__}({dict(self.most_common())!r})'

        def _combine(self, other, pick):
            if not isinstance(other, Counter):
                return NotImplemented
            result = Counter()
            for elem in list(self) + [e for e in other if e not in self]:
                count = pick(self[elem], other[elem])
                if count > 0:
                    result[elem] = count
            return result

        def __add__(self, other):
            return self._combine(other, lambda a, b: a + b)

        def __sub__(self, other):
            return self._combine(other, lambda a, b: a - b)

        def __or__(self, other):
            return self._combine(other, max)

        def __and__(self, other):
            return self._combine(other, min)

    class _tuplegetter:
        def __init__(self, index, doc):
            self.index = index
            self.__doc__ = doc

        def __get__(self, instance, owner=None):
            if instance is None:
                return self
            return instance[self.index]

        def __set__(self, instance, value):
            raise AttributeError("can't set attribute")

        def __delete__(self, instance):
            raise AttributeError("can't delete attribute")

    def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
        if isinstance(field_names, str):
            field_names = field_names.replace(',', ' ').split()
        field_names = list(map(str, field_names))
        typename = str(typename)
        if rename:
            seen = set()
            for index, name in enumerate(field_names):
                if (not name.isidentifier() or name in _keywords or name.startswith('_')
                        or name in seen):
                    field_names[index] = f'_{index}'
                seen.add(name)
        for name in [typename] + field_names:
            if not name.isidentifier():
                raise ValueError(f'Type names and field names must be valid identifiers: {name!r}')
            if name in _keywords:
                raise ValueError(f'Type names and field names cannot be a keyword: {name!r}')
        seen = set()
        for name in field_names:
            if name.startswith('_') and not rename:
                raise ValueError(f'Field names cannot start with an underscore: {name!r}')
            if name in seen:
                raise ValueError(f'Encountered duplicate field name: {name!r}')
            seen.add(name)
        field_defaults = {}
        if defaults is not None:
            defaults = tuple(defaults)
            if len(defaults) > len(field_names):
                raise TypeError('Got more default values than field names')
            field_defaults = dict(zip(field_names[len(field_names) - len(defaults):], defaults))
        field_names = tuple(field_names)
        num_fields = len(field_names)

        def _make(cls, iterable):
            result = _tuple_new(cls, iterable)
            if len(result) != num_fields:
                raise TypeError(f'Expected {num_fields} arguments, got {len(result)}')
            return result

        def _replace(self, **kwds):
            result = self._make([kwds.pop(name, value) for name, value in zip(field_names, self)])
            if kwds:
                raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
            return result

        def __repr__(self):
            body = ", ".join(f"{name}={value!r}" for name, value in zip(field_names, self))
            return f"{self.__class__.__name__}({body})"

        def _asdict(self):
            return dict(zip(self._fields, self))

        def __getnewargs__(self):
            return tuple(self)

        namespace = {
            '__doc__': f"{typename}({', '.join(field_names)})",
            '__slots__': (),
            '_fields': field_names,
            '_field_defaults': field_defaults,
            '__new__': _make_new(typename, field_names, defaults),
            '_make': classmethod(_make),
            '_replace': _replace,
            '__repr__': __repr__,
            '_asdict': _asdict,
            '__getnewargs__': __getnewargs__,
            '__match_args__': field_names,
            '__module__': '__main__' if module is None else module,
        }
        for index, name in enumerate(field_names):
            namespace[name] = _tuplegetter(index, f'Alias for field number {index}')
        return type(typename, (tuple,), namespace)
    """
}
