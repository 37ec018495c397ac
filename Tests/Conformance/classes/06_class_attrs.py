class Config:
    defaults = {"debug": False}
    shared = []
    def __init__(self, **kw):
        self.options = dict(self.defaults)
        self.options.update(kw)
a = Config(debug=True)
b = Config()
a.shared.append("from a")
print(a.options, b.options, b.shared, Config.shared is a.shared)
a.shared = ["own"]
print(a.shared, b.shared)
class Meta:
    pass
Meta.added_later = 5
m = Meta()
print(m.added_later, Meta.__name__, Meta.__module__, Meta.__doc__)
class Documented:
    """A documented class."""
print(Documented.__doc__)
print(sorted(k for k in Config.__dict__ if not k.startswith("__")))
class Empty:
    pass
e = Empty()
e.x = 1
print(e.x, vars(e), Empty.__bases__[0].__name__)
try:
    Empty().missing
except AttributeError as err:
    print("AttributeError:", err)
try:
    Empty.missing
except AttributeError as err:
    print("AttributeError:", err)
