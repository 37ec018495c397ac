# Plain generators are closed when dropped while suspended: their finally runs
# at that moment. Those still alive at exit are closed in creation order.
def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print(f"  {tag}: finally")


def no_cleanup():
    yield 1
    yield 2


print(next(gen("temporary")))
print("after temporary")
g = gen("rebound")
next(g)
g = gen("second rebound")
print("after rebinding")
for x in gen("broken loop"):
    break
print("after break")


def holder():
    inner = gen("local")
    next(inner)
    yield "holder suspended"
    print("holder resumes and finishes")


h = holder()
print(next(h))
print(next(h, "holder done"))
print("after holder finished")
first = gen("global first")
next(first)
second = gen("global second")
next(second)
third = no_cleanup()
next(third)
items = [gen("in a list")]
next(items[0])
first_again = first
print("end of program")
