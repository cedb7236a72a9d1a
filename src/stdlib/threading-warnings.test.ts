// threading-warnings.test.ts — the deprecated camelCase aliases of threading warn exactly as python3 3.11
// does (expected texts recorded from python3; the script runs through bin/gilpy.js so that warnings can show
// the source line), and blocked threads name what they wait in (deadlock report).
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { runPython, runPythonWith } from "../runtime/testing/run-python.js";
import { TraceRecorder } from "../runtime/trace.js";

const GILPY = resolve(__dirname, "..", "..", "bin", "gilpy.js");

describe("threading deprecation warnings", () => {
  it("getName/setName/isDaemon/setDaemon, currentThread/activeCount, notifyAll, isSet warn as in CPython 3.11", () => {
    const dir = mkdtempSync(join(tmpdir(), "gilpy-thr-"));
    writeFileSync(join(dir, "t.py"), "import threading\nt = threading.Thread(target=print, name=\"w\")\nprint(t.getName()); t.setName(\"w2\"); print(t.isDaemon()); t.setDaemon(True)\nprint(threading.currentThread().name, threading.activeCount())\nc = threading.Condition()\nwith c:\n    c.notifyAll()\ne = threading.Event()\nfor i in range(2):\n    print(e.isSet())\nimport warnings\nwith warnings.catch_warnings(record=True) as w:\n    warnings.simplefilter(\"always\")\n    t.getName()\nprint([(x.category.__name__, str(x.message)) for x in w])\n");
    const r = spawnSync(process.execPath, [GILPY, "t.py"], { cwd: dir, encoding: "utf8" });
    expect(r.stdout).toBe("w\nFalse\nMainThread 1\nFalse\nFalse\n[('DeprecationWarning', 'getName() is deprecated, get the name attribute instead')]\n");
    expect(r.stderr).toBe(`${dir}/t.py:3: DeprecationWarning: getName() is deprecated, get the name attribute instead\n  print(t.getName()); t.setName("w2"); print(t.isDaemon()); t.setDaemon(True)\n${dir}/t.py:3: DeprecationWarning: setName() is deprecated, set the name attribute instead\n  print(t.getName()); t.setName("w2"); print(t.isDaemon()); t.setDaemon(True)\n${dir}/t.py:3: DeprecationWarning: isDaemon() is deprecated, get the daemon attribute instead\n  print(t.getName()); t.setName("w2"); print(t.isDaemon()); t.setDaemon(True)\n${dir}/t.py:3: DeprecationWarning: setDaemon() is deprecated, set the daemon attribute instead\n  print(t.getName()); t.setName("w2"); print(t.isDaemon()); t.setDaemon(True)\n${dir}/t.py:4: DeprecationWarning: currentThread() is deprecated, use current_thread() instead\n  print(threading.currentThread().name, threading.activeCount())\n${dir}/t.py:4: DeprecationWarning: activeCount() is deprecated, use active_count() instead\n  print(threading.currentThread().name, threading.activeCount())\n${dir}/t.py:7: DeprecationWarning: notifyAll() is deprecated, use notify_all() instead\n  c.notifyAll()\n${dir}/t.py:10: DeprecationWarning: isSet() is deprecated, use is_set() instead\n  print(e.isSet())\n`);
    expect(r.status).toBe(0);
  }, 60_000); // a subprocess: slow on a busy machine
});

/** Runs `source` with --trace under the virtual clock; returns the reasons of the trace's wait spans, in order. */
async function traceReasons(source: string): Promise<string[]> {
  const trace = new TraceRecorder();
  await runPythonWith(source, { trace });
  return trace.events.filter((e) => e.cat === "blocked").map((e) => `${e.name} ${e.args?.reason}`);
}

describe("wait reasons", () => {
  it("the trace names each blocking call the way the Python code spelled it", async () => {
    const reasons = await traceReasons(
      "import threading, queue, time\n" +
        "ev = threading.Event(); cond = threading.Condition(); sem = threading.Semaphore(0); q = queue.Queue(1)\n" +
        "bar = threading.Barrier(2); lock = threading.Lock(); lock.acquire()\n" +
        "def waiter():\n" +
        "    ev.wait(); sem.acquire(); q.get(); bar.wait(); lock.acquire()\n" +
        "    with cond: cond.wait(0.5)\n" +
        "t = threading.Thread(target=waiter); t.start()\n" +
        "for step in (ev.set, sem.release, lambda: q.put(1), bar.wait, lock.release):\n" +
        "    time.sleep(0.1); step()\n" +
        "t.join()\n",
    );
    const waits = reasons.filter((r) => !r.startsWith("waits: Thread.start"));
    // Spans are written when a wait ends, so they come in order of their ends.
    expect(waits).toEqual([
      "waits: time.sleep time.sleep",
      "waits: Event.wait Event.wait",
      "waits: time.sleep time.sleep",
      "waits: Semaphore.acquire Semaphore.acquire",
      "waits: time.sleep time.sleep",
      "waits: Queue.get Queue.get",
      "waits: time.sleep time.sleep",
      "waits: Barrier.wait Barrier.wait",
      "waits: time.sleep time.sleep",
      "waits: Lock.acquire Lock.acquire",
      "waits: Condition.wait Condition.wait",
      "waits: Thread.join Thread.join",
    ]);
  });

  it("the deadlock report names each blocking call", async () => {
    const r = await runPython("import threading, queue, time\nev = threading.Event(); cond = threading.Condition(); sem = threading.Semaphore(0)\nq = queue.Queue(); bar = threading.Barrier(2)\ndef cw():\n    with cond:\n        cond.wait()\ndef sl():\n    time.sleep(1)\n    ev.wait()\nts = [threading.Thread(target=ev.wait, name=\"ev\"), threading.Thread(target=cw, name=\"cond\"),\n      threading.Thread(target=sem.acquire, name=\"sem\"), threading.Thread(target=q.get, name=\"qget\"),\n      threading.Thread(target=bar.wait, name=\"bar\"), threading.Thread(target=sl, name=\"sleeper\")]\nfor t in ts: t.start()\ntime.sleep(0.5)\nts[0].join()\n");
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      "gilpy: deadlock: every thread is waiting and nothing can wake them\n" +
        "  thread MainThread waits in Thread.join at t.py:15\n" +
        "  thread ev waits in Event.wait\n" +
        "  thread cond waits in Condition.wait at t.py:6\n" +
        "  thread sem waits in Semaphore.acquire\n" +
        "  thread qget waits in Queue.get\n" +
        "  thread bar waits in Barrier.wait\n" +
        "  thread sleeper waits in Event.wait at t.py:9\n",
    );
  });
});
