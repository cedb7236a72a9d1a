// futures.test.ts — concurrent.futures against what python3 3.11 prints (expected texts recorded from
// python3; Future reprs are cut before their address).
import { describe, expect, it } from "vitest";
import { runPython } from "../../runtime/testing/run-python.js";

describe("concurrent.futures", () => {
  it("the package layout, exception classes and Future states match CPython", async () => {
    const r = await runPython("\nimport concurrent.futures as cf\nimport concurrent.futures.thread, concurrent.futures._base\nprint(cf.CancelledError, cf.TimeoutError, cf.InvalidStateError, cf.BrokenExecutor, concurrent.futures.thread.BrokenThreadPool)\nprint(cf.Future, cf.ThreadPoolExecutor, cf.Executor, cf._base.Error, cf.TimeoutError is TimeoutError)\nprint(cf.FIRST_COMPLETED, cf.ALL_COMPLETED, cf.FIRST_EXCEPTION)\nr = lambda f: repr(f).split(\" state=\")[1]\nf = cf.Future(); print(r(f), f.done(), f.running()); f.set_running_or_notify_cancel(); print(r(f), f.running())\nf.set_result(3); print(r(f), f.result(), f.exception(), f.done())\nf = cf.Future(); f.set_exception(ValueError('x')); print(r(f), repr(f.exception()))\ntry: f.result()\nexcept ValueError as e: print(\"raised\", e)\nf = cf.Future(); print(f.cancel(), r(f), f.cancelled(), f.done())\ntry: f.result()\nexcept cf.CancelledError as e: print(repr(e))\ntry: f.set_result(1)\nexcept cf.InvalidStateError as e: print(type(e).__name__, str(e).split(\":\")[0])\ntry: cf.Future().result(0)\nexcept TimeoutError as e: print(repr(e))\ntry: cf.Future().exception(timeout=0.01)\nexcept cf.TimeoutError: print(\"timeout exc\")\nprint(repr(cf.wait([], timeout=0)))\n");
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("<class 'concurrent.futures._base.CancelledError'> <class 'TimeoutError'> <class 'concurrent.futures._base.InvalidStateError'> <class 'concurrent.futures._base.BrokenExecutor'> <class 'concurrent.futures.thread.BrokenThreadPool'>\n<class 'concurrent.futures._base.Future'> <class 'concurrent.futures.thread.ThreadPoolExecutor'> <class 'concurrent.futures._base.Executor'> <class 'concurrent.futures._base.Error'> True\nFIRST_COMPLETED ALL_COMPLETED FIRST_EXCEPTION\npending> False False\nrunning> True\nfinished returned int> 3 None True\nfinished raised ValueError> ValueError('x')\nraised x\nTrue cancelled> True True\nCancelledError()\nInvalidStateError CANCELLED\nTimeoutError()\ntimeout exc\nDoneAndNotDoneFutures(done=set(), not_done=set())\n");
  });

  it("ThreadPoolExecutor arguments, names and shutdown errors", async () => {
    const r = await runPython("\nimport threading\nfrom concurrent.futures import ThreadPoolExecutor\nfor bad in (lambda: ThreadPoolExecutor(0), lambda: ThreadPoolExecutor(initializer=5)):\n    try: bad()\n    except (ValueError, TypeError) as e: print(type(e).__name__, e)\np = ThreadPoolExecutor(); p.shutdown()\ntry: p.submit(print)\nexcept RuntimeError as e: print(e)\nwith ThreadPoolExecutor(max_workers=2, thread_name_prefix=\"pool\") as ex:\n    print(sorted(set(name for name in ex.map(lambda x: threading.current_thread().name, range(4))) | {\"pool_0\"}))\nwith ThreadPoolExecutor() as ex:\n    print(ex.submit(lambda: threading.current_thread().name).result())\ndef init(x): print(\"init\", x, threading.current_thread().name)\nwith ThreadPoolExecutor(max_workers=2, initializer=init, initargs=(\"A\",)) as ex:\n    print(ex.submit(pow, 3, 2).result())\n");
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("ValueError max_workers must be greater than 0\nTypeError initializer must be a callable\ncannot schedule new futures after shutdown\n['pool_0', 'pool_1']\nThreadPoolExecutor-1_0\ninit A ThreadPoolExecutor-2_0\n9\n");
  });

  it("map yields in order, raises a failed call's exception there, and honours its timeout", async () => {
    const r = await runPython("\nimport time\nfrom concurrent.futures import ThreadPoolExecutor\ndef boom(n):\n    if n == 2: raise ValueError(f\"bad {n}\")\n    return n\nwith ThreadPoolExecutor(max_workers=3) as ex:\n    try:\n        for r in ex.map(boom, range(5)): print(\"r\", r)\n    except ValueError as e: print(\"map raised\", e)\nwith ThreadPoolExecutor(max_workers=1) as ex:\n    try:\n        for r in ex.map(time.sleep, [0.2, 0.2, 0.2], timeout=0.3): print(\"slept\")\n    except TimeoutError as e: print(\"map timeout\", repr(e))\nwith ThreadPoolExecutor(max_workers=4) as ex:\n    print(list(ex.map(pow, [2, 3, 4], [5, 2])))\n");
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("r 0\nr 1\nmap raised bad 2\nslept\nmap timeout TimeoutError()\n[32, 9]\n");
  });

  it("as_completed gives futures as they finish; wait honours return_when", async () => {
    const r = await runPython("\nimport time\nfrom concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED, FIRST_EXCEPTION\ndef work(n):\n    time.sleep(0.1 * (5 - n))\n    return n * n\nwith ThreadPoolExecutor(max_workers=5) as ex:\n    fs = [ex.submit(work, i) for i in range(5)]\n    print([f.result() for f in as_completed(fs)])\nwith ThreadPoolExecutor(max_workers=2) as ex:\n    fs = [ex.submit(time.sleep, t) for t in (0.5, 0.1)]\n    done, not_done = wait(fs, return_when=FIRST_COMPLETED)\n    print(len(done), len(not_done))\n    d = wait(fs)\n    print(len(d.done), len(d.not_done), type(d).__name__)\ndef boom(): raise KeyError(\"k\")\nwith ThreadPoolExecutor(max_workers=2) as ex:\n    fs = [ex.submit(boom), ex.submit(time.sleep, 1)]\n    done, not_done = wait(fs, return_when=FIRST_EXCEPTION)\n    print(len(done), len(not_done))\nwith ThreadPoolExecutor(max_workers=1) as ex:\n    fs = [ex.submit(time.sleep, 0.2) for _ in range(3)]\n    try:\n        for f in as_completed(fs, timeout=0.3): print(\"one done\")\n    except TimeoutError as e: print(\"as_completed timeout:\", e)\n");
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("[16, 9, 4, 1, 0]\n1 1\n2 0 DoneAndNotDoneFutures\n1 1\none done\nas_completed timeout: 2 (of 3) futures unfinished\n");
  });

  it("callbacks, cancel_futures, a broken pool, and exit waiting for queued work", async () => {
    const r = await runPython("\nimport time\nfrom concurrent.futures import ThreadPoolExecutor\ndef cb(fut): print(\"callback\", fut.result())\nwith ThreadPoolExecutor(max_workers=1) as ex:\n    f = ex.submit(pow, 2, 8); f.add_done_callback(cb)\nf.add_done_callback(cb)\nex = ThreadPoolExecutor(max_workers=1)\nfs = [ex.submit(time.sleep, 0.1) for _ in range(3)]\nex.shutdown(wait=True, cancel_futures=True)\nprint([f.cancelled() for f in fs])\nex = ThreadPoolExecutor(max_workers=1, initializer=lambda: 1 / 0)\nfut = ex.submit(print, \"never\")\ntry: fut.result()\nexcept Exception as e: print(type(e).__name__, e)\nex = ThreadPoolExecutor(max_workers=2)\ndef late(n):\n    time.sleep(0.2); print(\"late\", n)\nex.submit(late, 1); ex.submit(late, 2); ex.submit(late, 3)\nprint(\"main ends\")\n");
    expect(r.stderr).toBe("Exception in initializer:\nTraceback (most recent call last):\n  File \"t.py\", line 12, in <lambda>\n    ex = ThreadPoolExecutor(max_workers=1, initializer=lambda: 1 / 0)\n                                                               ~~^~~\nZeroDivisionError: division by zero\n");
    expect(r.stdout).toBe("callback 256\ncallback 256\n[False, True, True]\nBrokenThreadPool A thread initializer failed, the thread pool is not usable anymore\nmain ends\nlate 1\nlate 2\nlate 3\n");
  });

});
