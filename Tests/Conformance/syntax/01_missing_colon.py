print("this line never runs")
if True
    print("x")
