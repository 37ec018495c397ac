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

    @Test("method loads after the cache warmed: shadowed by the instance, replaced, static/class methods, descriptors, __getattr__, built-in receivers")
    func methodLoads() {
        expectPrints(#"""
class A:
    def __init__(self, n):
        self.n = n
    def m(self):
        return ('A.m', self.n)
    def __getattr__(self, name):
        return ('getattr', name)
def call_m(objs):
    return [o.m() for o in objs]
a, b = A(1), A(2)
print(call_m([a, b, a]))
b.m = lambda: 'b own m'
print(call_m([a, b, a]))
c = A(3)
c.__dict__
print(call_m([c, a]))
c.m = lambda: 'c own m'
print(call_m([c, a, b]))
del b.m
print(call_m([b, a]))
class B(A):
    def m(self):
        return ('B.m', self.n)
print(call_m([a, B(4), a, B(5)]))
A.m = lambda self: ('new A.m', self.n)
print(call_m([a, B(6)]))
A.m = staticmethod(lambda: 'static')
print(call_m([a, a]))
A.m = classmethod(lambda cls: ('class', cls.__name__))
print(call_m([a, B(7)]))
del A.m
print([o.m for o in [a, A(8)]])
class Order:
    pass
o1, o2 = Order(), Order()
o1.x = 1; o1.m = lambda: 'o1 m'
o2.m = lambda: 'o2 m'; o2.x = 2
Order.m = lambda self: 'class m'
o3 = Order()
print(call_m([o1, o2, o3, o1, o2, o3]))
class Desc:
    def __get__(self, obj, cls):
        return lambda: ('desc', type(obj).__name__)
class WithDesc:
    m = Desc()
print(call_m([WithDesc(), WithDesc()]))
import functools
def builtins_calls(vs):
    out = []
    for v in vs:
        out.append(v.count(1) if not isinstance(v, str) else v.count('a'))
    return out
print(builtins_calls([[1, 1, 2], (1, 3), 'banana', [1]]))
class L(list):
    def count(self, x):
        return 'L.count'
print(builtins_calls([[1], L([1]), [1, 1]]))
print([m.reduce(max, [3, 1]) for m in [functools, functools]])
class S(A):
    def m(self):
        return ('S.m', super().m())
A.m = lambda self: 'A.m again'
print(call_m([S(9), S(10)]))
print([k.mro() for k in [int, bool]][1][0].__name__)
"""#, #"""
[('A.m', 1), ('A.m', 2), ('A.m', 1)]
[('A.m', 1), 'b own m', ('A.m', 1)]
[('A.m', 3), ('A.m', 1)]
['c own m', ('A.m', 1), 'b own m']
[('A.m', 2), ('A.m', 1)]
[('A.m', 1), ('B.m', 4), ('A.m', 1), ('B.m', 5)]
[('new A.m', 1), ('B.m', 6)]
['static', 'static']
[('class', 'A'), ('B.m', 7)]
[('getattr', 'm'), ('getattr', 'm')]
['o1 m', 'o2 m', 'class m', 'o1 m', 'o2 m', 'class m']
[('desc', 'WithDesc'), ('desc', 'WithDesc')]
[2, 1, 3, 1]
[1, 'L.count', 2]
[3, 3]
[('S.m', 'A.m again'), ('S.m', 'A.m again')]
bool

"""#)
    }

    @Test("binary operators on two objects of one class: NotImplemented, inplace, built-in classes and subclasses, non-function methods")
    func sameClassOperators() {
        expectPrints(#"""
class N:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        if other.v < 0:
            return NotImplemented
        return N(self.v + other.v)
    def __radd__(self, other):
        return 'N.__radd__'
    def __repr__(self):
        return f'N({self.v})'
def add_all(pairs):
    out = []
    for x, y in pairs:
        try:
            out.append(x + y)
        except TypeError as e:
            out.append(str(e))
    return out
print(add_all([(N(1), N(2)), (N(3), N(-1)), (N(1), N(2))]))
n = N(5)
n += N(1)
print(n)
class L(list):
    pass
print(add_all([([1], [2]), (L([1]), L([2])), ({1}, {2}), (ValueError(), ValueError()), (None, None)]))
print(type(L([1]) + L([2])).__name__)
N.__add__ = lambda self, other: 'replaced'
print(add_all([(N(1), N(2)), (N(3), N(-1))]))
class Callable:
    def __call__(self, a, b):
        return 'callable object'
N.__add__ = Callable()
print(add_all([(N(1), N(2))]))
N.__add__ = staticmethod(lambda a, b: ('static', a.v, b.v))
print(add_all([(N(1), N(2))]))
"""#, #"""
[N(3), "unsupported operand type(s) for +: 'N' and 'N'", N(3)]
N(6)
[[1, 2], [1, 2], "unsupported operand type(s) for +: 'set' and 'set'", "unsupported operand type(s) for +: 'ValueError' and 'ValueError'", "unsupported operand type(s) for +: 'NoneType' and 'NoneType'"]
list
['replaced', 'replaced']
["Callable.__call__() missing 1 required positional argument: 'b'"]
["<lambda>() missing 1 required positional argument: 'b'"]

"""#)
    }

    @Test("attribute stores after the cache warmed: out of order, dicts made, deletes, properties, __setattr__ and __set__ added later")
    func attributeStores() {
        expectPrints(#"""
class P:
    def __init__(self, a, b):
        self.a = a
        self.b = b
def set_b(objs, v):
    for o in objs:
        o.b = v
    return [vars(o) for o in objs]
p, q = P(1, 2), P(3, 4)
print(set_b([p, q, p], 'x'))
r = P.__new__(P)
r.b = 'b first'
print(set_b([r, p], 'y'), vars(r))
s = P(5, 6)
s.__dict__['c'] = 7
print(set_b([s, p], 'z'))
t = P(8, 9)
del t.b
print(set_b([t, p], 'w'))
class Q:
    def __init__(self):
        self.k = 0
qs = [Q(), Q()]
def bump(objs):
    for o in objs:
        o.k = o.k + 1
    return [o.k for o in objs]
print(bump(qs), bump(qs))
Q.k = property(lambda self: 10, lambda self, v: print('setter', v))
print(bump(qs))
del Q.k
print(bump(qs))
def logging_setattr(self, name, value):
    print('setattr', name, value)
    object.__setattr__(self, name, value)
Q.__setattr__ = logging_setattr
print(bump(qs))
del Q.__setattr__
print(bump(qs))
class D:
    def __set__(self, obj, value):
        print('D.__set__', value)
    def __get__(self, obj, cls):
        return 100
Q.k = D()
print(bump(qs))
del Q.k
print(bump(qs), [vars(o) for o in qs])
class Many:
    def __init__(self):
        for n in 'abcdef':
            setattr(self, n, n)
    def set(self):
        self.e = 'E'; self.f = 'F'; self.a = 'A'
ms = [Many(), Many()]
for m in ms:
    m.set()
print([vars(m) for m in ms])
"""#, #"""
[{'a': 1, 'b': 'x'}, {'a': 3, 'b': 'x'}, {'a': 1, 'b': 'x'}]
[{'b': 'y'}, {'a': 1, 'b': 'y'}] {'b': 'y'}
[{'a': 5, 'b': 'z', 'c': 7}, {'a': 1, 'b': 'z'}]
[{'a': 8, 'b': 'w'}, {'a': 1, 'b': 'w'}]
[1, 1] [2, 2]
setter 11
setter 11
[10, 10]
[3, 3]
setattr k 4
setattr k 4
[4, 4]
[5, 5]
D.__set__ 101
D.__set__ 101
[100, 100]
[6, 6] [{'k': 6}, {'k': 6}]
[{'a': 'A', 'b': 'b', 'c': 'c', 'd': 'd', 'e': 'E', 'f': 'F'}, {'a': 'A', 'b': 'b', 'c': 'c', 'd': 'd', 'e': 'E', 'f': 'F'}]

"""#)
    }

    @Test("property loads: getters replaced, built-in or miscalled, none, property subclasses, shadowing class attributes, overrides")
    func propertyLoads() {
        expectPrints(#"""
class P:
    def __init__(self, v):
        self.v = v
    @property
    def e(self):
        return self.v * 2
def read_e(objs):
    out = []
    for o in objs:
        try:
            out.append(o.e)
        except (AttributeError, TypeError) as err:
            out.append(type(err).__name__ + ': ' + str(err))
    return out
ps = [P(1), P(2)]
print(read_e(ps), read_e(ps))
P.e = property(lambda self: ('lambda', self.v))
print(read_e(ps))
P.e = property(repr)
print([r.startswith('<__main__.P object') for r in read_e(ps)])
P.e = property(lambda: 'no self')
print(read_e(ps))
P.e = property(None)
print(read_e(ps))
class LoudProperty(property):
    pass
P.e = LoudProperty(lambda self: 'subclass')
print(read_e(ps))
P.e = 'plain class attribute'
print(read_e(ps))
ps[0].e = 'instance value'
print(read_e(ps))
P.e = property(lambda self: 'property again')
print(read_e(ps))
class Q(P):
    @property
    def e(self):
        return ('Q.e', super().e)
print(read_e([Q(5), P(6), Q(7)]))
"""#, #"""
[2, 4] [2, 4]
[('lambda', 1), ('lambda', 2)]
[True, True]
['TypeError: <lambda>() takes 0 positional arguments but 1 was given', 'TypeError: <lambda>() takes 0 positional arguments but 1 was given']
["AttributeError: property of 'P' object has no getter", "AttributeError: property of 'P' object has no getter"]
['subclass', 'subclass']
['plain class attribute', 'plain class attribute']
['instance value', 'plain class attribute']
['property again', 'property again']
[('Q.e', 'property again'), 'property again', ('Q.e', 'property again')]

"""#)
    }
}
