eg = ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
print(eg, repr(eg.exceptions), eg.message, len(eg.exceptions))
try:
    raise eg
except* ValueError as g:
    print("caught ValueErrors:", repr(g), [str(e) for e in g.exceptions])
except* TypeError as g:
    print("caught TypeErrors:", [str(e) for e in g.exceptions])
try:
    try:
        raise ExceptionGroup("outer", [KeyError("k"), ExceptionGroup("inner", [IndexError("i"), KeyError("k2")])])
    except* KeyError as g:
        print("keys:", repr(g))
except* IndexError as g:
    print("leftover:", repr(g))
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(TypeError)), eg.subgroup(KeyError))
try:
    raise ValueError("bare")
except* ValueError as g:
    print("bare wrapped:", repr(g), type(g).__name__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, BaseException))
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup("bad", [1])
except ValueError as e:
    print("ValueError:", e)
