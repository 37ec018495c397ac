print("before open")
f = open("data.txt")
print("never reached")
