print(3 in [1, 2, 3], 3 in (1, 2), "a" in "cat", "k" in {"k": 1}, 1 in {"k": 1}, 2 in {1, 2}, 5 in range(10))
print("ca" in "cat", "ct" in "cat", [1] in [[1], [2]], (1, 2) in [(1, 2)], None in [None], 1.0 in [1])
print(3 not in [1, 2], "z" not in "abc")
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, not a is c)
print(None is None, True is True, type(1) is int, type(True) is bool, type(True) is int)
class Box:
    def __init__(self, items):
        self.items = items
    def __contains__(self, x):
        print("checking", x)
        return x in self.items
print(2 in Box([1, 2]), 9 not in Box([1]))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(20 in Seq(), 25 in Seq(), list(Seq()))
it = iter([1, 2, 3, 4])
print(2 in it, list(it))
