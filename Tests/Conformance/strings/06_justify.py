for w in ["a", "abc", "abcdef", ""]:
    print("[" + w.ljust(5) + "]", "[" + w.rjust(5) + "]", "[" + w.center(5) + "]", "[" + w.center(6, "*") + "]", "[" + w.ljust(2, ".") + "]")
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "12345".zfill(3))
print("ab".center(5, "-"), "ab".center(4, "-"), "abc".center(4, "-"), "abc".center(6, "-"))
rows = [("apple", 3, 1.5), ("banana", 12, 0.25), ("kiwi", 100, 12.0)]
for name, qty, price in rows:
    print(name.ljust(8) + str(qty).rjust(5) + ("%.2f" % price).rjust(8))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
