import sys
async def forgotten():
    print("this never runs")
    return 1
print("creating coroutine")
c = forgotten()
print("type:", type(c).__name__)
del c
print("deleted; CPython printed a RuntimeWarning on stderr (not compared)")
forgotten()
print("end of program", file=sys.stdout)
