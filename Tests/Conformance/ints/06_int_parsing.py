print(int("42"), int("  -17  "), int("+8"), int("0"), int("-0"))
print(int("1_000_000"), int("0x1f", 16), int("1f", 16), int("-0x1f", 16))
print(int('  -0x1f'.strip(), 16))
print(int("777", 8), int("0o777", 8), int("0b1011", 2), int("1011", 2))
print(int("z", 36), int("ZZ", 36), int("0x1F", 0), int("0o17", 0), int("0b11", 0), int("99", 0))
print(int("123456789012345678901234567890"))
print(int("-99999999999999999999999"))
print(int(3.99), int(-3.99), int(1e20), int(-0.5), int(True))
print(int(2 ** 80 + 0.0))
print(int("ff", base=16), int("10", base=3))
for s in ["12a", "", " ", "1.5", "0x10", "1__0", "_1"]:
    try:
        print(int(s))
    except ValueError as e:
        print("ValueError", e)
try:
    int("9", 8)
except ValueError as e:
    print("ValueError", e)
try:
    int("10", 1)
except ValueError as e:
    print("ValueError", e)
