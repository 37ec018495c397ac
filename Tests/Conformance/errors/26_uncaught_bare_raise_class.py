def validate(x):
    if not isinstance(x, int):
        raise TypeError
    return x
print(validate(1))
validate("x")
