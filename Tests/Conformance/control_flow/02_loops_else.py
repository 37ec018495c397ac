for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
i = 0
while i < 3:
    print("while", i)
    i += 1
else:
    print("while finished normally")
while True:
    i -= 1
    if i == 1:
        break
else:
    print("never printed")
print("i =", i)
for x in []:
    print("never")
else:
    print("empty for runs else")
for ch in "abcdef":
    if ch in "bd":
        continue
    if ch == "f":
        break
    print("char", ch)
else:
    print("not reached")
