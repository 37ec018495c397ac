s = "Python3.11"
print(s[0], s[-1], s[2:5], s[:3], s[6:], s[-4:], s[::2], s[::-1], s[1::3], s[-2:-8:-2])
print(s[100:], s[3:1], s[-100:2], s[5:5], repr(s[10:]), s[::-3])
print(len(s), s[len(s) - 1], s[-len(s)])
for i in range(0, len(s), 3):
    print(i, s[i:i + 3])
try:
    s[20]
except IndexError as e:
    print("IndexError:", e)
try:
    s[0] = "J"
except TypeError as e:
    print("TypeError:", e)
print(list("abc"), tuple("xy"), sorted("banana"), "".join(sorted(set("banana"), key="banana".index)))
print(min("hello"), max("hello"), "abc" < "abd", "abc" < "ab", "Z" < "a", "" < "a", "10" < "9")
print(ord("A"), ord("é"), ord("€"), chr(65), chr(233), chr(8364), chr(0x1F600) == "\U0001F600")
