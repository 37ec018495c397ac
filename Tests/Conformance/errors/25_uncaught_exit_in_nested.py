import sys
def main():
    print("main starts")
    helper()
    print("never")
def helper():
    print("helper exits with 5")
    sys.exit(5)
main()
