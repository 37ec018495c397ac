print("{} {} {}".format(1, "two", 3.0))
print("{2} {1} {0}".format("a", "b", "c"))
print("{:>10}|{:<10}|{:^10}|".format("right", "left", "mid"))
print("{:*^20}".format(" title "), "{:-<12}".format("x"), "{:08.3f}".format(-3.14159))
print("{:,}".format(9876543210), "{:_}".format(9876543210), "{:x}".format(255), "{:#010b}".format(5))
print("{0!r} {0!s} {0!a}".format("é"), "{!r}".format([1, "x"]))
print("{p[0]} {p[1]} {d[key]} {o.real}".format(p=(3, 4), d={"key": "v"}, o=5))
print("{{literal}} {}".format("x"), "{:{w}.{p}f}".format(3.14159, w=10, p=2) + "|")
print("{:+} {:+} {: } {: }".format(5, -5, 5, -5))
print("{:.3}".format("abcdef"), "{:10.3}|".format("abcdef"), "{:>5}".format(42), "{:<5}|".format(42))
print("{:%}".format(0.25), "{:.1%}".format(1 / 3), "{:e}".format(0.00012))
print(format("abc", "^9"), format(True, ""), format(True, "d"), format(None, ""), format([1], ""))
for bad in ["{} {}", "{0} {}", "{x}", "{:d}"]:
    try:
        print(bad.format("only") if bad != "{:d}" else bad.format("s"))
    except (IndexError, KeyError, ValueError) as e:
        print(type(e).__name__, e)
