class Dyn:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("auto_"):
            return name[5:].upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
d = Dyn()
print(d.real, d.auto_x, getattr(d, "auto_yes"), hasattr(d, "nope"), getattr(d, "nope", "default"))
class Recorder:
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("del", name)
        super().__delattr__(name)
r = Recorder()
r.a = 1
r.b = [r.a]
del r.a
print(vars(r))
class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}")
f = Frozen(3)
try:
    f.v = 4
except AttributeError as e:
    print("AttributeError:", e, f.v)
