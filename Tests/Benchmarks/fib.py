# Recursive function calls and small-int arithmetic.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

total = 0
for n in range(20, 28):
    total += fib(n)
print("fib(27) =", fib(27))
print("checksum", total)
