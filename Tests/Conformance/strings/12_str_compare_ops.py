a, b = "apple", "banana"
print(a < b, a > b, a == "apple", a != b, a <= a, "B" < "a", "apple" < "apples")
print(a + b, a * 2, a in b, "an" in b, b.count("an"))
print(sorted([b, a, "cherry", "Apple", "apple pie"]))
print(max(["x", "xx", "y"]), min(["b", "a", "ab"]), max("abc", "abd", key=lambda s: s[::-1]))
s = ""
for i in range(5):
    s += str(i) * i
print(s, len(s))
print("abc" != "abd", str(10) == "10", "1" + str(1), int("1") + 1)
parts = []
for word in "Make it So".split():
    parts.append(word[::-1].lower())
print(parts, "|".join(parts))
print("a" < "b" < "c", "c" > "b" > "c", ["a", "b"] < ["a", "c"], ("a",) < ("a", ""))
print(hash("x") == hash("x"), "x".__len__(), "ab".__add__("cd"), "ab".__contains__("b"))
