def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

for n in [0, 1, 5, 10, 20, 21, 25, 30, 50]:
    print(n, fact(n))
f100 = fact(100)
print(f100)
print(len(str(f100)))
zeros = 0
while f100 % 10 == 0:
    f100 //= 10
    zeros += 1
print("trailing zeros", zeros)
print(fact(30) // fact(28))
print(fact(40) % 1000000007)
print(sum(int(d) for d in str(fact(50))))
