print("never")
5 = x
