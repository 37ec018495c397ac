import Testing
@testable import PyEngine

/// The fast paths for objects: `C(args)` with a plain `__init__`, method and
/// function calls served in place, binary operators found through each class's
/// slot cache, and attribute values kept inside the instance. Each case warms
/// a path, then changes what it depends on. Expected text is what python3
/// (3.11) prints for the same program.
struct ObjectFastPathTests {
    @Test("binary operators: methods replaced, deleted or set after use; subclasses overriding __rop__ or not; NotImplemented")
    func operatorSlots() {
        expectPrints(#"""
class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, other):
        return V(self.x + other.x)
    def __repr__(self):
        return f"V({self.x})"
a, b = V(1), V(2)
for _ in range(3):
    print(a + b)
V.__add__ = lambda self, other: V(self.x * 100 + other.x)
print(a + b)
del V.__add__
try:
    a + b
except TypeError as e:
    print(e)
setattr(V, '__add__', lambda self, other: 'set via setattr')
print(a + b)
class Base:
    def __init__(self, x):
        self.x = x
    def __sub__(self, other):
        return 'Base.__sub__'
    def __rsub__(self, other):
        return 'Base.__rsub__'
class Sub(Base):
    pass
s, t = Base(1), Sub(2)
for _ in range(3):
    print(s - t, t - s, t - t)
Sub.__rsub__ = lambda self, other: 'Sub.__rsub__'
print(s - t, t - s)
Base.__sub__ = lambda self, other: NotImplemented
print(s - t)
try:
    t - t
except TypeError as e:
    print(e)
print(5 - s)
s.__sub__ = lambda other: 'instance attribute ignored'
try:
    print(s - s)
except TypeError as e:
    print(e)
class M:
    def __mul__(self, other):
        return 'M * ' + type(other).__name__
    def __rmul__(self, other):
        return type(other).__name__ + ' * M'
m = M()
for _ in range(2):
    print(m * 2, 2 * m, m * m, 'ab' * 1)
M.__rmul__ = None
try:
    2 * m
except TypeError as e:
    print(e)
"""#, #"""
V(3)
V(3)
V(3)
V(102)
unsupported operand type(s) for +: 'V' and 'V'
set via setattr
Base.__sub__ Base.__sub__ Base.__sub__
Base.__sub__ Base.__sub__ Base.__sub__
Base.__sub__ Base.__sub__ Base.__sub__
Sub.__rsub__ Base.__sub__
Sub.__rsub__
unsupported operand type(s) for -: 'Sub' and 'Sub'
Base.__rsub__
unsupported operand type(s) for -: 'Base' and 'Base'
M * int int * M M * M ab
M * int int * M M * M ab
'NoneType' object is not callable

"""#)
    }

    @Test("C(args): __init__ replaced after use, wrong argument counts, non-None returns, __new__, defaults and keywords")
    func construction() {
        expectPrints(#"""
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
for i in range(3):
    p = P(i, i + 1)
    print(p.x, p.y)
def new_init(self, x, y):
    self.x = x * 10
    self.y = y * 10
P.__init__ = new_init
p = P(1, 2)
print(p.x, p.y)
for args in [(1,), (1, 2, 3), ()]:
    try:
        P(*args)
    except TypeError as e:
        print(e)
try:
    P(1)
except TypeError as e:
    print(e)
try:
    P(1, 2, 3)
except TypeError as e:
    print(e)
class R:
    def __init__(self):
        return 42
try:
    R()
except TypeError as e:
    print(e)
class R2:
    def __init__(self):
        pass
R2()
R2.__init__ = lambda self: 'text'
try:
    R2()
except TypeError as e:
    print(e)
class Q(P):
    pass
q = Q(3, 4)
print(type(q).__name__, q.x, q.y)
P.__new__ = lambda cls, *a: 'made by __new__'
print(Q(1, 2), P(1, 2))
class Q2:
    def __new__(cls, *a):
        print('Q2.__new__', a)
        return super().__new__(cls)
    def __init__(self, x, y):
        self.x = x
        self.y = y
q2 = Q2(5, 6)
print(type(q2).__name__, q2.x, q2.y)
class N:
    pass
try:
    N(1)
except TypeError as e:
    print(e)
class D:
    def __init__(self, a, b=5):
        self.t = (a, b)
print(D(1).t, D(1, 2).t, D(b=3, a=4).t)
class W:
    def __init__(self, **kw):
        self.kw = kw
print(W(a=1).kw)
class Ret:
    def __init__(self, n):
        self.n = n
    def __call__(self, k):
        return self.n + k
r = Ret(5)
print(r(3), Ret(1)(2))
"""#, #"""
0 1
1 2
2 3
10 20
new_init() missing 1 required positional argument: 'y'
new_init() takes 3 positional arguments but 4 were given
new_init() missing 2 required positional arguments: 'x' and 'y'
new_init() missing 1 required positional argument: 'y'
new_init() takes 3 positional arguments but 4 were given
__init__() should return None, not 'int'
__init__() should return None, not 'str'
Q 30 40
made by __new__ made by __new__
Q2.__new__ (5, 6)
Q2 5 6
N() takes no arguments
(1, 5) (1, 2) (4, 3)
{'a': 1}
8 3

"""#)
    }

    @Test("attribute values past the inline ones, deletes and re-adds; methods shadowed, replaced and miscalled")
    func valuesAndMethods() {
        expectPrints(#"""
class Many:
    def __init__(self):
        self.a = 1; self.b = 2; self.c = 3; self.d = 4; self.e = 5; self.f = 6
m = Many()
print(vars(m))
del m.b
print(vars(m), m.e)
m.b = 7
print(vars(m))
n = Many()
n.g = 8
print(n.a, n.f, n.g, vars(n))
print(Many().__dict__ == {'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6})
class S:
    def m(self, k):
        return ('method', k)
s = S()
for _ in range(3):
    print(s.m(1))
s.m = lambda k: ('instance', k)
print(s.m(2))
del s.m
print(s.m(3))
S.m = lambda self, k: ('replaced', k)
print(s.m(4))
try:
    s.m()
except TypeError as e:
    print(e)
try:
    s.m(1, 2)
except TypeError as e:
    print(e)
"""#, #"""
{'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6}
{'a': 1, 'c': 3, 'd': 4, 'e': 5, 'f': 6} 5
{'a': 1, 'c': 3, 'd': 4, 'e': 5, 'f': 6, 'b': 7}
1 6 8 {'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6, 'g': 8}
True
('method', 1)
('method', 1)
('method', 1)
('instance', 2)
('method', 3)
('replaced', 4)
<lambda>() missing 1 required positional argument: 'k'
<lambda>() takes 2 positional arguments but 3 were given

"""#)
    }
}
