print("this line never runs: the whole file is rejected at compile time")
command = "go north"
match command.split():
    case ["go", direction]:
        print("going", direction)
    case _:
        print("unknown")
