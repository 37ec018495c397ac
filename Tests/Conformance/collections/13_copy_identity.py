orig = {"list": [1, 2], "n": 1}
shallow = dict(orig)
shallow["list"].append(3)
shallow["n"] = 2
print(orig, shallow)
l1 = [[1], [2]]
l2 = list(l1)
l3 = [inner[:] for inner in l1]
l1[0].append(99)
print(l1, l2, l3)
print(l1 == l2, l1 is l2, l1[0] is l2[0], l1[0] is l3[0])
t = (1, 2)
e1, e2 = [], []
print(t is tuple(t), e1 is e2, e1 == e2, None is None)
s = [1, 2, 3]
def mutate(seq):
    seq.append("m")
    seq = ["new"]
    return seq
print(mutate(s), s)
def default_trap(x, acc=[]):
    acc.append(x)
    return acc
print(default_trap(1), default_trap(2), default_trap(3, []))
