import inspect
def f(a, b=2, *args, c, **kw):
    pass
class K:
    def m(self):
        pass
print(inspect.isfunction(f), inspect.isfunction(K.m), inspect.ismethod(K().m), inspect.isclass(K), inspect.isclass(K()))
print(inspect.isbuiltin(len), inspect.isbuiltin(f), inspect.isroutine(len), inspect.isroutine(f))
sig = inspect.signature(f)
print(sig, list(sig.parameters))
print(inspect.signature(lambda x, y=1: 0), inspect.signature(K.m))
print(inspect.getdoc(inspect.isfunction) is not None)
def documented():
    """
    Indented docstring.
        More indented.
    """
print(repr(inspect.getdoc(documented)))
