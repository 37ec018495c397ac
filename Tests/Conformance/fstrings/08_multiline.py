user = {"name": "Grace", "langs": ["COBOL", "FORTRAN"], "score": 97.25}
msg = (
    f"Name: {user['name']}\n"
    f"Languages: {', '.join(user['langs'])}\n"
    f"Score: {user['score']:.1f}"
)
print(msg)
report = f"""
Report for {user['name']}:
  {len(user['langs'])} languages
  score {user['score']:>8.2f}
"""
print(report)
print(repr(report))
lines = [f"{i}:{c}" for i, c in enumerate("abc")]
print(lines)
print(f"{chr(10)!r} {'tab' if True else 'x'}")
