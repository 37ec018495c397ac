def memoize(fn):
    cache = {}
    def wrapper(*args):
        if args in cache:
            print("  cache hit", args)
            return cache[args]
        result = fn(*args)
        cache[args] = result
        return result
    return wrapper
@memoize
def slow_add(a, b):
    print("  computing", a, b)
    return a + b
print(slow_add(1, 2))
print(slow_add(1, 2))
print(slow_add(2, 1))
def make_bank(balance):
    def deposit(amount):
        nonlocal balance
        balance += amount
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            return "insufficient funds"
        balance -= amount
        return balance
    return {"deposit": deposit, "withdraw": withdraw, "balance": lambda: balance}
acct = make_bank(100)
print(acct["deposit"](50), acct["withdraw"](500), acct["withdraw"](30), acct["balance"]())
def once(fn):
    done = False
    result = None
    def wrapper():
        nonlocal done, result
        if not done:
            result = fn()
            done = True
        return result
    return wrapper
calls = []
init = once(lambda: calls.append("init") or "ready")
print(init(), init(), calls)
