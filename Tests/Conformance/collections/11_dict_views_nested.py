inventory = {"apples": {"count": 3, "price": 0.5}, "pears": {"count": 0, "price": 0.75}}
inventory["kiwis"] = {"count": 12, "price": 0.2}
for name, info in inventory.items():
    print(f"{name}: {info['count']} x {info['price']}")
print({k: v["count"] * v["price"] for k, v in inventory.items()})
in_stock = [k for k, v in inventory.items() if v["count"]]
print(in_stock)
keys = inventory.keys()
inventory["plums"] = {"count": 1, "price": 1.0}
print(len(keys), "plums" in keys, list(keys))
print({"a": 1}.keys() & {"a", "b"} == {"a"}, sorted({"x": 1, "y": 2}.keys() | {"z"}))
groups = {}
for word in ["ant", "bee", "cat", "ape", "bat", "cow"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
print(max(inventory, key=lambda k: inventory[k]["count"]), min(inventory.values(), key=lambda v: v["price"]))
try:
    inventory["mango"]
except KeyError as e:
    print("KeyError:", e, repr(e))
try:
    {}[("t", 1)]
except KeyError as e:
    print("KeyError:", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
