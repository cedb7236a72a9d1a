// signal.test.ts — the signal module against what python3 3.11 prints: handlers run in the main thread when
// it signals itself, on a helper when another thread or alarm() does, and exceptions reach the main thread.
import { describe, expect, it } from "vitest";
import { runPython } from "../runtime/testing/run-python.js";
import { runWithNet } from "./testing/net-host.js";

describe("signal", () => {
  it("signal() returns the previous handler; raise_signal and os.kill run it at once", async () => {
    const r = await runPython(`
import signal, os
def h(n, f): print("handler", signal.Signals(n).name, f is not None)
print(signal.signal(signal.SIGUSR1, h), signal.getsignal(signal.SIGUSR1) is h)
signal.raise_signal(signal.SIGUSR1); print("between")
os.kill(os.getpid(), signal.SIGUSR1); print("after")
print(repr(signal.signal(signal.SIGUSR1, signal.SIG_IGN)) == repr(h), signal.getsignal(signal.SIGUSR1))
os.kill(os.getpid(), signal.SIGUSR1)
try: signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt: print("KeyboardInterrupt")
`);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("0 True\nhandler SIGUSR1 True\nbetween\nhandler SIGUSR1 True\nafter\nTrue 1\nKeyboardInterrupt\n");
  });

  it("alarm() fires on the virtual clock and its exception interrupts the main thread's sleep", async () => {
    const r = await runPython(`
import signal, time
class Late(Exception): pass
def on_alarm(n, f): raise Late("too slow")
signal.signal(signal.SIGALRM, on_alarm)
t0 = time.monotonic()
signal.alarm(2)
try: time.sleep(60)
except Late as e: print("interrupted:", e, round(time.monotonic() - t0))
signal.alarm(10); print(signal.alarm(0))
`);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("interrupted: too slow 2\n10\n");
  });

  it("errors: other threads, SIGKILL, bad numbers and handlers; SIG_DFL ends the process", async () => {
    const r = await runPython(`
import signal, threading, os
def f():
    try: signal.signal(signal.SIGUSR1, signal.SIG_IGN)
    except ValueError as e: print(e)
t = threading.Thread(target=f); t.start(); t.join()
for args in [(signal.SIGKILL, print), (0, print), (signal.SIGUSR2, 5)]:
    try: signal.signal(*args)
    except (OSError, ValueError, TypeError) as e: print(type(e).__name__, e)
print(signal.strsignal(signal.SIGUSR2), len(signal.valid_signals()))
os.kill(os.getpid(), signal.SIGTERM)
print("not reached")
`);
    expect(r.stdout).toBe("signal only works in main thread of the main interpreter\nOSError [Errno 22] Invalid argument\n" +
      "ValueError signal number out of range\nTypeError signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object\n" +
      "User defined signal 2 62\n");
    expect(r.code).toBe(143);
  });

  it("a signal from another process (the Node host's) runs the handler and ends signal.pause()", async () => {
    let reached: () => void = () => {};
    const waiting = new Promise<void>((r) => (reached = r));
    const run = runWithNet(`
import signal
def h(n, f): print("handler", signal.Signals(n).name)
signal.signal(signal.SIGUSR2, h)
print("waiting", flush=True)
signal.pause()
print("after pause")
signal.signal(signal.SIGUSR2, signal.SIG_DFL)
`, (text) => text.includes("waiting") && reached());
    // Only once the handler is installed: without a listener the signal would end the test process.
    await waiting;
    await new Promise((r) => setTimeout(r, 50));
    process.kill(process.pid, "SIGUSR2");
    const r = await run;
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("waiting\nhandler SIGUSR2\nafter pause\n");
  });
});
