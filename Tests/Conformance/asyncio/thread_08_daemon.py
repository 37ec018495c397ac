# The program waits for non-daemon threads at exit, but not for daemons.
import threading
import time


def background():
    while True:
        time.sleep(0.1)


def finisher():
    time.sleep(0.3)
    print("finisher done (the program waited for it)")


d = threading.Thread(target=background, daemon=True, name="bg")
d.start()
threading.Thread(target=finisher, name="fin").start()
print("daemon?", d.daemon, threading.current_thread().daemon)
try:
    d.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)
print("main module ends; active:", threading.active_count())
