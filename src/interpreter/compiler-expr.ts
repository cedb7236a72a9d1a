// compiler-expr.ts — expression compilation (the base of the compiler): names by scope, calls with
// LOAD_METHOD/KW_NAMES, comparisons and jumps, literals with starred items, f-strings, lambdas,
// comprehensions as their own functions (3.11), yield/await, and assignment targets.
import type * as A from "./ast.js";
import { SyntaxErrorInfo } from "./ast.js";
import { Op, NB, CMP, CO, FastKind } from "./opcodes.js";
import { Unit } from "./compiler-unit.js";
import { CodeObject } from "./code.js";
import { Scope, Sc, SymbolTable, mangle, DEF_FREE_CLASS } from "./symtable.js";
import {
  PyObject, PyFloat, PyComplex, PyBytes, PyTuple, None, Ellipsis, newTuple,
} from "../runtime/object.js";

const binOps: Record<A.Operator, number> = {
  Add: NB.ADD, Sub: NB.SUBTRACT, Mult: NB.MULTIPLY, MatMult: NB.MATRIX_MULTIPLY, Div: NB.TRUE_DIVIDE,
  Mod: NB.REMAINDER, Pow: NB.POWER, LShift: NB.LSHIFT, RShift: NB.RSHIFT, BitOr: NB.OR, BitXor: NB.XOR,
  BitAnd: NB.AND, FloorDiv: NB.FLOOR_DIVIDE,
};
export const inplaceOps: Record<A.Operator, number> = {
  Add: NB.INPLACE_ADD, Sub: NB.INPLACE_SUBTRACT, Mult: NB.INPLACE_MULTIPLY, MatMult: NB.INPLACE_MATRIX_MULTIPLY,
  Div: NB.INPLACE_TRUE_DIVIDE, Mod: NB.INPLACE_REMAINDER, Pow: NB.INPLACE_POWER, LShift: NB.INPLACE_LSHIFT,
  RShift: NB.INPLACE_RSHIFT, BitOr: NB.INPLACE_OR, BitXor: NB.INPLACE_XOR, BitAnd: NB.INPLACE_AND,
  FloorDiv: NB.INPLACE_FLOOR_DIVIDE,
};
const cmpOps: Record<string, number> = { Lt: CMP.LT, LtE: CMP.LE, Eq: CMP.EQ, NotEq: CMP.NE, Gt: CMP.GT, GtE: CMP.GE };

/** Turns an AST constant into the Python value LOAD_CONST pushes. */
export function constValue(v: A.ConstValue): PyObject {
  if (v === null) return None;
  switch (typeof v) {
    case "number": case "bigint": case "string": case "boolean": return v;
  }
  if (v instanceof Uint8Array) return new PyBytes(v);
  if ("float" in v) return new PyFloat(v.float);
  if ("imag" in v) return new PyComplex(0, v.imag);
  return Ellipsis;
}

export abstract class ExprCompiler {
  u!: Unit;
  units: Unit[] = [];
  /** Set while compiling an interactive statement (expression statements print). */
  interactive = false;
  constructor(
    readonly st: SymbolTable,
    readonly filename: string,
    readonly lines: string[],
  ) {}

  abstract stmts(body: A.Stmt[]): void;

  error(msg: string, n: A.Pos): never {
    const text = n.lineno >= 1 && n.lineno <= this.lines.length ? this.lines[n.lineno - 1] + "\n" : null;
    throw new SyntaxErrorInfo("SyntaxError", msg, n.lineno, n.col_offset + 1, n.end_lineno, n.end_col_offset + 1, text);
  }

  get scope(): Scope {
    return this.u.scope;
  }

  /** Opens a unit for `scope`, laying out its fast slots as CPython 3.11 does (locals, cells, frees). */
  enterUnit(scope: Scope, name: string, qualname: string, firstlineno: number): Unit {
    const u = new Unit(scope, name, qualname, firstlineno);
    if (scope.kind === "function") {
      for (const v of scope.varnames) {
        u.addFast(v, FastKind.LOCAL | (scope.scopes.get(v) === Sc.CELL ? FastKind.CELL : 0));
      }
    }
    const cells: string[] = [], frees: string[] = [];
    for (const [n, sc] of scope.scopes) {
      if (sc === Sc.CELL && !u.fast.has(n)) cells.push(n);
      if (sc === Sc.FREE) frees.push(n);
    }
    if (scope.kind === "class") {
      if (scope.needsClassClosure) cells.push("__class__");
      for (const [n, f] of scope.symbols) if (f & DEF_FREE_CLASS && !frees.includes(n)) frees.push(n);
    }
    cells.sort();
    frees.sort();
    for (const c of cells) u.addFast(c, FastKind.CELL);
    for (const f of frees) u.addFast(f, FastKind.FREE);
    u.nfree = frees.length;
    if (scope.kind === "function") {
      u.flags |= CO.OPTIMIZED | CO.NEWLOCALS;
      if (scope.isNested) u.flags |= CO.NESTED;
      if (scope.isGenerator && scope.isCoroutine) u.flags |= CO.ASYNC_GENERATOR;
      else if (scope.isGenerator) u.flags |= CO.GENERATOR;
      else if (scope.isCoroutine) u.flags |= CO.COROUTINE;
    }
    this.units.push(u);
    this.u = u;
    return u;
  }

  /** The function-entry prologue: cells, copied free variables, RESUME. */
  prologue(): void {
    const u = this.u;
    for (let i = 0; i < u.localspluskinds.length; i++) if (u.localspluskinds[i] & FastKind.CELL) u.emit(Op.MAKE_CELL, i);
    if (u.nfree) u.emit(Op.COPY_FREE_VARS, u.nfree);
    u.emit(Op.RESUME, 0);
  }

  leaveUnit(): CodeObject {
    const u = this.units.pop()!;
    const code = u.assemble(this.filename, this.lines);
    this.u = this.units[this.units.length - 1];
    return code;
  }

  /** CPython's compiler_set_qualname. */
  qualname(name: string): string {
    const parent = this.u;
    if (parent.scope.kind === "module") return name;
    if (parent.scope.kind === "function") {
      return parent.qualname + ".<locals>." + name;
    }
    return parent.qualname + "." + name;
  }

  loadConst(v: PyObject | CodeObject): void {
    this.u.emit(Op.LOAD_CONST, this.u.constIndex(v));
  }

  // ---- names ----

  nameOp(name: string, ctx: A.ExprContext): void {
    const u = this.u, scope = u.scope;
    const m = mangle(scope, name);
    const sc = scope.scopes.get(m);
    if (scope.kind === "function") {
      if (sc === Sc.LOCAL || (sc === undefined && u.fast.has(m))) {
        const i = u.fast.get(m)!;
        u.emit(ctx === "Load" ? Op.LOAD_FAST : ctx === "Store" ? Op.STORE_FAST : Op.DELETE_FAST, i);
        return;
      }
      if (sc === Sc.CELL || sc === Sc.FREE) {
        u.emit(ctx === "Load" ? Op.LOAD_DEREF : ctx === "Store" ? Op.STORE_DEREF : Op.DELETE_DEREF, u.fast.get(m)!);
        return;
      }
      this.globalOp(m, ctx);
      return;
    }
    if (sc === Sc.GLOBAL_EXPLICIT) {
      this.globalOp(m, ctx);
      return;
    }
    if (scope.kind === "class" && (sc === Sc.FREE || sc === Sc.CELL)) {
      u.emit(ctx === "Load" ? Op.LOAD_CLASSDEREF : ctx === "Store" ? Op.STORE_DEREF : Op.DELETE_DEREF, u.fast.get(m)!);
      return;
    }
    const ni = u.nameIndex(m);
    u.emit(ctx === "Load" ? Op.LOAD_NAME : ctx === "Store" ? Op.STORE_NAME : Op.DELETE_NAME, ni);
  }

  globalOp(m: string, ctx: A.ExprContext): void {
    const ni = this.u.nameIndex(m);
    if (ctx === "Load") this.u.emit(Op.LOAD_GLOBAL, ni << 1);
    else this.u.emit(ctx === "Store" ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL, ni);
  }

  // ---- expressions ----

  expr(e: A.Expr): void {
    const u = this.u;
    const saved = u.loc;
    u.loc = e;
    this.expr1(e);
    u.loc = saved;
  }

  private expr1(e: A.Expr): void {
    const u = this.u;
    switch (e.kind) {
      case "Constant":
        this.loadConst(constValue(e.value));
        return;
      case "Name":
        this.nameOp(e.id, "Load");
        return;
      case "BinOp": {
        const folded = foldBinOp(e);
        if (folded !== undefined) {
          this.loadConst(folded);
          return;
        }
        this.expr(e.left);
        this.expr(e.right);
        u.anchorFor = e.lineno === e.end_lineno
          ? [0, e.left.end_col_offset - e.col_offset, e.right.col_offset - e.col_offset] : null;
        u.emit(Op.BINARY_OP, binOps[e.op]);
        u.anchorFor = null;
        return;
      }
      case "UnaryOp": {
        const folded = foldUnary(e);
        if (folded !== undefined) {
          this.loadConst(folded);
          return;
        }
        this.expr(e.operand);
        u.emit(e.op === "Not" ? Op.UNARY_NOT : e.op === "USub" ? Op.UNARY_NEGATIVE : e.op === "UAdd" ? Op.UNARY_POSITIVE : Op.UNARY_INVERT);
        return;
      }
      case "BoolOp": {
        const end = u.newLabel();
        const n = e.values.length;
        for (let i = 0; i < n - 1; i++) {
          this.expr(e.values[i]);
          u.jump(e.op === "And" ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP, end);
        }
        this.expr(e.values[n - 1]);
        u.place(end);
        return;
      }
      case "Compare":
        this.compare(e);
        return;
      case "IfExp": {
        const orelse = u.newLabel(), end = u.newLabel();
        this.jumpIf(e.test, orelse, false);
        this.expr(e.body);
        u.jump(Op.JUMP_FORWARD, end);
        u.place(orelse);
        this.expr(e.orelse);
        u.place(end);
        return;
      }
      case "NamedExpr":
        this.expr(e.value);
        u.emit(Op.COPY, 1);
        this.store(e.target);
        return;
      case "Attribute":
        if (e.ctx !== "Load") throw new Error("gilpy compiler: attribute store via expr");
        this.expr(e.value);
        u.loc = e;
        u.emit(Op.LOAD_ATTR, u.nameIndex(mangle(this.scope, e.attr)));
        return;
      case "Subscript":
        this.expr(e.value);
        this.expr(e.slice);
        u.loc = e;
        u.anchorFor = e.lineno === e.end_lineno
          ? [1, e.value.end_col_offset - e.col_offset, e.slice.end_col_offset - e.col_offset] : null;
        u.emit(Op.BINARY_SUBSCR);
        u.anchorFor = null;
        return;
      case "Slice":
        if (e.lower) this.expr(e.lower);
        else this.loadConst(None);
        if (e.upper) this.expr(e.upper);
        else this.loadConst(None);
        if (e.step) this.expr(e.step);
        u.emit(Op.BUILD_SLICE, e.step ? 3 : 2);
        return;
      case "Call":
        this.call(e);
        return;
      case "Tuple": {
        const c = constTuple(e.elts);
        if (c !== null) {
          this.loadConst(c);
          return;
        }
        this.sequence(e.elts, Op.BUILD_TUPLE);
        return;
      }
      case "List":
        this.sequence(e.elts, Op.BUILD_LIST);
        return;
      case "Set":
        this.sequence(e.elts, Op.BUILD_SET);
        return;
      case "Dict":
        this.dict(e);
        return;
      case "JoinedStr":
        this.joinedStr(e);
        return;
      case "FormattedValue":
        this.formattedValue(e);
        return;
      case "Lambda":
        this.lambda(e);
        return;
      case "ListComp":
        this.comprehension(e, "<listcomp>", e.generators, [e.elt], Op.BUILD_LIST);
        return;
      case "SetComp":
        this.comprehension(e, "<setcomp>", e.generators, [e.elt], Op.BUILD_SET);
        return;
      case "DictComp":
        this.comprehension(e, "<dictcomp>", e.generators, [e.key, e.value], Op.BUILD_MAP);
        return;
      case "GeneratorExp":
        this.comprehension(e, "<genexpr>", e.generators, [e.elt], null);
        return;
      case "Yield":
        this.checkYield(e);
        if (e.value) this.expr(e.value);
        else this.loadConst(None);
        if (this.scope.isCoroutine) u.emit(Op.ASYNC_GEN_WRAP);
        u.emit(Op.YIELD_VALUE);
        u.emit(Op.RESUME, 1);
        return;
      case "YieldFrom":
        this.checkYield(e);
        if (this.scope.isCoroutine) this.error("'yield from' inside async function", e);
        this.expr(e.value);
        u.emit(Op.GET_YIELD_FROM_ITER);
        this.loadConst(None);
        this.yieldFromLoop(2);
        return;
      case "Await":
        if (this.scope.kind !== "function") {
          if (!(this.interactive && false)) this.error("'await' outside function", e);
        } else if (!this.scope.isCoroutine && !this.scope.isComprehension) {
          this.error("'await' outside async function", e);
        }
        this.expr(e.value);
        u.emit(Op.GET_AWAITABLE, 0);
        this.loadConst(None);
        this.yieldFromLoop(3);
        return;
      case "Starred":
        if (e.ctx === "Store") this.error("starred assignment target must be in a list or tuple", e);
        this.error("can't use starred expression here", e);
    }
  }

  checkYield(e: A.Pos): void {
    if (this.scope.kind !== "function") this.error("'yield' outside function", e);
  }

  /** SEND loop shared by `yield from` and `await` (receiver and first value on the stack). */
  yieldFromLoop(resumeArg: number): void {
    const u = this.u;
    const send = u.newLabel(), exit = u.newLabel();
    u.place(send);
    u.jump(Op.SEND, exit);
    u.emit(Op.YIELD_VALUE);
    u.emit(Op.RESUME, resumeArg);
    u.jump(Op.JUMP_BACKWARD_NO_INTERRUPT, send);
    u.place(exit);
  }

  compare(e: A.Compare): void {
    const u = this.u;
    this.expr(e.left);
    const n = e.ops.length;
    if (n === 1) {
      this.expr(e.comparators[0]);
      u.loc = e;
      this.cmpOp(e.ops[0]);
      return;
    }
    const cleanup = u.newLabel(), end = u.newLabel();
    for (let i = 0; i < n - 1; i++) {
      this.expr(e.comparators[i]);
      u.loc = e;
      u.emit(Op.SWAP, 2);
      u.emit(Op.COPY, 2);
      this.cmpOp(e.ops[i]);
      u.jump(Op.JUMP_IF_FALSE_OR_POP, cleanup);
    }
    this.expr(e.comparators[n - 1]);
    u.loc = e;
    this.cmpOp(e.ops[n - 1]);
    u.jump(Op.JUMP_FORWARD, end);
    u.place(cleanup);
    u.emit(Op.SWAP, 2);
    u.emit(Op.POP_TOP);
    u.place(end);
  }

  cmpOp(op: A.CmpOperator): void {
    const u = this.u;
    switch (op) {
      case "Is": u.emit(Op.IS_OP, 0); return;
      case "IsNot": u.emit(Op.IS_OP, 1); return;
      case "In": u.emit(Op.CONTAINS_OP, 0); return;
      case "NotIn": u.emit(Op.CONTAINS_OP, 1); return;
    }
    u.emit(Op.COMPARE_OP, cmpOps[op]);
  }

  /** Jumps to `label` when the truth of `e` equals `cond` (CPython's compiler_jump_if). */
  jumpIf(e: A.Expr, label: number, cond: boolean): void {
    const u = this.u;
    if (e.kind === "UnaryOp" && e.op === "Not") {
      this.jumpIf(e.operand, label, !cond);
      return;
    }
    if (e.kind === "BoolOp") {
      const isOr = e.op === "Or";
      const next = isOr === cond ? label : u.newLabel();
      const n = e.values.length;
      for (let i = 0; i < n - 1; i++) this.jumpIf(e.values[i], next, isOr);
      this.jumpIf(e.values[n - 1], label, cond);
      if (next !== label) u.place(next);
      return;
    }
    if (e.kind === "Compare" && e.ops.length > 1) {
      // chained comparison: short-circuit into a cleanup that pops the kept operand
      const cleanup = u.newLabel();
      const saved = u.loc;
      u.loc = e;
      this.expr(e.left);
      const n = e.ops.length;
      for (let i = 0; i < n - 1; i++) {
        this.expr(e.comparators[i]);
        u.loc = e;
        u.emit(Op.SWAP, 2);
        u.emit(Op.COPY, 2);
        this.cmpOp(e.ops[i]);
        u.jump(Op.POP_JUMP_FORWARD_IF_FALSE, cleanup);
      }
      this.expr(e.comparators[n - 1]);
      u.loc = e;
      this.cmpOp(e.ops[n - 1]);
      u.jump(cond ? Op.POP_JUMP_FORWARD_IF_TRUE : Op.POP_JUMP_FORWARD_IF_FALSE, label);
      const end = u.newLabel();
      u.jump(Op.JUMP_FORWARD, end);
      u.place(cleanup);
      u.emit(Op.POP_TOP);
      if (!cond) u.jump(Op.JUMP_FORWARD, label);
      u.place(end);
      u.loc = saved;
      return;
    }
    if (e.kind === "Constant") {
      const truth = constTruth(e.value);
      if (truth !== null) {
        if (truth === cond) u.jump(Op.JUMP_FORWARD, label);
        return;
      }
    }
    this.expr(e);
    const saved = u.loc;
    u.loc = e;
    u.jump(cond ? Op.POP_JUMP_FORWARD_IF_TRUE : Op.POP_JUMP_FORWARD_IF_FALSE, label);
    u.loc = saved;
  }

  /** Tuple/list/set displays, with starred items unpacked as 3.11 does. */
  sequence(elts: A.Expr[], build: Op, pushed = 0): void {
    const u = this.u;
    const starred = elts.findIndex((x) => x.kind === "Starred");
    if (starred < 0) {
      for (const x of elts) this.expr(x);
      u.emit(build, pushed + elts.length);
      return;
    }
    const isSet = build === Op.BUILD_SET;
    for (let i = 0; i < starred; i++) this.expr(elts[i]);
    u.emit(isSet ? Op.BUILD_SET : Op.BUILD_LIST, pushed + starred);
    for (let i = starred; i < elts.length; i++) {
      const x = elts[i];
      if (x.kind === "Starred") {
        this.expr(x.value);
        u.emit(isSet ? Op.SET_UPDATE : Op.LIST_EXTEND, 1);
      } else {
        this.expr(x);
        u.emit(isSet ? Op.SET_ADD : Op.LIST_APPEND, 1);
      }
    }
    if (build === Op.BUILD_TUPLE) u.emit(Op.LIST_TO_TUPLE);
  }

  dict(e: A.Dict): void {
    const u = this.u;
    let pending = 0;
    let have = false;
    const n = e.keys.length;
    for (let i = 0; i < n; i++) {
      const k = e.keys[i];
      if (k === null) {
        if (pending || !have) {
          u.emit(Op.BUILD_MAP, pending);
          if (have) u.emit(Op.DICT_UPDATE, 1);
          have = true;
          pending = 0;
        }
        this.expr(e.values[i]);
        u.emit(Op.DICT_UPDATE, 1);
      } else {
        this.expr(k);
        this.expr(e.values[i]);
        pending++;
      }
    }
    if (pending || !have) {
      u.emit(Op.BUILD_MAP, pending);
      if (have) u.emit(Op.DICT_UPDATE, 1);
    }
  }

  joinedStr(e: A.JoinedStr): void {
    const vals = e.values;
    if (vals.length === 0) {
      this.loadConst("");
      return;
    }
    for (const v of vals) this.expr(v);
    if (vals.length > 1) this.u.emit(Op.BUILD_STRING, vals.length);
    else if (vals[0].kind === "Constant") return;
  }

  formattedValue(e: A.FormattedValue): void {
    this.expr(e.value);
    let flags = e.conversion === 115 ? 1 : e.conversion === 114 ? 2 : e.conversion === 97 ? 3 : 0;
    if (e.format_spec) {
      this.expr(e.format_spec);
      flags |= 4;
    }
    this.u.loc = e;
    this.u.emit(Op.FORMAT_VALUE, flags);
  }

  // ---- calls ----

  call(e: A.Call): void {
    const u = this.u;
    const f = e.func;
    const simple = !e.args.some((a) => a.kind === "Starred") && !e.keywords.some((k) => k.arg === null);
    if (simple && f.kind === "Attribute" && e.keywords.length === 0 || simple && f.kind === "Attribute") {
      this.expr(f.value);
      u.loc = f;
      u.emit(Op.LOAD_METHOD, u.nameIndex(mangle(this.scope, f.attr)));
      this.callArgs(e, 0);
      return;
    }
    if (f.kind === "Name" && this.isGlobalLoad(f.id)) {
      u.loc = f;
      u.emit(Op.LOAD_GLOBAL, (u.nameIndex(mangle(this.scope, f.id)) << 1) | 1);
    } else {
      u.emit(Op.PUSH_NULL);
      this.expr(f);
    }
    this.callArgs(e, 0);
  }

  isGlobalLoad(name: string): boolean {
    const scope = this.scope, m = mangle(scope, name);
    const sc = scope.scopes.get(m);
    if (scope.kind === "function") return sc === Sc.GLOBAL_IMPLICIT || sc === Sc.GLOBAL_EXPLICIT || (sc === undefined && !this.u.fast.has(m));
    return sc === Sc.GLOBAL_EXPLICIT;
  }

  /** Arguments after the callable (and `extra` already-pushed positional arguments), then CALL. */
  callArgs(e: A.Call, extra: number): void {
    const u = this.u;
    const starred = e.args.some((a) => a.kind === "Starred") || e.keywords.some((k) => k.arg === null);
    if (!starred) {
      for (const a of e.args) this.expr(a);
      for (const k of e.keywords) this.expr(k.value);
      u.loc = e;
      if (e.keywords.length) {
        this.checkDupKeywords(e.keywords);
        u.emit(Op.KW_NAMES, u.constIndex(newTuple(e.keywords.map((k) => k.arg!))));
      }
      u.emit(Op.PRECALL, extra + e.args.length + e.keywords.length);
      u.emit(Op.CALL, extra + e.args.length + e.keywords.length);
      return;
    }
    // f(*a, **k): a tuple of positionals and a dict of keywords (CALL_FUNCTION_EX); a lone *a is passed
    // as it is, so that CALL_FUNCTION_EX reports "argument after * must be an iterable"
    if (extra === 0 && e.args.length === 1 && e.args[0].kind === "Starred") this.expr(e.args[0].value);
    else this.sequence(e.args, Op.BUILD_TUPLE, extra);
    let hasKw = false;
    if (e.keywords.length) {
      this.checkDupKeywords(e.keywords);
      let pending = 0;
      for (const k of e.keywords) {
        if (k.arg === null) {
          if (pending || !hasKw) {
            u.emit(Op.BUILD_MAP, pending);
            if (hasKw) u.emit(Op.DICT_MERGE, 1);
            hasKw = true;
            pending = 0;
          }
          this.expr(k.value);
          u.emit(Op.DICT_MERGE, 1);
        } else {
          this.loadConst(k.arg);
          this.expr(k.value);
          pending++;
        }
      }
      if (pending) {
        u.emit(Op.BUILD_MAP, pending);
        if (hasKw) u.emit(Op.DICT_MERGE, 1);
        hasKw = true;
      }
    }
    u.loc = e;
    u.emit(Op.CALL_FUNCTION_EX, hasKw ? 1 : 0);
  }

  checkDupKeywords(kws: A.Keyword[]): void {
    const seen = new Set<string>();
    for (const k of kws) {
      if (k.arg === null) continue;
      if (seen.has(k.arg)) this.error(`keyword argument repeated: ${k.arg}`, k);
      seen.add(k.arg);
    }
  }

  // ---- functions ----

  /**
   * Pushes defaults, kwdefaults and annotations for a def/lambda and returns MAKE_FUNCTION's flags
   * (CPython compiler_default_arguments / compiler_visit_annotations).
   */
  functionExtras(args: A.Arguments, returns: A.Expr | null, withAnnotations: boolean): number {
    const u = this.u;
    let flags = 0;
    if (args.defaults.length) {
      const c = constTuple(args.defaults);
      if (c !== null) this.loadConst(c);
      else {
        for (const d of args.defaults) this.expr(d);
        u.emit(Op.BUILD_TUPLE, args.defaults.length);
      }
      flags |= 1;
    }
    const kwNames: string[] = [];
    args.kwonlyargs.forEach((a, i) => {
      const d = args.kw_defaults[i];
      if (d) {
        kwNames.push(mangle(this.scope, a.arg));
        this.expr(d);
      }
    });
    if (kwNames.length) {
      this.loadConst(newTuple(kwNames));
      u.emit(Op.BUILD_CONST_KEY_MAP, kwNames.length);
      flags |= 2;
    }
    if (withAnnotations) {
      let n = 0;
      const ann = (a: A.Arg | null) => {
        if (a && a.annotation) {
          this.loadConst(mangle(this.scope, a.arg));
          this.expr(a.annotation);
          n += 2;
        }
      };
      args.posonlyargs.forEach(ann);
      args.args.forEach(ann);
      ann(args.vararg);
      args.kwonlyargs.forEach(ann);
      ann(args.kwarg);
      if (returns) {
        this.loadConst("return");
        this.expr(returns);
        n += 2;
      }
      if (n) {
        u.emit(Op.BUILD_TUPLE, n);
        flags |= 4;
      }
    }
    return flags;
  }

  /** Loads the closure cells `code` needs from the current unit, then MAKE_FUNCTION. */
  makeClosure(code: CodeObject, flags: number): void {
    const u = this.u;
    if (code.freevars.length) {
      for (const name of code.freevars) {
        let i = u.fast.get(name);
        if (i === undefined) throw new Error(`gilpy compiler: no cell for ${name} in ${u.qualname}`);
        u.emit(Op.LOAD_CLOSURE, i);
      }
      u.emit(Op.BUILD_TUPLE, code.freevars.length);
      flags |= 8;
    }
    this.loadConst(code);
    u.emit(Op.MAKE_FUNCTION, flags);
  }

  setArgCounts(u: Unit, args: A.Arguments): void {
    u.argcount = args.posonlyargs.length + args.args.length;
    u.posonlyargcount = args.posonlyargs.length;
    u.kwonlyargcount = args.kwonlyargs.length;
    if (args.vararg) u.flags |= CO.VARARGS;
    if (args.kwarg) u.flags |= CO.VARKEYWORDS;
  }

  lambda(e: A.Lambda): void {
    const flags = this.functionExtras(e.args, null, false);
    const scope = this.st.byNode.get(e)!;
    const qn = this.qualname("<lambda>");
    const u = this.enterUnit(scope, "<lambda>", qn, e.lineno);
    this.setArgCounts(u, e.args);
    u.loc = e;
    this.prologue();
    u.constIndex(None); // co_consts[0]: no docstring
    this.expr(e.body);
    u.loc = e.body;
    if (scope.isGenerator) {
      // a lambda with yield returns None at the end
      u.emit(Op.POP_TOP);
      this.loadConst(None);
    }
    u.emit(Op.RETURN_VALUE);
    const code = this.leaveUnit();
    this.u.loc = e;
    this.makeClosure(code, flags);
  }

  comprehension(e: A.Expr, name: string, gens: A.Comprehension[], elts: A.Expr[], build: Op | null): void {
    const scope = this.st.byNode.get(e)!;
    // CPython 3.11 compiler_comprehension: only a generator expression may be async outside async code
    if (scope.isCoroutine && build !== null && !this.scope.isCoroutine && !this.scope.isComprehension) {
      this.error("asynchronous comprehension outside of an asynchronous function", e);
    }
    const outer = this.u;
    const u = this.enterUnit(scope, name, this.qualname(name), e.lineno);
    u.argcount = 1;
    u.loc = e;
    this.prologue();
    if (build !== null) u.emit(build, 0);
    this.compGenerator(gens, 0, elts, build, e);
    if (build === null) this.loadConst(None);
    u.emit(Op.RETURN_VALUE);
    const code = this.leaveUnit();
    outer.loc = e;
    this.makeClosure(code, 0);
    this.expr(gens[0].iter);
    outer.loc = e;
    outer.emit(gens[0].is_async ? Op.GET_AITER : Op.GET_ITER);
    outer.emit(Op.PRECALL, 0);
    outer.emit(Op.CALL, 0);
    if (scope.isCoroutine && build !== null) {
      outer.emit(Op.GET_AWAITABLE, 0);
      this.loadConst(None);
      this.yieldFromLoop(3);
    }
  }

  private compGenerator(gens: A.Comprehension[], i: number, elts: A.Expr[], build: Op | null, e: A.Expr): void {
    const u = this.u;
    const g = gens[i];
    const start = u.newLabel(), end = u.newLabel(), ifCleanup = u.newLabel();
    if (i === 0) u.emit(Op.LOAD_FAST, 0);
    else {
      this.expr(g.iter);
      u.emit(Op.GET_ITER);
    }
    u.place(start);
    u.loc = g.iter;
    let except = -1;
    if (g.is_async) {
      // async for inside a comprehension: GET_ANEXT/await, StopAsyncIteration ends (END_ASYNC_FOR)
      except = u.newLabel();
      u.pushHandler(except);
      u.emit(Op.GET_ANEXT);
      this.loadConst(None);
      this.yieldFromLoop(3);
      u.popHandler();
    } else {
      u.jump(Op.FOR_ITER, end);
    }
    this.store(g.target);
    for (const c of g.ifs) this.jumpIf(c, ifCleanup, false);
    if (i + 1 < gens.length) {
      this.compGenerator(gens, i + 1, elts, build, e);
    } else {
      u.loc = e;
      const depth = gens.length + 1;
      if (build === null) {
        this.expr(elts[0]);
        if (this.scope.isCoroutine) u.emit(Op.ASYNC_GEN_WRAP); // an async generator expression
        u.emit(Op.YIELD_VALUE);
        u.emit(Op.RESUME, 1);
        u.emit(Op.POP_TOP);
      } else if (build === Op.BUILD_MAP) {
        this.expr(elts[0]);
        this.expr(elts[1]);
        u.emit(Op.MAP_ADD, depth);
      } else {
        this.expr(elts[0]);
        u.emit(build === Op.BUILD_LIST ? Op.LIST_APPEND : Op.SET_ADD, depth);
      }
    }
    u.place(ifCleanup);
    u.loc = e;
    u.jump(Op.JUMP_BACKWARD, start);
    if (except >= 0) {
      u.place(except);
      u.emit(Op.END_ASYNC_FOR);
    }
    u.place(end);
  }

  // ---- assignment targets ----

  store(t: A.Expr): void {
    const u = this.u;
    const saved = u.loc;
    u.loc = t;
    switch (t.kind) {
      case "Name":
        this.nameOp(t.id, "Store");
        break;
      case "Attribute":
        this.expr(t.value);
        u.loc = t;
        u.emit(Op.STORE_ATTR, u.nameIndex(mangle(this.scope, t.attr)));
        break;
      case "Subscript":
        this.expr(t.value);
        this.expr(t.slice);
        u.loc = t;
        u.emit(Op.STORE_SUBSCR);
        break;
      case "Tuple":
      case "List":
        this.unpack(t.elts, t);
        for (const x of t.elts) this.store(x.kind === "Starred" ? x.value : x);
        break;
      case "Starred":
        this.error("starred assignment target must be in a list or tuple", t);
      default:
        this.error(`cannot assign to ${describe(t)}`, t);
    }
    u.loc = saved;
  }

  unpack(elts: A.Expr[], t: A.Pos): void {
    const stars = elts.filter((x) => x.kind === "Starred").length;
    if (stars > 1) this.error("multiple starred expressions in assignment", t);
    if (stars === 1) {
      const i = elts.findIndex((x) => x.kind === "Starred");
      const after = elts.length - i - 1;
      if (i >= 256 || after >= (1 << 24)) this.error("too many expressions in star-unpacking assignment", t);
      this.u.emit(Op.UNPACK_EX, i | (after << 8));
    } else {
      this.u.emit(Op.UNPACK_SEQUENCE, elts.length);
    }
  }

  del(t: A.Expr): void {
    const u = this.u;
    const saved = u.loc;
    u.loc = t;
    switch (t.kind) {
      case "Name":
        this.nameOp(t.id, "Del");
        break;
      case "Attribute":
        this.expr(t.value);
        u.loc = t;
        u.emit(Op.DELETE_ATTR, u.nameIndex(mangle(this.scope, t.attr)));
        break;
      case "Subscript":
        this.expr(t.value);
        this.expr(t.slice);
        u.loc = t;
        u.emit(Op.DELETE_SUBSCR);
        break;
      case "Tuple":
      case "List":
        for (const x of t.elts) this.del(x);
        break;
      default:
        this.error(`cannot delete ${describe(t)}`, t);
    }
    u.loc = saved;
  }
}

/** CPython's wording for an expression that cannot be a target ("function call", "literal" …). */
export function describe(e: A.Expr): string {
  switch (e.kind) {
    case "Call": return "function call";
    case "Constant": return e.value === null || e.value === true || e.value === false || (typeof e.value === "object" && !(e.value instanceof Uint8Array) && "ellipsis" in e.value) ? (e.value === null ? "None" : e.value === true ? "True" : e.value === false ? "False" : "ellipsis") : "literal";
    case "Compare": return "comparison";
    case "BinOp": case "UnaryOp": return "expression";
    case "BoolOp": return "expression";
    case "Lambda": return "lambda";
    case "IfExp": return "conditional expression";
    case "NamedExpr": return "named expression";
    case "Dict": return "dict literal";
    case "Set": return "set display";
    case "ListComp": return "list comprehension";
    case "SetComp": return "set comprehension";
    case "DictComp": return "dict comprehension";
    case "GeneratorExp": return "generator expression";
    case "Yield": case "YieldFrom": return "yield expression";
    case "Await": return "await expression";
    case "JoinedStr": case "FormattedValue": return "f-string expression";
  }
  return "expression";
}

function constTruth(v: A.ConstValue): boolean | null {
  if (v === null) return false;
  switch (typeof v) {
    case "number": return v !== 0;
    case "bigint": return v !== 0n;
    case "string": return v.length > 0;
    case "boolean": return v;
  }
  return null;
}

/** A tuple of constants folds into one constant tuple (CPython's AST optimizer). */
function constTuple(elts: A.Expr[]): PyTuple | null {
  const items: PyObject[] = [];
  for (const x of elts) {
    if (x.kind === "Constant") items.push(constValue(x.value));
    else if (x.kind === "UnaryOp" && foldUnary(x) !== undefined) items.push(foldUnary(x)!);
    else if (x.kind === "Tuple") {
      const t = constTuple(x.elts);
      if (t === null) return null;
      items.push(t);
    } else return null;
  }
  return newTuple(items);
}

/** -<number constant> folds (so `-1` is one constant, as in CPython). */
function foldUnary(e: A.UnaryOp): PyObject | undefined {
  if (e.operand.kind !== "Constant") return undefined;
  const v = e.operand.value;
  if (e.op === "USub") {
    if (typeof v === "number") return v === 0 ? 0 : -v;
    if (typeof v === "bigint") {
      const r = -v;
      return r >= -9007199254740991n && r <= 9007199254740991n ? Number(r) : r;
    }
    if (v !== null && typeof v === "object" && "float" in v) return new PyFloat(-v.float);
    if (v !== null && typeof v === "object" && "imag" in v) return new PyComplex(-0, -v.imag);
  }
  if (e.op === "UAdd" && (typeof v === "number" || typeof v === "bigint")) return v;
  return undefined;
}

/** Small safe folds of int constants (2**10, 60*60) like CPython's optimizer; anything risky is left alone. */
function foldBinOp(e: A.BinOp): PyObject | undefined {
  const l = e.left.kind === "Constant" ? e.left.value : e.left.kind === "UnaryOp" ? foldUnary(e.left) : undefined;
  const r = e.right.kind === "Constant" ? e.right.value : undefined;
  if (typeof l !== "number" || typeof r !== "number") return undefined;
  let v: number;
  switch (e.op) {
    case "Add": v = l + r; break;
    case "Sub": v = l - r; break;
    case "Mult": v = l * r; break;
    case "Pow": if (r < 0 || r > 64) return undefined; v = l ** r; break;
    default: return undefined;
  }
  return Number.isSafeInteger(v) ? (v === 0 ? 0 : v) : undefined;
}
