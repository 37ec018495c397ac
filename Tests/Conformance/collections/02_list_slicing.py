xs = list(range(10))
print(xs[2:5], xs[:3], xs[7:], xs[-3:], xs[:-3], xs[::3], xs[1::2])
print(xs[::-1], xs[::-2], xs[8:2:-1], xs[8:2:-3], xs[-1:-4:-1], xs[2:8:-1], xs[5::-1], xs[:5:-1])
print(xs[100:], xs[-100:2], xs[3:3], xs[::100], xs[-1::-100])
ys = xs[:]
ys[2:5] = ["a", "b"]; print(ys)
ys[1:1] = [None, None]; print(ys)
ys[:] = [0]; print(ys)
zs = list(range(10))
zs[::2] = "abcde"; print(zs)
zs[::-3] = [1, 2, 3, 4]; print(zs)
del zs[1:3]; print(zs)
del zs[-2:]; print(zs)
try:
    zs[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
print(slice(1, 5, 2), slice(3), xs[slice(2, 8, 2)], slice(None, None, -1).indices(5), slice(1, 100).indices(10))
t = (0, 1, 2, 3, 4)
print(t[1:3], t[::-1], t[-2:], "hello"[slice(1, 4)])
print(range(10)[2:8:2], range(10)[::-1], range(0, 20, 3)[-2:], list(range(10)[1::4]))
