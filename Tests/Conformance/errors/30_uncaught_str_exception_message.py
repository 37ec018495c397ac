e = ValueError("line one\nline two")
print("raising multi-line message")
raise e
