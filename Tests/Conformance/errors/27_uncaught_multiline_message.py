class A: pass
class B(A): pass
print("building an impossible MRO")
class C(A, B): pass
