// vm-trace.ts — sys.settrace / sys.setprofile: per-thread hooks and the events they see ('call', 'line',
// 'return', 'exception' for tracing; 'call', 'return', 'c_call', 'c_return', 'c_exception' for profiling), as
// CPython 3.11's Python/ceval.c and sysmodule.c deliver them to Python-level hooks.
//
// How it stays off the hot path: while a thread has a hook, VM.run makes every instruction boundary a switch
// point (as --preempt=any does) and, on entry, calls `traceStep` with the top Python frame. That compares the
// live frame chain with the frames it has seen: frames that disappeared get 'return', new ones 'call', and a
// changed line (or a jump backwards) in the top frame gets 'line'. The VM's unwind slow path reports raised
// exceptions with `noteException`. Events are delivered by a native generator the VM pushes above the frame,
// so hooks are ordinary Python calls; while one runs, nothing is traced (CPython's tstate->tracing).
import { Frame, VMThread } from "./frame.js";
import { Op } from "./opcodes.js";
import { PyFrameObject } from "./traceback.js";
import { PyObject, None, PyTuple, PyType } from "../runtime/object.js";
import { PyBaseException } from "../runtime/exceptions.js";
import { PyThreadState } from "../runtime/thread-state.js";
import { call, type NativeGen } from "../runtime/protocol.js";
import { PyBuiltin, PyMethodDescr, bindMethodDescr } from "../runtime/builtin-function.js";

/** One frame the hooks have seen enter. */
interface Seen {
  frame: Frame;
  /** The local trace function ('call' returned it), or null: no 'line'/'return'/'exception' events. */
  local: PyObject | null;
  line: number;
  pc: number;
  /** Where `line` was last set: 'return' reports that line (CPython puts the final RETURN_VALUE there). */
  linePc: number;
  /** The frame just below when it entered (a native frame when a builtin called it). */
  caller: Frame | null;
  /** Profiling: the builtin this frame is calling ('c_call' sent, 'c_return' due) and the CALL's pc. */
  cfunc: PyObject | null;
  cpc: number;
}

type Event = [Frame, "call" | "line" | "return" | "exception" | "c_call" | "c_return" | "c_exception", PyObject, Seen | null, number];

export class TraceState {
  trace: PyObject = None;
  profile: PyObject = None;
  /** A hook is running: its own frames are not traced. */
  busy = false;
  /** Frames already on the stack when the hook was set: seen, but never traced (no 'call' happened). */
  started = false;
  seen: Seen[] = [];
  raised: [Frame, PyBaseException, number][] = [];
  /** Values of frames that returned through VM.returnSlow (to a native caller, from generators, ...). */
  returned = new Map<Frame, PyObject>();
}

/** Keyed by the thread's VM state (PyThreadState.vm), which exists while the thread runs Python. */
const states = new WeakMap<object, TraceState>();
/** Threads with a hook; the VM asks `traceOf` only while this is not zero. */
export let tracedThreads = 0;

export function traceOf(t: PyThreadState): TraceState | null {
  return t.vm === null || t.vm === undefined ? null : traceOfVM(t.vm as object);
}

function traceOfVM(vt: object): TraceState | null {
  const s = states.get(vt);
  return s !== undefined && !(s.trace === None && s.profile === None) ? s : null;
}

function stateOf(t: PyThreadState): TraceState {
  let s = states.get(t.vm as object);
  if (s === undefined) {
    s = new TraceState();
    states.set(t.vm as object, s);
  }
  return s;
}

/** sys.settrace / sys.setprofile for thread t (None removes the hook). */
export function setHook(t: PyThreadState, kind: "trace" | "profile", fn: PyObject): void {
  const s = stateOf(t);
  const before = s.trace !== None || s.profile !== None;
  s[kind] = fn;
  const after = s.trace !== None || s.profile !== None;
  if (!before && after) {
    tracedThreads++;
    // the frames running now were entered untraced: they never get 'call' (and so no local events)
    s.started = true;
    s.seen = [];
    for (let x = (t.vm as VMThread).frame; x !== null; x = x.back) {
      if (x.code !== null) s.seen.unshift({ frame: x, local: null, line: x.code.lineOf(x.pc), pc: x.pc, linePc: x.pc, caller: x.back, cfunc: null, cpc: -1 });
    }
    s.raised = [];
  } else if (before && !after) {
    tracedThreads--;
    s.seen = [];
    s.raised = [];
  }
}

export function getHook(t: PyThreadState, kind: "trace" | "profile"): PyObject {
  return t.vm === null || t.vm === undefined ? None : states.get(t.vm as object)?.[kind] ?? None;
}

/** Called by VM.unwind for each frame a fresh exception passes through (not for re-raises). */
export function noteException(vt: object, f: Frame, exc: PyBaseException, lasti: number): void {
  const s = traceOfVM(vt);
  if (s === null || s.busy) return;
  s.raised.push([f, exc, lasti]);
}

/** Called by VM.returnSlow: the value a frame returns when its caller is not a Python frame. */
export function noteReturn(vt: object, f: Frame, v: PyObject): void {
  const s = traceOfVM(vt);
  if (s === null || s.busy) return;
  s.returned.set(f, v);
}

/** A frame object showing `f` about to run instruction `pc` (f_lineno is that instruction's line). */
function frameAt(f: Frame, pc: number): PyFrameObject {
  const v = new Frame(f.code, f.fast, f.sp, f.globals, f.builtins, f.locals, f.func);
  v.back = f.back;
  v.pc = pc + 1;
  return new PyFrameObject(v);
}

/**
 * The events due before top Python frame `f` runs its next instruction, as a generator delivering them,
 * or null when there are none.
 */
export function traceStep(s: TraceState, f: Frame): NativeGen | null {
  if (s.busy) return null;
  const chain: Frame[] = [];
  for (let x: Frame | null = f; x !== null; x = x.back) if (x.code !== null) chain.push(x);
  chain.reverse(); // outermost first
  if (!s.started) {
    s.started = true;
    s.seen = chain.map((frame) => ({ frame, local: null, line: frame.code!.lineOf(frame.pc), pc: frame.pc, linePc: frame.pc, caller: frame.back, cfunc: null, cpc: -1 }));
    s.raised = [];
    return null;
  }
  const live = new Set(chain);
  const events: Event[] = [];
  const ended = new Set<Seen>();
  const seenOf = (fr: Frame): Seen | undefined => {
    for (let i = s.seen.length - 1; i >= 0; i--) if (s.seen[i].frame === fr) return s.seen[i];
    return undefined;
  };
  // exceptions first, in the order they were raised; a frame they ended returns None
  for (const [fr, exc, lasti] of s.raised) {
    const e = seenOf(fr);
    if (e === undefined) continue;
    const tb = exc.traceback;
    if (e.cfunc !== null) {
      events.push([fr, "c_exception", e.cfunc, e, lasti]);
      e.cfunc = null;
    }
    events.push([fr, "exception", new PyTuple([exc.type as PyType, exc, tb]), e, lasti]);
    if (!live.has(fr)) {
      events.push([fr, "return", None, e, lasti]);
      ended.add(e);
    }
  }
  s.raised = [];
  // frames that left normally (returned, or a generator that yielded), innermost first
  for (let i = s.seen.length - 1; i >= 0; i--) {
    const e = s.seen[i];
    if (live.has(e.frame) || ended.has(e)) continue;
    // returning to a Python caller leaves the value on its stack; RETURN_VALUE/YIELD_VALUE was at e.frame.pc
    const r = s.returned.get(e.frame);
    const v = r !== undefined ? r : e.caller === f && f.sp > 0 ? f.fast[f.sp - 1] : None;
    events.push([e.frame, "return", v === undefined || v === null ? None : v, e, e.line >= 0 ? e.linePc : e.frame.pc]);
  }
  s.returned.clear();
  const kept = s.seen.filter((e) => live.has(e.frame));
  // frames that entered (or a generator resumed), outermost first
  const known = new Set(kept.map((e) => e.frame));
  for (const fr of chain) {
    if (known.has(fr)) continue;
    // a fresh frame's first line always gets an event (even on its def line: lambdas, comprehensions);
    // a resumed generator continues on the line it stopped at
    const line = fr.pc === 0 ? -1 : fr.code!.lineOf(fr.pc);
    const e: Seen = { frame: fr, local: null, line, pc: fr.pc, linePc: fr.pc, caller: fr.back, cfunc: null, cpc: -1 };
    kept.push(e);
    events.push([fr, "call", None, e, fr.pc]);
  }
  s.seen = kept;
  // the top frame moved to another line, or jumped back
  const te = known.has(f) ? seenOf(f) : undefined;
  if (te !== undefined && te.cfunc !== null && f.pc !== te.cpc) {
    events.push([f, "c_return", te.cfunc, te, te.cpc >= 0 ? te.cpc : f.pc]);
    te.cfunc = null;
  }
  if (te !== undefined) {
    const line = f.code!.lineOf(f.pc);
    const op = f.code!.code[f.pc << 1];
    // an unconditional jump back is attributed to the loop header here, to the body's last line by CPython:
    // no event for it (the instruction it reaches gets one, as a backward edge)
    // RESUME and the cell set-up before it belong to the 'call'; a RETURN_VALUE on another line is the tail of an inlined finally, which
    // CPython attributes to the finally's last line
    const quiet = op === Op.JUMP_BACKWARD || op === Op.JUMP_BACKWARD_NO_INTERRUPT || op === Op.RESUME || op === Op.MAKE_CELL || op === Op.COPY_FREE_VARS || (op === Op.RETURN_VALUE && te.line >= 0);
    if (!quiet && (line !== te.line || f.pc < te.pc)) {
      if (te.local !== null) events.push([f, "line", None, te, f.pc]);
      te.line = line;
      te.linePc = f.pc;
    }
    te.pc = f.pc;
    if (s.profile !== None && op === Op.CALL && te.cfunc === null) {
      // profiling: a builtin about to be called ('c_call'; the step after the call sends 'c_return')
      const arg = f.code!.code[(f.pc << 1) + 1];
      const first = f.fast[f.sp - arg - 2];
      const fn = first === null ? f.fast[f.sp - arg - 1] : first;
      if (fn instanceof PyBuiltin || fn instanceof PyMethodDescr) {
        const shown = fn instanceof PyMethodDescr && first !== null ? bindMethodDescr(fn, f.fast[f.sp - arg - 1]) : fn;
        events.push([f, "c_call", shown, te, f.pc]);
        te.cfunc = shown;
        te.cpc = f.pc;
      }
    }
  }
  if (events.length === 0) return null;
  return deliver(s, events);
}

function* deliver(s: TraceState, events: Event[]): NativeGen {
  s.busy = true;
  try {
    for (const [fr, ev, arg, e, pc] of events) {
      const fo = frameAt(fr, pc);
      // the trace function hears of an event before the profile function (Python/ceval.c)
      if (s.trace === None || ev === "c_call" || ev === "c_return" || ev === "c_exception") {
        // trace functions never see builtins' calls
      } else if (ev === "call") {
        const r = yield* hookCall(s, "trace", s.trace, fo, ev, arg);
        if (e !== null) e.local = r === None ? null : r;
      } else if (e !== null && e.local !== null) {
        const r = yield* hookCall(s, "trace", e.local, fo, ev, arg);
        if (r !== None) e.local = r;
      }
      if (s.profile !== None && ev !== "line" && ev !== "exception") {
        yield* hookCall(s, "profile", s.profile, fo, ev, arg);
      }
    }
  } finally {
    s.busy = false;
  }
  return None;
}

/** Runs one hook; one that raises is removed (sys.settrace(None)) and the error goes to the traced code. */
function* hookCall(s: TraceState, kind: "trace" | "profile", fn: PyObject, fo: PyFrameObject, ev: string, arg: PyObject): Generator<any, PyObject, any> {
  try {
    return (yield* call(fn, [fo, ev, arg])) as PyObject;
  } catch (e) {
    if (e instanceof PyBaseException) {
      if (kind === "trace") s.trace = None;
      else s.profile = None;
      if (s.trace === None && s.profile === None) tracedThreads--;
    }
    throw e;
  }
}
