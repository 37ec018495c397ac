age = 30
print("computing message")
message = "Age: " + age
print(message)
