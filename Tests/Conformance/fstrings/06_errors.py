tests = [
    lambda: f"{'abc':d}",
    lambda: f"{12:s}",
    lambda: f"{1.5:d}",
    lambda: f"{'x':,}",
    lambda: f"{3:.2z}",
    lambda: f"{[1]:>5}",
    lambda: f"{None:>5}",
    lambda: f"{undefined_name}",
]
for t in tests:
    try:
        print("ok", t())
    except Exception as e:
        print(type(e).__name__ + ":", e)
