// run.test.ts — how a run ends: the deadlock report (printed once, exit code 1) and input() at end of input.
import { describe, expect, it } from "vitest";
import { runPython } from "../runtime/testing/run-python.js";

const REPORT = "gilpy: deadlock: every thread is waiting and nothing can wake them\n";

describe("end of a run", () => {
  it("a deadlock of the main thread and another is reported once, with exit code 1", async () => {
    const r = await runPython([
      "import threading, time",
      "a = threading.Lock(); b = threading.Lock()",
      "def f():",
      "    b.acquire(); time.sleep(0.1); a.acquire()",
      "a.acquire()",
      "threading.Thread(target=f).start()",
      "time.sleep(0.05)",
      "b.acquire()",
      "",
    ].join("\n"));
    expect(r.stderr.split(REPORT).length - 1).toBe(1);
    expect(r.stderr).toContain("  thread MainThread waits in Lock.acquire at t.py:8\n");
    expect(r.code).toBe(1);
  });
  it("a thread left waiting forever after the main thread ends is reported once, with exit code 1", async () => {
    const r = await runPython([
      "import threading, atexit",
      "atexit.register(print, 'atexit ran')",
      "l = threading.Lock(); l.acquire()",
      "threading.Thread(target=l.acquire).start()",
      "print('main done')",
      "",
    ].join("\n"));
    expect(r.stdout).toBe("main done\n");
    expect(r.stderr.split(REPORT).length - 1).toBe(1);
    expect(r.code).toBe(1);
  });
  it("input() at end of input raises EOFError as python3 does", async () => {
    const r = await runPython("try:\n    input('q? ')\nexcept EOFError as e:\n    print('|', e)\ninput()\n");
    expect(r.stdout).toBe("q? | EOF when reading a line\n");
    expect(r.stderr).toMatch(/\nEOFError: EOF when reading a line\n$/);
    expect(r.code).toBe(1);
  });
});
