#!/usr/bin/env python3
"""Regenerates Vectors.swift from CPython (run with python3 3.11): python3 generate_vectors.py > Vectors.swift

Each data set is a raw multi-line Swift string: one case per line, fields separated by TAB.
Floats travel as 16-hex-digit bit patterns; errors as '!Type: message'.
"""
import math, random, struct

random.seed(20240611)
def bits(x): return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]
def frombits(s): return struct.unpack('<d', struct.pack('<Q', int(s, 16)))[0]
def err(e): return '!%s: %s' % (type(e).__name__, e)
def run(f):
    try: return f()
    except Exception as e: return err(e)
def ok(v): return '"""' not in v and '\\' not in v and all(ord(c) >= 32 and ord(c) != 127 for c in v)
sets = {}

def rand_double():
    while True:
        x = struct.unpack('<d', struct.pack('<Q', random.getrandbits(64)))[0]
        if math.isfinite(x): return x

specials = [0.0, -0.0, 0.1, 0.2, 0.1 + 0.2, 1e16, 1e15, 9999999999999998.0, 1e-5, 1e-4, 0.0001234, 5e-324,
            1.7976931348623157e308, 2.2250738585072014e-308, 1.0, -1.0, 1.5, 100.0, 123456789.0, 1/3, 2/3,
            math.pi, math.e, 2.0**53, 2.0**53 + 2, 2.0**63, 2.0**64, 1e22, 1e23, 5e-310, 0.5, 2.5, 1e300,
            123.456, 1e100, 4.35, 0.3, 9.995, 2.675, float('inf'), float('-inf'), float('nan')]
floats = specials + [rand_double() for _ in range(300)] + [random.uniform(-1000, 1000) for _ in range(100)] \
         + [round(random.uniform(0, 100), 2) for _ in range(50)] + [random.random() * 10**random.randint(-30, 30) for _ in range(100)]
sets['repr'] = ['%s\t%s' % (bits(x), repr(x)) for x in floats]
sets['floatHash'] = ['%s\t%d' % (bits(x), hash(x)) for x in floats if not math.isnan(x)]

# Big ints: arithmetic and bit identities.
bigs = [0, 1, -1, 7, -7, 2**64, -(2**64), 2**64 - 1, 2**63, -(2**63), 2**200, -(3**100), 3**100 // 7**30,
        10**40 + 12345, -(10**38) - 1, 2**127 - 1, 12345678901234567890123456789]
bigs += [random.choice([1, -1]) * random.getrandbits(random.randint(1, 700)) for _ in range(40)]
rows = []
for i, a in enumerate(bigs):
    b = bigs[(i * 7 + 3) % len(bigs)] or 3
    rows.append('\t'.join(str(v) for v in [a, b, a + b, a - b, a * b, a // b, a % b, a & b, a | b, a ^ b, ~a,
                                            a << 37, a >> 37, a >> 200, abs(a).bit_length(), hash(a)]))
sets['bigArith'] = rows
sets['bigRadix'] = ['%d\t%s\t%s\t%s' % (a, format(a, 'x'), format(a, 'o'), format(a, 'b')) for a in bigs[:30]]
sets['bigPow'] = ['%d\t%d\t%d\t%d\t%s' % (b, e, m, b ** e, run(lambda: str(pow(b, e, m))))
                  for b, e, m in [(2, 200, 1000007), (3, 100, -97), (7, 30, 2**64 + 13), (-5, 77, 1234567),
                                  (12345678901234567, 33, 10**30 + 7), (10, 0, 7), (0, 5, 3), (4, 3, 1)]]
sets['modInverse'] = ['%d\t%d\t%d\t%s' % (b, e, m, run(lambda: str(pow(b, e, m))))
                      for b, e, m in [(3, -1, 7), (2, -1, 4), (10, -3, 97), (-3, -2, 1000003), (5, 3, 0), (5, -1, -7)]]

# int -> float rounding and int / int.
conv = [2**53 + 1, 2**53 + 3, 2**54 + 2, 2**54 + 6, -(2**53 + 1), 2**1024, 2**1024 - 2**970, 2**1024 - 2**971,
        2**1023, 10**308, 10**309, 3**500, 0, -1, 2**64 + 1, 2**63 - 1]
conv += [random.getrandbits(random.randint(54, 1030)) for _ in range(60)]
sets['intToFloat'] = ['%d\t%s' % (a, run(lambda: bits(float(a)))) for a in conv]
pairs = [(1, 3), (2**100, 3), (10**400, 10**399), (1, 10**400), (10**400, 1), (-7, 2), (2**60 + 1, 2**60 - 1),
         (1, 2**1074), (1, 2**1075), (3, 2**1076), (5, 0), (0, 5), (0, -5), (-(10**30), 7), (2**1100, 2**80)]
pairs += [(random.getrandbits(random.randint(1, 1200)) * random.choice([1, -1]), random.getrandbits(random.randint(1, 1200)) + 1)
          for _ in range(80)]
sets['trueDivide'] = ['%d\t%d\t%s' % (a, b, run(lambda: bits(a / b))) for a, b in pairs]

# Small-int fast path.
smalls = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (-(2**63), -1), (2**62, 4), (5, 0), (-(2**63), 1), (2**63 - 1, -1)]
sets['smallDiv'] = ['%d\t%d\t%s\t%s' % (a, b, run(lambda: str(a // b)), run(lambda: str(a % b))) for a, b in smalls]
sets['smallPow'] = ['%d\t%d\t%d' % (b, e, b ** e) for b, e in [(2, 62), (2, 63), (-2, 63), (3, 40), (3, 41), (-3, 41), (10, 18), (10, 19), (7, 0), (0, 0), (-1, 10**6 + 1)]]

# Float math.
fpairs = [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (-7.5, -2.0), (1.0, 0.0), (0.0, -3.0), (-0.0, 3.0), (1e308, 1e-308),
          (5.0, float('inf')), (-5.0, float('inf')), (0.1, 0.01), (2.0, 0.5), (-8.0, 1/3), (0.0, -1.0), (10.0, 400.0),
          (-2.0, 3.0), (-2.0, 2.0), (2.0, -1074.0), (float('nan'), 0.0), (1.0, float('nan')), (float('inf'), -1.0),
          (-float('inf'), 3.0), (-1.0, float('inf')), (3.0, 1e-320)]
fpairs += [(random.uniform(-100, 100), random.uniform(-10, 10)) for _ in range(40)]
def fb(v): return bits(v) if isinstance(v, float) else 'complex'
sets['floatOps'] = ['\t'.join([bits(a), bits(b), run(lambda: bits(a // b)), run(lambda: bits(a % b)),
                               run(lambda: ' '.join(map(bits, divmod(a, b)))), run(lambda: fb(a ** b)),
                               run(lambda: bits(a / b))]) for a, b in fpairs]

# round().
rounds = [(2.5, None), (3.5, None), (-2.5, None), (0.5, None), (1e20, None), (float('inf'), None), (float('nan'), None),
          (2.675, 2), (1.005, 2), (0.125, 2), (0.375, 2), (-0.4, 0), (12345.678, -2), (15.0, -1), (25.0, -1), (5e-324, 400),
          (1.7976931348623157e308, -308), (1.7976931348623157e308, -400), (123.456, 400), (0.5, 0), (1.5, 0), (-0.0, 3),
          (float('inf'), 2), (float('nan'), 2), (1e300, -300), (9.5e307, -307)]
rounds += [(random.uniform(-1000, 1000), random.randint(-3, 8)) for _ in range(80)] + [(rand_double(), random.randint(-320, 320)) for _ in range(40)]
sets['round'] = ['%s\t%s\t%s' % (bits(x), '' if n is None else n, run(lambda: str(round(x)) if n is None else bits(round(x, n)))) for x, n in rounds]

# int() and float() parsing.
ints = [('42', 10), ('  -42  ', 10), ('+7', 10), ('1_000', 10), ('1__0', 10), ('_1', 10), ('1_', 10), ('0x_ff', 0), ('0xff', 16),
        ('ff', 16), ('0o17', 0), ('0b1010', 0), ('0B1_0', 2), ('010', 0), ('00', 0), ('0_0', 0), ('0', 0), ('z', 36), ('Z', 36),
        ('abc', 10), ('', 10), ('  ', 10), ('12', 1), ('12', 37), ('0x', 16), ('0b', 16), ('1 2', 10), ('\t\n12\x0c', 10),
        ('١٢٣', 10), ('12\u00a0', 10), ('9' * 30, 10), ('-0', 10), ('0x1g', 0), ("it's", 10), ('x' * 250, 10), ('12.5', 10),
        ('1' * 4301, 10), ('1' * 5000, 16), ('-' + '7' * 4300, 10), ('0o8', 0), ('08', 10), ('0b_', 0), ('--1', 10)]
sets['parseInt'] = ['%s\t%d\t%s' % (s, b, run(lambda: str(int(s, b)))) for s, b in ints if ok(s)]
flts = ['1.5', '  -1.5  ', '1e3', '.5', '5.', '1_000.5', '1__0', '_1', '1_', '1_e5', '1e_5', 'inf', '-Infinity', 'NaN', '+nan', 'infinit',
        'abc', '', '  ', '0x1p3', '1e400', '-1e-400', '1.7976931348623157e308', '2.2250738585072014e-308', '4.9e-324', '0.1',
        '123456789012345678901234567890', '1e', 'e5', '.', '1.2.3', '١.٥', '1,5', 'nan(1)', '  7  ', '+.5e-3', "x'y", '1_2.3_4e1_0']
sets['parseFloat'] = ['%s\t%s' % (s, run(lambda: bits(float(s)))) for s in flts if ok(s)]

# format(): ints, floats, strings x specs.
ispecs = ['', 'd', '5', '<5', '^7', '=+8', '+', ' ', '-', '05', '010,', '012,', ',', '_', '_x', '_b', '#x', '#X', '#o', '#b', 'x', 'X', 'o', 'b',
          'c', 'n', '*^9', '0=8', 'e', '.2f', '%', '.3g', 'E', '10.1%', '#10x', '+#012_x', 'z', '.2d', '+c', '#c', ',x', ',n', 's', 'q', 'abc', '.',
          ',_', '_,', '08,d', '09_', '+,', 'F', 'g', 'G', 'a<10', '\u00e9>6', ' 5', '-010', '30,', '.0e']
ivals = [0, 1, -1, 42, -42, 1234567, -1234567, 255, 65, 10**20, -(2**70), 8364, 123456789]
fspecs = ['', '.3', '.0', '.1', '.17', 'e', 'E', '.2e', '.0e', '#.0e', 'f', 'F', '.2f', '.0f', '#.0f', '.10f', 'g', 'G', '.3g', '#.3g', '.0g',
          '#g', '%', '.1%', ',', ',.2f', '_.3f', '012,.2f', '015,', '+', ' ', '+.3e', '10', '<10', '^12.3', '=+12.2f', '*>10.1f', 'z.1f',
          'z', 'n', '.3n', '#', '#.3', 'd', 'x', 'c', ',n', '010', '=10', '.', 'z.0f', '08.3f', '-.2f', '020_.4f', '.20', '.16', '.15', '#.1']
fvals = [0.0, -0.0, 1.0, -1.0, 1.5, 2.5, 0.1, -0.001, 1234567.891, 1e16, 1e-5, 123.456, 1e300, -1e-300, 5e-324, 0.5, 999.9999,
         float('inf'), float('-inf'), float('nan'), 1/3, 100.0, 1e22, -0.04, 9.995]
sspecs = ['', 's', '10', '<10', '>10', '^10', '*^9', '.2', '10.3', '05', '=10', '+', ' ', '-', '#', 'z', ',', '_', 'd', 'x<8', '.0', '3', 'abc', '.']
svals = ['', 'abc', 'hello world', 'é', '日本語', 'a\u0301b']
rows = []
for v in ivals:
    for s in ispecs: rows.append('i\t%d\t%s\t%s' % (v, s, run(lambda: format(v, s))))
for v in fvals:
    for s in fspecs: rows.append('f\t%s\t%s\t%s' % (bits(v), s, run(lambda: format(v, s))))
for v in svals:
    for s in sspecs: rows.append('s\t%s\t%s\t%s' % (v, s, run(lambda: format(v, s))))
rows.append('i\t%d\tf\t%s' % (10**400, run(lambda: format(10**400, 'f'))))
rows.append('i\t%d\tc\t%s' % (0x110000, run(lambda: format(0x110000, 'c'))))
rows.append('i\t%d\tc\t%s' % (-1, run(lambda: format(-1, 'c'))))
sets['format'] = [r for r in rows if ok(r.replace('\t', ' '))]

# printf-style %.
pspecs = ['%d', '%i', '%5d', '%-5d|', '%+d', '% d', '%05d', '%.3d', '%x', '%X', '%#x', '%#X', '%o', '%#o', '%#08x', '%e', '%E', '%.2e',
          '%f', '%.0f', '%#.0f', '%F', '%10.3f', '%-10.3f|', '%+.2f', '%g', '%G', '%#g', '%.3g', '%c', '%%', '%u', '%010.2f', '%-+8d|', '% 05d']
pvals = [0, 1, -1, 42, -42, 255, 65, 10**20, -(2**70), 1.5, -2.5, 0.1, 1e16, 1e-5, -0.0, 3.99, 1e300, float('inf'), float('nan'), float('-inf')]
rows = []
for v in pvals:
    for s in pspecs:
        kind = 'f' if isinstance(v, float) else 'i'
        val = bits(v) if kind == 'f' else str(v)
        rows.append('%s\t%s\t%s\t%s' % (kind, val, s, run(lambda: s % v if s != '%%' else s % ())))
sets['percent'] = [r for r in rows if ok(r.replace('\t', ' '))]

print('// Generated by generate_vectors.py from CPython %s; do not edit.' % __import__('sys').version.split()[0])
print('// Each set: one case per line, TAB-separated fields; floats as bit patterns; errors as "!Type: message".')
print('enum Vectors {')
for name, rows in sets.items():
    print('    static let %s = #"""' % name)
    for r in rows: print(r)
    print('"""#')
print('}')
