s = "tab\there\nnewline\\backslash 'single' \"double\""
print(s)
print(repr(s))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr(""))
print(repr("\x00\x07\x1b\x7f"), repr("\r\n\t"), repr("é ü ñ"), repr("\u00e9"), repr("日本"))
print("\u0041\u00e9\N{GREEK SMALL LETTER ALPHA}", "\x41\x42", "\101\102", len("\u00e9"))
print(r"raw\nstring\t", len(r"\n"), repr(r"a\b"))
print("abc" "def", 'multi'
      'line')
t = """triple
quoted 'x' "y"
  end"""
print(t)
print(repr(t))
print(repr("\\"), "\\", repr("a\\nb"))
print(str("x"), repr(repr("x")), ascii("é→x"))
print([s[:3], "a\nb", 'q"q'], ("it's",), {"k\t": "v\n"})
