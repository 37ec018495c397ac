counter = 0
def increment():
    global counter
    counter += 1
    return counter
print(increment(), increment(), counter)
x = "global"
def shadow():
    x = "local"
    return x
print(shadow(), x)
def read_global():
    return x.upper()
print(read_global())
def create_global():
    global created
    created = "made in function"
create_global()
print(created)
def broken():
    try:
        print(x)
        x = 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
broken()
def uses_builtin():
    return len("abc")
len_backup = len
print(uses_builtin())
y = 1
def f():
    y = 2
    def g():
        return y
    return g()
print(f(), y)
print(sorted(k for k in ["counter", "x", "created"] if k in globals()))
