rows = [("Widget", 4, 3.5), ("Gadget", 12, 10.0), ("Thingamajig", 1, 999.99)]
header = f"{'Item':<12}{'Qty':>5}{'Price':>10}{'Total':>12}"
print(header)
print("-" * len(header))
grand = 0
for item, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{item:<12}{qty:>5}{price:>10.2f}{total:>12,.2f}")
print("=" * len(header))
print(f"{'Grand total':<27}{grand:>12,.2f}")
print(f"{'Average':<27}{grand / len(rows):>12.3f}")
for pct in [0.0, 0.333, 0.5, 1.0]:
    bar = "#" * int(pct * 20)
    print(f"[{bar:<20}] {pct:6.1%}")
