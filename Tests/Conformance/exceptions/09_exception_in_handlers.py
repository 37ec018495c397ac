log = []
def process(items):
    for item in items:
        try:
            log.append(f"start {item}")
            if item == "boom":
                raise RuntimeError("boom!")
            if item == "bad":
                raise ValueError("bad item")
            log.append(f"ok {item}")
        except ValueError as e:
            log.append(f"skip: {e}")
        finally:
            log.append(f"end {item}")
try:
    process(["a", "bad", "b", "boom", "c"])
except RuntimeError as e:
    log.append(f"aborted: {e}")
for line in log:
    print(line)
def handler_raises():
    try:
        {}["missing"]
    except KeyError as e:
        raise LookupError("translated") 
try:
    handler_raises()
except LookupError as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))
try:
    try:
        raise ValueError("one")
    except ValueError:
        1 / 0
except ZeroDivisionError as e:
    print("context chain:", repr(e.__context__), e.__cause__)
