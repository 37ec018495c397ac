import sys
print("sys is fine")
from os import path
print(path.join("a", "b"))
