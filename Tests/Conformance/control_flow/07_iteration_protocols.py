d = {"x": 1, "y": 2}
for k in d:
    print("key", k)
for k, v in d.items():
    print("item", k, v)
for v in d.values():
    print("value", v)
for i, (k, v) in enumerate(sorted(d.items(), reverse=True)):
    print(i, k, v)
for a, b in zip([1, 2, 3], "ab"):
    print(a, b)
for ch in reversed("abc"):
    print(ch, end="")
print()
for x in iter([10, 20]):
    print(x)
it = iter(range(5))
for x in it:
    if x == 1:
        print("skipping", next(it))
    print("got", x)
nums = [1, 2, 3, 4]
for n in nums[:]:
    if n % 2 == 0:
        nums.remove(n)
print(nums)
