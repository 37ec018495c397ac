for a in [0, 1, 5, -5, 255, -256, 2 ** 40]:
    for b in [3, -3]:
        print(a, b, a & b, a | b, a ^ b, ~a, a << 2, a >> 1)
flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags |= READ | EXEC
print(flags, bool(flags & WRITE), bool(flags & EXEC))
flags &= ~READ
print(flags, flags ^ 7, format(flags, "03b"))
print(True & 3, True | 2, 6 ^ True, True << 3)
print({1, 2} & {2, 3}, {1} | {2}, {1, 2} ^ {2, 3}, {1, 2} - {2})
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1.5 & 1
except TypeError as e:
    print("TypeError:", e)
