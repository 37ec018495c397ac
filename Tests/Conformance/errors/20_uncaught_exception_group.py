print("raising group")
try:
    raise ExceptionGroup("batch", [ValueError("a"), TypeError("b")])
except* ValueError as g:
    print("handled ValueErrors", len(g.exceptions))
except* TypeError as g:
    print("handled TypeErrors", len(g.exceptions))
print("group fully handled; now a plain error escapes")
raise RuntimeError("after the group")
