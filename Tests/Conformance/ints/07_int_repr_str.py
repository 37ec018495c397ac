nums = [0, 1, -1, 10, 255, -255, 2 ** 31, 2 ** 32, 10 ** 18, 10 ** 19, -(10 ** 30)]
for n in nums:
    print(n, repr(n), str(n), format(n, "d"), format(n, "x"), format(n, "b")[:12])
print(format(1234567, ","), format(-1234567, ","), format(1234567, "_"))
print(format(2 ** 70, ","))
print(format(42, "08d"), format(-42, "08d"), format(42, "+d"), format(42, " d"))
print(format(255, "#x"), format(255, "#X"), format(255, "#o"), format(255, "#b"))
print(format(42, "<6") + "|", format(42, ">6") + "|", format(42, "^6") + "|", format(42, "*^7"))
print(format(-42, "=8"), format(42, "e"), format(42, ".2f"), format(42, "%"))
print(format(1234567, "_x"), format(10 ** 12, "_d"))
print(str(0xDEADBEEF), 0o777, 0b1111, 1_000_000)
