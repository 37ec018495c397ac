matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[1] for row in matrix], [list(c) for c in zip(*matrix)], sum(matrix, []))
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 1
print(grid)
alias = [[0] * 3] * 2
alias[0][0] = 1
print(alias)
a = [1, 2, 3]
b = a
b.append(4)
print(a, a is b, a == a[:], a is a[:])
stack = []
for i in range(4):
    stack.append(i * i)
while stack:
    print("pop", stack.pop())
queue = ["a", "b", "c"]
while queue:
    print("dequeue", queue.pop(0), queue)
print(max([3, 7, 2]), min([3, 7, 2]), sum([3, 7, 2]), sorted([3, 7, 2])[1], len([[], []]))
print([1, [2, [3, [4]]]][1][1][1][0], [x for x in [1, 2, 3] if x != 2])
flat = []
for row in matrix:
    flat.extend(row)
print(flat, flat.index(5), flat[flat.index(5):])
print(list(map(list, [(1, 2), (3,)])), [*range(3), *"ab"], [*a, *b][2:5])
