import sys
try:
    sys.exit(7)
except SystemExit as e:
    print("caught SystemExit", e.code, repr(e), isinstance(e, Exception), isinstance(e, BaseException))
try:
    sys.exit()
except SystemExit as e:
    print("no-arg exit code:", e.code)
try:
    raise SystemExit("text")
except SystemExit as e:
    print("text code:", e.code)
def cleanup():
    try:
        sys.exit(2)
    finally:
        print("finally runs during sys.exit")
try:
    cleanup()
except SystemExit as e:
    print("code", e.code)
try:
    sys.exit(0)
except Exception:
    print("not reached: SystemExit is not an Exception")
except BaseException as e:
    print("BaseException handler:", type(e).__name__)
print("last line")
sys.exit(0)
