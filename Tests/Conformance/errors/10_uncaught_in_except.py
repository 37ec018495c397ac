try:
    print("trying")
    [].pop()
except IndexError:
    print("handling, but the handler fails")
    None.upper()
