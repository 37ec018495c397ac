n = 10
n += 5; print(n)
n -= 3; print(n)
n *= 2; print(n)
n /= 4; print(n)
n //= 2; print(n)
n **= 3; print(n)
n %= 7; print(n)
m = 0b1010
m &= 0b0110; print(m)
m |= 0b1000; print(m)
m ^= 0b1111; print(m)
m <<= 4; print(m)
m >>= 2; print(m)
s = "ab"
s += "cd"; s *= 2; print(s)
lst = [1]
alias = lst
lst += [2]
print(lst, alias, lst is alias)
t = (1,)
alias_t = t
t += (2,)
print(t, alias_t, t is alias_t)
d = {"k": 1}
d["k"] += 10
d["k"] *= 2
print(d)
grid = [[0, 0], [0, 0]]
grid[1][0] += 5
print(grid)
class C:
    v = 1
c = C()
c.v += 1
print(c.v, C.v)
