class Stack:
    def __init__(self, *items):
        self._items = list(items)
    def push(self, x):
        self._items.append(x)
        return self
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def __len__(self):
        return len(self._items)
    def __iter__(self):
        return reversed(self._items)
    def __reversed__(self):
        return iter(self._items)
    def __getitem__(self, i):
        return self._items[-1 - i]
    def __repr__(self):
        return f"Stack({', '.join(map(repr, self._items))})"
    def __eq__(self, o):
        return isinstance(o, Stack) and self._items == o._items
    def __bool__(self):
        return len(self) > 0
s = Stack(1, 2).push(3).push("four")
print(s, len(s), list(s), list(reversed(s)), s[0], s[1], 3 in s, "zz" in s)
print(s.pop(), s.pop(), s, bool(s), Stack() == Stack(), Stack(1) == Stack(2))
empty = Stack()
try:
    empty.pop()
except IndexError as e:
    print("IndexError:", e)
print("empty is falsy" if not empty else "??")
print(sorted(Stack(3, 1, 2)), max(Stack(3, 1, 2)), enumerate(Stack()).__class__.__name__)
