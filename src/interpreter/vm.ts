// vm.ts — the bytecode interpreter: one loop over a thread's explicit frame stack. A Python call pushes a
// frame (never a JS recursion); resumable builtins run as native frames on the same stack; the loop returns
// to the scheduler when the thread finishes, parks, or uses its budget at a switch point (CPython 3.11's
// eval-breaker points: RESUME, backward jumps, after calls).
import { Op, NB, CO, FastKind } from "./opcodes.js";
import { CodeObject } from "./code.js";
import { Frame, VMThread, Resume, ExecRequest } from "./frame.js";
import { bindArgs, splitKwargs } from "./vm-call.js";
import { addTraceback, setContext } from "./traceback.js";
import {
  PyObject, PyObj, PyType, PyFloat, PyTuple, PyList, PyInstance, PyCell, PyModule, None, NotImplemented,
  TypeFlag, typeOf, typeName, emptyTuple, newTuple, objectType, typeType, AttrMap, KwArgs, strType, floatType,
} from "../runtime/object.js";
import { PyDict, PySet, dictType, normKey, NEEDS_PY } from "../runtime/dict.js";
import { PyFunction, PyMethod } from "../runtime/function.js";
import { PyBuiltin, PyMethodDescr, bindMethodDescr } from "../runtime/builtin-function.js";
import { CallRequest, ParkRequest, NativeGen, NativeFn, NativeGenFn } from "../runtime/protocol.js";
import {
  PyBaseException, BaseException, StopIteration, StopAsyncIteration, typeError, nameError, systemError,
  runtimeError, recursionError, newException, AssertionError, UnboundLocalError, NameError, isException,
  GeneratorExit,
} from "../runtime/exceptions.js";
import { PyGenerator, GenResumeRequest, generatorType, coroutineType, asyncGeneratorType, finalizeGen } from "../runtime/generator.js";
import { PyAsyncGenWrapped, PyThrowMarker } from "../runtime/async-generator.js";
import { AlgoError } from "../runtime/algo-error.js";
import { fromAlgoError } from "../runtime/ops-error.js";
import { binaryOpFast, binaryOpGen, unaryOpFast, unaryOpGen } from "../runtime/ops-arith.js";
import { getAttr, getAttrGen, getMethod, methodNeedsSelf, setAttr, setAttrGen, noAttribute } from "../runtime/ops-attr.js";
import { compareFast, richCompareGen, containsFast, containsGen } from "../runtime/ops-compare.js";
import { truthy, truthGen, strGen, reprGen, strFast } from "../runtime/ops-object.js";
import { callGen, instantiate, plainInit } from "../runtime/ops-call.js";
import { getIterFast, getIterGen, iterNextGen, unpackGen, unpackExGen, toArrayGen, PyIterator, ITER_SLOW } from "../runtime/ops-iter.js";
import { getItemFast, getItemGen, setItemFast, setItemGen } from "../runtime/ops-item.js";
import { PySlice } from "../runtime/types/slice.js";
import { floatPow } from "../runtime/int-ops.js";
import { PyRangeIter, PyListLiveIter } from "../runtime/types/iterators.js";
import { PyProperty, PyMemberDescr, propertyType } from "../runtime/types/descriptors.js";
import { PySuper, superType, superLookup } from "../runtime/types/super.js";
import { PyThreadState } from "../runtime/thread-state.js";
import { StepResult, type ThreadRunner } from "../runtime/scheduler.js";
import type { RuntimeContext } from "../runtime/runtime-context.js";
import * as V from "./vm-ops.js";
import * as VT from "./vm-trace.js";

const MAX_SAFE = 9007199254740991;

// Native-frame delivery kinds (what to do with a slow operation's result in the Python frame below).
const enum NK {
  PUSH = 100, DISCARD, FORITER, JUMP_IF_TRUE, JUMP_IF_FALSE, TRUE_OR_POP, FALSE_OR_POP, NOT, BOOL, NOTBOOL,
  UNPACK, INIT, ITER_RESULT,
}

const enum Mode { PY, NATIVE }

/** Interpreter-wide services the loop needs (set up by run.ts). */
export interface VMHost {
  rt: RuntimeContext;
  builtins: AttrMap;
  /** import machinery: IMPORT_NAME. */
  importName(name: string, fromlist: PyObject, level: number, globals: AttrMap): NativeGen;
  importFrom(module: PyObject, name: string): NativeGen;
  importStar(module: PyObject, locals: AttrMap): NativeGen;
  buildClass: PyObject;
  displayHook(value: PyObject): NativeGen;
  preemptAny: boolean;
}

export class VM implements ThreadRunner {
  recursionLimit = 1000;
  constructor(readonly host: VMHost) {}

  /** Makes the VM state of a thread that starts by running `code` with `globals` (the main module). */
  startModule(t: PyThreadState, code: CodeObject, globals: AttrMap, locals: AttrMap = globals): void {
    const vt = new VMThread(None);
    const f = new Frame(code, new Array(code.nlocalsplus + code.stacksize), code.nlocalsplus, globals, this.host.builtins, locals, null);
    vt.frame = f;
    vt.depth = 1;
    t.vm = vt;
  }

  where(t: PyThreadState): string {
    const vt = t.vm as VMThread | null;
    for (let f = vt?.frame ?? null; f !== null; f = f.back) {
      if (f.code !== null) return `${f.code.filename}:${f.currentLine}`;
    }
    return "";
  }

  /** A fresh frame for calling `func` whose fast locals are already bound. */
  private funcFrame(func: PyFunction, fast: PyObject[], back: Frame): Frame {
    const code = func.code;
    const f = new Frame(code, fast, code.nlocalsplus, func.globals, back.builtins, null, func);
    f.back = back;
    return f;
  }

  /** Generator functions: calling makes the generator object around a bound, not yet started frame. */
  private makeGenerator(func: PyFunction, fast: PyObject[], builtins: AttrMap): PyGenerator {
    const code = func.code;
    const f = new Frame(code, fast, code.nlocalsplus, func.globals, builtins, null, func);
    const t = code.flags & CO.COROUTINE ? coroutineType : code.flags & CO.ASYNC_GENERATOR ? asyncGeneratorType : generatorType;
    const g = new PyGenerator(t, f, code, func.name, func.qualname);
    f.genObj = g;
    if (func.closure !== null) {
      // COPY_FREE_VARS runs at the first resume; nothing else to do here
    }
    return g;
  }

  run(t: PyThreadState, budget: number): StepResult {
    let vt = t.vm as VMThread | null;
    if (vt === null) {
      vt = new VMThread(None);
      t.vm = vt;
      const nf = new Frame(null, [], 0, new Map(), this.host.builtins, null, null);
      nf.gen = t.entry;
      vt.frame = nf;
      vt.pendingSend = None;
    }
    const host = this.host;
    const builtins = host.builtins;
    let f = vt.frame!;
    let mode: Mode = f.gen !== null ? Mode.NATIVE : Mode.PY;
    // A parked thread resumes by answering its native frame's request.
    // Every field is read and written on every entry, and the branches only pick values: a thread's first wake
    // (a worker's first task) then reaches no property access that V8 compiled run() without having seen.
    const parked = t.parkRequest !== null;
    const wakeError = t.wakeError, wakeValue = t.wakeValue, ps = vt.pendingSend, pt = vt.pendingThrow;
    let sendValue: PyObject = None;
    let throwValue: PyObject | null = null;
    if (parked) {
      if (wakeError !== null) throwValue = wakeError;
      else sendValue = wakeValue;
    } else if (ps !== null || pt !== null) {
      sendValue = ps ?? None;
      throwValue = pt;
    }
    t.parkRequest = null;
    t.wakeError = parked ? null : wakeError;
    vt.pendingSend = parked ? ps : null;
    vt.pendingThrow = parked ? pt : null;
    this.sendValue = sendValue;
    this.throwValue = throwValue;
    this.firstReq = null;
    let ticks = t.ticks;
    // sys.settrace/setprofile (vm-trace.ts): one instruction per run, events delivered at entry
    const tr = VT.tracedThreads !== 0 ? VT.traceOf(t) : null;
    const limit = tr === null ? ticks + budget : ticks + 2;
    const preemptAny = host.preemptAny || tr !== null;
    // hoisted state of the running Python frame
    let code: CodeObject = f.code!;
    let instrs: Int32Array = code === null ? new Int32Array(0) : code.code;
    let consts = code === null ? [] : code.consts;
    let names = code === null ? [] : code.names;
    let fast: PyObject[] = f.fast;
    let sp = f.sp;
    let pc = f.pc;
    let globals = f.globals;
    if (tr !== null && mode === Mode.PY && this.throwValue === null && this.pendingExc === null) {
      const g = VT.traceStep(tr, f);
      if (g !== null) {
        f = this.pushNative(vt, f, g, NK.DISCARD, 0);
        mode = Mode.NATIVE;
      }
    }

    // set while slowOp runs: an error it throws has f's pc and sp as they must be
    let synced = false;
    for (;;) {
      try {
        // ---- drive native frames until a Python frame is on top, or the thread finishes or parks ----
        if (mode === Mode.NATIVE) {
          t.ticks = ticks;
          const st = this.driveNative(vt, t);
          if (st >= 0) return st;
          mode = Mode.PY;
          f = vt.frame!;
        }
        // ---- run Python frame f ----
        vt.frame = f;
        code = f.code!;
        instrs = code.code;
        consts = code.consts;
        names = code.names;
        fast = f.fast;
        sp = f.sp;
        pc = f.pc;
        globals = f.globals;
        if (this.pendingExc !== null) {
          const e = this.pendingExc;
          this.pendingExc = null;
          throw e;
        }
        if (this.throwValue !== null) {
          // an exception raised at this frame's suspension point (generator.throw)
          const e = this.throwValue;
          this.throwValue = null;
          throw e;
        }

        dispatch: for (;;) {
          const op = instrs[pc << 1];
          const arg = instrs[(pc << 1) + 1];
          pc++;
          ticks++;
          preempt: {
            if (preemptAny && ticks >= limit) {
              pc--;
              ticks--;
              break preempt;
            }
            // Each case ends its fast path with `continue`. A `break` (the slow half of a hot opcode, a switch
            // point that is due, an opcode without an inline case) leaves the stack as the opcode found it and
            // goes on to slowOp below: one call site for all of them, so a path first taken after V8 optimized
            // run() deoptimizes the small slowOp, not run(). `break preempt` yields to the scheduler.
            switch (op as Op) {
              case Op.NOP:
              case Op.PRECALL:
                continue;
              case Op.RESUME: // ( -- )  switch point
                if (ticks >= limit || t.asyncExc !== null) break;
                continue;
              case Op.POP_TOP: // (x -- )  arg 1: may have to close a generator (slowOp)
                if (arg !== 0) break;
                fast[--sp] = undefined as unknown as PyObject;
                continue;
              case Op.PUSH_NULL: // ( -- NULL)
                fast[sp++] = null as unknown as PyObject;
                continue;
              case Op.COPY: // (x … -- x … x)
                fast[sp] = fast[sp - arg];
                sp++;
                continue;
              case Op.SWAP: { // swaps TOS with the arg-th item
                const tmp = fast[sp - 1];
                fast[sp - 1] = fast[sp - arg];
                fast[sp - arg] = tmp;
                continue;
              }
              case Op.LOAD_CONST: // ( -- const)
                fast[sp++] = consts[arg] as PyObject;
                if (!preemptAny && instrs[pc << 1] === Op.LOAD_FAST) { // fused, as LOAD_FAST's pairs below
                  const w = fast[instrs[(pc << 1) + 1]];
                  if (w !== undefined) {
                    fast[sp++] = w;
                    pc++;
                    ticks++;
                  }
                }
                continue;
              case Op.LOAD_FAST: { // ( -- value)
                const v = fast[arg];
                if (v === undefined) break;
                fast[sp++] = v;
                if (!preemptAny) {
                  // fused with a following LOAD_FAST or LOAD_CONST (CPython 3.11's superinstructions): one
                  // dispatch for two instructions, still two ticks; neither is a switch point
                  const n = pc << 1;
                  const nop = instrs[n];
                  if (nop === Op.LOAD_CONST) {
                    fast[sp++] = consts[instrs[n + 1]] as PyObject;
                    pc++;
                    ticks++;
                  } else if (nop === Op.LOAD_FAST) {
                    const w = fast[instrs[n + 1]];
                    if (w !== undefined) {
                      fast[sp++] = w;
                      pc++;
                      ticks++;
                    }
                  }
                }
                continue;
              }
              case Op.STORE_FAST: // (x -- )
                fast[arg] = fast[--sp];
                fast[sp] = undefined as unknown as PyObject;
                if (!preemptAny) { // fused with a following STORE_FAST or LOAD_FAST, as LOAD_FAST's pairs below
                  const n = pc << 1;
                  const nop = instrs[n];
                  if (nop === Op.STORE_FAST) {
                    fast[instrs[n + 1]] = fast[--sp];
                    fast[sp] = undefined as unknown as PyObject;
                    pc++;
                    ticks++;
                  } else if (nop === Op.LOAD_FAST) {
                    const w = fast[instrs[n + 1]];
                    if (w !== undefined) {
                      fast[sp++] = w;
                      pc++;
                      ticks++;
                    }
                  }
                }
                continue;
              case Op.LOAD_GLOBAL: { // ( -- [NULL] value)
                const name = names[arg >> 1];
                let v = globals.get(name);
                if (v === undefined) {
                  v = f.builtins.get(name);
                  if (v === undefined) break;
                }
                if (arg & 1) fast[sp++] = null as unknown as PyObject;
                fast[sp++] = v;
                continue;
              }
              case Op.STORE_GLOBAL:
                globals.set(names[arg], fast[--sp]);
                continue;
              case Op.LOAD_NAME: { // ( -- value)
                const name = names[arg];
                let v = f.locals!.get(name);
                if (v === undefined) {
                  v = globals.get(name);
                  if (v === undefined) {
                    v = f.builtins.get(name);
                    if (v === undefined) break;
                  }
                }
                fast[sp++] = v;
                continue;
              }
              case Op.STORE_NAME:
                f.locals!.set(names[arg], fast[--sp]);
                continue;
              case Op.LOAD_CLOSURE:
                fast[sp++] = fast[arg];
                continue;
              case Op.LOAD_DEREF: { // ( -- cell.value)
                const v = (fast[arg] as PyCell).value;
                if (v === undefined) break;
                fast[sp++] = v;
                continue;
              }
              case Op.STORE_DEREF:
                (fast[arg] as PyCell).value = fast[--sp];
                continue;
              // ---- arithmetic ----
              case Op.BINARY_OP: { // (a, b -- a op b)
                const b = fast[sp - 1], a = fast[sp - 2];
                let r: PyObject | undefined;
                if (typeof a === "number" && typeof b === "number") {
                  switch (arg) {
                    case NB.ADD: case NB.INPLACE_ADD:
                      r = a + b;
                      if (r > MAX_SAFE || r < -MAX_SAFE) r = undefined;
                      break;
                    case NB.SUBTRACT: case NB.INPLACE_SUBTRACT:
                      r = a - b;
                      if (r > MAX_SAFE || r < -MAX_SAFE) r = undefined;
                      break;
                    case NB.MULTIPLY: case NB.INPLACE_MULTIPLY:
                      r = a * b;
                      if (r > MAX_SAFE || r < -MAX_SAFE) r = undefined;
                      else if (r === 0) r = 0;
                      break;
                    case NB.REMAINDER: case NB.INPLACE_REMAINDER:
                      if (b > 0 && a >= 0) r = a % b;
                      break;
                    case NB.FLOOR_DIVIDE: case NB.INPLACE_FLOOR_DIVIDE:
                      if (b > 0 && a >= 0) r = Math.floor(a / b);
                      break;
                    case NB.TRUE_DIVIDE: case NB.INPLACE_TRUE_DIVIDE:
                      if (b !== 0 && a <= MAX_SAFE && a >= -MAX_SAFE) r = new PyFloat(a / b);
                      break;
                    case NB.AND: case NB.INPLACE_AND:
                      if (a >= 0 && b >= 0 && a <= 0x7fffffff && b <= 0x7fffffff) r = a & b;
                      break;
                    case NB.OR: case NB.INPLACE_OR:
                      if (a >= 0 && b >= 0 && a <= 0x7fffffff && b <= 0x7fffffff) r = a | b;
                      break;
                    case NB.XOR: case NB.INPLACE_XOR:
                      if (a >= 0 && b >= 0 && a <= 0x7fffffff && b <= 0x7fffffff) r = a ^ b;
                      break;
                  }
                } else if (a instanceof PyFloat && b instanceof PyFloat) {
                  switch (arg) {
                    case NB.ADD: case NB.INPLACE_ADD: r = new PyFloat(a.value + b.value); break;
                    case NB.SUBTRACT: case NB.INPLACE_SUBTRACT: r = new PyFloat(a.value - b.value); break;
                    case NB.MULTIPLY: case NB.INPLACE_MULTIPLY: r = new PyFloat(a.value * b.value); break;
                    case NB.TRUE_DIVIDE: case NB.INPLACE_TRUE_DIVIDE:
                      if (b.value !== 0) r = new PyFloat(a.value / b.value);
                      break;
                    case NB.POWER: case NB.INPLACE_POWER: { // null: a complex result, left to the generic path
                      const pw = floatPow(a.value, b.value);
                      if (pw !== null) r = new PyFloat(pw);
                      break;
                    }
                  }
                  if (r !== undefined && (a.type !== b.type || a.type !== (r as PyFloat).type)) r = undefined;
                } else if (typeof a === "string" && typeof b === "string" && (arg === NB.ADD || arg === NB.INPLACE_ADD)) {
                  r = a + b;
                }
                if (r === undefined) {
                  // ints past 2**53 and the other builtin cases: a call, still no trip through slowOp
                  r = binaryOpFast(a, b, arg);
                  if (r === undefined) break;
                }
                fast[--sp] = undefined as unknown as PyObject;
                fast[sp - 1] = r;
                continue;
              }
              case Op.UNARY_NEGATIVE: { // (x -- -x)
                const a = fast[sp - 1];
                if (typeof a !== "number") break;
                fast[sp - 1] = a === 0 ? 0 : -a;
                continue;
              }
              case Op.UNARY_NOT: { // (x -- not x)
                const a = fast[sp - 1];
                if (a !== true && a !== false) break;
                fast[sp - 1] = !a;
                continue;
              }
              case Op.COMPARE_OP: { // (a, b -- a cmp b)
                const b = fast[sp - 1], a = fast[sp - 2];
                if (typeof a !== "number" || typeof b !== "number") break;
                let r: boolean;
                switch (arg) {
                  case 0: r = a < b; break;
                  case 1: r = a <= b; break;
                  case 2: r = a === b; break;
                  case 3: r = a !== b; break;
                  case 4: r = a > b; break;
                  default: r = a >= b; break;
                }
                const nop = instrs[pc << 1];
                if (!preemptAny && (nop === Op.POP_JUMP_FORWARD_IF_FALSE || nop === Op.POP_JUMP_FORWARD_IF_TRUE)) {
                  // fused with the conditional jump after it: no bool pushed, still two ticks (a forward jump
                  // is no switch point)
                  ticks++;
                  sp -= 2;
                  fast[sp] = fast[sp + 1] = undefined as unknown as PyObject;
                  pc = r === (nop === Op.POP_JUMP_FORWARD_IF_TRUE) ? instrs[(pc << 1) + 1] : pc + 1;
                  continue;
                }
                fast[--sp] = undefined as unknown as PyObject;
                fast[sp - 1] = r;
                continue;
              }
              case Op.IS_OP: { // (a, b -- a is b)
                const b = fast[--sp], a = fast[sp - 1];
                const same = a === b;
                fast[sp] = undefined as unknown as PyObject;
                fast[sp - 1] = arg ? !same : same;
                continue;
              }
              // ---- subscripts ----
              case Op.BINARY_SUBSCR: { // (container, key -- container[key])
                const k = fast[sp - 1], o = fast[sp - 2];
                let r: PyObject | undefined;
                if (o instanceof PyList && typeof k === "number" && o.type === V.listType) {
                  const items = o.items;
                  const i = k < 0 ? k + items.length : k;
                  if (i >= 0 && i < items.length) r = items[i];
                } else if (o instanceof PyDict && o.type === dictType) {
                  const n = normKey(k);
                  if (n !== NEEDS_PY) r = o.map.get(n);
                }
                if (r === undefined) break;
                fast[--sp] = undefined as unknown as PyObject;
                fast[sp - 1] = r;
                continue;
              }
              case Op.STORE_SUBSCR: { // (value, container, key -- )
                const k = fast[sp - 1], o = fast[sp - 2];
                if (o instanceof PyList && typeof k === "number" && o.type === V.listType) {
                  const items = o.items;
                  const i = k < 0 ? k + items.length : k;
                  if (i >= 0 && i < items.length) {
                    items[i] = fast[sp - 3];
                    sp -= 3;
                    fast[sp] = fast[sp + 1] = fast[sp + 2] = undefined as unknown as PyObject;
                    continue;
                  }
                }
                break;
              }
              // ---- attributes ----
              case Op.LOAD_ATTR: { // (obj -- obj.name)  properties and the rest: slowOp
                const o = fast[sp - 1];
                if (!(o instanceof PyInstance) || o.type.flags & TypeFlag.UserGetattr) break;
                const name = names[arg];
                const d = o.type.lookup(name);
                let r: PyObject | undefined;
                if (d === undefined) {
                  if (o.dict !== null) r = o.dict.get(name);
                } else if (d instanceof PyMemberDescr) {
                  if (o.slotValues !== null) r = o.slotValues.get(d.name);
                }
                if (r === undefined) break;
                fast[sp - 1] = r;
                continue;
              }
              case Op.LOAD_METHOD: { // (obj -- meth, obj) or (obj -- NULL, attr)  super(): slowOp
                const o = fast[sp - 1];
                if (o instanceof PySuper) break;
                const m = getMethod(o, names[arg]);
                if (m === undefined) break;
                if (methodNeedsSelf) {
                  fast[sp - 1] = m;
                  fast[sp++] = o;
                } else {
                  fast[sp - 1] = null as unknown as PyObject;
                  fast[sp++] = m;
                }
                continue;
              }
              case Op.STORE_ATTR: { // (value, obj -- )
                const o = fast[sp - 1];
                if (!(o instanceof PyInstance) || o.type.flags & TypeFlag.UserSetattr) break;
                const name = names[arg];
                const d = o.type.lookup(name);
                if (d === undefined) {
                  if (o.dict === null) break;
                  o.dict.set(name, fast[sp - 2]);
                } else if (d instanceof PyMemberDescr && o.slotValues !== null) {
                  o.slotValues.set(d.name, fast[sp - 2]);
                } else break;
                sp -= 2;
                fast[sp] = fast[sp + 1] = undefined as unknown as PyObject;
                continue;
              }
              // ---- building ----
              case Op.BUILD_TUPLE: { // (items -- tuple)
                if (arg === 0) {
                  fast[sp++] = emptyTuple;
                  continue;
                }
                const items = fast.slice(sp - arg, sp);
                sp -= arg;
                fast[sp++] = new PyTuple(items);
                continue;
              }
              case Op.BUILD_LIST: {
                const items = arg === 0 ? [] : fast.slice(sp - arg, sp);
                sp -= arg;
                fast[sp++] = new PyList(items);
                continue;
              }
              case Op.LIST_APPEND: { // (list, …, x -- list, …)
                const v = fast[--sp];
                fast[sp] = undefined as unknown as PyObject;
                (fast[sp - arg] as PyList).items.push(v);
                continue;
              }
              case Op.SET_ADD: {
                if (!V.setAddOneFast(fast[sp - 1 - arg] as PySet, fast[sp - 1])) break;
                fast[--sp] = undefined as unknown as PyObject;
                continue;
              }
              case Op.MAP_ADD: { // (dict, …, k, v -- dict, …)
                const d = fast[sp - 2 - arg] as PyDict;
                const k = fast[sp - 2];
                const n = normKey(k);
                if (n === NEEDS_PY || d.buckets !== null) break;
                d.setNorm(n, k, fast[sp - 1]);
                sp -= 2;
                fast[sp] = fast[sp + 1] = undefined as unknown as PyObject;
                continue;
              }
              case Op.UNPACK_SEQUENCE: { // (seq -- items reversed)
                const s = fast[sp - 1];
                if ((s instanceof PyTuple || s instanceof PyList) && !(s.type.flags & TypeFlag.Heap) && s.items.length === arg) {
                  const items = s.items;
                  sp--;
                  for (let i = arg - 1; i >= 0; i--) fast[sp++] = items[i];
                  continue;
                }
                break;
              }
              // ---- iteration ----
              case Op.FOR_ITER: { // (iter -- iter, next) or (iter -- ) and jump
                const it = fast[sp - 1];
                if (it instanceof PyRangeIter) {
                  // range over small ints: step in place, no call (the end of the range: slowOp, as first
                  // reached after V8 optimized run() it would deoptimize it)
                  const left = it.left, cur = it.cur, step = it.step;
                  if (typeof left === "number" && typeof cur === "number" && typeof step === "number" && left > 0) {
                    const n = cur + step;
                    if (n <= MAX_SAFE && n >= -MAX_SAFE) {
                      it.left = left - 1;
                      it.cur = n;
                      fast[sp++] = cur;
                      continue;
                    }
                  }
                } else if (it instanceof PyListLiveIter) {
                  const l = it.list;
                  if (l !== null && it.i < l.items.length) {
                    fast[sp++] = l.items[it.i++];
                    continue;
                  }
                } else if (it instanceof PyIterator) {
                  const v = it.next();
                  if (v === undefined) {
                    fast[--sp] = undefined as unknown as PyObject;
                    pc = arg;
                    continue;
                  }
                  if (v !== ITER_SLOW) {
                    fast[sp++] = v;
                    continue;
                  }
                }
                break;
              }
              // ---- jumps ----
              case Op.JUMP_FORWARD:
              case Op.JUMP_BACKWARD_NO_INTERRUPT:
                pc = arg;
                continue;
              case Op.JUMP_BACKWARD: // switch point
                if (ticks >= limit || t.asyncExc !== null) break;
                pc = arg;
                continue;
              case Op.POP_JUMP_FORWARD_IF_FALSE:
              case Op.POP_JUMP_FORWARD_IF_TRUE:
              case Op.POP_JUMP_BACKWARD_IF_FALSE:
              case Op.POP_JUMP_BACKWARD_IF_TRUE: { // (x -- )  x a bool, int or None; else slowOp
                const v = fast[sp - 1];
                let c: boolean;
                if (v === true || v === false) c = v;
                else if (typeof v === "number") c = !!v; // an int (never NaN); !! needs no type feedback, unlike !==
                else if (v === None) c = false;
                else break;
                if (c === (op === Op.POP_JUMP_FORWARD_IF_TRUE || op === Op.POP_JUMP_BACKWARD_IF_TRUE)) {
                  // a backward jump taken is a switch point
                  if ((op === Op.POP_JUMP_BACKWARD_IF_FALSE || op === Op.POP_JUMP_BACKWARD_IF_TRUE) && (ticks >= limit || t.asyncExc !== null)) break;
                  pc = arg;
                }
                fast[--sp] = undefined as unknown as PyObject;
                continue;
              }
              case Op.JUMP_IF_FALSE_OR_POP:
              case Op.JUMP_IF_TRUE_OR_POP: { // (x -- x) and jump, or (x -- )
                const v = fast[sp - 1];
                let c: boolean;
                if (v === true || v === false) c = v;
                else if (typeof v === "number") c = !!v; // an int (never NaN); !! needs no type feedback, unlike !==
                else if (v === None) c = false;
                else break;
                if (c === (op === Op.JUMP_IF_TRUE_OR_POP)) pc = arg;
                else fast[--sp] = undefined as unknown as PyObject;
                continue;
              }
              case Op.POP_JUMP_FORWARD_IF_NONE:
              case Op.POP_JUMP_BACKWARD_IF_NONE: {
                const v = fast[--sp];
                fast[sp] = undefined as unknown as PyObject;
                if (v === None) pc = arg;
                continue;
              }
              case Op.POP_JUMP_FORWARD_IF_NOT_NONE:
              case Op.POP_JUMP_BACKWARD_IF_NOT_NONE: {
                const v = fast[--sp];
                fast[sp] = undefined as unknown as PyObject;
                if (v !== None) pc = arg;
                continue;
              }
              // ---- calls ----
              case Op.CALL: { // (NULL|meth, callable|self, args -- result)  a Python function, positional
                if (f.kwnames !== null) break;
                let callable = fast[sp - arg - 2];
                let argBase: number, nargs: number;
                if (callable === null) {
                  callable = fast[sp - arg - 1];
                  argBase = sp - arg;
                  nargs = arg;
                } else {
                  argBase = sp - arg - 1;
                  nargs = arg + 1;
                }
                // a bound Python method (super().m, a stored obj.m) takes the fast path with self prepended
                let pyfn: PyFunction;
                let boundSelf: PyObject | null = null;
                if (callable instanceof PyFunction) pyfn = callable;
                else if (callable instanceof PyMethod && callable.func instanceof PyFunction) {
                  pyfn = callable.func;
                  boundSelf = callable.self;
                } else break;
                const fcode = pyfn.code;
                const first = boundSelf === null ? 0 : 1;
                if (!fcode.simpleArgs || nargs + first !== fcode.argcount || vt.depth >= this.recursionLimit) break;
                // positional arguments go straight into the new frame's locals
                const resBase = sp - arg - 2;
                const nfast: PyObject[] = new Array(fcode.nlocalsplus + fcode.stacksize);
                if (boundSelf !== null) nfast[0] = boundSelf;
                for (let i = 0; i < nargs; i++) nfast[i + first] = fast[argBase + i];
                for (let i = resBase; i < sp; i++) fast[i] = undefined as unknown as PyObject;
                f.sp = resBase;
                f.pc = pc;
                const nf = new Frame(fcode, nfast, fcode.nlocalsplus, pyfn.globals, f.builtins, null, pyfn);
                nf.back = f;
                vt.depth++;
                f = nf;
                vt.frame = f;
                code = fcode;
                instrs = code.code;
                consts = code.consts;
                names = code.names;
                fast = nfast;
                sp = f.sp;
                pc = 0;
                globals = f.globals;
                continue;
              }
              case Op.RETURN_VALUE: { // (x -- )  generators, __init__, the bottom frame, a native caller: slowOp
                const back = f.back;
                if (f.resume !== Resume.CALL || f.genObj !== null || back === null || back.gen !== null) break;
                const v = fast[sp - 1];
                vt.depth--;
                vt.frame = back;
                f.back = null;
                f = back;
                code = f.code!;
                instrs = code.code;
                consts = code.consts;
                names = code.names;
                fast = f.fast;
                sp = f.sp;
                pc = f.pc;
                globals = f.globals;
                fast[sp++] = v;
                if (ticks >= limit) break preempt; // after a call: a switch point
                continue;
              }
              case Op.KW_NAMES:
                f.kwnames = (consts[arg] as PyTuple).items as string[];
                continue;
              default: // the rest: slowOp
                break;
            }
            // ---- out of line: the slow halves, due switch points and the rare opcodes ----
            f.sp = sp;
            f.pc = pc;
            t.ticks = ticks;
            synced = true;
            const st = this.slowOp(vt, t, f, op, arg, limit);
            synced = false;
            if (st >= 0) return st;
            if (vt.frame !== f) {
              f = vt.frame!;
              mode = f.gen !== null ? Mode.NATIVE : Mode.PY;
              break dispatch;
            }
            sp = f.sp;
            pc = f.pc;
            continue;
          }
          // ---- preempted: back to the scheduler ----
          f.sp = sp;
          f.pc = pc;
          t.ticks = ticks;
          return StepResult.Yield;
        }
      } catch (err) {
        // ---- exception unwinding (out of line, see unwind) ----
        // slowOp left f's pc and sp where the error belongs
        if (mode === Mode.PY && !synced) {
          f.pc = pc;
          f.sp = sp;
        }
        synced = false;
        const st = this.unwind(vt, f, toPyException(err), mode === Mode.NATIVE);
        if (st >= 0) {
          t.ticks = ticks;
          return st;
        }
        f = vt.frame!;
        mode = f.gen !== null ? Mode.NATIVE : Mode.PY;
      }
    }
  }

  /**
   * Everything run() does not do inline: the slow halves of the hot opcodes (their operands still on f's
   * stack; f.sp, f.pc and t.ticks saved), switch points that are due, and the rare opcodes (coldOp). Kept
   * out of run() so that the dispatch loop stays small for V8: it optimizes a small function sooner,
   * recompiles it faster, and a path first taken here deoptimizes this method, not the loop. Returns -1 to
   * go on (a pushed or popped frame shows as vt.frame !== f) or the StepResult run() returns.
   */
  private slowOp(vt: VMThread, t: PyThreadState, f: Frame, op: Op, arg: number, limit: number): number {
    const fast = f.fast;
    let sp = f.sp;
    switch (op) {
      case Op.RESUME:
      case Op.JUMP_BACKWARD:
        if (op === Op.JUMP_BACKWARD) f.pc = arg;
        if (t.asyncExc !== null) {
          const e = t.asyncExc;
          t.asyncExc = null;
          throw e;
        }
        return t.ticks >= limit ? StepResult.Yield : -1;
      case Op.POP_TOP: { // (x -- )
        const x = fast[--sp];
        fast[sp] = undefined as unknown as PyObject;
        f.sp = sp;
        // arg 1: a for loop leaving early drops the generator it made; close it as refcounting would
        if (arg !== 0 && x instanceof PyGenerator && x.type === generatorType && x.frame !== null && !x.running) {
          this.pushNative(vt, f, finalizeGen(x), NK.DISCARD, 0);
        }
        return -1;
      }
      case Op.LOAD_FAST:
        throw V.unboundLocal(f.code!, arg);
      case Op.LOAD_GLOBAL:
        throw V.nameNotDefined(f.code!.names[arg >> 1], f.globals, f.builtins);
      case Op.LOAD_NAME:
        throw V.nameNotDefined(f.code!.names[arg], f.locals === f.globals ? f.globals : null, f.builtins);
      case Op.LOAD_DEREF:
        throw V.unboundDeref(f.code!, arg);
      case Op.MAKE_CELL:
        fast[arg] = new PyCell(fast[arg]);
        return -1;
      case Op.COPY_FREE_VARS: {
        // frames of class bodies run by __build_class__ get their cells when made (func is null)
        if (f.func !== null) {
          const cl = f.func.closure!;
          const base = f.code!.nlocalsplus - arg;
          for (let i = 0; i < arg; i++) fast[base + i] = cl[i];
        }
        return -1;
      }
      case Op.BINARY_OP: { // (a, b -- a op b)
        const b = fast[sp - 1], a = fast[sp - 2];
        let r: PyObject | undefined;
        if ((typeof a === "number" && b instanceof PyFloat) || (a instanceof PyFloat && typeof b === "number")) {
          // int with float (an int here is exact in a double): + - * only
          const x = typeof a === "number" ? a : (a as PyFloat).value, y = typeof b === "number" ? b : (b as PyFloat).value;
          if (typeOf(a) === floatType || typeOf(b) === floatType) {
            if (arg === NB.ADD || arg === NB.INPLACE_ADD) r = new PyFloat(x + y);
            else if (arg === NB.SUBTRACT || arg === NB.INPLACE_SUBTRACT) r = new PyFloat(x - y);
            else if (arg === NB.MULTIPLY || arg === NB.INPLACE_MULTIPLY) r = new PyFloat(x * y);
          }
        }
        if (r === undefined) r = binaryOpFast(a, b, arg);
        sp -= 2;
        fast[sp + 1] = undefined as unknown as PyObject;
        if (r === undefined) {
          f.sp = sp;
          this.pushNative(vt, f, binaryOpGen(a, b, arg), NK.PUSH, 0);
          return -1;
        }
        fast[sp++] = r;
        break;
      }
      case Op.UNARY_NEGATIVE:
      case Op.UNARY_POSITIVE:
      case Op.UNARY_INVERT: { // (x -- op x)
        const a = fast[sp - 1];
        const uop = op === Op.UNARY_NEGATIVE ? 0 : op === Op.UNARY_POSITIVE ? 1 : 2;
        const r = unaryOpFast(a, uop);
        if (r !== undefined) {
          fast[sp - 1] = r;
          break;
        }
        f.sp = sp - 1;
        this.pushNative(vt, f, unaryOpGen(a, uop), NK.PUSH, 0);
        return -1;
      }
      case Op.UNARY_NOT: { // (x -- not x)
        const a = fast[sp - 1];
        const r = truthy(a);
        if (r !== undefined) {
          fast[sp - 1] = !r;
          break;
        }
        f.sp = sp - 1;
        this.pushNative(vt, f, truthGen(a), NK.NOT, 0);
        return -1;
      }
      case Op.COMPARE_OP: { // (a, b -- a cmp b)
        const b = fast[sp - 1], a = fast[sp - 2];
        const r = compareFast(a, b, arg);
        sp -= 2;
        fast[sp + 1] = undefined as unknown as PyObject;
        if (r === undefined) {
          f.sp = sp;
          this.pushNative(vt, f, richCompareGen(a, b, arg), NK.PUSH, 0);
          return -1;
        }
        fast[sp++] = r;
        break;
      }
      case Op.CONTAINS_OP: { // (a, b -- a in b)
        const b = fast[sp - 1], a = fast[sp - 2];
        const r = containsFast(b, a);
        sp -= 2;
        fast[sp + 1] = undefined as unknown as PyObject;
        if (r === undefined) {
          f.sp = sp;
          this.pushNative(vt, f, containsGen(b, a), arg ? NK.NOTBOOL : NK.BOOL, 0);
          return -1;
        }
        fast[sp++] = arg ? !r : r;
        break;
      }
      case Op.BINARY_SUBSCR: { // (container, key -- container[key])
        const k = fast[sp - 1], o = fast[sp - 2];
        const r = getItemFast(o, k);
        sp -= 2;
        fast[sp + 1] = undefined as unknown as PyObject;
        if (r === undefined) {
          f.sp = sp;
          this.pushNative(vt, f, getItemGen(o, k), NK.PUSH, 0);
          return -1;
        }
        fast[sp++] = r;
        break;
      }
      case Op.STORE_SUBSCR: { // (value, container, key -- )
        const k = fast[sp - 1], o = fast[sp - 2], v = fast[sp - 3];
        sp -= 3;
        fast[sp] = fast[sp + 1] = fast[sp + 2] = undefined as unknown as PyObject;
        f.sp = sp;
        if (!setItemFast(o, k, v)) this.pushNative(vt, f, setItemGen(o, k, v) as unknown as NativeGen, NK.DISCARD, 0);
        return -1;
      }
      case Op.LOAD_ATTR: { // (obj -- obj.name)
        const o = fast[sp - 1];
        const name = f.code!.names[arg];
        let r: PyObject | undefined;
        if (o instanceof PyInstance && !(o.type.flags & TypeFlag.UserGetattr)) {
          const d = o.type.lookup(name);
          if (d === undefined) {
            if (o.dict !== null) r = o.dict.get(name);
          } else if (d instanceof PyMemberDescr) {
            if (o.slotValues !== null) r = o.slotValues.get(d.name);
          } else if (d instanceof PyProperty && d.type === propertyType && d.fget instanceof PyFunction) {
            // a property with a Python getter: call it in a frame whose result replaces obj
            sp--;
            fast[sp] = undefined as unknown as PyObject;
            f.sp = sp;
            if (this.pushCallKw(vt, f, d.fget, [o], null, null, false) === null) {
              fast[f.sp++] = this.lastGen!;
              this.lastGen = null;
            }
            return -1;
          }
        }
        if (r === undefined) r = getAttr(o, name);
        if (r === undefined) {
          f.sp = sp - 1;
          this.pushNative(vt, f, getAttrGen(o, name), NK.PUSH, 0);
          return -1;
        }
        fast[sp - 1] = r;
        break;
      }
      case Op.LOAD_METHOD: { // (obj -- meth, obj) or (obj -- NULL, attr)
        const o = fast[sp - 1];
        const name = f.code!.names[arg];
        if (o instanceof PySuper && o.type === superType && o.objType !== null && o.obj !== o.objType) {
          // super().name(...): a Python function found after __class__ on the MRO is called unbound
          const v = superLookup(o, name);
          if (v instanceof PyFunction) {
            fast[sp - 1] = v;
            fast[sp++] = o.obj;
            break;
          }
        }
        const m = getMethod(o, name);
        if (m !== undefined) {
          if (methodNeedsSelf) {
            fast[sp - 1] = m;
            fast[sp++] = o;
          } else {
            fast[sp - 1] = null as unknown as PyObject;
            fast[sp++] = m;
          }
          break;
        }
        fast[sp - 1] = null as unknown as PyObject;
        f.sp = sp;
        this.pushNative(vt, f, getAttrGen(o, name), NK.PUSH, 0);
        return -1;
      }
      case Op.STORE_ATTR: { // (value, obj -- )
        const o = fast[sp - 1], v = fast[sp - 2];
        sp -= 2;
        fast[sp] = fast[sp + 1] = undefined as unknown as PyObject;
        f.sp = sp;
        const name = f.code!.names[arg];
        if (!setAttr(o, name, v)) this.pushNative(vt, f, setAttrGen(o, name, v) as unknown as NativeGen, NK.DISCARD, 0);
        return -1;
      }
      case Op.BUILD_STRING: { // (strs -- str)
        let s = "";
        for (let i = sp - arg; i < sp; i++) {
          s += fast[i] as string;
          fast[i] = undefined as unknown as PyObject;
        }
        sp -= arg;
        fast[sp++] = s;
        break;
      }
      case Op.SET_ADD: {
        const v = fast[--sp];
        fast[sp] = undefined as unknown as PyObject;
        const s = fast[sp - arg] as PySet;
        f.sp = sp;
        if (!V.setAddOneFast(s, v)) this.pushNative(vt, f, V.setAddAllGen(s, [v]), NK.DISCARD, 0);
        return -1;
      }
      case Op.MAP_ADD: {
        const v = fast[--sp], k = fast[--sp];
        fast[sp] = fast[sp + 1] = undefined as unknown as PyObject;
        const d = fast[sp - arg] as PyDict;
        f.sp = sp;
        const n = normKey(k);
        if (n !== NEEDS_PY && d.buckets === null) d.setNorm(n, k, v);
        else this.pushNative(vt, f, d.setGen(k, v) as unknown as NativeGen, NK.DISCARD, 0);
        return -1;
      }
      case Op.LIST_TO_TUPLE:
        fast[sp - 1] = newTuple((fast[sp - 1] as PyList).items);
        return -1;
      case Op.FORMAT_VALUE: { // (value[, spec] -- str)
        const spec = arg & 4 ? fast[--sp] : "";
        const v = fast[--sp];
        const conv = arg & 3;
        if (conv === 0 && spec === "" && (typeof v === "string" || typeof v === "number")) {
          fast[sp++] = typeof v === "string" ? v : String(v);
          break;
        }
        f.sp = sp;
        this.pushNative(vt, f, V.formatValueGen(v, conv, spec, f.builtins), NK.PUSH, 0);
        return -1;
      }
      case Op.UNPACK_SEQUENCE: { // (seq -- items reversed)
        const s = fast[sp - 1];
        f.sp = sp - 1;
        this.pushNative(vt, f, unpackGen(s, arg) as unknown as NativeGen, NK.UNPACK, 0);
        return -1;
      }
      case Op.GET_ITER: { // (iterable -- iterator)
        const o = fast[sp - 1];
        const it = getIterFast(o);
        if (it !== undefined) {
          fast[sp - 1] = it;
          return -1;
        }
        f.sp = sp - 1;
        this.pushNative(vt, f, getIterGen(o) as unknown as NativeGen, NK.PUSH, 0);
        return -1;
      }
      case Op.FOR_ITER: { // (iter -- iter, next) or (iter -- ) and jump
        const it = fast[sp - 1];
        if (it instanceof PyIterator) {
          const v = it.next();
          if (v === undefined) {
            fast[--sp] = undefined as unknown as PyObject;
            f.sp = sp;
            f.pc = arg;
            return -1;
          }
          if (v !== ITER_SLOW) {
            fast[sp++] = v;
            break;
          }
        } else if (it instanceof PyGenerator && it.type === generatorType) {
          const nf = this.resumeGenerator(vt, f, it, None, null, Resume.ITER, arg);
          if (nf === null) {
            // finished generator: exhausted
            if (this.pendingExc !== null) {
              const e = this.pendingExc;
              this.pendingExc = null;
              throw e;
            }
            fast[--sp] = undefined as unknown as PyObject;
            f.sp = sp;
            f.pc = arg;
          }
          return -1;
        }
        this.pushNative(vt, f, iterNextGen(it) as unknown as NativeGen, NK.FORITER, arg);
        return -1;
      }
      case Op.POP_JUMP_FORWARD_IF_FALSE:
      case Op.POP_JUMP_BACKWARD_IF_FALSE:
      case Op.POP_JUMP_FORWARD_IF_TRUE:
      case Op.POP_JUMP_BACKWARD_IF_TRUE: { // (x -- )
        const v = fast[--sp];
        fast[sp] = undefined as unknown as PyObject;
        f.sp = sp;
        const jumpOn = op === Op.POP_JUMP_FORWARD_IF_TRUE || op === Op.POP_JUMP_BACKWARD_IF_TRUE;
        const r = v === true || v === false ? v : truthy(v);
        if (r === undefined) {
          this.pushNative(vt, f, truthGen(v), jumpOn ? NK.JUMP_IF_TRUE : NK.JUMP_IF_FALSE, arg);
          return -1;
        }
        if (r === jumpOn) {
          f.pc = arg;
          if (op === Op.POP_JUMP_BACKWARD_IF_FALSE || op === Op.POP_JUMP_BACKWARD_IF_TRUE) { // a switch point
            if (t.asyncExc !== null) {
              const e = t.asyncExc;
              t.asyncExc = null;
              throw e;
            }
            if (t.ticks >= limit) return StepResult.Yield;
          }
        }
        return -1;
      }
      case Op.JUMP_IF_FALSE_OR_POP:
      case Op.JUMP_IF_TRUE_OR_POP: {
        const v = fast[sp - 1];
        const jumpOn = op === Op.JUMP_IF_TRUE_OR_POP;
        const r = v === true || v === false ? v : truthy(v);
        if (r === undefined) {
          f.sp = sp - 1;
          this.pushNative(vt, f, truthGen(v), jumpOn ? NK.TRUE_OR_POP : NK.FALSE_OR_POP, arg);
          return -1;
        }
        if (r === jumpOn) f.pc = arg;
        else fast[--sp] = undefined as unknown as PyObject;
        break;
      }
      case Op.CALL: { // (NULL|meth, callable|self, args -- result)
        let callable = fast[sp - arg - 2];
        let argBase: number;
        if (callable === null) {
          callable = fast[sp - arg - 1];
          argBase = sp - arg;
        } else argBase = sp - arg - 1;
        const kwn = f.kwnames;
        f.kwnames = null;
        if (kwn === null && (callable instanceof PyBuiltin || callable instanceof PyMethodDescr || callable instanceof PyType) && callable.fast !== null) {
          // len(x), isinstance(x, C), l.append(v), d.get(k), str(i) …: answered from the stack (runtime/fast-calls.ts)
          const r = callable.fast(fast, argBase, sp - argBase);
          if (r !== undefined) {
            const resBase = sp - arg - 2;
            for (let i = resBase + 1; i < sp; i++) fast[i] = undefined as unknown as PyObject;
            fast[resBase] = r;
            f.sp = resBase + 1;
            return t.ticks >= limit ? StepResult.Yield : -1;
          }
        }
        this.callSlow(vt, f, callable, argBase, sp - arg - 2, kwn);
        // after a call: a switch point
        return vt.frame === f && t.ticks >= limit ? StepResult.Yield : -1;
      }
      case Op.RETURN_VALUE: { // (x -- )
        const v = fast[--sp];
        fast[sp] = undefined as unknown as PyObject;
        f.sp = sp;
        return this.returnSlow(vt, f, v);
      }
      case Op.YIELD_VALUE: { // (x -- sent)
        const v = fast[--sp];
        fast[sp] = undefined as unknown as PyObject;
        f.sp = sp;
        const gen = f.genObj!;
        gen.running = false;
        // the generator's handled exception leaves with it (CPython swaps gi_exc_state)
        gen.excState = vt.excInfo === gen.outerExc ? None : vt.excInfo;
        vt.excInfo = gen.outerExc;
        const back = f.back!;
        f.back = null;
        vt.depth--;
        vt.frame = back;
        if (back.gen !== null) this.sendValue = v;
        else back.fast[back.sp++] = v;
        return -1;
      }
      default:
        this.coldOp(vt, f, op, arg);
        return -1;
    }
    f.sp = sp;
    return -1;
  }

  /**
   * Unwinds exception `exc` raised in Python frame f at f.pc-1 (or, when fromNative, by the native frame
   * in vt.frame): to the innermost handler, or out of frames until one handles it. Returns -1 to go on
   * with vt.frame (a Python frame at its handler, or a native frame the exception is thrown into), or
   * StepResult.Done when it escaped the bottom frame (vt.error).
   */
  private unwind(vt: VMThread, f: Frame, exc: PyBaseException, fromNative: boolean): number {
    if (fromNative) {
      // raised in driveNative: by the native frame on top, or by a delivery into the Python frame below
      f = vt.frame!;
      if (f.gen === null) {
        fromNative = false;
        this.reraise = false;
      }
    }
    if (fromNative) {
      // the native frame f died with this exception: continue in the frame below
      const back = f.back;
      vt.frame = back;
      if (back === null) {
        vt.error = exc;
        return StepResult.Done;
      }
      f = back;
      if (f.gen !== null) {
        this.throwValue = exc;
        return -1;
      }
      this.reraise = false;
    }
    let pc = f.pc;
    let sp = f.sp;
    // Python frame f raised at instruction pc-1
    for (;;) {
      const code = f.code!;
      const lasti = pc - 1;
      if (!this.reraise) {
        // a fresh exception (no traceback yet) gets the handled exception as __context__
        if (exc.traceback === None) setContext(exc, vt.excInfo);
        addTraceback(exc, f, lasti);
        if (VT.tracedThreads !== 0) VT.noteException(vt, f, exc, lasti);
      }
      this.reraise = false;
      const hi = lasti >= 0 && lasti < code.handlers.length ? code.handlers[lasti] : -1;
      if (hi >= 0) {
        const h = code.excTable[hi];
        const fast = f.fast;
        for (let i = code.nlocalsplus + h.depth; i < sp; i++) fast[i] = undefined as unknown as PyObject;
        sp = code.nlocalsplus + h.depth;
        if (h.lasti) fast[sp++] = lasti;
        fast[sp++] = exc;
        f.sp = sp;
        f.pc = h.target;
        vt.frame = f;
        return -1;
      }
      // no handler: the frame ends with the exception
      vt.depth--;
      const gen = f.genObj;
      if (gen !== null) {
        gen.frame = null;
        gen.running = false;
        vt.excInfo = gen.outerExc;
        exc = V.genExitException(exc, gen);
      }
      const back = f.back;
      f.back = null;
      vt.frame = back;
      if (back === null) {
        vt.error = exc;
        return StepResult.Done;
      }
      f = back;
      if (f.gen !== null) {
        this.throwValue = exc;
        return -1;
      }
      pc = f.pc;
      sp = f.sp;
    }
  }

  /**
   * CALL for everything but the Python-function fast path: builtins run here, anything else goes through
   * callObject. The arguments are fast[argBase..f.sp) (keywords last, named by kwn); the result replaces
   * fast[resBase..] or a pushed frame (vt.frame !== f) delivers it later.
   */
  private callSlow(vt: VMThread, f: Frame, callable: PyObject, argBase: number, resBase: number, kwn: string[] | null): void {
    const fast = f.fast;
    const sp = f.sp;
    if (kwn === null && callable instanceof PyType && callable.type === typeType && callable.flags & TypeFlag.Heap) {
      // C(args) for a class with object.__new__ and a plain Python __init__: the arguments go straight into
      // __init__'s locals (callObject does the same with more copying)
      const init = plainInit(callable);
      if (init !== null) {
        const icode = init.code;
        const nargs = sp - argBase;
        if (icode.simpleArgs && icode.argcount === nargs + 1 && !(icode.flags & (CO.GENERATOR | CO.COROUTINE | CO.ASYNC_GENERATOR))) {
          const nfast: PyObject[] = new Array(icode.nlocalsplus + icode.stacksize);
          for (let i = 0; i < nargs; i++) nfast[i + 1] = fast[argBase + i];
          for (let i = resBase; i < sp; i++) fast[i] = undefined as unknown as PyObject;
          f.sp = resBase;
          const obj = callable.solidBase === objectType ? new PyInstance(callable) : instantiate(callable);
          nfast[0] = obj;
          this.checkDepth(vt, true);
          const nf = this.funcFrame(init, nfast, f);
          nf.resume = Resume.INIT;
          nf.initSelf = obj;
          vt.depth++;
          vt.frame = nf;
          return;
        }
      }
    }
    const args = fast.slice(argBase, kwn === null ? sp : sp - kwn.length);
    const kwv = kwn === null ? null : fast.slice(sp - kwn.length, sp);
    for (let i = resBase; i < sp; i++) fast[i] = undefined as unknown as PyObject;
    f.sp = resBase;
    let r: PyObject;
    if (kwn === null && args.length === 1 && callable === strType && (typeof args[0] === "number" || typeof args[0] === "string")) {
      // str(5), str("s"): no type-call machinery for the commonest conversion
      r = typeof args[0] === "number" ? String(args[0]) : args[0];
    } else if (kwn === null && callable instanceof PyMethodDescr && callable === dictGetDescrOf() && (args.length === 2 || args.length === 3) && args[0] instanceof PyDict && args[0].buckets === null && normKey(args[1]) !== NEEDS_PY) {
      // d.get(k[, default]) with a key that needs no Python __hash__/__eq__
      const v = args[0].map.get(normKey(args[1]));
      r = v !== undefined ? v : args.length === 3 ? args[2] : None;
    } else if (callable === superType && kwn === null && args.length === 0) {
      // zero-argument super(): super's own __new__ does everything type.__call__ would (builtin, unchangeable)
      r = ((superType.dict.get("__new__") as PyBuiltin).fn as NativeFn)([superType], null);
    } else if (callable instanceof PyBuiltin && !callable.isGen) {
      r = (callable.fn as NativeFn)(callable.bound ? prependArg(callable.self!, args) : args, kwn === null ? null : V.kwMap(kwn, kwv!));
    } else if (callable instanceof PyMethodDescr && !callable.isGen && args.length > 0 && typeOf(args[0]).isSubtypeOf(callable.owner)) {
      r = (callable.fn as NativeFn)(args, kwn === null ? null : V.kwMap(kwn, kwv!));
    } else {
      const nf = this.callObject(vt, f, callable, args, kwn, kwv);
      if (nf !== null) return;
      r = this.lastGen!;
      this.lastGen = null;
    }
    fast[f.sp++] = r;
  }

  /**
   * RETURN_VALUE of frame f other than a plain call returning to a Python caller: returns -1 to go on with
   * vt.frame, or StepResult.Done when f was the bottom frame. An error for the caller (__init__ returning
   * a value) is left in pendingExc so that it is raised in the caller's frame.
   */
  private returnSlow(vt: VMThread, f: Frame, v: PyObject): number {
    if (VT.tracedThreads !== 0) VT.noteReturn(vt, f, v);
    const back = f.back;
    const kind = f.resume, target = f.resumeTarget;
    const initSelf = f.initSelf;
    vt.depth--;
    if (f.genObj !== null) {
      f.genObj.frame = null;
      f.genObj.running = false;
      vt.excInfo = f.genObj.outerExc;
    }
    vt.frame = back;
    if (back === null) {
      vt.result = v;
      return StepResult.Done;
    }
    f.back = null;
    if (back.gen !== null) {
      if (kind === Resume.NATIVE) this.throwValue = V.stopIterationFor(v);
      else if (kind === Resume.INIT) {
        if (v !== None) this.throwValue = typeError(`__init__() should return None, not '${typeName(v)}'`);
        else this.sendValue = initSelf!;
      } else this.sendValue = v;
      return -1;
    }
    if (kind === Resume.CALL) {
      back.fast[back.sp++] = v;
    } else if (kind === Resume.INIT && v !== None) {
      this.pendingExc = typeError(`__init__() should return None, not '${typeName(v)}'`);
    } else {
      this.deliver(back, kind === Resume.INIT ? Resume.CALL : kind, target, kind === Resume.INIT ? initSelf! : v);
    }
    return -1;
  }

  /**
   * The opcodes a hot loop rarely runs (deletes, imports, async, exceptions, building sets …), out of run()
   * so the dispatch loop stays small: V8 optimizes a function sooner and recompiles it faster the smaller
   * it is, and a first-time path here cannot deoptimize run(). Works on f's saved sp/pc; a pushed frame
   * shows as vt.frame !== f.
   */
  private coldOp(vt: VMThread, f: Frame, op: Op, arg: number): void {
    const fast = f.fast;
    const code = f.code!;
    const names = code.names;
    const globals = f.globals;
    let sp = f.sp;
    let pc = f.pc;
    switch (op) {
      case Op.DELETE_FAST:
        if (fast[arg] === undefined) throw V.unboundLocal(code, arg);
        fast[arg] = undefined as unknown as PyObject;
        break;
      case Op.DELETE_GLOBAL:
        if (!globals.delete(names[arg])) throw V.nameNotDefined(names[arg], null, null);
        break;
      case Op.DELETE_NAME:
        if (!f.locals!.delete(names[arg])) throw V.nameNotDefined(names[arg], null, null);
        break;
      case Op.LOAD_CLASSDEREF: {
        const name = code.localsplusnames[arg];
        let v = f.locals!.get(name);
        if (v === undefined) {
          v = (fast[arg] as PyCell).value;
          if (v === undefined) throw V.unboundDeref(code, arg);
        }
        fast[sp++] = v;
        break;
      }
      case Op.DELETE_DEREF: {
        const c = fast[arg] as PyCell;
        if (c.value === undefined) throw V.unboundDeref(code, arg);
        c.value = undefined;
        break;
      }

      case Op.DELETE_SUBSCR: { // (container, key -- )
        const k = fast[sp - 1], o = fast[sp - 2];
        sp -= 2;
        if (setItemFast(o, k, undefined)) break;
        f.sp = sp;
        f.pc = pc;
        this.pushNative(vt, f, setItemGen(o, k, undefined) as unknown as NativeGen, NK.DISCARD, 0);
        return;
      }
      case Op.DELETE_ATTR: { // (obj -- )
        const o = fast[--sp];
        if (setAttr(o, names[arg], undefined)) break;
        f.sp = sp;
        f.pc = pc;
        this.pushNative(vt, f, setAttrGen(o, names[arg], undefined) as unknown as NativeGen, NK.DISCARD, 0);
        return;
      }

      case Op.BUILD_SET: {
        const items = fast.slice(sp - arg, sp);
        sp -= arg;
        const s = new PySet();
        fast[sp++] = s;
        if (!V.setAddAllFast(s, items)) {
          f.sp = sp - 1;
          f.pc = pc;
          this.pushNative(vt, f, V.setAddAllGen(s, items), NK.PUSH, 0);
          return;
        }
        break;
      }
      case Op.BUILD_CONST_KEY_MAP: { // (values, keys -- dict)
        const keys = (fast[--sp] as PyTuple).items;
        const d = new PyDict();
        const base = sp - arg;
        for (let i = 0; i < arg; i++) {
          const k = keys[i];
          d.setNorm(normKey(k), k, fast[base + i]);
        }
        sp = base;
        fast[sp++] = d;
        break;
      }
      case Op.LIST_EXTEND: { // (list, …, iterable -- list, …)
        const it = fast[--sp];
        const l = fast[sp - arg] as PyList;
        if ((it instanceof PyList || it instanceof PyTuple) && !(it.type.flags & TypeFlag.Heap)) {
          for (const x of it.items) l.items.push(x);
          break;
        }
        f.sp = sp;
        f.pc = pc;
        this.pushNative(vt, f, V.listExtendGen(l, it), NK.DISCARD, 0);
        return;
      }
      case Op.SET_UPDATE: {
        const it = fast[--sp];
        const s = fast[sp - arg] as PySet;
        f.sp = sp;
        f.pc = pc;
        this.pushNative(vt, f, V.setUpdateGen(s, it), NK.DISCARD, 0);
        return;
      }
      case Op.DICT_UPDATE:
      case Op.DICT_MERGE: {
        const m = fast[--sp];
        const d = fast[sp - arg] as PyDict;
        // for f(**m) the function is below the NULL/func pair: name it in errors
        const fnObj = op === Op.DICT_MERGE ? fast[sp - arg - 2] : null;
        f.sp = sp;
        f.pc = pc;
        this.pushNative(vt, f, V.dictUpdateGen(d, m, op === Op.DICT_MERGE, fnObj), NK.DISCARD, 0);
        return;
      }
      case Op.UNPACK_EX: {
        const s = fast[--sp];
        f.sp = sp;
        f.pc = pc;
        this.pushNative(vt, f, unpackExGen(s, arg & 0xff, arg >> 8) as unknown as NativeGen, NK.UNPACK, 0);
        return;
      }

      case Op.GET_YIELD_FROM_ITER: {
        const o = fast[sp - 1];
        if (o instanceof PyGenerator) {
          if (o.type === coroutineType && !(code.flags & (CO.COROUTINE | CO.ITERABLE_COROUTINE))) {
            throw typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
          }
          break;
        }
        const it = getIterFast(o);
        if (it !== undefined) {
          fast[sp - 1] = it;
          break;
        }
        sp--;
        f.sp = sp;
        f.pc = pc;
        this.pushNative(vt, f, getIterGen(o) as unknown as NativeGen, NK.PUSH, 0);
        return;
      }
      case Op.CALL_FUNCTION_EX: { // (NULL, func, args[, kwargs] -- result)
        const kw = arg & 1 ? fast[--sp] as PyDict : null;
        const argsObj = fast[--sp];
        const callable = fast[--sp];
        sp--; // NULL
        f.sp = sp;
        f.pc = pc;
        this.pushNative(vt, f, V.callExGen(callable, argsObj, kw), NK.PUSH, 0);
        return;
      }
      case Op.MAKE_FUNCTION: { // (extras…, code -- function)
        const fcode = fast[--sp] as unknown as CodeObject;
        const fn = new PyFunction(fcode, globals, arg & 8 ? (fast[--sp] as PyTuple).items as PyCell[] : null);
        if (arg & 4) fn.annotations = V.annotationsDict(fast[--sp] as PyTuple);
        if (arg & 2) fn.kwdefaults = fast[--sp] as PyDict;
        if (arg & 1) fn.defaults = fast[--sp] as PyTuple;
        if (fcode.docstring !== null) fn.doc = fcode.docstring;
        fast[sp++] = fn;
        break;
      }
      case Op.SEND: { // (receiver, v -- receiver, yielded) or (result) and jump
        const v = fast[--sp];
        const recv = fast[sp - 1];
        f.sp = sp;
        f.pc = pc;
        if (recv instanceof PyGenerator) {
          const nf = this.resumeGenerator(vt, f, recv, v, null, Resume.SEND, arg);
          if (nf === null) {
            if (this.pendingExc !== null) {
              const e = this.pendingExc;
              this.pendingExc = null;
              throw e;
            }
            throw runtimeError("cannot reuse already awaited coroutine");
          }
          return;
        }
        this.pushNative(vt, f, V.sendGen(recv, v), NK.ITER_RESULT, arg);
        return;
      }
      case Op.GET_AWAITABLE: { // (x -- awaitable)
        const o = fast[sp - 1];
        if (o instanceof PyGenerator && o.type === coroutineType) {
          if (o.running || (o.frame !== null && (o.frame as Frame).back !== null)) throw runtimeError("coroutine is being awaited already");
          break;
        }
        sp--;
        f.sp = sp;
        f.pc = pc;
        this.pushNative(vt, f, V.getAwaitableGen(o, arg), NK.PUSH, 0);
        return;
      }
      case Op.GET_AITER: {
        const o = fast[--sp];
        f.sp = sp;
        f.pc = pc;
        this.pushNative(vt, f, V.getAIterGen(o), NK.PUSH, 0);
        return;
      }
      case Op.GET_ANEXT: {
        const o = fast[sp - 1];
        f.sp = sp;
        f.pc = pc;
        this.pushNative(vt, f, V.getANextGen(o), NK.PUSH, 0);
        return;
      }
      case Op.END_ASYNC_FOR: { // (aiter, exc -- )
        const e = fast[--sp];
        if (e instanceof PyBaseException && e.type.isSubtypeOf(StopAsyncIteration)) {
          sp--;
          vt.excInfo = None;
          break;
        }
        this.reraise = true;
        throw e;
      }
      case Op.ASYNC_GEN_WRAP: // (x -- wrapped)  see runtime/async-generator.ts
        fast[sp - 1] = new PyAsyncGenWrapped(fast[sp - 1]);
        break;
      case Op.RETURN_GENERATOR:
        break;

      case Op.RAISE_VARARGS: {
        let exc: PyObject;
        let cause: PyObject | undefined;
        if (arg === 0) {
          exc = vt.excInfo;
          if (exc === None) throw runtimeError("No active exception to reraise");
          this.reraise = true;
          throw exc;
        }
        if (arg === 2) cause = fast[--sp];
        exc = fast[--sp];
        f.sp = sp;
        f.pc = pc;
        this.pushNative(vt, f, V.raiseGen(exc, cause, vt.excInfo), NK.DISCARD, 0);
        return;
      }
      case Op.RERAISE: { // (exc -- )
        // CPython restores f_lasti from the stack for the frame's line; the handler search still
        // starts at this instruction (Python/ceval.c, exception_unwind uses next_instr)
        const e = fast[--sp];
        this.reraise = true;
        throw e;
      }
      case Op.PUSH_EXC_INFO: { // (exc -- prev, exc)
        const e = fast[sp - 1];
        fast[sp - 1] = vt.excInfo;
        fast[sp++] = e;
        vt.excInfo = e;
        break;
      }
      case Op.POP_EXCEPT: // (prev -- )
        vt.excInfo = fast[--sp];
        break;
      case Op.CHECK_EXC_MATCH: { // (exc, type -- exc, bool)
        const tp = fast[sp - 1];
        const e = fast[sp - 2];
        fast[sp - 1] = V.excMatches(e, tp);
        break;
      }
      case Op.CHECK_EG_MATCH:
      case Op.PREP_RERAISE_STAR:
        throw systemError("gilpy: except* is not supported");
      case Op.WITH_EXCEPT_START: { // (exit, lasti, prev, exc -- exit, lasti, prev, exc, res)
        const e = fast[sp - 1] as PyBaseException;
        const exit = fast[sp - 4];
        const a = [typeOf(e) as PyObject, e, e.traceback];
        f.sp = sp;
        f.pc = pc;
        const nf = this.callObject(vt, f, exit, a, null, null);
        if (nf === null) {
          fast[sp++] = this.lastGen!;
          this.lastGen = null;
          break;
        }
        return;
      }
      case Op.BEFORE_ASYNC_WITH: {
        const mgr = fast[--sp];
        f.sp = sp;
        f.pc = pc;
        this.pushNative(vt, f, V.beforeAsyncWithGen(mgr), NK.UNPACK, 0);
        return;
      }
      case Op.LOAD_ASSERTION_ERROR:
        fast[sp++] = AssertionError;
        break;

      case Op.LOAD_BUILD_CLASS: {
        const bc = f.builtins.get("__build_class__");
        fast[sp++] = bc ?? this.host.buildClass;
        break;
      }
      case Op.SETUP_ANNOTATIONS: {
        const ns = f.locals!;
        if (!ns.has("__annotations__")) ns.set("__annotations__", new PyDict());
        break;
      }
      case Op.PRINT_EXPR: {
        const v = fast[--sp];
        f.sp = sp;
        f.pc = pc;
        this.pushNative(vt, f, this.host.displayHook(v), NK.DISCARD, 0);
        return;
      }
      case Op.IMPORT_NAME: { // (level, fromlist -- module)
        const fromlist = fast[--sp];
        const level = fast[--sp] as number;
        f.sp = sp;
        f.pc = pc;
        this.pushNative(vt, f, this.host.importName(names[arg], fromlist, level, globals), NK.PUSH, 0);
        return;
      }
      case Op.IMPORT_FROM: { // (module -- module, attr)
        const m = fast[sp - 1];
        const name = names[arg];
        if (m instanceof PyModule) {
          const v = m.dict.get(name);
          if (v !== undefined) {
            fast[sp++] = v;
            break;
          }
        }
        f.sp = sp;
        f.pc = pc;
        this.pushNative(vt, f, this.host.importFrom(m, name), NK.PUSH, 0);
        return;
      }
      case Op.IMPORT_STAR: {
        const m = fast[--sp];
        f.sp = sp;
        f.pc = pc;
        this.pushNative(vt, f, this.host.importStar(m, f.locals!), NK.DISCARD, 0);
        return;
      }
      case Op.BEFORE_WITH: { // (mgr -- exit, enter())
        const mgr = fast[--sp];
        f.sp = sp;
        f.pc = pc;
        const mt = typeOf(mgr);
        const enter = mt.lookup("__enter__"), exit = mt.lookup("__exit__");
        if (enter instanceof PyFunction && exit instanceof PyFunction) {
          // a Python context manager: push the bound __exit__, then run __enter__ in a frame
          fast[sp++] = new PyMethod(exit, mgr);
          f.sp = sp;
          const nf = this.pushCallKw(vt, f, enter, [mgr], null, null, false);
          if (nf === null) {
            fast[sp++] = this.lastGen!;
            this.lastGen = null;
            break;
          }
          return;
        }
        if (enter instanceof PyMethodDescr && exit instanceof PyMethodDescr) {
          // a builtin one (locks): __enter__ usually finishes at once, without a native frame
          const g = enter.isGen ? (enter.fn as NativeGenFn)([mgr], null) : null;
          const r = g === null ? (enter.fn as NativeFn)([mgr], null) : g.next(None);
          fast[sp++] = bindMethodDescr(exit, mgr);
          if (g === null) {
            fast[sp++] = r as PyObject;
            break;
          }
          const ir = r as IteratorResult<unknown, PyObject>;
          if (ir.done) {
            fast[sp++] = ir.value;
            break;
          }
          f.sp = sp;
          this.pushNative(vt, f, g, NK.PUSH, 0);
          this.firstReq = ir.value;
          return;
        }
        this.pushNative(vt, f, V.beforeWithGen(mgr), NK.UNPACK, 0);
        return;
      }
      case Op.BUILD_SLICE: { // (start, stop[, step] -- slice)
        if (arg === 3) {
          const st = fast[--sp], b = fast[--sp], a = fast[--sp];
          fast[sp++] = new PySlice(a, b, st);
        } else {
          const b = fast[--sp], a = fast[--sp];
          fast[sp++] = new PySlice(a, b, None);
        }
        break;
      }

      case Op.BUILD_MAP: { // (k1, v1, … -- dict)
        const d = new PyDict();
        const base = sp - 2 * arg;
        let slow = false;
        for (let i = base; i < sp; i += 2) {
          const k = fast[i];
          const n = normKey(k);
          if (n === NEEDS_PY) {
            slow = true;
            break;
          }
          d.setNorm(n, k, fast[i + 1]);
        }
        const items = slow ? fast.slice(base, sp) : null;
        for (let i = base; i < sp; i++) fast[i] = undefined as unknown as PyObject;
        sp = base;
        if (slow) {
          f.sp = sp;
          f.pc = pc;
          this.pushNative(vt, f, V.dictFromPairsGen(items!), NK.PUSH, 0);
          return;
        }
        fast[sp++] = d;
        break;
      }
      default:
        throw systemError(`gilpy internal error: unknown opcode ${op}`);
    }
    f.sp = sp;
    f.pc = pc;
  }

  /**
   * Drives the native frames on top of vt's stack until a Python frame is on top (returns -1; vt.frame is
   * that frame, ready to run), the bottom frame finishes (Done) or a builtin parks the thread (Parked).
   * Kept out of run() so the dispatch loop stays small for the JIT. An exception escaping it belongs to
   * the native frame in vt.frame.
   */
  private driveNative(vt: VMThread, t: PyThreadState): number {
    let f = vt.frame!;
    for (;;) {
      vt.frame = f;
      const g = f.gen!;
      let r: IteratorResult<unknown, PyObject>;
      if (this.firstReq !== null) {
        // a generator started inline by callObject: its first request is already known
        r = { done: false, value: this.firstReq };
        this.firstReq = null;
      } else if (this.throwValue !== null) {
        const e = this.throwValue;
        this.throwValue = null;
        r = g.throw(e);
      } else {
        r = g.next(this.sendValue);
      }
      this.sendValue = None;
      if (r.done) {
        // the native frame finished: deliver to the frame below
        const v = r.value;
        const back = f.back;
        vt.frame = back;
        if (back === null) {
          vt.result = v;
          return StepResult.Done;
        }
        const kind = f.resume, target = f.resumeTarget;
        f = back;
        if (f.gen !== null) {
          this.sendValue = v;
          continue;
        }
        vt.frame = f;
        this.deliver(f, kind, target, v);
        return -1;
      }
      const req = r.value;
      if (req instanceof CallRequest) {
        const c = req.callable;
        if (c instanceof PyFunction) {
          // a builtin called from Python that calls back into Python is CPython's "while calling a
          // Python object" case; implicit slots (attribute hooks, operators) say nothing more
          let nf: Frame | null;
          try {
            nf = this.pushCall(vt, f, c, req.args, req.kwargs, f.lineno === 1);
          } catch (e) {
            // arguments that do not bind: the asking builtin gets the TypeError (its try/finally runs)
            if (!(e instanceof PyBaseException)) throw e;
            this.throwValue = e;
            continue;
          }
          if (nf === null) {
            // generator function: the result is already known
            this.sendValue = this.lastGen!;
            this.lastGen = null;
            continue;
          }
          return -1;
        }
        if (c instanceof PyBuiltin && !c.isGen) {
          try {
            this.sendValue = (c.fn as NativeFn)(c.bound ? prependArg(c.self!, req.args) : req.args, req.kwargs);
          } catch (e) {
            if (!(e instanceof PyBaseException)) throw e;
            this.throwValue = e;
          }
          continue;
        }
        // anything else: drive callGen as a nested native frame
        const nf = new Frame(null, EMPTY, 0, f.globals, this.host.builtins, null, null);
        nf.gen = callGen(c, req.args, req.kwargs);
        nf.back = f;
        nf.resume = Resume.CALL;
        vt.frame = nf;
        f = nf;
        continue;
      }
      if (req instanceof GenResumeRequest) {
        let nf: Frame | null;
        try {
          nf = this.resumeGenerator(vt, f, req.gen, req.value, req.exc, Resume.NATIVE, 0);
        } catch (e) {
          // a finished or running generator: the asking builtin gets the exception
          this.throwValue = e as PyObject;
          continue;
        }
        if (nf !== null) {
          return -1;
        }
        this.throwValue = this.pendingExc ?? newException(StopIteration);
        this.pendingExc = null;
        continue;
      }
      if (req instanceof ExecRequest) {
        const code2 = req.code;
        const fast2: PyObject[] = new Array(code2.nlocalsplus + code2.stacksize);
        if (req.closure !== null) {
          const nfree = req.closure.length;
          for (let i = 0; i < nfree; i++) fast2[code2.nlocalsplus - nfree + i] = req.closure[i];
        }
        const nf = new Frame(code2, fast2, code2.nlocalsplus, req.globals, this.host.builtins, req.locals, null);
        nf.back = f;
        nf.resume = Resume.CALL;
        this.checkDepth(vt, true);
        vt.depth++;
        vt.frame = nf;
        return -1;
      }
      if (req instanceof ParkRequest) {
        t.parkRequest = req;
        vt.frame = f;
        return StepResult.Parked;
      }
      throw systemError(`gilpy internal error: unknown request from a builtin: ${String(req)}`);
    }
  }

  /** Set when the exception being handled was re-raised (no new traceback entry for this frame). */
  private reraise = false;
  /** Set by pushCall/callObject when the call completed without a frame (generator functions, builtins). */
  private lastGen: PyObject | null = null;
  /** What to send into (or throw into) the native frame on top when it is resumed. */
  private sendValue: PyObject = None;
  private throwValue: PyObject | null = null;
  /** The first request of a native generator started inline (callObject); the native loop handles it next. */
  private firstReq: unknown = null;
  /** An exception resumeGenerator could not raise in place (finished generator thrown into). */
  private pendingExc: PyObject | null = null;

  private checkDepth(vt: VMThread, fromNative: boolean): void {
    if (vt.depth >= this.recursionLimit) throw V.recursion(fromNative);
  }

  /**
   * Calls a Python function from frame `back`: returns the new frame (already on the stack), or null when
   * the call completed at once (a generator function: the object is in lastGen).
   */
  pushCall(vt: VMThread, back: Frame, fn: PyFunction, args: PyObject[], kwargs: KwArgs | null, fromNative: boolean): Frame | null {
    const [kn, kv] = splitKwargs(kwargs);
    return this.pushCallKw(vt, back, fn, args, kn, kv, fromNative);
  }

  private pushCallKw(vt: VMThread, back: Frame, fn: PyFunction, args: PyObject[], kn: string[] | null, kv: PyObject[] | null, fromNative: boolean): Frame | null {
    const code = fn.code;
    let fast: PyObject[];
    if (kn === null && code.simpleArgs && args.length === code.argcount) {
      // positional arguments only, no defaults needed: they are the first locals
      fast = new Array(code.nlocalsplus + code.stacksize);
      for (let i = 0; i < args.length; i++) fast[i] = args[i];
    } else fast = bindArgs(fn, args, kn, kv);
    if (code.flags & (CO.GENERATOR | CO.COROUTINE | CO.ASYNC_GENERATOR)) {
      this.lastGen = this.makeGenerator(fn, fast, back.builtins);
      return null;
    }
    this.checkDepth(vt, fromNative);
    const nf = this.funcFrame(fn, fast, back);
    vt.depth++;
    vt.frame = nf;
    return nf;
  }

  /** Any call from a Python frame that is not the inline fast path. Returns the frame to run, or null. */
  private callObject(vt: VMThread, f: Frame, c: PyObject, args: PyObject[], kn: string[] | null, kv: PyObject[] | null): Frame | null {
    if (c instanceof PyFunction) return this.pushCallKw(vt, f, c, args, kn, kv, false);
    if (c instanceof PyMethod && c.func instanceof PyFunction) {
      return this.pushCallKw(vt, f, c.func, prependArg(c.self, args), kn, kv, false);
    }
    if (c instanceof PyType && c.type === typeType && kn === null) {
      // fast instance creation: object.__new__ and a Python __init__
      const init = c.lookup("__init__");
      if (init instanceof PyFunction && c.lookup("__new__") === objectType.dict.get("__new__") && c.flags & TypeFlag.Heap) {
        const obj = instantiate(c);
        const nf = this.pushCallKw(vt, f, init, prependArg(obj, args), null, null, true);
        if (nf === null) {
          throw typeError(`__init__() should return None, not '${typeName(this.lastGen!)}'`);
        }
        nf.resume = Resume.INIT;
        nf.initSelf = obj;
        return nf;
      }
    }
    const kw = kn === null ? null : V.kwMap(kn, kv!);
    let g: NativeGen;
    if (c instanceof PyBuiltin) {
      const a = c.bound ? prependArg(c.self!, args) : args;
      if (!c.isGen) {
        this.lastGen = (c.fn as NativeFn)(a, kw);
        return null;
      }
      g = (c.fn as NativeGenFn)(a, kw);
    } else if (c instanceof PyMethodDescr && args.length > 0 && typeOf(args[0]).isSubtypeOf(c.owner)) {
      if (!c.isGen) {
        this.lastGen = (c.fn as NativeFn)(args, kw);
        return null;
      }
      g = (c.fn as NativeGenFn)(args, kw);
    } else {
      g = callGen(c, args, kw);
    }
    // Most resumable builtins finish without asking anything (an uncontended lock, str(5)): run the
    // generator once here and make a native frame only when it really yields a request.
    const r = g.next(None);
    if (r.done) {
      this.lastGen = r.value;
      return null;
    }
    const nf = this.pushNative(vt, f, g, NK.PUSH, 0);
    nf.lineno = 1;
    this.firstReq = r.value;
    return nf;
  }

  /** Puts a native frame driving `g` on top of `f`; its result is delivered to f according to `kind`. */
  private pushNative(vt: VMThread, f: Frame, g: NativeGen, kind: number, target: number): Frame {
    const nf = new Frame(null, EMPTY, 0, f.globals, f.builtins, null, null);
    nf.gen = g;
    nf.back = f;
    nf.resume = kind as Resume;
    nf.resumeTarget = target;
    vt.frame = nf;
    return nf;
  }

  /**
   * Resumes generator `gen` on top of `back` with `value` (or throwing `exc` in it). Returns the frame to
   * run, or null when the generator had already finished (then pendingExc holds what to raise, or nothing
   * for an exhausted generator driven by FOR_ITER).
   */
  private resumeGenerator(vt: VMThread, back: Frame, gen: PyGenerator, value: PyObject, exc: PyObject | null, kind: Resume, target: number): Frame | null {
    if (gen.running) throw newException(V.ValueErrorT, `${gen.type === coroutineType ? "coroutine" : "generator"} already executing`);
    const gf = gen.frame as Frame | null;
    if (gf === null) {
      // CPython 3.11 gen_send_ex2: a finished coroutine always refuses (close() never gets here)
      if (gen.type === coroutineType) this.pendingExc = runtimeError("cannot reuse already awaited coroutine");
      else if (exc !== null) this.pendingExc = exc;
      else if (kind === Resume.NATIVE) this.pendingExc = newException(StopIteration);
      if (kind === Resume.NATIVE && this.pendingExc !== null) {
        // raised into the native frame that asked
        const e = this.pendingExc;
        this.pendingExc = null;
        throw e;
      }
      return null;
    }
    this.checkDepth(vt, false);
    gf.back = back;
    gf.resume = kind;
    gf.resumeTarget = target;
    gen.running = true;
    gen.outerExc = vt.excInfo;
    if (gen.excState !== None) vt.excInfo = gen.excState;
    vt.depth++;
    vt.frame = gf;
    if (exc !== null) {
      if (gf.pc === 0) {
        // never started: the exception is raised at the def line and the generator ends
        gf.pc = 1;
      } else {
        // CPython 3.11 gen_throw (Objects/genobject.c): a frame suspended in a `yield from`/`await` loop (its
        // next instruction is RESUME 2/3, the delegate on top of its stack) passes the exception on to the
        // delegate; gf stands at its YIELD_VALUE as if SEND had run, so a yield, return or error of the
        // delegate reaches gf the usual way.
        const instrs = gf.code!.code;
        const at = gf.pc;
        const yf = gf.fast[gf.sp - 1];
        if (instrs[at << 1] === Op.RESUME && instrs[(at << 1) + 1] >= 2 && yf instanceof PyGenerator && !yf.running) {
          gf.pc = at - 1;
          const nf = this.resumeGenerator(vt, gf, yf, None, exc, Resume.SEND, instrs[((at - 2) << 1) + 1]);
          if (nf !== null) return nf;
          vt.frame = gf;
          if (this.pendingExc === null) this.pendingExc = exc;
          return gf;
        }
        if (instrs[at << 1] === Op.RESUME && instrs[(at << 1) + 1] >= 2 && yf !== undefined && !(yf instanceof PyGenerator) &&
            !(exc instanceof PyBaseException && exc.type.isSubtypeOf(GeneratorExit))) {
          // another delegate (an __anext__() awaitable, a user iterator) gets it through its throw(): gf
          // re-runs its SEND with a marker that V.sendGen turns into that call
          gf.pc = at - 2;
          gf.fast[gf.sp++] = new PyThrowMarker(exc);
          return gf;
        }
      }
      this.pendingExc = exc;
      return gf;
    }
    if (gf.pc > 0) gf.fast[gf.sp++] = value;
    return gf;
  }

  /** Applies a finished child's result to the Python frame `f` (hoisted state lives in f). */
  private deliver(f: Frame, kind: number, target: number, v: PyObject): void {
    const fast = f.fast;
    switch (kind) {
      case Resume.CALL:
      case NK.PUSH:
        fast[f.sp++] = v;
        return;
      case NK.DISCARD:
        return;
      case Resume.INIT:
        if (v !== None) throw typeError(`__init__() should return None, not '${typeName(v)}'`);
        return;
      case Resume.ITER:
        // generator returned while driven by FOR_ITER: exhausted
        fast[--f.sp] = undefined as unknown as PyObject;
        f.pc = target;
        return;
      case Resume.SEND:
        fast[f.sp - 1] = v;
        f.pc = target;
        return;
      case NK.FORITER:
        if (v === undefined) {
          fast[--f.sp] = undefined as unknown as PyObject;
          f.pc = target;
        } else fast[f.sp++] = v;
        return;
      case NK.JUMP_IF_TRUE:
        if (v) f.pc = target;
        return;
      case NK.JUMP_IF_FALSE:
        if (!v) f.pc = target;
        return;
      case NK.TRUE_OR_POP:
        if (v) f.pc = target;
        else fast[--f.sp] = undefined as unknown as PyObject;
        return;
      case NK.FALSE_OR_POP:
        if (!v) f.pc = target;
        else fast[--f.sp] = undefined as unknown as PyObject;
        return;
      case NK.NOT:
        fast[f.sp++] = !v;
        return;
      case NK.BOOL:
        fast[f.sp++] = !!v;
        return;
      case NK.NOTBOOL:
        fast[f.sp++] = !v;
        return;
      case NK.UNPACK: {
        const items = v as unknown as PyObject[];
        for (let i = items.length - 1; i >= 0; i--) fast[f.sp++] = items[i];
        return;
      }
      case NK.ITER_RESULT: {
        // SEND through a non-generator: [done, value]
        const r = v as unknown as [boolean, PyObject];
        if (r[0]) {
          fast[f.sp - 1] = r[1];
          f.pc = target;
        } else fast[f.sp++] = r[1];
        return;
      }
    }
    throw systemError(`gilpy internal error: bad delivery kind ${kind}`);
  }
}

/** Fixes up INIT deliveries: the caller receives the instance, not __init__'s None. */
const EMPTY: PyObject[] = [];
/** dict.get as found on the type (methods are installed when the runtime loads, before any call). */
let dictGetDescrCache: PyObject | undefined;
function dictGetDescrOf(): PyObject | undefined {
  return (dictGetDescrCache ??= dictType.dict.get("get"));
}

function prependArg(self: PyObject, args: PyObject[]): PyObject[] {
  const a = new Array<PyObject>(args.length + 1);
  a[0] = self;
  for (let i = 0; i < args.length; i++) a[i + 1] = args[i];
  return a;
}

/** Any thrown value as a Python exception; a JS error is a gilpy bug reported as SystemError. */
export function toPyException(e: unknown): PyBaseException {
  if (e instanceof PyBaseException) return e;
  if (e instanceof AlgoError) return fromAlgoError(e);
  if (e instanceof RangeError && /call stack/i.test(e.message)) {
    return recursionError("maximum recursion depth exceeded");
  }
  const msg = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  const ex = systemError(`gilpy internal error: ${msg}`);
  if (e instanceof Error && e.stack && typeof process !== "undefined" && process.env && process.env.GILPY_DEBUG) {
    console.error(e.stack);
  }
  return ex;
}

export { NotImplemented, PyObj, BaseException, nameError, NameError, UnboundLocalError, isException, GeneratorExit, FastKind, toArrayGen, strGen, reprGen, strFast, noAttribute, newTuple };
