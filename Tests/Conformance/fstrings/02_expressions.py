items = ["apple", "banana", "cherry"]
d = {"a": 1, "b": 2}
print(f"{len(items)} items: {', '.join(items)}")
print(f"{items[0].upper()} {items[-1][::-1]} {d['a'] + d['b']}")
print(f"{'even' if len(items) % 2 == 0 else 'odd'}")
print(f"{[x * 2 for x in range(4)]} {sum(x for x in range(5))}")
print(f"{(lambda x: x * 10)(3)}")
print(f"{max(items, key=len)!r:>12}")
print(f"{3 > 2 and 'yes'}")
w, p = 12, 3
print(f"{3.14159:{w}.{p}f}|")
print(f"{'x':{'>'}{w}}|")
for i in range(1, 4):
    print(f"{i:>3} | {i ** 2:>4} | {i ** 3:<5}| {i / 7:.3f}")
class P:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"P({self.x!r})"
    def __str__(self):
        return f"<point {self.x}>"
p = P("q")
print(f"{p} {p!r} {p!s} {p.x}")
print(f"{p:}" if False else f"{str(p):>15}")
nested = f"outer {f'inner {1 + 1}'} end"
print(nested)
