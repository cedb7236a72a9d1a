// threading.test.ts — the threading module against what python3 3.11 prints (expected texts recorded from
// python3; the programs avoid printing thread idents, which differ per run).
import { describe, expect, it } from "vitest";
import { runPython } from "../runtime/testing/run-python.js";

describe("threading", () => {
  it("Thread names, reprs and states follow CPython", async () => {
    const r = await runPython("\nimport threading, time\ndef f(): time.sleep(0.05)\nt = threading.Thread(target=f); print(t); t.daemon = True; print(t)\nt.start(); print(t.is_alive()); t.join(); print(repr(t).split(' daemon')[0], t.is_alive())\nclass T(threading.Thread): pass\nx = T(); print(x, x.name)\nprint(threading.Thread(target=print, name=\"q\"))\nprint(threading.Thread(target=lambda: 0).name)\nclass C:\n    def __call__(self): pass\nprint(threading.Thread(target=C()).name)\nprint(threading.Timer(1, f).name)\nprint(threading.main_thread().name, threading.current_thread() is threading.main_thread())\n");
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("<Thread(Thread-1 (f), initial)>\n<Thread(Thread-1 (f), initial daemon)>\nTrue\n<Thread(Thread-1 (f), stopped False\n<T(Thread-2, initial)> Thread-2\n<Thread(q, initial)>\nThread-3 (<lambda>)\nThread-4\nThread-5\nMainThread True\n");
  });

  it("Thread errors use CPython's messages", async () => {
    const r = await runPython("\nimport threading\nt = threading.Thread(target=print, args=(\"x\",)); t.start(); t.join()\nprint(t.__dict__.get('_target', 'gone'))\nfor call in (t.start, threading.Thread().join, threading.current_thread().join):\n    try: call()\n    except RuntimeError as e: print(e)\nclass U(threading.Thread):\n    def __init__(self): pass\ntry: U().start()\nexcept RuntimeError as e: print(e)\ntry: repr(U())\nexcept AssertionError as e: print(e)\nt = threading.Thread(target=print); t.start()\ntry: t.daemon = True\nexcept RuntimeError as e: print(e)\nt.join()\n");
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("x\ngone\nthreads can only be started once\ncannot join thread before it is started\ncannot join current thread\nthread.__init__() not called\nThread.__init__() was not called\n\ncannot set daemon status of active thread\n");
  });

  it("start() lets the new thread run first, join waits, args and kwargs reach the target", async () => {
    const r = await runPython("\nimport threading\ndef g(a, b=2, *, c):\n    print(\"g\", a, b, c, threading.current_thread().name)\nt = threading.Thread(target=g, args=[1], kwargs={\"c\": 3}, name=\"gg\"); t.start(); t.join(); print(\"main\")\norder = []\nts = [threading.Thread(target=order.append, args=(i,)) for i in range(5)]\nfor q in ts: q.start()\nfor q in ts: q.join()\nprint(order, threading.active_count(), len(threading.enumerate()))\n");
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("g 1 2 3 gg\nmain\n[0, 1, 2, 3, 4] 1 1\n");
  });

  it("subclasses override run and __init__ and read _target/_args/_kwargs", async () => {
    const r = await runPython("\nimport threading\nclass ThreadWithReturn(threading.Thread):\n    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}):\n        threading.Thread.__init__(self, group, target, name, args, kwargs)\n        self._return = None\n    def run(self):\n        if self._target is not None:\n            self._return = self._target(*self._args, **self._kwargs)\n    def join(self, *args):\n        threading.Thread.join(self, *args)\n        return self._return\nt = ThreadWithReturn(target=pow, args=(2, 10)); t.start(); print(t.join())\nclass MyT(threading.Thread):\n    def __init__(self, n):\n        super().__init__(name=f\"my-{n}\")\n        self.n = n\n    def run(self):\n        print(\"run\", self.n, self.name, threading.current_thread() is self)\nm = MyT(3); m.start(); m.join()\n");
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("1024\nrun 3 my-3 True\n");
  });

  it("join(timeout) returns while the thread still runs; daemon threads do not keep the program alive", async () => {
    const r = await runPython("\nimport threading, time\nt = threading.Thread(target=time.sleep, args=(5,), daemon=True); t.start(); t.join(0.1); print(\"alive\", t.is_alive())\ndef tick():\n    for i in range(3):\n        print(\"tick\", i); time.sleep(1)\nthreading.Thread(target=tick, daemon=True).start()\ntime.sleep(1.5)\nprint(\"main done\")\n");
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("alive True\ntick 0\ntick 1\nmain done\n");
  });

  it("an exception in a thread goes to threading.excepthook; SystemExit is silent", async () => {
    const r = await runPython("\nimport threading, sys\ndef f(x): 1 / x\ndef hook(args):\n    a, b, c, d = args\n    print(\"hook:\", a.__name__, b, d.name, args.exc_type is a, args.thread is d, type(args).__name__)\nthreading.excepthook = hook\nt = threading.Thread(target=f, args=(0,), name=\"X\"); t.start(); t.join()\nt = threading.Thread(target=sys.exit, args=(3,)); t.start(); t.join()\nthreading.excepthook = threading.__excepthook__\nprint(\"done\")\n");
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("hook: ZeroDivisionError division by zero X True True _ExceptHookArgs\nhook: SystemExit 3 Thread-1 (exit) True True _ExceptHookArgs\ndone\n");
  });

  it("Lock, RLock and Condition", async () => {
    const r = await runPython("\nimport threading\nlock = threading.Lock(); print(lock.acquire(), lock.locked(), lock.acquire(False)); lock.release()\ntry: lock.release()\nexcept RuntimeError as e: print(e)\nr = threading.RLock(); r.acquire(); r.acquire(); r.release(); r.release()\ntry: r.release()\nexcept RuntimeError as e: print(e)\nc = threading.Condition(threading.Lock())\ntry: c.wait()\nexcept RuntimeError as e: print(e)\ntry: c.notify()\nexcept RuntimeError as e: print(e)\nwith c: print(c.wait(0.01), c.wait_for(lambda: 5, 0.1), c.wait_for(lambda: 0, 0.01))\nitems = []\ngot = []\ncond = threading.Condition()\ndef consumer(n):\n    with cond:\n        cond.wait_for(lambda: items)\n        got.append(items.pop())\nts = [threading.Thread(target=consumer, args=(i,)) for i in range(3)]\nfor t in ts: t.start()\nfor i in range(3):\n    with cond:\n        items.append(i); cond.notify()\nfor t in ts: t.join()\nprint(sorted(got))\nwith cond: print(cond.notify_all())\n");
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("True True False\nrelease unlocked lock\ncannot release un-acquired lock\ncannot wait on un-acquired lock\ncannot notify on un-acquired lock\nFalse 5 0\n[0, 1, 2]\nNone\n");
  });

  it("Semaphore, BoundedSemaphore, Event and Barrier", async () => {
    const r = await runPython("\nimport threading, time\nb = threading.BoundedSemaphore(2); print(repr(b).split(': ')[1])\nb.acquire(); print(repr(b).split(': ')[1])\ntry: b.release(); b.release()\nexcept ValueError as e: print(e)\nfor bad in (lambda: threading.Semaphore(-1), lambda: threading.Semaphore().acquire(False, 1), lambda: threading.Semaphore().release(0)):\n    try: bad()\n    except ValueError as e: print(e)\ns = threading.Semaphore(0); print(s.acquire(timeout=0.01), s.acquire(False))\ne = threading.Event(); print(e.wait(0.01), e.is_set()); e.set(); print(repr(e).split(': ')[1], e.wait())\nbr = threading.Barrier(3, action=lambda: print(\"action\"))\nres = []\ndef w(): res.append(br.wait())\nts = [threading.Thread(target=w) for _ in range(3)]\nfor t in ts: t.start()\nfor t in ts: t.join()\nprint(sorted(res), br.parties, br.n_waiting, br.broken)\nbr.abort(); print(repr(br).split(': ')[1], br.broken)\ntry: br.wait()\nexcept threading.BrokenBarrierError as e: print(repr(e), threading.BrokenBarrierError.__mro__[1].__name__)\nbr.reset(); print(br.broken)\nb2 = threading.Barrier(2)\ntry: b2.wait(timeout=0.1)\nexcept threading.BrokenBarrierError: print(\"timed out, broken:\", b2.broken)\nsem = threading.Semaphore(2)\ninside = []\npeak = []\ndef job(n):\n    with sem:\n        inside.append(n); peak.append(len(inside)); time.sleep(0.1); inside.remove(n)\nts = [threading.Thread(target=job, args=(i,)) for i in range(4)]\nfor t in ts: t.start()\nfor t in ts: t.join()\nprint(\"at most\", max(peak), \"inside\")\n");
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("value=2/2>\nvalue=1/2>\nSemaphore released too many times\nsemaphore initial value must be >= 0\ncan't specify timeout for non-blocking acquire\nn must be one or more\nFalse False\nFalse False\nset> True\naction\n[0, 1, 2] 3 0 False\nbroken> True\nBrokenBarrierError() RuntimeError\nFalse\ntimed out, broken: True\nat most 2 inside\n");
  });

  it("Timer fires after its interval unless cancelled; local keeps one value per thread", async () => {
    const r = await runPython("\nimport threading, time\ntm = threading.Timer(0.5, print, args=(\"timer fired\",)); tm.start(); tm.join()\ntm = threading.Timer(0.5, print, args=(\"never\",)); tm.start(); tm.cancel(); tm.join(); print(\"cancelled\", tm.finished.is_set())\ndata = threading.local(); data.x = \"main\"\ndef show(n):\n    data.x = n; time.sleep(0.2 * (n + 1)); print(\"thread\", data.x)\nts = [threading.Thread(target=show, args=(i,)) for i in range(2)]\nfor t in ts: t.start()\nfor t in ts: t.join()\nprint(data.x)\nclass MyLocal(threading.local):\n    def __init__(self, v): self.v = v\nml = MyLocal(7)\ndef see(): print(\"sees\", ml.v); ml.v = 9\nt = threading.Thread(target=see); t.start(); t.join(); print(ml.v)\n");
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("timer fired\ncancelled True\nthread 0\nthread 1\nmain\nsees 7\n7\n");
  });

  it("the default excepthook prints CPython's 'Exception in thread' block", async () => {
    const r = await runPython("\nimport threading\ndef f(x):\n    1/x\nt = threading.Thread(target=f, args=(0,)); t.start(); t.join()\nclass T(threading.Thread):\n    def run(self):\n        raise ValueError(\"boom\")\nw = T(name=\"worker\"); w.start(); w.join()\nt = threading.Thread(target=print, args=5); t.start(); t.join()\nt = threading.Thread(target=print, kwargs=[1]); t.start(); t.join()\nprint(\"main continues\")\n");
    expect(r.stderr).toBe("Exception in thread Thread-1 (f):\nTraceback (most recent call last):\n  File \"/usr/local/lib/python3.11/threading.py\", line 1045, in _bootstrap_inner\n    self.run()\n  File \"/usr/local/lib/python3.11/threading.py\", line 982, in run\n    self._target(*self._args, **self._kwargs)\n  File \"t.py\", line 4, in f\n    1/x\n    ~^~\nZeroDivisionError: division by zero\nException in thread worker:\nTraceback (most recent call last):\n  File \"/usr/local/lib/python3.11/threading.py\", line 1045, in _bootstrap_inner\n    self.run()\n  File \"t.py\", line 8, in run\n    raise ValueError(\"boom\")\nValueError: boom\nException in thread Thread-2 (print):\nTraceback (most recent call last):\n  File \"/usr/local/lib/python3.11/threading.py\", line 1045, in _bootstrap_inner\n    self.run()\n  File \"/usr/local/lib/python3.11/threading.py\", line 982, in run\n    self._target(*self._args, **self._kwargs)\nTypeError: print() argument after * must be an iterable, not int\nException in thread Thread-3 (print):\nTraceback (most recent call last):\n  File \"/usr/local/lib/python3.11/threading.py\", line 1045, in _bootstrap_inner\n    self.run()\n  File \"/usr/local/lib/python3.11/threading.py\", line 982, in run\n    self._target(*self._args, **self._kwargs)\nTypeError: print() argument after ** must be a mapping, not list\n");
    expect(r.stdout).toBe("main continues\n");
  });

  it("threading._register_atexit callbacks run at exit before non-daemon threads are joined", async () => {
    const r = await runPython("\nimport threading, time\ndef later():\n    time.sleep(0.2); print(\"worker finished\")\nthreading.Thread(target=later).start()\nthreading._register_atexit(print, \"atexit callback\")\nprint(\"main ends\")\n");
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("main ends\natexit callback\nworker finished\n");
  });

});
