x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 < 6, 5 == x == 5.0, 1 < 2 < 3 < 4 < 0)
print(1 < 3 > 2, 3 > 2 == 2, "a" < "b" < "c", [1] < [2] <= [2])
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(2) < v(0) < v(5), calls)
calls.clear()
print(v(3) < v(2) < v(9), calls)
print(x is x is not None, None is None is None, 2 in [1, 2] in [[1, 2]])
print(not 1 < 2, not (1 < 2) == False, (not 1) < 2)
print(1 == 1 != 2, 1 != 1 == 1, 1 < 2 == True, (1 < 2) == True)
