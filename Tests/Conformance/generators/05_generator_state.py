import inspect
def g():
    yield 1
gen = g()
print(inspect.getgeneratorstate(gen))
next(gen)
print(inspect.getgeneratorstate(gen))
next(gen, None)
print(inspect.getgeneratorstate(gen))
print(inspect.isgenerator(gen), inspect.isgeneratorfunction(g), inspect.isgeneratorfunction(len))
def running_check():
    yield inspect.getgeneratorstate(r)
r = running_check()
print(next(r))
def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
gen2 = g()
gen2.close()
print(inspect.getgeneratorstate(gen2))
print(gen2.__name__, g.__name__, type(gen2).__name__)
