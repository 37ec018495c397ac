def run():
    try:
        print("body")
        return "ok"
    finally:
        print("finally raises")
        raise RuntimeError("finally failed")
run()
