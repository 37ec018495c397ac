# threading.local: each thread sees its own attributes on the same object.
import threading
import time

data = threading.local()
data.name = "main"


def work(n):
    time.sleep(0.1 * n)
    print(f"thread {n} starts; has a name yet: {hasattr(data, 'name')}")
    data.name = f"worker {n}"
    time.sleep(0.25)
    print(f"thread {n} still sees {data.name!r}")


threads = [threading.Thread(target=work, args=(i,)) for i in (1, 2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("main still sees", repr(data.name))


class Settings(threading.local):
    def __init__(self, level):
        self.level = level


settings = Settings(3)
print("level in main:", settings.level)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)
