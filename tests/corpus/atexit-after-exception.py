import atexit
atexit.register(print, "atexit still runs")
print("about to fail")
raise RuntimeError("boom")
