// vm-warmup.ts — runs a few hand-assembled code objects through VM.run once per process, before the program,
// so that V8 has seen the loop's rarer paths (a budget running out at each kind of switch point, a for loop
// ending) before it optimizes run(). A path that had never run when run() was optimized deoptimizes it on
// first use, and V8 then compiles the whole loop again (twice: on-stack, then on the next call): for a short
// program those recompiles cost more CPU than the program itself. Invisible to Python: its own VM, thread
// state and globals, only builtin objects, no output, nothing registered with the scheduler.
import { Op } from "./opcodes.js";
import { CodeObject } from "./code.js";
import type { VM, VMHost } from "./vm.js";
import { PyObject, PyList, None } from "../runtime/object.js";
import { PyFunction } from "../runtime/function.js";
import { PyRangeIter, PyListLiveIter } from "../runtime/types/iterators.js";
import { PyThreadState } from "../runtime/thread-state.js";

let done = false;

function assemble(instrs: number[], consts: PyObject[], argcount = 0): CodeObject {
  const c = new CodeObject("<warm-up>", "<warm-up>", "<warm-up>", 1, consts);
  const n = instrs.length >> 1;
  c.code = Int32Array.from(instrs);
  c.positions = new Int32Array(n * 4);
  c.handlers = new Int32Array(n).fill(-1);
  c.stacksize = 8;
  c.argcount = argcount;
  c.simpleArgs = true;
  return c;
}

/** Runs `code` as a module on a fresh thread: first with `budget`, then (if it yielded) to the end. */
function runOnce(vm: VM, code: CodeObject, budget: number, finish: boolean): void {
  const t = new PyThreadState(-1, 0, 0, "warm-up", true, null);
  vm.startModule(t, code, new Map([["__name__", "<warm-up>"]]));
  vm.run(t, budget);
  if (finish) vm.run(t, 1000);
}

/** Once per process: exercise run()'s switch-point exits and loop ends (see the file comment). */
export function warmUpVM(makeVM: (host: VMHost) => VM, host: VMHost): void {
  if (done) return;
  done = true;
  const vm = makeVM(host);
  const len = host.builtins.get("len");
  // V8 gives a function its feedback vector only after it has run a while: a loop first, then the paths twice
  runOnce(vm, assemble([
    Op.LOAD_CONST, 0, Op.FOR_ITER, 4, Op.POP_TOP, 0, Op.JUMP_BACKWARD, 1, Op.LOAD_CONST, 1, Op.RETURN_VALUE, 0,
  ], [new PyRangeIter(1, 0, 300), None]), 100000, false);
  for (let round = 0; round < 2; round++) warmPaths(vm, len);
}

function warmPaths(vm: VM, len: PyObject | undefined): void {
  try {
    // a budget ending at RESUME; a range loop and a list loop to their ends
    runOnce(vm, assemble([
      Op.RESUME, 0,
      Op.LOAD_CONST, 0, Op.FOR_ITER, 5, Op.POP_TOP, 0, Op.JUMP_BACKWARD, 2,
      Op.LOAD_CONST, 1, Op.FOR_ITER, 9, Op.POP_TOP, 0, Op.JUMP_BACKWARD, 6,
      Op.LOAD_CONST, 2, Op.RETURN_VALUE, 0,
    ], [new PyRangeIter(1, 0, 2), new PyListLiveIter(new PyList([1, 2])), None]), 0, true);
    // a budget ending at JUMP_BACKWARD, at POP_JUMP_BACKWARD_IF_TRUE
    runOnce(vm, assemble([Op.NOP, 0, Op.JUMP_BACKWARD, 0], []), 2, false);
    runOnce(vm, assemble([Op.LOAD_CONST, 0, Op.POP_JUMP_BACKWARD_IF_TRUE, 0], [true]), 2, false);
    // a budget ending at a call of a builtin, and at a Python function's return
    if (len !== undefined) {
      runOnce(vm, assemble([
        Op.PUSH_NULL, 0, Op.LOAD_CONST, 0, Op.LOAD_CONST, 1, Op.PRECALL, 1, Op.CALL, 1,
        Op.POP_TOP, 0, Op.LOAD_CONST, 2, Op.RETURN_VALUE, 0,
      ], [len, new PyList([]), None]), 5, true);
    }
    const fnCode = assemble([Op.RESUME, 0, Op.LOAD_CONST, 0, Op.RETURN_VALUE, 0], [None]);
    const fn = new PyFunction(fnCode, new Map([["__name__", "<warm-up>"]]), null);
    runOnce(vm, assemble([
      Op.PUSH_NULL, 0, Op.LOAD_CONST, 0, Op.PRECALL, 0, Op.CALL, 0,
      Op.POP_TOP, 0, Op.LOAD_CONST, 1, Op.RETURN_VALUE, 0,
    ], [fn, None]), 7, true);
  } catch {
    // only an optimisation: a failure here must never stop the program
  }
}
