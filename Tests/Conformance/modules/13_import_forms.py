import sys, time
import collections as col
from collections import deque as Deque, namedtuple
from functools import *
from random import seed, randint
print(type(sys).__name__, sys.__name__, time.__name__, col.__name__)
print(Deque([1]), namedtuple("T", "a")(1), partial(max, 1)(0), reduce(lambda a, b: a + b, [1, 2]))
seed(1)
print(randint(1, 100), randint(1, 100))
import random as r2
r2.seed(1)
print(r2.randint(1, 100))
def local_import():
    import inspect
    return inspect.isfunction(local_import)
print(local_import(), "inspect" in globals())
import functools
print(functools.partial is partial, col.deque is Deque)
try:
    from collections import nothing_here
except ImportError as e:
    print("ImportError for", e.name)
try:
    import definitely_not_a_module
except ModuleNotFoundError as e:
    print("ModuleNotFoundError for", e.name, isinstance(e, ImportError))
