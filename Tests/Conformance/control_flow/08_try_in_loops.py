results = []
for raw in ["10", "x", "0", "5", ""]:
    try:
        n = int(raw)
        r = 100 // n
    except ValueError:
        results.append(f"bad {raw!r}")
        continue
    except ZeroDivisionError:
        results.append("div0")
        break
    else:
        results.append(r)
    finally:
        results.append("f")
print(results)
def loop_with_finally():
    for i in range(3):
        try:
            if i == 1:
                return f"returned at {i}"
        finally:
            print("finally", i)
print(loop_with_finally())
def finally_overrides():
    try:
        return "try"
    finally:
        print("cleanup runs")
print(finally_overrides())
count = 0
while True:
    try:
        count += 1
        if count < 3:
            continue
        break
    finally:
        print("iteration", count)
