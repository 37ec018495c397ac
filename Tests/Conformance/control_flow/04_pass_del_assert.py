def todo():
    pass
class Empty:
    pass
print(todo(), Empty.__name__)
a = 1
b = [1, 2, 3, 4]
d = {"k": 1, "j": 2}
del a
try:
    print(a)
except NameError as e:
    print("NameError:", e)
del b[0], d["k"]
print(b, d)
del b[:2]
print(b)
x = y = 5
del x, y
print("x" in globals(), "b" in globals())
assert True
assert 1 + 1 == 2, "math works"
try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert []
except AssertionError as e:
    print("AssertionError:", repr(e), e.args)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)
try:
    del undefined_thing
except NameError as e:
    print("NameError:", e)
