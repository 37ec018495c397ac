print("before import")
import os
print(os.getcwd())
