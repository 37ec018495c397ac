s = "naïve café — 日本 🐍"
print(s, len(s), s.upper(), s.title())
print([c for c in s if ord(c) > 127])
print([hex(ord(c)) for c in "é日🐍"])
print(repr("🐍"), ascii("🐍"), "\U0001F40D" == "🐍", "\N{SNAKE}")
print("ÉCOLE".lower(), "straße".upper())
print(sorted(["é", "e", "z", "a", "É"]), "é" > "z")
print("日本語テキスト"[::-1], "日本語".center(9, "*"), "日本語".ljust(5, ".") + "|")
