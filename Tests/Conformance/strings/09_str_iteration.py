text = "Hello World"
counts = {}
for ch in text.lower():
    if ch.isalpha():
        counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
vowels = [c for c in text if c in "aeiouAEIOU"]
print(vowels, len(vowels))
caesar = "".join(chr((ord(c) - 97 + 3) % 26 + 97) if c.islower() else c for c in "attack at dawn!")
print(caesar)
for i, ch in enumerate("abc"):
    print(i, ch, ord(ch))
print(list(zip("abc", "12345")))
acc = ""
for w in ["one", "two", "three"]:
    acc += w[0].upper() + w[1:] + " "
print(repr(acc), repr(acc.rstrip()))
print([w for w in "a bb ccc dddd".split() if len(w) % 2 == 0])
