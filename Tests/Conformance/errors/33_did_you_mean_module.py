# A typo in a module function: the suggestion comes from the module's names.
import time
print("before")
time.slep(0.1)
