// compiler-unit.ts — one code object under construction: instruction emission with positions and
// exception handlers, labels, constant/name tables, and assembly (jump resolution, stack depth by flow
// analysis, the exception table), as CPython 3.11's Python/compile.c assembler does.
import type * as A from "./ast.js";
import { Op, isJump, CO, FastKind } from "./opcodes.js";
import { CodeObject, ExcEntry } from "./code.js";
import type { Scope } from "./symtable.js";
import { PyObject, PyFloat, PyTuple, PyComplex, None, PyObj } from "../runtime/object.js";

/** An exception handler region: instructions emitted while it is pushed jump to `label` when they raise. */
export class Handler {
  constructor(
    readonly label: number,
    /** Index of the first protected instruction: the handler's stack depth is the depth there + extra. */
    readonly setupIndex: number,
    readonly extra: number,
    readonly lasti: boolean,
  ) {}
}

/** A frame block the compiler must unwind for return/break/continue (CPython's fblockinfo). */
export interface FBlock {
  kind: "while" | "for" | "try_except" | "finally_try" | "finally_end" | "with" | "async_with" | "handler_cleanup"
    | "pop_value" | "exception_handler" | "async_for";
  /** Loops: continue target; try/finally: the finally body. */
  label: number;
  exit: number;
  datum: unknown;
}

const NO_POS: A.Pos = { lineno: -1, col_offset: -1, end_lineno: -1, end_col_offset: -1 };

export class Unit {
  ops: number[] = [];
  args: number[] = [];
  pos: number[] = [];
  handlerOf: (Handler | null)[] = [];
  /** Label id → instruction index (-1 until placed). */
  labels: number[] = [];
  consts: (PyObject | CodeObject)[] = [];
  private constIdx = new Map<string, number>();
  names: string[] = [];
  private nameIdx = new Map<string, number>();
  fast = new Map<string, number>();
  localsplusnames: string[] = [];
  localspluskinds: number[] = [];
  handlers: Handler[] = [];
  fblocks: FBlock[] = [];
  loc: A.Pos = NO_POS;
  /** Caret anchors of BinOp/Subscript instructions (instruction → [left, right] columns). */
  anchors = new Map<number, number[]>();
  anchorFor: number[] | null = null;
  flags = 0;
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  nfree = 0;

  constructor(
    readonly scope: Scope,
    readonly name: string,
    readonly qualname: string,
    readonly firstlineno: number,
  ) {}

  emit(op: Op, arg = 0): number {
    const i = this.ops.length;
    this.ops.push(op);
    this.args.push(arg);
    const l = this.loc;
    this.pos.push(l.lineno, l.end_lineno, l.col_offset, l.end_col_offset);
    this.handlerOf.push(this.handlers.length ? this.handlers[this.handlers.length - 1] : null);
    if (this.anchorFor !== null) this.anchors.set(i, this.anchorFor);
    return i;
  }

  newLabel(): number {
    this.labels.push(-1);
    return this.labels.length - 1;
  }

  place(label: number): void {
    this.labels[label] = this.ops.length;
  }

  jump(op: Op, label: number): void {
    this.emit(op, label);
  }

  pushHandler(label: number, extra = 0, lasti = false): Handler {
    const h = new Handler(label, this.ops.length, extra, lasti);
    this.handlers.push(h);
    return h;
  }

  popHandler(): void {
    this.handlers.pop();
  }

  /** Index of a constant, sharing equal immutable constants as CPython does. */
  constIndex(v: PyObject | CodeObject): number {
    const key = constKey(v);
    if (key !== null) {
      const i = this.constIdx.get(key);
      if (i !== undefined) return i;
      this.constIdx.set(key, this.consts.length);
    }
    this.consts.push(v);
    return this.consts.length - 1;
  }

  nameIndex(n: string): number {
    let i = this.nameIdx.get(n);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(n);
      this.nameIdx.set(n, i);
    }
    return i;
  }

  addFast(name: string, kind: number): number {
    const i = this.localsplusnames.length;
    this.localsplusnames.push(name);
    this.localspluskinds.push(kind);
    this.fast.set(name, i);
    return i;
  }

  /** Resolves labels, computes the stack size and exception table, and builds the CodeObject. */
  assemble(filename: string, sourceLines: string[]): CodeObject {
    const n = this.ops.length;
    const ops = this.ops, args = this.args;
    for (let i = 0; i < n; i++) {
      const op = ops[i] as Op;
      if (!isJump(op)) continue;
      const t = this.labels[args[i]];
      if (t < 0) throw new Error(`gilpy compiler: unplaced label in ${this.qualname}`);
      args[i] = t;
      const back = t <= i;
      ops[i] = retarget(op, back);
    }
    // handler depths need the stack depth at each handler's setup point: flow analysis first
    const depthAt = new Int32Array(n + 1).fill(-1);
    let maxDepth = 0;
    const work: number[] = [];
    const visit = (i: number, d: number) => {
      if (i > n) return;
      if (depthAt[i] < 0) {
        depthAt[i] = d;
        work.push(i);
      } else if (depthAt[i] < d) {
        depthAt[i] = d; // cannot happen in well-formed code; keep the maximum to stay safe
        work.push(i);
      }
      if (d > maxDepth) maxDepth = d;
    };
    const hDepth = (h: Handler) => Math.max(0, (depthAt[h.setupIndex] < 0 ? 0 : depthAt[h.setupIndex]) + h.extra);
    if (n > 0) visit(0, 0);
    while (work.length) {
      const i = work.pop()!;
      if (i >= n) continue;
      const d = depthAt[i];
      const op = ops[i] as Op, arg = args[i];
      const h = this.handlerOf[i];
      if (h !== null) {
        // make sure the setup point is known (it precedes the region)
        if (depthAt[h.setupIndex] < 0 && h.setupIndex <= i) depthAt[h.setupIndex] = d;
        visit(this.labels[h.label], hDepth(h) + (h.lasti ? 1 : 0) + 1);
      }
      const fall = d + stackEffect(op, arg, false);
      if (fall > maxDepth) maxDepth = fall;
      if (isJump(op)) visit(arg, d + stackEffect(op, arg, true));
      if (!isTerminal(op)) visit(i + 1, fall);
    }
    // exception table: runs of instructions sharing one handler
    const handlerIdx = new Int32Array(n).fill(-1);
    const table: ExcEntry[] = [];
    let cur: Handler | null = null;
    for (let i = 0; i <= n; i++) {
      const h = i < n ? this.handlerOf[i] : null;
      if (h !== cur) {
        if (cur !== null) table[table.length - 1].end = i;
        if (h !== null) {
          table.push({ start: i, end: i + 1, target: this.labels[h.label], depth: hDepth(h), lasti: h.lasti });
        }
        cur = h;
      }
      if (h !== null) handlerIdx[i] = table.length - 1;
    }
    const code = new CodeObject(this.name, this.qualname, filename, this.firstlineno, this.consts);
    const packed = new Int32Array(n * 2);
    for (let i = 0; i < n; i++) {
      packed[2 * i] = ops[i];
      packed[2 * i + 1] = args[i];
    }
    code.code = packed;
    code.positions = Int32Array.from(this.pos);
    code.handlers = handlerIdx;
    code.excTable = table;
    code.names = this.names;
    code.localsplusnames = this.localsplusnames;
    code.localspluskinds = this.localspluskinds;
    code.varnames = this.localsplusnames.filter((_, i) => this.localspluskinds[i] & FastKind.LOCAL);
    code.cellvars = this.localsplusnames.filter((_, i) => this.localspluskinds[i] & FastKind.CELL);
    code.freevars = this.localsplusnames.filter((_, i) => this.localspluskinds[i] & FastKind.FREE);
    code.argcount = this.argcount;
    code.posonlyargcount = this.posonlyargcount;
    code.kwonlyargcount = this.kwonlyargcount;
    code.flags = this.flags | (code.freevars.length === 0 && code.cellvars.length === 0 ? CO.NOFREE : 0);
    code.stacksize = maxDepth + 1;
    code.nlocalsplus = this.localsplusnames.length;
    code.totalargs = this.argcount + this.kwonlyargcount + (this.flags & CO.VARARGS ? 1 : 0) + (this.flags & CO.VARKEYWORDS ? 1 : 0);
    code.simpleArgs = this.kwonlyargcount === 0 && !(this.flags & (CO.VARARGS | CO.VARKEYWORDS | CO.GENERATOR | CO.COROUTINE | CO.ASYNC_GENERATOR));
    code.sourceLines = sourceLines;
    code.anchors = this.anchors;
    return code;
  }
}

function retarget(op: Op, back: boolean): Op {
  switch (op) {
    case Op.JUMP_FORWARD: case Op.JUMP_BACKWARD: return back ? Op.JUMP_BACKWARD : Op.JUMP_FORWARD;
    case Op.POP_JUMP_FORWARD_IF_FALSE: case Op.POP_JUMP_BACKWARD_IF_FALSE:
      return back ? Op.POP_JUMP_BACKWARD_IF_FALSE : Op.POP_JUMP_FORWARD_IF_FALSE;
    case Op.POP_JUMP_FORWARD_IF_TRUE: case Op.POP_JUMP_BACKWARD_IF_TRUE:
      return back ? Op.POP_JUMP_BACKWARD_IF_TRUE : Op.POP_JUMP_FORWARD_IF_TRUE;
    case Op.POP_JUMP_FORWARD_IF_NONE: case Op.POP_JUMP_BACKWARD_IF_NONE:
      return back ? Op.POP_JUMP_BACKWARD_IF_NONE : Op.POP_JUMP_FORWARD_IF_NONE;
    case Op.POP_JUMP_FORWARD_IF_NOT_NONE: case Op.POP_JUMP_BACKWARD_IF_NOT_NONE:
      return back ? Op.POP_JUMP_BACKWARD_IF_NOT_NONE : Op.POP_JUMP_FORWARD_IF_NOT_NONE;
  }
  return op;
}

function isTerminal(op: Op): boolean {
  return op === Op.RETURN_VALUE || op === Op.RERAISE || op === Op.RAISE_VARARGS || op === Op.JUMP_FORWARD
    || op === Op.JUMP_BACKWARD || op === Op.JUMP_BACKWARD_NO_INTERRUPT;
}

function popcount4(x: number): number {
  return (x & 1) + ((x >> 1) & 1) + ((x >> 2) & 1) + ((x >> 3) & 1);
}

/** Net stack effect of an instruction (`jump`: along its jump edge), as CPython's stack_effect(). */
export function stackEffect(op: Op, arg: number, jump: boolean): number {
  switch (op) {
    case Op.NOP: case Op.RESUME: case Op.SWAP: case Op.UNARY_POSITIVE: case Op.UNARY_NEGATIVE: case Op.UNARY_NOT:
    case Op.UNARY_INVERT: case Op.DELETE_FAST: case Op.DELETE_NAME: case Op.DELETE_GLOBAL: case Op.DELETE_DEREF:
    case Op.LOAD_ATTR: case Op.MAKE_CELL: case Op.COPY_FREE_VARS: case Op.LIST_TO_TUPLE: case Op.GET_ITER:
    case Op.GET_YIELD_FROM_ITER: case Op.JUMP_FORWARD: case Op.JUMP_BACKWARD: case Op.JUMP_BACKWARD_NO_INTERRUPT:
    case Op.KW_NAMES: case Op.PRECALL: case Op.YIELD_VALUE: case Op.GET_AWAITABLE: case Op.GET_AITER:
    case Op.ASYNC_GEN_WRAP: case Op.CHECK_EXC_MATCH: case Op.CHECK_EG_MATCH: case Op.SETUP_ANNOTATIONS:
    case Op.RETURN_GENERATOR:
      return 0;
    case Op.POP_TOP: case Op.BINARY_OP: case Op.BINARY_SUBSCR: case Op.COMPARE_OP: case Op.IS_OP:
    case Op.CONTAINS_OP: case Op.STORE_FAST: case Op.STORE_NAME: case Op.STORE_GLOBAL: case Op.STORE_DEREF:
    case Op.DELETE_ATTR: case Op.LIST_APPEND: case Op.SET_ADD: case Op.LIST_EXTEND: case Op.SET_UPDATE:
    case Op.DICT_UPDATE: case Op.DICT_MERGE: case Op.POP_JUMP_FORWARD_IF_FALSE: case Op.POP_JUMP_FORWARD_IF_TRUE:
    case Op.POP_JUMP_FORWARD_IF_NONE: case Op.POP_JUMP_FORWARD_IF_NOT_NONE: case Op.POP_JUMP_BACKWARD_IF_FALSE:
    case Op.POP_JUMP_BACKWARD_IF_TRUE: case Op.POP_JUMP_BACKWARD_IF_NONE: case Op.POP_JUMP_BACKWARD_IF_NOT_NONE:
    case Op.RETURN_VALUE: case Op.POP_EXCEPT: case Op.PREP_RERAISE_STAR: case Op.RERAISE: case Op.PRINT_EXPR:
    case Op.IMPORT_NAME: case Op.IMPORT_STAR:
      return -1;
    case Op.PUSH_NULL: case Op.COPY: case Op.LOAD_CONST: case Op.LOAD_FAST: case Op.LOAD_NAME: case Op.LOAD_DEREF:
    case Op.LOAD_CLASSDEREF: case Op.LOAD_CLOSURE: case Op.LOAD_METHOD: case Op.GET_ANEXT: case Op.BEFORE_ASYNC_WITH:
    case Op.BEFORE_WITH: case Op.WITH_EXCEPT_START: case Op.PUSH_EXC_INFO: case Op.LOAD_ASSERTION_ERROR:
    case Op.LOAD_BUILD_CLASS: case Op.IMPORT_FROM:
      return 1;
    case Op.STORE_SUBSCR: return -3;
    case Op.DELETE_SUBSCR: case Op.STORE_ATTR: case Op.MAP_ADD: case Op.END_ASYNC_FOR: return -2;
    case Op.LOAD_GLOBAL: return 1 + (arg & 1);
    case Op.BUILD_TUPLE: case Op.BUILD_LIST: case Op.BUILD_SET: case Op.BUILD_STRING: case Op.BUILD_SLICE:
      return 1 - arg;
    case Op.BUILD_MAP: return 1 - 2 * arg;
    case Op.BUILD_CONST_KEY_MAP: return -arg;
    case Op.FORMAT_VALUE: return arg & 4 ? -1 : 0;
    case Op.UNPACK_SEQUENCE: return arg - 1;
    case Op.UNPACK_EX: return (arg & 0xff) + (arg >> 8);
    case Op.FOR_ITER: return jump ? -1 : 1;
    case Op.JUMP_IF_FALSE_OR_POP: case Op.JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
    case Op.CALL: return -(arg + 1);
    case Op.CALL_FUNCTION_EX: return -2 - (arg & 1);
    case Op.MAKE_FUNCTION: return -popcount4(arg);
    case Op.SEND: return jump ? -1 : 0;
    case Op.RAISE_VARARGS: return -arg;
  }
  return 0;
}

/** Dedup key of a constant, or null for constants that must stay distinct (code objects). */
function constKey(v: PyObject | CodeObject): string | null {
  switch (typeof v) {
    case "number": return "i" + v;
    case "bigint": return "b" + v;
    case "string": return "s" + v;
    case "boolean": return v ? "T" : "F";
  }
  if (v === None) return "N";
  if (v instanceof PyFloat) return "f" + (Object.is(v.value, -0) ? "-0" : String(v.value));
  if (v instanceof PyComplex) return "c" + v.real + "," + (Object.is(v.imag, -0) ? "-0" : v.imag);
  if (v instanceof PyTuple) {
    const parts: string[] = [];
    for (const x of v.items) {
      const k = constKey(x);
      if (k === null) return null;
      parts.push(k.length + ":" + k);
    }
    return "t(" + parts.join("") + ")";
  }
  if (v instanceof PyObj) return null;
  return null;
}
