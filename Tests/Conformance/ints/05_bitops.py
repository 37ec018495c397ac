a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 3, a >> 2)
print(-1 & 0xFF, -1 | 0, -1 ^ 0xFF, ~-1, ~0)
print(-12 & 10, -12 | 10, -12 ^ 10, -12 >> 1, -12 >> 10, -1 >> 100)
print(-(2 ** 70) & 0xFFFF, -(2 ** 70) | 1, (2 ** 70) ^ -1)
print(1 << 100, (1 << 100) >> 99, -(1 << 100) >> 99)
print((2 ** 64 - 1) & (2 ** 32 + 5), (2 ** 64) | 3)
x = 0
for i in range(0, 80, 7):
    x |= 1 << i
print(x, bin(x))
print(bin(-37), oct(-37), hex(-37))
print(bin(0), oct(0), hex(0), hex(2 ** 64), hex(-(2 ** 64) + 1))
print((255).bit_length(), (256).bit_length(), (-256).bit_length(), (0).bit_length(), (2 ** 100).bit_length())
print(bin(12345).count("1"))
print(5 << 0, 5 >> 0, 0 << 100)
