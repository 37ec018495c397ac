class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"${self.cents / 100:.2f}"
    def __add__(self, other):
        print("  __add__", other)
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __radd__(self, other):
        print("  __radd__", other)
        return self + other
    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents
    def __lt__(self, other):
        return self.cents < other.cents
    __hash__ = None
m = Money(150)
print(m + Money(50))
print(m + 25)
print(25 + m)
print(sum([Money(1), Money(2), Money(3)]))
try:
    m + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "x" + m
except TypeError as e:
    print("TypeError:", e)
print(sorted([Money(300), Money(100), Money(200)]), Money(5) == Money(5), Money(5) != Money(6))
class Left:
    def __add__(self, o):
        return NotImplemented
class Right:
    def __radd__(self, o):
        return "Right.__radd__ won"
print(Left() + Right())
class Sub(Money):
    def __radd__(self, other):
        print("  Sub.__radd__ first")
        return "sub wins"
print(Money(1) + Sub(2))
