// frames.ts — the concurrent/futures/*.py frames CPython 3.11 shows in the tracebacks it logs (a failing
// done-callback, a failing pool initializer), made as synthetic traceback entries so that gilpy's native
// module logs tracebacks of the same shape, "Traceback (most recent call last):" header included.
// Line numbers and source lines are those of python3 3.11.7 on the reference machine (Lib/concurrent/futures).
import type { PyBaseException } from "../../../runtime/exceptions.js";
import { CodeObject } from "../../../interpreter/code.js";
import { Frame } from "../../../interpreter/frame.js";
import { PyTraceback } from "../../../interpreter/traceback.js";

const DIR = "/usr/local/lib/python3.11/concurrent/futures/";

function syntheticFrame(file: string, name: string, qualname: string, line: number, source: string): Frame {
  const code = new CodeObject(name, qualname, DIR + file, line, []);
  code.positions = Int32Array.of(line, line, -1, -1); // no column: no carets, as CPython prints these lines
  const lines: string[] = [];
  lines[line - 1] = source;
  code.sourceLines = lines;
  return new Frame(code, [], 0, new Map(), new Map(), null, null);
}

export type FuturesFrame = "invoke_callbacks" | "add_done_callback" | "worker_initializer";

let frames: Record<FuturesFrame, Frame> | null = null;
function getFrames(): Record<FuturesFrame, Frame> {
  return (frames ??= {
    invoke_callbacks: syntheticFrame("_base.py", "_invoke_callbacks", "Future._invoke_callbacks", 340, "                callback(self)"),
    add_done_callback: syntheticFrame("_base.py", "add_done_callback", "Future.add_done_callback", 424, "            fn(self)"),
    worker_initializer: syntheticFrame("thread.py", "_worker", "_worker", 72, "            initializer(*initargs)"),
  });
}

/** Puts the futures frame that called the failing user code in front of the exception's traceback. */
export function addFuturesFrame(e: PyBaseException, where: FuturesFrame): void {
  e.traceback = new PyTraceback(e.traceback, getFrames()[where], 0);
}
