print(repr(len)[:30] if False else "builtin")
print(print.__name__, len.__name__, type(len).__name__, str.__name__, type(str.upper).__name__ if False else "")
print(range, int, str, list, dict, object, type, Exception, ValueError, bool, float, tuple, set, frozenset)
print(type(None), type(NotImplemented).__name__, type(...).__name__, ..., NotImplemented)
class Mine:
    pass
print(Mine, type(Mine()), Mine.__name__, Mine.__qualname__, Mine.__module__)
def fn():
    pass
print(fn.__name__, fn.__qualname__, fn.__module__, __name__)
print(repr(None), repr(True), repr(...), repr(int), repr(ZeroDivisionError))
