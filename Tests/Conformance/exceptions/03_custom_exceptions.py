class ValidationError(ValueError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field
class RangeError(ValidationError):
    pass
def validate(age):
    if not isinstance(age, int):
        raise ValidationError("age", "must be int")
    if not 0 <= age <= 150:
        raise RangeError("age", f"{age} out of range")
    return age
for v in [30, "x", 200, -1]:
    try:
        print("valid", validate(v))
    except RangeError as e:
        print("RangeError", e, e.field, isinstance(e, ValueError))
    except ValidationError as e:
        print("ValidationError", e, e.args)
class Plain(Exception):
    pass
p = Plain("a", 2)
print(p, repr(p), p.args, str(Plain()), repr(Plain()), repr(Plain("one")))
print(issubclass(RangeError, Exception), RangeError.__mro__[1].__name__, [c.__name__ for c in RangeError.__mro__])
class WithStr(Exception):
    def __str__(self):
        return "custom str"
print(WithStr("ignored"), repr(WithStr("ignored")))
