def ratio(a, b):
    print("ratio of", a, b)
    return a / b
print(ratio(6, 3))
print(ratio(1, 0))
print("unreachable")
