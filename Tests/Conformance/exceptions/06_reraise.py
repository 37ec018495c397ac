def risky():
    raise ValueError("original")
def wrapper():
    try:
        risky()
    except ValueError:
        print("logging and re-raising")
        raise
try:
    wrapper()
except ValueError as e:
    print("outer got", e)
def convert():
    try:
        risky()
    except ValueError as e:
        raise RuntimeError("converted") from e
try:
    convert()
except RuntimeError as e:
    print(e, "<-", e.__cause__)
try:
    try:
        raise TypeError("first")
    except TypeError as e:
        saved = e
    raise saved
except TypeError as e:
    print("re-raised saved:", e)
def nested_handlers():
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise IndexError("b")
        except IndexError as inner:
            print("inner context:", repr(inner.__context__))
        raise
try:
    nested_handlers()
except KeyError as e:
    print("bare raise restored:", repr(e))
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
