def attempt(x):
    print(f"attempt({x!r})")
    try:
        result = 10 / x
    except ZeroDivisionError as e:
        print("  except ZeroDivisionError:", e)
        return "div"
    except TypeError as e:
        print("  except TypeError:", e)
        return "type"
    else:
        print("  else, result", result)
        return result
    finally:
        print("  finally")
for v in [2, 0, "s", 4.0]:
    print("->", attempt(v))
try:
    int("x")
except (TypeError, ValueError) as e:
    print("tuple except:", type(e).__name__, e)
try:
    [][0]
except LookupError as e:
    print("LookupError base caught", type(e).__name__, e)
try:
    {}["k"]
except Exception as e:
    print("Exception caught", type(e).__name__, e)
try:
    try:
        raise KeyError("inner")
    finally:
        print("inner finally")
except KeyError as e:
    print("outer caught", e)
