// parse-ast-parts.ts — the pieces parse-ast.ts builds the AST with: the parse context, CPython 3.11 positions
// of nodes, target/context checks, operator precedence for the flat operator rules, parameters and call
// arguments, number literals and assignment statements.
import type { ActionDict, Grammar, MatchResult, Node as OhmNode } from "ohm-js";
import { SyntaxErrorInfo } from "./ast.js";
import type * as A from "./ast.js";
import { colOf, lineOf, lineText, type Layout, type StringToken } from "./layout.js";
import { buildStrings, StrError, type StringEnv } from "./parse-strings.js";

export interface ParseCtx {
  lay: Layout;
  text: string;
  /** Original-source offset of offset 0 of `lay.source` (non-zero for f-string expressions). */
  base: number;
  source: string;           // the whole original source
  lineStarts: number[];     // of `source`
  strEnv: StringEnv;
  /** Set while parsing an f-string expression: errors get the "f-string: " prefix. */
  fstring: boolean;
  /** Whether `source` has characters outside the BMP (a column is then not an offset difference). */
  astral?: boolean;
  /** The line (1-based) of the last position asked for: positions come in source order, mostly. */
  line?: number;
}

export let C: ParseCtx;

/**
 * An error CPython reports at "the token after" some construct (the last token its parser read); thrown
 * with the marked-text offset where that token is searched for, and located by parse-errors.ts.
 */
export class PendingError {
  constructor(public msg: string, public at: number) {}
}

export function setCtx(ctx: ParseCtx): void { C = ctx; }

/** Maps a marked-text offset to an offset in the original source. */
export function origOf(ctx: ParseCtx, o: number): number {
  const map = ctx.lay.map;
  return (o < map.length ? map[o] : map[map.length - 1]) + ctx.base;
}

export function posOf(ctx: ParseCtx, start: number, end: number): A.Pos {
  const l1 = lineAt(ctx, start);
  const l2 = end === start ? l1 : lineAt(ctx, end);
  return { lineno: l1, col_offset: colAt(ctx, l1, start), end_lineno: l2, end_col_offset: colAt(ctx, l2, end) };
}

/** lineOf(), trying the line of the previous position and the next one before a binary search. */
export function lineAt(ctx: ParseCtx, o: number): number {
  const ls = ctx.lineStarts, n = ls.length;
  let l = ctx.line ?? 1;
  if (l <= n && ls[l - 1] <= o) {
    if (l === n || o < ls[l]) return l;
    if (l + 1 === n || o < ls[l + 1]) { ctx.line = l + 1; return l + 1; }
  }
  l = lineOf(ls, o);
  ctx.line = l;
  return l;
}

export function colAt(ctx: ParseCtx, line: number, o: number): number {
  if (ctx.astral === undefined) ctx.astral = /[\uD800-\uDBFF]/.test(ctx.source);
  return ctx.astral ? colOf(ctx.source, ctx.lineStarts, line, o) : o - ctx.lineStarts[line - 1];
}

export function isTrim(c: number): boolean {
  return c === 32 || c === 9 || c === 12 || c === 10 || c === 0xe001 || c === 0xe002;
}

/** The span computed by setSpan() (module state: no array per call on this hot path). */
export let spanStart = 0, spanEnd = 0;

/** Sets spanStart/spanEnd to the original [start, end) of a CST node, without surrounding blanks and markers. */
export function setSpan(n: OhmNode): void {
  const v = n as unknown as { start: number; node: { matchLength: number } }; // a CstView (parse-ast.ts)
  let s = v.start, e = s + v.node.matchLength;
  const t = C.text;
  while (s < e && isTrim(t.charCodeAt(s))) s++;
  while (e > s && isTrim(t.charCodeAt(e - 1))) e--;
  if (e === s) { spanStart = spanEnd = origOf(C, s); return; }
  spanStart = origOf(C, s);
  spanEnd = origOf(C, e - 1) + 1;
}

/** Original [start, end) of a CST node, without surrounding blanks and layout markers. */
export function span(n: OhmNode): [number, number] {
  setSpan(n);
  return [spanStart, spanEnd];
}

export function pos(n: OhmNode): A.Pos {
  setSpan(n);
  return posOf(C, spanStart, spanEnd);
}

/** Position from the start of node a to the end of node b. */
export function pos2(a: OhmNode, b: OhmNode): A.Pos {
  setSpan(a);
  const s = spanStart;
  setSpan(b);
  return posOf(C, s, spanEnd);
}

export function posFrom(a: A.Pos, b: A.Pos): A.Pos {
  return { lineno: a.lineno, col_offset: a.col_offset, end_lineno: b.end_lineno, end_col_offset: b.end_col_offset };
}

/** A SyntaxError located at an AST node's range (CPython's RAISE_SYNTAX_ERROR_KNOWN_LOCATION). */
export function errAt(msg: string, p: A.Pos, type: SyntaxErrorInfo["type"] = "SyntaxError"): SyntaxErrorInfo {
  if (C.fstring) return fstringErr(msg, p);
  return new SyntaxErrorInfo(type, msg, p.lineno, p.col_offset + 1, p.end_lineno, p.end_col_offset + 1,
    lineText(C.source, C.lineStarts, p.lineno));
}

/** Errors inside an f-string expression are reported against the "(expr)" text, as CPython 3.11 does. */
export function fstringErr(msg: string, p: A.Pos): SyntaxErrorInfo {
  const start = C.base;
  const sl = lineOf(C.lineStarts, start), sc = colOf(C.source, C.lineStarts, sl, start);
  const off = (q: number, line: number) => (line === sl ? q - sc : q);
  return new SyntaxErrorInfo("SyntaxError", "f-string: " + msg, p.lineno - sl + 1, off(p.col_offset, p.lineno) + 1,
    p.end_lineno - sl + 1, off(p.end_col_offset, p.end_lineno) + 1, C.lay.source.replace(/\n?$/, "\n"));
}

export function ident(n: OhmNode): string {
  const s = n.sourceString;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return s.normalize("NFKC");
  return s;
}

export const EMPTY_ARGS = (): A.Arguments => ({
  kind: "arguments", posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [],
});

export function opt<T>(it: OhmNode): T | null {
  return it.numChildren > 0 ? it.children[0].ast() as T : null;
}

export function list<T>(n: OhmNode): T[] {
  const cs = n.asIteration().children;
  const r: T[] = new Array(cs.length);
  for (let i = 0; i < cs.length; i++) r[i] = cs[i].ast() as T;
  return r;
}

/** The ASTs of the statement nodes in an iteration, each giving one statement or a list of them. */
export function stmtList(n: OhmNode): A.Stmt[] {
  const cs = n.children;
  const r: A.Stmt[] = [];
  for (let i = 0; i < cs.length; i++) {
    const x = cs[i].ast() as A.Stmt | A.Stmt[];
    if (Array.isArray(x)) for (let j = 0; j < x.length; j++) r.push(x[j]);
    else r.push(x);
  }
  return r;
}

/** Name CPython uses for an expression in "cannot assign to %s" (Parser/pegen.c, _PyPegen_get_expr_name). */
export function exprName(e: A.Expr): string {
  switch (e.kind) {
    case "Attribute": return "attribute";
    case "Subscript": return "subscript";
    case "Starred": return "starred";
    case "Name": return "name";
    case "List": return "list";
    case "Tuple": return "tuple";
    case "Lambda": return "lambda";
    case "Call": return "function call";
    case "BoolOp": case "BinOp": case "UnaryOp": return "expression";
    case "GeneratorExp": return "generator expression";
    case "Yield": case "YieldFrom": return "yield expression";
    case "Await": return "await expression";
    case "ListComp": return "list comprehension";
    case "SetComp": return "set comprehension";
    case "DictComp": return "dict comprehension";
    case "Dict": return "dict literal";
    case "Set": return "set display";
    case "JoinedStr": case "FormattedValue": return "f-string expression";
    case "Constant": {
      const v = e.value;
      if (v === null) return "None";
      if (v === true) return "True";
      if (v === false) return "False";
      if (typeof v === "object" && "ellipsis" in v) return "ellipsis";
      return "literal";
    }
    case "Compare": return "comparison";
    case "IfExp": return "conditional expression";
    case "NamedExpr": return "named expression";
    default: return "expression";
  }
}

/** The first sub-expression that cannot be a target (Parser/pegen.c, _PyPegen_get_invalid_target). */
export function invalidTarget(e: A.Expr, forDel: boolean): A.Expr | null {
  switch (e.kind) {
    case "Name": case "Attribute": case "Subscript": return null;
    case "Starred": return forDel ? e : invalidTarget(e.value, forDel);
    case "List": case "Tuple":
      for (const x of e.elts) { const r = invalidTarget(x, forDel); if (r) return r; }
      return null;
    case "Compare":
      // `for x in y in z` style: CPython reports the comparison's left side when it is an `in` test.
      if (!forDel && e.ops[0] === "In") return invalidTarget(e.left, forDel);
      return e;
    default: return e;
  }
}

/** Sets the context of a target expression; throws CPython's error for an invalid target. */
export function setCtx2(e: A.Expr, ctx: A.ExprContext, kind: "assign" | "del" | "for" | "with" | "comp"): A.Expr {
  const bad = invalidTarget(e, ctx === "Del");
  if (bad) {
    if (ctx === "Del") throw errAt(`cannot delete ${exprName(bad)}`, bad);
    throw errAt(`cannot assign to ${exprName(bad)}`, bad);
  }
  void kind;
  store(e, ctx);
  return e;
}

export function store(e: A.Expr, ctx: A.ExprContext): void {
  switch (e.kind) {
    case "Name": case "Attribute": case "Subscript": e.ctx = ctx; break;
    case "Starred": e.ctx = ctx; store(e.value, ctx); break;
    case "List": case "Tuple": e.ctx = ctx; for (const x of e.elts) store(x, ctx); break;
    default: break;
  }
}

/** `a, b` lists become a Tuple spanning the elements (and a trailing comma), a single element stays as is. */
export function tupleOrSingle(listNode: OhmNode, comma: OhmNode, whole: OhmNode): A.Expr {
  const elts = list<A.Expr>(listNode);
  if (elts.length === 1 && comma.numChildren === 0) return elts[0];
  return { kind: "Tuple", elts, ctx: "Load", ...pos(whole) };
}

export const BINOPS: Record<string, A.Operator> = {
  "+": "Add", "-": "Sub", "*": "Mult", "@": "MatMult", "/": "Div", "%": "Mod", "**": "Pow", "<<": "LShift",
  ">>": "RShift", "|": "BitOr", "^": "BitXor", "&": "BitAnd", "//": "FloorDiv",
};
export const CMPOPS: Record<string, A.CmpOperator> = {
  "==": "Eq", "!=": "NotEq", "<": "Lt", "<=": "LtE", ">": "Gt", ">=": "GtE", "is": "Is", "isnot": "IsNot",
  "in": "In", "notin": "NotIn",
};

export const PREC: Record<string, number> = {
  "|": 1, "^": 2, "&": 3, "<<": 4, ">>": 4, "+": 5, "-": 5, "*": 6, "/": 6, "//": 6, "%": 6, "@": 6,
};

/**
 * Builds left-associative BinOps with Python's precedence from `f (op f)*` (operator-precedence parsing with
 * explicit stacks: operands are built left to right, an operator is applied once a later one binds no tighter).
 */
export function binChain(first: OhmNode, ops: OhmNode, rest: OhmNode): A.Expr {
  const n = ops.numChildren;
  if (n === 0) return first.ast();
  const opNodes = ops.children, operands = rest.children;
  const es: A.Expr[] = [], starts: number[] = [], ends: number[] = [], opStack: string[] = [];
  setSpan(first);
  starts.push(spanStart); ends.push(spanEnd);
  es.push(first.ast() as A.Expr);
  const reduce = (): void => {
    const op = opStack.pop()!;
    const right = es.pop()!, end = ends.pop()!;
    starts.pop();
    const left = es[es.length - 1], start = starts[starts.length - 1];
    es[es.length - 1] = { kind: "BinOp", left, op: BINOPS[op], right, ...posOf(C, start, end) };
    ends[ends.length - 1] = end;
  };
  for (let i = 0; i < n; i++) {
    const op = opNodes[i].sourceString.trim();
    const prec = PREC[op];
    while (opStack.length > 0 && PREC[opStack[opStack.length - 1]] >= prec) reduce();
    opStack.push(op);
    const x = operands[i];
    setSpan(x);
    starts.push(spanStart); ends.push(spanEnd);
    es.push(x.ast() as A.Expr);
  }
  while (opStack.length > 0) reduce();
  return es[0];
}

export interface BoolGroup { values: A.Expr[]; start: number; end: number }

/**
 * The AST of `[not]* c ((or | and) [not]* c)*` (grammar rule disjunction): `not` binds tighter than `and`,
 * `and` tighter than `or`; a chain of one operator is one BoolOp (CPython's disjunction and conjunction).
 */
export function boolOps(nots: OhmNode, first: OhmNode, ops: OhmNode, restNots: OhmNode, rest: OhmNode): A.Expr {
  const n = ops.numChildren;
  const groups: BoolGroup[] = [];
  let g = inversion(nots, first);
  for (let i = 0; i < n; i++) {
    const x = inversion(restNots.children[i], rest.children[i]);
    if (ops.children[i].ctorName === "kwAnd") {
      g.values.push(x.values[0]);
      g.end = x.end;
    } else {
      groups.push(g);
      g = x;
    }
  }
  groups.push(g);
  const conj = (c: BoolGroup): A.Expr =>
    c.values.length === 1 ? c.values[0] : { kind: "BoolOp", op: "And", values: c.values, ...posOf(C, c.start, c.end) };
  if (groups.length === 1) return conj(groups[0]);
  const values: A.Expr[] = [];
  for (let i = 0; i < groups.length; i++) values.push(conj(groups[i]));
  return { kind: "BoolOp", op: "Or", values, ...posOf(C, groups[0].start, groups[groups.length - 1].end) };
}

/** One operand of boolOps: a comparison under its `not` keywords, as a one-value group with its span. */
export function inversion(nots: OhmNode, comp: OhmNode): BoolGroup {
  let r = comp.ast() as A.Expr;
  const [cs, end] = span(comp);
  for (let i = nots.numChildren - 1; i >= 0; i--) {
    r = { kind: "UnaryOp", op: "Not", operand: r, ...posOf(C, span(nots.children[i])[0], end) };
  }
  return { values: [r], start: nots.numChildren ? span(nots.children[0])[0] : cs, end };
}

/** The original source text of a CST node (keywords are markers in the marked text). */
export function origText(n: OhmNode): string {
  const [s, e] = span(n);
  return C.source.slice(s, e);
}

export type ParamInfo =
  | { t: "slash"; n: OhmNode }
  | { t: "star"; n: OhmNode; arg: A.Arg | null }
  | { t: "kwargs"; n: OhmNode; arg: A.Arg }
  | { t: "plain"; n: OhmNode; arg: A.Arg; def: A.Expr | null };

/** Builds `arguments`, checking the order rules CPython's grammar enforces (invalid_parameters). */
export function buildParams(items: ParamInfo[], lambda: boolean): A.Arguments {
  const a = EMPTY_ARGS();
  let seenSlash = false, seenStar = false, seenKw = false, seenDefault = false;
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (seenKw) throw errAt("arguments cannot follow var-keyword argument", pos(it.n));
    switch (it.t) {
      case "slash":
        if (seenSlash) throw errAt("/ may appear only once", pos(it.n));
        if (seenStar) throw errAt("/ must be ahead of *", pos(it.n));
        if (a.args.length === 0) throw errAt("at least one argument must precede /", pos(it.n));
        seenSlash = true;
        a.posonlyargs = a.args;
        a.args = [];
        break;
      case "star":
        if (seenStar) throw errAt("* argument may appear only once", pos(it.n));
        seenStar = true;
        a.vararg = it.arg;
        if (!it.arg) {
          const next = items[i + 1];
          if (!next || next.t === "kwargs") throw errAt("named arguments must follow bare *", pos(it.n));
        }
        break;
      case "kwargs":
        seenKw = true;
        a.kwarg = it.arg;
        break;
      case "plain":
        if (seenStar) {
          a.kwonlyargs.push(it.arg);
          a.kw_defaults.push(it.def);
        } else {
          if (it.def) { seenDefault = true; a.defaults.push(it.def); }
          else if (seenDefault) throw errAt("non-default argument follows default argument", it.arg);
          a.args.push(it.arg);
        }
        break;
    }
  }
  void lambda;
  return a;
}

export interface CallArgs {
  args: A.Expr[]; keywords: A.Keyword[]; genexpCount: number; count: number;
  genexpFor: number | null; // original offset of the first generator argument's `for`
}

export type ArgInfo =
  | { t: "pos"; n: OhmNode; e: A.Expr; genexp: boolean; forAt: number }
  | { t: "star"; n: OhmNode; star: OhmNode; e: A.Expr }
  | { t: "kw"; n: OhmNode; k: A.Keyword }
  | { t: "kwstar"; n: OhmNode; k: A.Keyword };

export function buildCallArgs(items: ArgInfo[]): CallArgs {
  const r: CallArgs = { args: [], keywords: [], genexpCount: 0, count: items.length, genexpFor: null };
  let seenKw = false, seenKwStar = false;
  for (const it of items) {
    switch (it.t) {
      case "pos":
        // CPython locates these at the token after the argument (invalid_arguments).
        if (seenKwStar) throw new PendingError("positional argument follows keyword argument unpacking", it.n.source.endIdx);
        if (seenKw) throw new PendingError("positional argument follows keyword argument", it.n.source.endIdx);
        if (it.genexp) {
          r.genexpCount++;
          if (r.genexpFor === null) r.genexpFor = it.forAt;
        }
        r.args.push(it.e);
        break;
      case "star":
        if (seenKwStar) throw errAt("iterable argument unpacking follows keyword argument unpacking", pos(it.star));
        r.args.push(it.e);
        break;
      case "kw": seenKw = true; r.keywords.push(it.k); break;
      case "kwstar": seenKwStar = true; r.keywords.push(it.k); break;
    }
  }
  if (r.genexpCount > 0 && items.length > 1) {
    const g = items.find((x) => x.t === "pos" && x.genexp) as { e: A.Expr };
    throw errAt("Generator expression must be parenthesized", g.e);
  }
  return r;
}

export function keywordStart(n: OhmNode): number { return span(n)[0]; }

export function parseNumber(s: string, p: A.Pos): A.Constant {
  if (s.length < 16) {
    // Most literals are short plain decimal integers: no regular expression for them.
    let digits = true;
    for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); if (c < 48 || c > 57) { digits = false; break; } }
    if (digits && (s.length === 1 || s.charCodeAt(0) !== 48)) return { kind: "Constant", value: parseInt(s, 10), ...p };
  }
  const t = s.indexOf("_") < 0 ? s : s.replace(/_/g, "");
  const last = t[t.length - 1];
  if (last === "j" || last === "J") return { kind: "Constant", value: { imag: parseFloat(t) }, ...p };
  const c1 = t[1];
  if (t[0] === "0" && (c1 === "x" || c1 === "X" || c1 === "o" || c1 === "O" || c1 === "b" || c1 === "B")) {
    const big = BigInt(t.toLowerCase());
    return { kind: "Constant", value: big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : big, ...p };
  }
  if (t.indexOf(".") >= 0 || t.indexOf("e") >= 0 || t.indexOf("E") >= 0) return { kind: "Constant", value: { float: parseFloat(t) }, ...p };
  if (t.length < 16) return { kind: "Constant", value: parseInt(t, 10), ...p };
  const big = BigInt(t);
  return { kind: "Constant", value: big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : big, ...p };
}

export function withOrelse(it: OhmNode): A.Stmt[] {
  return it.numChildren > 0 ? it.children[0].ast() as A.Stmt[] : [];
}

export function lastStmtEnd(start: A.Pos, body: A.Stmt[], orelse: A.Stmt[] = []): A.Pos {
  const last = orelse.length ? orelse[orelse.length - 1] : body[body.length - 1];
  return posFrom(start, last);
}

export function simpleTarget(e: A.Expr, where: string): void {
  if (e.kind === "Name" || e.kind === "Attribute" || e.kind === "Subscript") return;
  throw errAt(`'${exprName(e)}' is an illegal expression for ${where}`, e);
}

/** `lhs: annotation [= value]` (grammar rule assignTail_ann). */
export function annAssign(self: OhmNode, lhs: OhmNode, ann: OhmNode, value: OhmNode): A.AnnAssign {
  const target = lhs.ast() as A.Expr;
  if (target.kind === "Tuple" || target.kind === "List") {
    throw errAt(`only single target (not ${target.kind === "Tuple" ? "tuple" : "list"}) can be annotated`, target);
  }
  if (target.kind !== "Name" && target.kind !== "Attribute" && target.kind !== "Subscript") {
    throw errAt("illegal target for annotation", target);
  }
  store(target, "Store");
  const parenthesized = C.text.charCodeAt(lhs.source.startIdx) === 40 || lhs.sourceString.trimStart()[0] === "(";
  return {
    kind: "AnnAssign", target, annotation: ann.ast(), value: opt<A.Expr>(value),
    simple: target.kind === "Name" && !parenthesized, ...pos(self),
  };
}

/** `lhs op= value`. */
export function augAssign(self: OhmNode, lhs: OhmNode, op: OhmNode, rhs: OhmNode): A.AugAssign {
  const target = lhs.ast() as A.Expr;
  simpleTarget(target, "augmented assignment");
  store(target, "Store");
  const o = BINOPS[op.sourceString.slice(0, -1)];
  return { kind: "AugAssign", target, op: o, value: rhs.ast(), ...pos(self) };
}

/** `t1 = t2 = ... = value`. */
export function assign(self: OhmNode, lhs: OhmNode, values: OhmNode): A.Assign {
  const vs = values.children;
  const all: A.Expr[] = [lhs.ast() as A.Expr];
  for (let i = 0; i < vs.length; i++) all.push(vs[i].ast() as A.Expr);
  const value = all.pop()!;
  for (let i = 0; i < all.length; i++) {
    const t = all[i];
    if (t.kind === "Yield" || t.kind === "YieldFrom") throw errAt("assignment to yield expression not possible", t);
    const bad = invalidTarget(t, false);
    if (bad) {
      // CPython's invalid_named_expression fires first when the bad target is a bitwise_or-level expression
      // at the end of the first target, followed by `= value` and no further '='.
      const here = i === 0 && all.length === 1 && bad.end_lineno === t.end_lineno && bad.end_col_offset === t.end_col_offset
        && !["Compare", "BoolOp", "Lambda", "IfExp", "NamedExpr", "Starred", "Tuple", "List", "UnaryOp"].includes(bad.kind)
        && !(bad.kind === "Constant" && (bad.value === null || typeof bad.value === "boolean"))
        && !(bad.kind === "GeneratorExp");
      throw errAt(here ? `cannot assign to ${exprName(bad)} here. Maybe you meant '==' instead of '='?`
        : `cannot assign to ${exprName(bad)}`, bad);
    }
    store(t, "Store");
  }
  return { kind: "Assign", targets: all, value, ...pos(self) };
}
