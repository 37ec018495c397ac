print("never")
s = "unterminated
print(s)
