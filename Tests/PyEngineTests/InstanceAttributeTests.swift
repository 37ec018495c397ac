import Testing
@testable import PyEngine

/// Instance attributes kept as shared-key values (`PyInstance`, `SharedKeys`)
/// until a dict is needed: what Python sees must not depend on which. Expected
/// text is what python3 (3.11) prints for the same program.
struct InstanceAttributeTests {
    @Test("__dict__ contents and order: out-of-order names, deletes, dict writes, many names, descriptors, overrides")
    func dictView() {
        expectPrints(#"""
class A:
    def __init__(self, x, y):
        self.x = x
        self.y = y
a = A(1, 2)
b = A(3, 4)
b.z = 5
c = A(5, 6)
c.w = 1
print(vars(a), vars(b), vars(c))
class B:
    def __init__(self, flip):
        if flip:
            self.y = 1
            self.x = 2
        else:
            self.x = 3
            self.y = 4
print(B(True).__dict__, B(False).__dict__)
d = A(1, 2)
del d.x
print(d.__dict__)
d.x = 9
print(d.__dict__, d.x, d.y)
try:
    del d.q
except AttributeError as e:
    print(e)
e = A(7, 8)
dd = e.__dict__
dd['k'] = 3
print(e.k, e.__dict__)
e.m = 4
print(dd)
f = A(1, 2)
f.__dict__.clear()
print(hasattr(f, 'x'), f.__dict__)
g = A(1, 2)
setattr(g, 'x' + '', 10)
print(getattr(g, 'x'), g.__dict__)
setattr(g, ''.join(['n', 'e', 'w']), 11)
print(g.__dict__, g.new)
try:
    g.nope
except AttributeError as ex:
    print(ex)
class Many:
    def __init__(self):
        for i in range(40):
            setattr(self, 'a%d' % i, i)
m = Many()
print(len(vars(m)), m.a39, list(vars(m))[:3], list(vars(m))[-2:])
m2 = Many()
print(m2.a35, m2.a0)
class P:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v * 10
    @v.setter
    def v(self, val):
        self._v = val
p = P()
p.v = 5
print(p.v, vars(p))
class S(A):
    pass
s = S(1, 2)
print(vars(s))
o = object()
try:
    o.x = 1
except AttributeError as ex:
    print(ex)
class G:
    def __getattr__(self, n):
        return n * 2
gg = G()
gg.a = 1
print(gg.a, gg.b, vars(gg))
class SA:
    def __setattr__(self, n, v):
        object.__setattr__(self, n, v * 2)
sa = SA()
sa.q = 3
print(sa.q, vars(sa))
class Sh:
    def meth(self):
        return 'method'
sh = Sh()
print(sh.meth())
sh.meth = lambda: 'shadow'
print(sh.meth(), list(vars(sh)))
class E(Exception):
    pass
ex = E('m')
ex.extra = 1
print(vars(ex), ex.args)
h = A(1, 2)
h.__dict__['x'] = 100
print(h.x)
del h.y
h.y = 5
print(vars(h))
print(A(1,2).__dict__ == {'x': 1, 'y': 2})
"""#, #"""
{'x': 1, 'y': 2} {'x': 3, 'y': 4, 'z': 5} {'x': 5, 'y': 6, 'w': 1}
{'y': 1, 'x': 2} {'x': 3, 'y': 4}
{'y': 2}
{'y': 2, 'x': 9} 9 2
'A' object has no attribute 'q'
3 {'x': 7, 'y': 8, 'k': 3}
{'x': 7, 'y': 8, 'k': 3, 'm': 4}
False {}
10 {'x': 10, 'y': 2}
{'x': 10, 'y': 2, 'new': 11} 11
'A' object has no attribute 'nope'
40 39 ['a0', 'a1', 'a2'] ['a38', 'a39']
35 0
50 {'_v': 5}
{'x': 1, 'y': 2}
'object' object has no attribute 'x'
1 bb {'a': 1}
6 {'q': 6}
method
shadow ['meth']
{'extra': 1} ('m',)
100
{'x': 100, 'y': 5}
True
"""# + "\n")
    }

    @Test("inline caches across instances that gain, shadow and lack shared keys; subclasses")
    func cachedAccess() {
        expectPrints(#"""
class K:
    def m(self):
        return 1
    def __init__(self, i):
        if i == 2:
            self.m = lambda: 99
ks = [K(0), K(1), K(2), K(3)]
for k in ks:
    print(k.m(), list(vars(k)))
class Base:
    def __init__(self):
        self.a = 1
class Sub(Base):
    def __init__(self):
        self.b = 2
        super().__init__()
print(vars(Base()), vars(Sub()), vars(Sub()))
def read(o):
    return o.a
print([read(o) for o in [Base(), Sub(), Base()]])
class Odd:
    pass
first = Odd()
first.__dict__
first.p = 1
second = Odd()
second.q = 2
second.p = 3
third = Odd()
third.q = 4
print(vars(first), vars(second), vars(third))
third.q = 5
del third.q
print(vars(third), hasattr(third, 'q'))
"""#, #"""
1 []
1 []
99 ['m']
1 []
{'a': 1} {'b': 2, 'a': 1} {'b': 2, 'a': 1}
[1, 1, 1]
{'p': 1} {'q': 2, 'p': 3} {'q': 4}
{} False
"""# + "\n")
    }
}
