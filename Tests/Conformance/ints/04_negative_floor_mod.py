vals = [7, -7, 2 ** 70, -(2 ** 70), 123456789012345678901234567890]
divs = [3, -3, 10, -10, 2 ** 65, -(2 ** 65)]
for a in vals:
    for d in divs:
        q, r = a // d, a % d
        print(a, d, q, r, q * d + r == a, divmod(a, d) == (q, r))
