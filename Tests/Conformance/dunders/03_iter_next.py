class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        print("__iter__ called")
        return self
    def __next__(self):
        if self.current <= 0:
            print("StopIteration")
            raise StopIteration
        self.current -= 1
        return self.current + 1
for n in Countdown(3):
    print(n)
print(list(Countdown(2)))
c = Countdown(2)
it = iter(c)
print(it is c, next(it), next(it), next(it, "done"))
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
r = Range2(3)
print(list(r), list(r), sum(r), [x * 2 for x in r], 2 in r, sorted(r, reverse=True))
a, b, c = Range2(3)
print(a, b, c)
print(dict(zip(Range2(3), "abc")))
