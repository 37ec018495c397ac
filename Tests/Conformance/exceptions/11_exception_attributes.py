try:
    {"a": 1}["b"]
except KeyError as e:
    print(repr(e), e.args)
try:
    [1, 2, 3][10]
except IndexError as e:
    print(repr(e), e.args)
try:
    None.foo
except AttributeError as e:
    print(repr(e), e.name, e.obj)
try:
    undefined_var
except NameError as e:
    print(repr(e), e.name)
try:
    int("12x")
except ValueError as e:
    print(repr(e), e.args)
try:
    1 / 0
except ZeroDivisionError as e:
    print(repr(e), isinstance(e, ArithmeticError))
e = ValueError("note me")
e.add_note("first note")
e.add_note("second note")
print(e.__notes__, str(e))
try:
    raise e
except ValueError as caught:
    print(caught is e, caught.__notes__)
err = TypeError("with_traceback")
print(err.with_traceback(None) is err)
