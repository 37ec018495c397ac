# An exception that escapes a thread's target is reported (on stderr) by
# threading.excepthook; the thread ends and the program carries on.
import threading
import time


def fails():
    time.sleep(0.1)
    raise KeyError("missing")


def custom_hook(args):
    print("hook:", args.exc_type.__name__, args.exc_value, "in", args.thread.name)


t = threading.Thread(target=fails, name="crasher")
t.start()
t.join()
print("main continues; crasher alive:", t.is_alive())

threading.excepthook = custom_hook
t = threading.Thread(target=fails, name="crasher-2")
t.start()
t.join()
threading.excepthook = threading.__excepthook__


def exits():
    raise SystemExit(3)


t = threading.Thread(target=exits)
t.start()
t.join()
print("SystemExit in a thread ends only that thread")
