people = [("alice", 30), ("bob", 25), ("carol", 30), ("dave", 25), ("eve", 35), ("frank", 30)]
print(sorted(people))
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
by_age = sorted(people, key=lambda p: p[1])
print(sorted(by_age, key=lambda p: len(p[0])))
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
nums = [5, -3, 2, -8, 0, 7, -1]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, reverse=True), sorted(nums, key=lambda n: n % 3))
xs = nums[:]
xs.sort(key=lambda n: -n)
print(xs, nums)
print(sorted("hello world"), sorted((3, 1, 2)), sorted({3: "a", 1: "b"}), sorted({5, 1, 3}))
print(sorted([[2, 1], [1, 2], [1, 1], [2]]), sorted([1.5, 1, True, 0.5]))
stable = sorted([(1, "b"), (0, "z"), (1, "a"), (0, "y")], key=lambda t: t[0], reverse=True)
print(stable)
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))))
