def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
print(inc(), inc(), inc(10), get())
inc2, get2 = make_counter(100)
print(inc2(), get(), get2())
print(inc.__name__, get.__qualname__)
