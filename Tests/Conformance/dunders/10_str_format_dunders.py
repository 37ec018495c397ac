class Temp:
    def __init__(self, deg):
        self.deg = deg
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.deg * 9 / 5 + 32, spec[:-1] or "") + "F"
        return format(self.deg, spec) + "C"
    def __str__(self):
        return f"{self.deg} degrees"
    def __repr__(self):
        return f"Temp({self.deg})"
t = Temp(21.5)
print(f"{t}", f"{t:.1f}", f"{t:F}", f"{t:.0fF}", format(t), "{:>8}".format(t), str(t), repr(t))
print("%s | %r" % (t, t), [t], str([t]))
class Money:
    def __init__(self, v):
        self.v = v
    def __round__(self, n=None):
        return Money(round(self.v, n))
    def __repr__(self):
        return f"Money({self.v})"
    def __int__(self):
        return int(self.v)
print(round(Money(2.567), 2), round(Money(2.5)), int(Money(9.9)))
class Ctr:
    def __init__(self):
        self.n = 0
    def __iadd__(self, k):
        self.n += k
        print("iadd", k)
        return self
c = Ctr()
c += 5
c += 2
print(c.n)
