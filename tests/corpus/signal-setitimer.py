import signal, time
print(signal.setitimer(signal.ITIMER_REAL, 0))
print(signal.getitimer(signal.ITIMER_REAL))
ticks = []
def tick(n, f):
    ticks.append(round(time.monotonic() - t0, 1))
signal.signal(signal.SIGALRM, tick)
t0 = time.monotonic()
print(signal.setitimer(signal.ITIMER_REAL, 0.5, 0.25))
time.sleep(1.4)
signal.setitimer(signal.ITIMER_REAL, 0)
print(ticks)
try: signal.setitimer(7, 1)
except Exception as e: print(type(e).__name__, e, signal.ItimerError)
