// frame.ts — execution frames (Python frames and native-generator frames share one shape), the VM's
// per-thread state, and the VM-private requests native code may yield (run a code object with a given
// namespace; resume a generator).
import type { PyObject, AttrMap, PyCell } from "../runtime/object.js";
import type { NativeGen } from "../runtime/protocol.js";
import type { PyFunction } from "../runtime/function.js";
import type { CodeObject } from "./code.js";
import type { PyGenerator } from "../runtime/generator.js";
export { GenResumeRequest } from "../runtime/generator.js";

/** How a finished or suspended generator frame hands its result to the frame below it. */
export const enum Resume {
  /** An ordinary call: the return value is pushed on (or sent into) the caller. */
  CALL = 0,
  /** Driven by FOR_ITER: a yield pushes the value; a return pops the iterator and jumps to resumeTarget. */
  ITER = 1,
  /** Driven by SEND: a yield pushes the value; a return replaces the receiver and jumps to resumeTarget. */
  SEND = 2,
  /** Driven by a native frame (next(), send()): a yield sends the value; a return throws StopIteration. */
  NATIVE = 3,
  /** __init__ run by a fast instance creation: the result must be None; the caller gets `initSelf`. */
  INIT = 4,
  /** Class body run by __build_class__: the native caller gets the body's return value. */
  NATIVE_RAW = 5,
}

export class Frame {
  /** Bumped per frame so that equal-shaped frames stay monomorphic; never read. */
  code: CodeObject | null;
  /** localsplus followed by the value stack. */
  fast: PyObject[];
  sp: number;
  /** Next instruction index. */
  pc: number;
  globals: AttrMap;
  builtins: AttrMap;
  /** LOAD_NAME namespace (module: the globals; class body: the class namespace); null in functions. */
  locals: AttrMap | null;
  func: PyFunction | null;
  back: Frame | null;
  /** Native frames: the resumable builtin being driven; null for Python frames. */
  gen: NativeGen | null;
  /** Generator/coroutine frames: the object owning the frame. */
  genObj: PyGenerator | null;
  resume: Resume;
  resumeTarget: number;
  /** Keyword names announced by KW_NAMES for the next CALL. */
  kwnames: string[] | null;
  /** For Resume.INIT: the instance being initialised. */
  initSelf: PyObject | null;
  /** Native frames: 1 when made by calling a builtin from Python (for the RecursionError wording). */
  lineno: number;
  constructor(code: CodeObject | null, fast: PyObject[], sp: number, globals: AttrMap, builtins: AttrMap, locals: AttrMap | null, func: PyFunction | null) {
    this.code = code;
    this.fast = fast;
    this.sp = sp;
    this.pc = 0;
    this.globals = globals;
    this.builtins = builtins;
    this.locals = locals;
    this.func = func;
    this.back = null;
    this.gen = null;
    this.genObj = null;
    this.resume = Resume.CALL;
    this.resumeTarget = 0;
    this.kwnames = null;
    this.initSelf = null;
    this.lineno = 0;
  }

  /** The line being executed (for tracebacks, f_lineno). */
  get currentLine(): number {
    if (this.code === null) return 0;
    return this.code.lineOf(this.pc > 0 ? this.pc - 1 : 0);
  }
}

// V8 tracks the class of the objects a field has held; the first generator frame, native frame, class body or
// keyword call would otherwise change Frame's field kinds mid-run and throw away the optimised VM loop and its
// helpers. Storing objects of several classes in each pointer field once, at load time, settles them (the same
// idea as generalizeFieldKinds in runtime/scheduler.ts). Number fields are left alone: they stay small ints.
{
  const f = new Frame(null, [], 0, new Map(), new Map(), null, null) as unknown as Record<string, unknown>;
  for (const k of ["code", "globals", "builtins", "locals", "func", "back", "gen", "genObj", "kwnames", "initSelf"]) {
    const before = f[k];
    for (const v of [{}, [], new Map(), null]) f[k] = v;
    f[k] = before;
  }
}

/** The VM's state of one thread, kept in PyThreadState.vm. Plain data: frames link through `back`. */
export class VMThread {
  /** Innermost frame, or null when the thread has not started or has finished. */
  frame: Frame | null = null;
  /** Number of Python frames on the stack (the recursion depth). */
  depth = 0;
  /** The exception being handled (sys.exc_info()[1]), or None. */
  excInfo: PyObject;
  /** Set when the bottom frame finished: its value, or the exception that escaped it. */
  result: PyObject | null = null;
  error: PyObject | null = null;
  /** A value to send into (or exception to throw into) the top native frame when the thread resumes. */
  pendingSend: PyObject | null = null;
  pendingThrow: PyObject | null = null;
  constructor(none: PyObject) {
    this.excInfo = none;
  }
}

/** "Run `code` as a body with `locals` as its namespace" (class bodies, exec, eval); returns its value. */
export class ExecRequest {
  constructor(
    readonly code: CodeObject,
    readonly globals: AttrMap,
    readonly locals: AttrMap,
    readonly closure: PyCell[] | null,
  ) {}
}
