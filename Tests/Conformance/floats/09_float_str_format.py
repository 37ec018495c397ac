pi = 3.141592653589793
print("%f" % pi, "%.2f" % pi, "%10.4f|" % pi, "%-10.1f|" % pi, "%e" % pi, "%g" % pi, "%G" % 1e-10)
print("%.3g" % 1234.5, "%g" % 100000.0, "%g" % 1000000.0, "%.0f" % 0.5, "%.0f" % 1.5, "%+.2f" % 2)
print("{:.3f}".format(pi), "{:8.2f}|".format(pi), "{:<8.2f}|".format(pi), "{:^9.2f}|".format(pi))
print("{:,.3f}".format(1234567.0), "{:.2%}".format(0.1234), "{:.1e}".format(123456.0))
print("{}".format(1e16), "{}".format(1.0), "{!r}".format(0.1), "{:g}".format(0.0001))
print(str(round(2.675, 2)), "{:.2f}".format(2.675), "{:.1f}".format(0.05), "{:.1f}".format(0.15), "{:.1f}".format(0.25))
for n in [0.001, 0.01, 0.5, 12.5, 123.456, 99999.9]:
    print(f"{n:10.3f}|{n:<10g}|{n:e}|{n:.2%}")
