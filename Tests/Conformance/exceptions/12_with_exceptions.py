class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("acquire", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("release", self.name, "due to", et.__name__ if et else "normal exit")
        return et is KeyError
for exc in [None, KeyError("k"), ValueError("v")]:
    try:
        with Resource("r") as r:
            print("using", r.name)
            if exc:
                raise exc
            print("no error")
        print("with block completed")
    except Exception as e:
        print("propagated:", type(e).__name__, e)
class BadEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit never called")
try:
    with BadEnter():
        print("never")
except RuntimeError as e:
    print("RuntimeError:", e)
class NotCM:
    pass
try:
    with NotCM():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
