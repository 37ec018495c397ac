tree = {"value": 1, "children": [{"value": 2, "children": []}, {"value": 3, "children": [{"value": 4, "children": []}]}]}
def total(node):
    return node["value"] + sum(total(c) for c in node["children"])
def depth(node):
    return 1 + max((depth(c) for c in node["children"]), default=0)
def show(node, indent=0):
    print("  " * indent + str(node["value"]))
    for c in node["children"]:
        show(c, indent + 1)
print(total(tree), depth(tree))
show(tree)
graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}
seen, order, queue = set(), [], ["a"]
while queue:
    n = queue.pop(0)
    if n in seen:
        continue
    seen.add(n)
    order.append(n)
    queue.extend(graph[n])
print(order, len(seen))
memo = {}
def paths(n):
    if n == "f":
        return 1
    if n not in memo:
        memo[n] = sum(paths(m) for m in graph[n])
    return memo[n]
print(paths("a"), memo)
