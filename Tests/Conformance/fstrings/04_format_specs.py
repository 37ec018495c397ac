vals = [0, 7, -7, 123456789, 3.5, -0.125, 1e-7, 12345.6789]
for v in vals:
    print(f"{v!r:>14}|{v:>12}|{v:<12}|{v:^12}|{v:+}|")
for v in [0.5, 2.25, 1234.5, 1e20]:
    print(f"{v:.1f}|{v:.3e}|{v:g}|{v:.2%}|{v:12,.2f}|{v:=+12.1f}|{v:012.2f}")
for n in [0, 1, 255, 65535, -10, 2 ** 40]:
    print(f"{n:d}|{n:x}|{n:X}|{n:o}|{n:b}|{n:#x}|{n:,}|{n:10_}" if n >= 0 else f"{n:d}|{n:x}|{n:#b}")
print(f"{'abc':.2}|{'abc':5.1}|{'abc':>5.2}|")
print(f"{True:>6}|{False:d}|{None!s:>6}|")
