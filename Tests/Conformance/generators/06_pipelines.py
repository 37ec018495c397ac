def read_lines():
    for line in ["10,apple", "x,bad", "3,kiwi", "", "7,plum"]:
        print(f"  read {line!r}")
        yield line
def parse(lines):
    for line in lines:
        if not line:
            continue
        qty, _, name = line.partition(",")
        try:
            yield int(qty), name
        except ValueError:
            print(f"  skip {line!r}")
def big(items, threshold):
    for qty, name in items:
        if qty >= threshold:
            yield name.upper()
pipeline = big(parse(read_lines()), 5)
print("pipeline built, nothing read yet")
for name in pipeline:
    print("result", name)
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
def naturals():
    n = 1
    while True:
        yield n
        n += 1
squares = (n * n for n in naturals())
print(list(take(6, squares)))
print(list(take(3, squares)))
gexp = (x for x in range(3))
print(list(gexp), list(gexp))
print(list(zip(naturals(), "abc")))
