# Subclassing Thread and overriding run(); results are read after join().
import threading
import time


class Downloader(threading.Thread):
    def __init__(self, url, seconds):
        super().__init__(name=f"dl-{url}")
        self.url = url
        self.seconds = seconds
        self.size = None

    def run(self):
        time.sleep(self.seconds)
        self.size = len(self.url) * 100
        print(f"{self.name} done in {self.seconds} s")


workers = [Downloader(u, s) for u, s in [("a.org", 0.3), ("bb.com", 0.1), ("ccc.net", 0.2)]]
print(repr(workers[0]))
for w in workers:
    w.start()
for w in workers:
    w.join()
print([(w.url, w.size) for w in workers])
print(all(not w.is_alive() for w in workers))
