def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

print([gcd(a, b) for a, b in [(12, 18), (17, 5), (0, 9), (2 ** 80, 2 ** 70 * 3), (-12, 18)]])
for n in [10, 50, 90, 92, 93, 100, 150]:
    print(n, fib(n))
print(sum(range(1, 10001)))
print(sum(i * i for i in range(1, 1001)))
collatz = 27
steps = 0
peak = 27
while collatz != 1:
    collatz = collatz // 2 if collatz % 2 == 0 else 3 * collatz + 1
    peak = max(peak, collatz)
    steps += 1
print(steps, peak)
n = 600851475143
f = 2
factors = []
while f * f <= n:
    while n % f == 0:
        factors.append(f)
        n //= f
    f += 1
if n > 1:
    factors.append(n)
print(factors)
