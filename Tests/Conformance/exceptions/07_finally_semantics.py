def f1():
    try:
        return 1
    finally:
        print("f1 finally")
def f2():
    try:
        return 1
    finally:
        return 2
def f3():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed exception"
def f4():
    for i in range(3):
        try:
            if i == 0:
                continue
            return i
        finally:
            print("f4 finally", i)
def f5():
    x = []
    try:
        x.append("try")
        return x
    finally:
        x.append("finally")
print(f1(), f2(), f3(), f4(), f5())
def f6():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as e:
        print("handled", e)
    finally:
        print("outer finally")
    return "done"
print(f6())
