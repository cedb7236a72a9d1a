// threading-frames.ts — the threading.py frames CPython 3.11 shows at the top of a thread's traceback
// (Thread._bootstrap_inner calling run(), and Thread.run / Timer.run calling the target), made as synthetic
// traceback entries so that gilpy's native threading prints tracebacks of the same shape.
// Line numbers and source lines are those of python3 3.11.7 on the reference machine (Lib/threading.py).
import type { PyBaseException } from "../runtime/exceptions.js";
import { CodeObject } from "../interpreter/code.js";
import { Frame } from "../interpreter/frame.js";
import { PyTraceback } from "../interpreter/traceback.js";

/** stdlibFilename("threading") of src/stdlib/index.ts (not imported: index.ts imports this module's users). */
const FILE = "/usr/local/lib/python3.11/threading.py";

function syntheticFrame(name: string, qualname: string, line: number, source: string): Frame {
  const code = new CodeObject(name, qualname, FILE, line, []);
  code.positions = Int32Array.of(line, line, -1, -1); // no column: no carets, as CPython prints these lines
  const lines: string[] = [];
  lines[line - 1] = source;
  code.sourceLines = lines;
  return new Frame(code, [], 0, new Map(), new Map(), null, null);
}

let frames: { boot: Frame; run: Frame; timerRun: Frame } | null = null;
function getFrames() {
  return (frames ??= {
    boot: syntheticFrame("_bootstrap_inner", "Thread._bootstrap_inner", 1045, "                self.run()"),
    run: syntheticFrame("run", "Thread.run", 982, "                self._target(*self._args, **self._kwargs)"),
    timerRun: syntheticFrame("run", "Timer.run", 1401, "            self.function(*self.args, **self.kwargs)"),
  });
}

/**
 * Puts threading.py's frames in front of the traceback of an exception that ended a thread's run():
 * `via` says which threading.py run() was on the stack (null when a Python subclass overrides run).
 */
export function addThreadFrames(e: PyBaseException, via: "run" | "timer" | null): void {
  const f = getFrames();
  let tb = e.traceback;
  if (via === "run") tb = new PyTraceback(tb, f.run, 0);
  else if (via === "timer") tb = new PyTraceback(tb, f.timerRun, 0);
  e.traceback = new PyTraceback(tb, f.boot, 0);
}
