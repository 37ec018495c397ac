# current_thread(), main_thread(), enumerate() and join(timeout).
import threading
import time

main = threading.main_thread()
print(main.name, main is threading.current_thread(), main.is_alive())


def worker():
    me = threading.current_thread()
    print("inside:", me.name, me is threading.main_thread(), me.ident == threading.get_ident())
    time.sleep(0.5)


t = threading.Thread(target=worker, name="slowpoke")
print(repr(t))
t.start()
t.join(timeout=0.2)
print("after join(0.2): alive =", t.is_alive())
print(sorted(th.name for th in threading.enumerate()))
t.join()
print("after join(): alive =", t.is_alive())
print(sorted(th.name for th in threading.enumerate()))
print(isinstance(threading.get_ident(), int), t.ident != threading.get_ident())
try:
    threading.Thread(target=print).join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    main.join()
except RuntimeError as e:
    print("RuntimeError:", e)
