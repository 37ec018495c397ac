name = "x"
print(f"{name!r}")
print(f"{'\\n'.join([name])}")
