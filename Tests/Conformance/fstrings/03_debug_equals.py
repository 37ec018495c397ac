x = 10
name = "Ada"
pi = 3.14159
items = [1, 2]
print(f"{x=}")
print(f"{x = }")
print(f"{x*2=}")
print(f"{x * 2 = }")
print(f"{name=}")
print(f"{name=!s}")
print(f"{pi=:.2f}")
print(f"{items=} {len(items)=}")
print(f"{x=:>5}|")
print(f"{name.upper()=}")
print(f"{x > 5=}")
print(f"{None=} {True=}")
