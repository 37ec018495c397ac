print("raising SystemExit with code 4 via raise")
raise SystemExit(4)
