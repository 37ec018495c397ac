tests = ["123", "12.5", "-5", "", "abc", "ABC", "aBc", "abc123", " ", "\t\n", "Hello World", "hello world", "_x1", "1x", "class"]
for t in tests:
    print(repr(t), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalpha(), t.isalnum(), t.isspace(), t.isupper(), t.islower(), t.istitle(), t.isidentifier())
print("abc".isascii(), "".isascii(), "Hello\n".isprintable(), "Hello".isprintable())
