s = "  the quick  brown\tfox\njumps  "
print(s.split())
print(s.split(" "))
print("a,b,,c,".split(","))
print("a,b,,c,".split(",", 1), "a,b,,c,".split(",", maxsplit=2))
print("a b c d".rsplit(" ", 1), "a b c d".rsplit(maxsplit=2))
print("".split(), "".split(","), "   ".split(), "x".split("x"))
print("line1\nline2\r\nline3\n".splitlines(), "a\n\nb".splitlines(True))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "/".join(str(i) for i in range(5)))
print("key=value=x".partition("="), "noeq".partition("="), "a=b=c".rpartition("="), "abc".rpartition("z"))
words = "to be or not to be that is the question".split()
print(len(words), words[::2], " ".join(reversed(words)))
print("::".join(w.upper() for w in words if len(w) > 2))
try:
    "-".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
