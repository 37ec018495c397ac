for raw in ["1", "22", "3.5"]:
    print("parsed", int(raw))
