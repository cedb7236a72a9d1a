import time
t0 = time.time()
m0 = time.monotonic()
p0 = time.perf_counter()
time.sleep(0.01)
print(time.time() >= t0, time.monotonic() >= m0, time.perf_counter() > p0, type(time.time_ns()).__name__)
print(time.gmtime(0)[:6], time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(86400 * 365)), time.gmtime(0).tm_year)
print(time.strftime("%a %b %d", time.gmtime(1700000000)), time.mktime(time.gmtime(0)) == 0.0, time.asctime(time.gmtime(0)))
print(time.localtime(0).tm_hour, time.timezone)
