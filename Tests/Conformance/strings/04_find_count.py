s = "hello world, hello python"
print(s.find("hello"), s.find("hello", 1), s.find("xyz"), s.rfind("hello"), s.find("o", 5, 10), s.find(""))
print(s.index("world"), s.rindex("o"), s.count("l"), s.count("hello"), s.count(""), "aaaa".count("aa"))
print(s.startswith("hello"), s.startswith("world", 6), s.endswith("python"), s.startswith(("x", "he")), s.endswith(("on", "zz")))
print("world" in s, "World" in s, "" in s, "x" not in s)
for bad in ["xyz", "Z"]:
    try:
        s.index(bad)
    except ValueError as e:
        print("ValueError:", e)
print("abcabc".find("c", -2), "abc"[-1], "abcdef".find("cd", 2, 4), "abcdef".find("cd", 2, 3))
