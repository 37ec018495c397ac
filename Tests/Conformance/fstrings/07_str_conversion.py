class Both:
    def __str__(self):
        return "str-form"
    def __repr__(self):
        return "Both()"
    def __format__(self, spec):
        return f"formatted[{spec}]"
b = Both()
print(f"{b}", f"{b!s}", f"{b!r}", f"{b:xyz}", f"{b!r:>10}")
print(str(b), repr(b), format(b, "q"), "{}".format(b), "%s %r" % (b, b))
print([b], (b, b), {"k": b})
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr<1>"
o = OnlyRepr()
print(f"{o}", str(o), f"{o!s:*^15}")
class OnlyStr:
    def __str__(self):
        return "only-str"
print(f"{OnlyStr()}", str(OnlyStr()), [str(OnlyStr())])
