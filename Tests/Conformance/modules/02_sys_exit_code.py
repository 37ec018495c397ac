import sys
print("about to exit with 3")
sys.stdout.flush()
sys.exit(3)
print("never printed")
