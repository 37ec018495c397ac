def describe(x):
    match x:
        case 0:
            return "zero"
        case _:
            return "other"
print(describe(0))
