print("writing a file")
with open("out.txt", "w") as f:
    f.write("hello")
