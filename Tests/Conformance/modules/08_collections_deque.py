from collections import deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1])
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft([-1, -2])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
print(list(d), 7 in d, d.count(7), d.index(7))
bounded = deque(maxlen=3)
for i in range(6):
    bounded.append(i)
    print(bounded)
print(bounded.maxlen, deque("abc"), deque(), repr(deque([1], maxlen=2)))
d.clear()
try:
    d.pop()
except IndexError as e:
    print("IndexError:", e)
q = deque()
q.append("task1"); q.append("task2")
while q:
    print("processing", q.popleft())
print(deque([1, 2]) == deque([1, 2]), list(reversed(deque([1, 2, 3]))))
