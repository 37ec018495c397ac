values = [1, 2, 3]
print("sum is", sum(values))
print("mean is", total / len(values))
