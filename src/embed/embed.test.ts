// embed.test.ts — the embedding API under Node: in-process and worker_threads sessions, output, stdin,
// stop and limits. Expected outputs are python3 3.11's.
import { afterAll, describe, expect, it } from "vitest";
import { createGilpy } from "./node.js";
import type { Gilpy } from "./client.js";

const inline = createGilpy({ mode: "inline" });
let worker: Gilpy | null = null;
const workerSession = () => (worker ??= createGilpy({ mode: "worker" }));
afterAll(() => {
  inline.dispose();
  worker?.dispose();
});

describe("embedding API, in-process", () => {
  it("reports stdout, the traceback on stderr and exit code 1 like python3", async () => {
    const r = await inline.run('print("hello")\n1/0\n', { clock: "virtual" }).done;
    expect(r.status).toBe("exited");
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe("hello\n");
    expect(r.stderr).toBe(
      'Traceback (most recent call last):\n  File "main.py", line 2, in <module>\n    1/0\n    ~^~\nZeroDivisionError: division by zero\n',
    );
    expect(r.message).toBeNull();
  });

  it("streams stdout and stderr to the callbacks in the order written", async () => {
    const seen: string[] = [];
    const r = await inline.run('import sys\nprint("a")\nsys.stderr.write("b\\n")\nprint("c")\n', {
      clock: "virtual",
      onStdout: (t) => seen.push(`out:${t}`),
      onStderr: (t) => seen.push(`err:${t}`),
    }).done;
    expect(r.exitCode).toBe(0);
    expect(seen.join("")).toBe("out:a\nerr:b\nout:c\n");
  });

  it("uses the filename given in tracebacks", async () => {
    const r = await inline.run("x = 1\nx.foo\n", { clock: "virtual", filename: "lesson.py" }).done;
    expect(r.stderr).toContain('File "lesson.py", line 2, in <module>');
  });

  it("ends an endless loop at the time limit with a clear message", async () => {
    const r = await inline.run("while True:\n    pass\n", { timeLimitMs: 200 }).done;
    expect(r.status).toBe("time-limit");
    expect(r.exitCode).toBeNull();
    expect(r.message).toBe("Stopped: the time limit of 0.2 s was reached.");
  });

  it("ends an endless loop at the instruction limit with a clear message", async () => {
    const r = await inline.run("while True:\n    pass\n", { clock: "virtual", instructionLimit: 1_000_000 }).done;
    expect(r.status).toBe("instruction-limit");
    expect(r.message).toBe("Stopped: the limit of 1000000 instructions was reached.");
  });

  it("stop() ends an endless loop with status stopped", async () => {
    const h = inline.run("n = 0\nwhile True:\n    n += 1\n", {});
    setTimeout(() => h.stop(), 50);
    const r = await h.done;
    expect(r.status).toBe("stopped");
    expect(r.message).toBe("Stopped.");
  });

  it("a virtual-clock sleep of an hour finishes at once and sees the hour pass", async () => {
    const r = await inline.run("import time\nt = time.monotonic()\ntime.sleep(3600)\nprint(time.monotonic() - t >= 3600)\n", {
      clock: "virtual",
    }).done;
    expect(r.stdout).toBe("True\n");
  });
});

describe("embedding API, worker_threads", () => {
  it("runs a program in the worker and reports its output", async () => {
    const r = await workerSession().run('print("from the worker")\n', { clock: "virtual" }).done;
    expect(r).toMatchObject({ status: "exited", exitCode: 0, stdout: "from the worker\n", stderr: "" });
  });

  it("stop() terminates `while True: pass` and the next run works in a fresh worker", async () => {
    const g = workerSession();
    const h = g.run("while True: pass\n", {});
    setTimeout(() => h.stop(), 100);
    expect((await h.done).status).toBe("stopped");
    const r = await g.run('print("again")\n', { clock: "virtual" }).done;
    expect(r.stdout).toBe("again\n");
  });

  it("a time limit ends a run that sleeps", async () => {
    const r = await workerSession().run("import time\ntime.sleep(30)\n", { timeLimitMs: 300 }).done;
    expect(r.status).toBe("time-limit");
  });
});
