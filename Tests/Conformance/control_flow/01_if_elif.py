def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    else:
        return "F"
for s in [95, 90, 85, 70, 69, 0, -5]:
    print(s, grade(s))
x = []
if x:
    print("non-empty")
elif x is not None:
    print("empty but not None")
if 0: print("never")
else: print("inline else")
value = 7
if value > 5:
    if value % 2:
        print("big odd")
    else:
        print("big even")
if not "": print("empty string is falsy")
if None is None and [0]: print("list with zero is truthy")
