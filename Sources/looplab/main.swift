print("looplab: under construction")
