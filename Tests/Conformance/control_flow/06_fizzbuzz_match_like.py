for i in range(1, 21):
    if i % 15 == 0:
        out = "FizzBuzz"
    elif i % 3 == 0:
        out = "Fizz"
    elif i % 5 == 0:
        out = "Buzz"
    else:
        out = str(i)
    print(out, end=" " if i < 20 else "\n")
def dispatch(cmd):
    handlers = {
        "add": lambda a, b: a + b,
        "mul": lambda a, b: a * b,
    }
    name, *args = cmd.split()
    fn = handlers.get(name)
    if fn is None:
        return f"unknown command {name!r}"
    return fn(*map(int, args))
for c in ["add 2 3", "mul 4 5", "pow 2 3"]:
    print(c, "=>", dispatch(c))
