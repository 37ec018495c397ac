import Testing
@testable import PyEngine

/// The object model's built-in surface: `object` and `type` slots, function
/// and generator attributes, and the reflection built-ins. Expected text is
/// what python3 (3.11) prints for the same program.
struct ObjectModelTests {
    @Test("object slots, __init__/__new__ argument errors, type attributes")
    func objects() {
        expectOutput(#"""
class A:
    """Doc A."""
    def __init__(self, x):
        super().__init__()
        self.x = x
class B(A):
    def __init__(self, x):
        super().__init__(x)
        object.__setattr__(self, "y", 2)
b = B(1)
print(b.__dict__, vars(b), b.__class__, B.__name__, B.__qualname__, B.__module__)
print(B.__mro__, B.__bases__, B.__base__, A.__doc__, B.__doc__, B.mro())
print(b == b, b != b, object.__eq__(b, 1), object.__ne__(b, b))
class C: pass
class D:
    def __init__(self, a):
        super().__init__(a)
class E:
    def __new__(cls, *a):
        return super().__new__(cls)
class F:
    def __new__(cls, *a):
        return super().__new__(cls, *a)
for make in [lambda: C(1), lambda: D(1), lambda: object.__init__(C(), 1), lambda: F(1),
             lambda: object.__new__(1), lambda: setattr(object(), "x", 1), lambda: type(E(1, 2)).__name__]:
    try:
        print("ok", make())
    except TypeError as e:
        print("TypeError:", e)
    except AttributeError as e:
        print("AttributeError:", e)
"""#, #"""
{'x': 1, 'y': 2} {'x': 1, 'y': 2} <class '__main__.B'> B B __main__
(<class '__main__.B'>, <class '__main__.A'>, <class 'object'>) (<class '__main__.A'>,) <class '__main__.A'> Doc A. None [<class '__main__.B'>, <class '__main__.A'>, <class 'object'>]
True False NotImplemented False
TypeError: C() takes no arguments
TypeError: object.__init__() takes exactly one argument (the instance to initialize)
TypeError: C.__init__() takes exactly one argument (the instance to initialize)
TypeError: object.__new__() takes exactly one argument (the type to instantiate)
TypeError: object.__new__(X): X is not a type object (int)
AttributeError: 'object' object has no attribute 'x'
ok E
"""#)
    }

    @Test("function, code, bound method, property, staticmethod and classmethod attributes")
    func functions() {
        expectOutput(#"""
def f(a, b=2, *args, c=3, **kw):
    "F doc"
    z = 1
    return locals()
print(f(1), f.__defaults__, f.__kwdefaults__, f.__doc__)
print(f.__code__.co_varnames, f.__code__.co_argcount, f.__code__.co_name)
f.__qualname__ = "renamed"
f.extra = 1
print(f.__qualname__, f.__dict__, f.extra, f.__module__, (lambda: 0).__name__, (lambda: 0).__doc__)
print(len.__name__, len.__qualname__, len.__self__)
class K:
    def m(self):
        "m doc"
k = K()
print(k.m.__name__, k.m.__qualname__, k.m.__doc__, k.m.__self__ is k, k.m.__func__ is K.m, k.m == k.m, k.m == K().m)
class P:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        "the x"
        return self._x
    @x.setter
    def x(self, v):
        self._x = v
    @x.deleter
    def x(self):
        print("del x")
    @staticmethod
    def s(a):
        return a * 2
    @classmethod
    def k(cls):
        return cls.__name__
p = P()
p.x = 4
print(p.x, P.x.__doc__, P.x.fget.__name__, type(P.x).__name__)
del p.x
print(P.s(3), P.k(), p.k(), P.__dict__["s"].__func__(4), P.__dict__["k"].__wrapped__.__name__)
print(callable(p), callable(P), callable(len), callable(staticmethod(len)), callable(classmethod(len)), callable(1))
"""#, #"""
{'a': 1, 'b': 2, 'c': 3, 'args': (), 'kw': {}, 'z': 1} (2,) {'c': 3} F doc
('a', 'b', 'c', 'args', 'kw', 'z') 2 f
renamed {'extra': 1} 1 __main__ <lambda> None
len len <module 'builtins' (built-in)>
m K.m m doc True True True False
4 the x x property
del x
6 P P 8 k
False True True True False False
"""#)
    }

    @Test("send, throw, close and gi_/cr_ attributes")
    func generators() {
        expectOutput(#"""
def gen():
    x = yield 1
    print("got", x)
    try:
        yield 2
    except ValueError as e:
        print("caught", e)
        yield 3
    return "done"
g = gen()
print(g.__name__, g.gi_running, g.gi_frame is not None, g.gi_code.co_name, g.gi_yieldfrom)
print(next(g), g.send("hi"), g.throw(ValueError("v")))
try:
    g.send(None)
except StopIteration as e:
    print("stop", e)
print(g.gi_frame)
g3 = gen()
next(g3)
try:
    g3.throw(KeyError, "k")
except KeyError as e:
    print("KeyError", e)
try:
    g3.throw(1)
except TypeError as e:
    print(e)
def inner():
    yield "i1"
    return "ret"
def outer():
    r = yield from inner()
    yield r
o = outer()
print(next(o), o.gi_yieldfrom.__name__, next(o))
async def co():
    return 5
c = co()
print(c.__name__, c.cr_running, c.cr_await, c.cr_code.co_name, type(c).__name__)
try:
    next(c)
except TypeError as e:
    print(e)
try:
    c.send(None)
except StopIteration as e:
    print("value", e)
print(c.cr_frame)
"""#, #"""
gen False True gen None
got hi
caught v
1 2 3
stop done
None
KeyError 'k'
exceptions must be classes or instances deriving from BaseException, not int
i1 inner ret
co False None co coroutine
'coroutine' object is not an iterator
value 5
None
"""#)
    }

    @Test("getattr, dir, locals, issubclass, input and exit")
    func reflection() {
        expectOutput(#"""
class P:
    x = 1
p = P()
p._x = 2
print("x" in dir(P), "x" in dir(p), "_x" in dir(p), "__init__" in dir(p), "_x" in dir(P))
print(getattr(p, "x"), getattr(p, "z", 9), hasattr(p, "x"), hasattr(p, "q"))
setattr(p, "z", 5)
print(p.z)
delattr(p, "z")
print(hasattr(p, "z"), "P" in globals(), issubclass(bool, int), issubclass(P, (int, object)))
class NS:
    a = 1
    print(locals())
for bad in [lambda: getattr(p, 1), lambda: vars(1), lambda: issubclass(1, int), lambda: issubclass(P, 1)]:
    try:
        bad()
    except TypeError as e:
        print(e)
try:
    input("prompt> ")
except EOFError as e:
    print("|", e)
try:
    exit(3)
except SystemExit as e:
    print("exit", e)
"""#, #"""
True True True True False
1 9 True False
5
False True True True
{'__module__': '__main__', '__qualname__': 'NS', 'a': 1}
attribute name must be string, not 'int'
vars() argument must have __dict__ attribute
issubclass() arg 1 must be a class
issubclass() arg 2 must be a class, a tuple of classes, or a union
prompt> | EOF when reading a line
exit 3
"""#)
    }

    @Test("__init_subclass__ with class keywords, __class_getitem__, __eq__ on built-ins")
    func classHooks() {
        expectOutput(#"""
class Base:
    registry = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        Base.registry += [(cls.__name__, tag)]
class A(Base, tag="a"): pass
class B(A): pass
print(Base.registry)
try:
    class X(bad=1): pass
except TypeError as e: print(e)
class G:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
print(G[int])
print("a".__eq__("a"), (1).__eq__(1.0), object.__eq__(1, 1))
"""#, #"""
[('A', 'a'), ('B', None)]
X.__init_subclass__() takes no keyword arguments
('G', <class 'int'>)
True NotImplemented True
"""#)
    }

    /// The programs and outputs here are raw literals without their final newline.
    private func expectOutput(_ source: String, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
        expectPrints(source + "\n", expected + "\n", sourceLocation: sourceLocation)
    }
}
