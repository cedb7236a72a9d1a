// parse-ast.ts — the Ohm semantics that turn a successful match of grammar/python.ohm into ast.ts nodes,
// with CPython 3.11's positions and the checks CPython makes while building its AST (targets, arguments).
import type { ActionDict, Grammar, MatchResult, Node as OhmNode } from "ohm-js";
import { SyntaxErrorInfo } from "./ast.js";
import type * as A from "./ast.js";
import { colOf, lineOf, lineText, type Layout, type StringToken } from "./layout.js";
import { buildStrings, StrError, type StringEnv } from "./parse-strings.js";

/** Everything the semantic actions need about the text being parsed. */
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

let C: ParseCtx;

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
function lineAt(ctx: ParseCtx, o: number): number {
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

function colAt(ctx: ParseCtx, line: number, o: number): number {
  if (ctx.astral === undefined) ctx.astral = /[\uD800-\uDBFF]/.test(ctx.source);
  return ctx.astral ? colOf(ctx.source, ctx.lineStarts, line, o) : o - ctx.lineStarts[line - 1];
}

function isTrim(c: number): boolean {
  return c === 32 || c === 9 || c === 12 || c === 10 || c === 0xe001 || c === 0xe002;
}

/** The span computed by setSpan() (module state: no array per call on this hot path). */
let spanStart = 0, spanEnd = 0;

/** Sets spanStart/spanEnd to the original [start, end) of a CST node, without surrounding blanks and markers. */
function setSpan(n: OhmNode): void {
  const v = n as unknown as CstView;
  let s = v.start, e = s + v.node.matchLength;
  const t = C.text;
  while (s < e && isTrim(t.charCodeAt(s))) s++;
  while (e > s && isTrim(t.charCodeAt(e - 1))) e--;
  if (e === s) { spanStart = spanEnd = origOf(C, s); return; }
  spanStart = origOf(C, s);
  spanEnd = origOf(C, e - 1) + 1;
}

/** Original [start, end) of a CST node, without surrounding blanks and layout markers. */
function span(n: OhmNode): [number, number] {
  setSpan(n);
  return [spanStart, spanEnd];
}

function pos(n: OhmNode): A.Pos {
  setSpan(n);
  return posOf(C, spanStart, spanEnd);
}

/** Position from the start of node a to the end of node b. */
function pos2(a: OhmNode, b: OhmNode): A.Pos {
  setSpan(a);
  const s = spanStart;
  setSpan(b);
  return posOf(C, s, spanEnd);
}

function posFrom(a: A.Pos, b: A.Pos): A.Pos {
  return { lineno: a.lineno, col_offset: a.col_offset, end_lineno: b.end_lineno, end_col_offset: b.end_col_offset };
}

/** A SyntaxError located at an AST node's range (CPython's RAISE_SYNTAX_ERROR_KNOWN_LOCATION). */
export function errAt(msg: string, p: A.Pos, type: SyntaxErrorInfo["type"] = "SyntaxError"): SyntaxErrorInfo {
  if (C.fstring) return fstringErr(msg, p);
  return new SyntaxErrorInfo(type, msg, p.lineno, p.col_offset + 1, p.end_lineno, p.end_col_offset + 1,
    lineText(C.source, C.lineStarts, p.lineno));
}

/** Errors inside an f-string expression are reported against the "(expr)" text, as CPython 3.11 does. */
function fstringErr(msg: string, p: A.Pos): SyntaxErrorInfo {
  const start = C.base;
  const sl = lineOf(C.lineStarts, start), sc = colOf(C.source, C.lineStarts, sl, start);
  const off = (q: number, line: number) => (line === sl ? q - sc : q);
  return new SyntaxErrorInfo("SyntaxError", "f-string: " + msg, p.lineno - sl + 1, off(p.col_offset, p.lineno) + 1,
    p.end_lineno - sl + 1, off(p.end_col_offset, p.end_lineno) + 1, C.lay.source.replace(/\n?$/, "\n"));
}

function ident(n: OhmNode): string {
  const s = n.sourceString;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return s.normalize("NFKC");
  return s;
}

const EMPTY_ARGS = (): A.Arguments => ({
  kind: "arguments", posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [],
});

function opt<T>(it: OhmNode): T | null {
  return it.numChildren > 0 ? it.children[0].ast() as T : null;
}

function list<T>(n: OhmNode): T[] {
  const cs = n.asIteration().children;
  const r: T[] = new Array(cs.length);
  for (let i = 0; i < cs.length; i++) r[i] = cs[i].ast() as T;
  return r;
}

/** The ASTs of the statement nodes in an iteration, each giving one statement or a list of them. */
function stmtList(n: OhmNode): A.Stmt[] {
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

function store(e: A.Expr, ctx: A.ExprContext): void {
  switch (e.kind) {
    case "Name": case "Attribute": case "Subscript": e.ctx = ctx; break;
    case "Starred": e.ctx = ctx; store(e.value, ctx); break;
    case "List": case "Tuple": e.ctx = ctx; for (const x of e.elts) store(x, ctx); break;
    default: break;
  }
}

/** `a, b` lists become a Tuple spanning the elements (and a trailing comma), a single element stays as is. */
function tupleOrSingle(listNode: OhmNode, comma: OhmNode, whole: OhmNode): A.Expr {
  const elts = list<A.Expr>(listNode);
  if (elts.length === 1 && comma.numChildren === 0) return elts[0];
  return { kind: "Tuple", elts, ctx: "Load", ...pos(whole) };
}

const BINOPS: Record<string, A.Operator> = {
  "+": "Add", "-": "Sub", "*": "Mult", "@": "MatMult", "/": "Div", "%": "Mod", "**": "Pow", "<<": "LShift",
  ">>": "RShift", "|": "BitOr", "^": "BitXor", "&": "BitAnd", "//": "FloorDiv",
};
const CMPOPS: Record<string, A.CmpOperator> = {
  "==": "Eq", "!=": "NotEq", "<": "Lt", "<=": "LtE", ">": "Gt", ">=": "GtE", "is": "Is", "isnot": "IsNot",
  "in": "In", "notin": "NotIn",
};

const PREC: Record<string, number> = {
  "|": 1, "^": 2, "&": 3, "<<": 4, ">>": 4, "+": 5, "-": 5, "*": 6, "/": 6, "//": 6, "%": 6, "@": 6,
};

/**
 * Builds left-associative BinOps with Python's precedence from `f (op f)*` (operator-precedence parsing with
 * explicit stacks: operands are built left to right, an operator is applied once a later one binds no tighter).
 */
function binChain(first: OhmNode, ops: OhmNode, rest: OhmNode): A.Expr {
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

interface BoolGroup { values: A.Expr[]; start: number; end: number }

/**
 * The AST of `[not]* c ((or | and) [not]* c)*` (grammar rule disjunction): `not` binds tighter than `and`,
 * `and` tighter than `or`; a chain of one operator is one BoolOp (CPython's disjunction and conjunction).
 */
function boolOps(nots: OhmNode, first: OhmNode, ops: OhmNode, restNots: OhmNode, rest: OhmNode): A.Expr {
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
function inversion(nots: OhmNode, comp: OhmNode): BoolGroup {
  let r = comp.ast() as A.Expr;
  const [cs, end] = span(comp);
  for (let i = nots.numChildren - 1; i >= 0; i--) {
    r = { kind: "UnaryOp", op: "Not", operand: r, ...posOf(C, span(nots.children[i])[0], end) };
  }
  return { values: [r], start: nots.numChildren ? span(nots.children[0])[0] : cs, end };
}

/** The original source text of a CST node (keywords are markers in the marked text). */
function origText(n: OhmNode): string {
  const [s, e] = span(n);
  return C.source.slice(s, e);
}

type ParamInfo =
  | { t: "slash"; n: OhmNode }
  | { t: "star"; n: OhmNode; arg: A.Arg | null }
  | { t: "kwargs"; n: OhmNode; arg: A.Arg }
  | { t: "plain"; n: OhmNode; arg: A.Arg; def: A.Expr | null };

/** Builds `arguments`, checking the order rules CPython's grammar enforces (invalid_parameters). */
function buildParams(items: ParamInfo[], lambda: boolean): A.Arguments {
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

interface CallArgs {
  args: A.Expr[]; keywords: A.Keyword[]; genexpCount: number; count: number;
  genexpFor: number | null; // original offset of the first generator argument's `for`
}

type ArgInfo =
  | { t: "pos"; n: OhmNode; e: A.Expr; genexp: boolean; forAt: number }
  | { t: "star"; n: OhmNode; star: OhmNode; e: A.Expr }
  | { t: "kw"; n: OhmNode; k: A.Keyword }
  | { t: "kwstar"; n: OhmNode; k: A.Keyword };

function buildCallArgs(items: ArgInfo[]): CallArgs {
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

function keywordStart(n: OhmNode): number { return span(n)[0]; }

function parseNumber(s: string, p: A.Pos): A.Constant {
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

function withOrelse(it: OhmNode): A.Stmt[] {
  return it.numChildren > 0 ? it.children[0].ast() as A.Stmt[] : [];
}

function lastStmtEnd(start: A.Pos, body: A.Stmt[], orelse: A.Stmt[] = []): A.Pos {
  const last = orelse.length ? orelse[orelse.length - 1] : body[body.length - 1];
  return posFrom(start, last);
}

function simpleTarget(e: A.Expr, where: string): void {
  if (e.kind === "Name" || e.kind === "Attribute" || e.kind === "Subscript") return;
  throw errAt(`'${exprName(e)}' is an illegal expression for ${where}`, e);
}

/** `lhs: annotation [= value]` (grammar rule assignTail_ann). */
function annAssign(self: OhmNode, lhs: OhmNode, ann: OhmNode, value: OhmNode): A.AnnAssign {
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
function augAssign(self: OhmNode, lhs: OhmNode, op: OhmNode, rhs: OhmNode): A.AugAssign {
  const target = lhs.ast() as A.Expr;
  simpleTarget(target, "augmented assignment");
  store(target, "Store");
  const o = BINOPS[op.sourceString.slice(0, -1)];
  return { kind: "AugAssign", target, op: o, value: rhs.ast(), ...pos(self) };
}

/** `t1 = t2 = ... = value`. */
function assign(self: OhmNode, lhs: OhmNode, values: OhmNode): A.Assign {
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

/** Turns a successful match into the AST (see makeSemantics). */
export type AstBuilder = (m: MatchResult, offset?: number) => { ast(): unknown };

/**
 * Builds the AST with the actions below. The actions are written as an Ohm action dictionary, but they are
 * run by CstView, a light stand-in for Ohm's semantics wrappers: Ohm's Semantics allocates an Interval and
 * a wrapper per node visit, which was most of the parse time.
 */
export function makeSemantics(g: Grammar): AstBuilder {
  void g;
  const actions: ActionDict<unknown> = {
    fileInput(stmts, _end) {
      return { kind: "Module", body: stmtList(stmts) } as A.Module;
    },
    evalInput(e, _nl, _end) { return { kind: "Expression", body: e.ast() } as A.Expression; },
    singleInput(stmts, _end) {
      return { kind: "Interactive", body: stmtList(stmts) } as A.Interactive;
    },
    fStringInput(e, _nl, _end) { return e.ast(); },
    disjunctionInput(e, _nl, _end) { return e.ast(); },
    // A statement gives one AST statement or, for a line of simple statements, a list (see stmtList).
    statement(x) { return x.ast(); },
    statement_compound(_la, x) { return x.ast(); },
    simpleStmts(l, _semi, _nl) { return list<A.Stmt>(l); },

    assignLike(lhs, tail) {
      if (tail.numChildren === 0) return { kind: "Expr", value: lhs.ast(), ...pos(this) } as A.ExprStmt;
      const t = tail.children[0].children[0];
      const k = t.children;
      switch (t.ctorName) {
        case "assignTail_ann": return annAssign(this, lhs, k[1], k[2]);
        case "assignTail_aug": return augAssign(this, lhs, k[0], k[1]);
        default: return assign(this, lhs, k[0]);
      }
    },
    annValue(_eq, e) { return e.ast(); },
    assignValue(_eq, e) { return e.ast(); },

    returnStmt(_kw, v) { return { kind: "Return", value: opt(v), ...pos(this) }; },
    raiseStmt(_kw, v) {
      const r = opt<{ exc: A.Expr; cause: A.Expr | null }>(v);
      return { kind: "Raise", exc: r ? r.exc : null, cause: r ? r.cause : null, ...pos(this) };
    },
    raiseValue(e, from) { return { exc: e.ast(), cause: opt(from) }; },
    raiseFrom(_kw, e) { return e.ast(); },
    passStmt(_) { return { kind: "Pass", ...pos(this) }; },
    breakStmt(_) { return { kind: "Break", ...pos(this) }; },
    continueStmt(_) { return { kind: "Continue", ...pos(this) }; },
    globalStmt(_kw, names) { return { kind: "Global", names: names.asIteration().children.map(ident), ...pos(this) }; },
    nonlocalStmt(_kw, names) {
      return { kind: "Nonlocal", names: names.asIteration().children.map(ident), ...pos(this) };
    },
    delStmt(_kw, targets, _comma) {
      const ts = list<A.Expr>(targets).map((t) => setCtx2(t, "Del", "del"));
      return { kind: "Delete", targets: ts, ...pos(this) };
    },
    assertStmt(_kw, test, _comma, msg) {
      return { kind: "Assert", test: test.ast(), msg: opt(msg), ...pos(this) };
    },
    importName(_kw, names) { return { kind: "Import", names: list(names), ...pos(this) }; },
    dottedAsName(dn, _as, asname) {
      return { kind: "alias", name: dn.ast(), asname: asname.numChildren ? ident(asname.children[0]) : null, ...pos(this) };
    },
    dottedName(names) { return names.asIteration().children.map(ident).join("."); },
    importFrom_named(_from, dots, dn, _imp, targets) {
      return { kind: "ImportFrom", module: dn.ast(), names: targets.ast(), level: dotCount(dots), ...pos(this) };
    },
    importFrom_relative(_from, dots, _imp, targets) {
      return { kind: "ImportFrom", module: null, names: targets.ast(), level: dotCount(dots), ...pos(this) };
    },
    importTargets_paren(_o, names, _comma, _c) { return list(names); },
    importTargets_plain(names) { return list(names); },
    importTargets_star(s) { return [{ kind: "alias", name: "*", asname: null, ...pos(s) }]; },
    importAsName(n, _as, asname) {
      return { kind: "alias", name: ident(n), asname: asname.numChildren ? ident(asname.children[0]) : null, ...pos(this) };
    },

    block_indented(_nl, _ind, stmts, _ded) { return stmtList(stmts); },
    block_inline(s) { return s.ast(); },
    decorator(_at, e, _nl) { return e.ast(); },
    functionDef(decos, asyncKw, defKw, name, _lp, params, _rp, _arrow, returns, _colon, block) {
      const body = block.ast() as A.Stmt[];
      const start = asyncKw.numChildren ? asyncKw.children[0] : defKw;
      return {
        kind: asyncKw.numChildren ? "AsyncFunctionDef" : "FunctionDef", name: ident(name),
        args: params.numChildren ? params.children[0].ast() : EMPTY_ARGS(), body,
        decorator_list: decos.children.map((d) => d.ast()), returns: opt(returns),
        ...lastStmtEnd(pos(start), body),
      } as A.FunctionDef;
    },
    classDef(decos, kw, name, args, _colon, block) {
      const body = block.ast() as A.Stmt[];
      const ca = args.numChildren ? args.children[0].ast() as CallArgs : null;
      return {
        kind: "ClassDef", name: ident(name), bases: ca ? ca.args : [], keywords: ca ? ca.keywords : [], body,
        decorator_list: decos.children.map((d) => d.ast()), ...lastStmtEnd(pos(kw), body),
      } as A.ClassDef;
    },
    classArgs(_lp, args, _rp) {
      if (args.numChildren) {
        const ca = args.children[0].ast() as CallArgs;
        if (ca.genexpFor !== null) throw errAt("invalid syntax", posOf(C, ca.genexpFor, ca.genexpFor + 3));
        return ca;
      }
      return { args: [], keywords: [], genexpCount: 0, count: 0, genexpFor: null };
    },
    ifStmt(kw, test, _c, block, orelse) {
      const body = block.ast() as A.Stmt[];
      const els = withOrelse(orelse);
      return { kind: "If", test: test.ast(), body, orelse: els, ...lastStmtEnd(pos(kw), body, els) } as A.If;
    },
    elifOrElse_elif(kw, test, _c, block, orelse) {
      const body = block.ast() as A.Stmt[];
      const els = withOrelse(orelse);
      return [{ kind: "If", test: test.ast(), body, orelse: els, ...lastStmtEnd(pos(kw), body, els) }];
    },
    elseBlock(_kw, _c, block) { return block.ast(); },
    whileStmt(kw, test, _c, block, orelse) {
      const body = block.ast() as A.Stmt[];
      const els = withOrelse(orelse);
      return { kind: "While", test: test.ast(), body, orelse: els, ...lastStmtEnd(pos(kw), body, els) } as A.While;
    },
    forStmt(asyncKw, forKw, targets, _in, iter, _c, block, orelse) {
      const target = setCtx2(targets.ast(), "Store", "for");
      const body = block.ast() as A.Stmt[];
      const els = withOrelse(orelse);
      const start = asyncKw.numChildren ? asyncKw.children[0] : forKw;
      return {
        kind: asyncKw.numChildren ? "AsyncFor" : "For", target, iter: iter.ast(), body, orelse: els,
        ...lastStmtEnd(pos(start), body, els),
      } as A.For;
    },
    withStmt_paren(asyncKw, withKw, _lp, items, _comma, _rp, _la, _colon, block) {
      return makeWith(asyncKw, withKw, list<A.WithItem>(items), block.ast());
    },
    withStmt_plain(asyncKw, withKw, items, _colon, block) {
      return makeWith(asyncKw, withKw, list<A.WithItem>(items), block.ast());
    },
    withItem(e, _as, target, _la) {
      const t = opt<A.Expr>(target);
      return { kind: "withitem", context_expr: e.ast(), optional_vars: t ? setCtx2(t, "Store", "with") : null };
    },
    tryStmt(kw, _c, block, excepts, orelse, fin) {
      const body = block.ast() as A.Stmt[];
      const handlers = excepts.children.map((h) => h.ast() as A.ExceptHandler);
      const els = withOrelse(orelse);
      const finalbody = fin.numChildren ? fin.children[0].ast() as A.Stmt[] : [];
      if (handlers.length === 0 && finalbody.length === 0) {
        throw new PendingError("expected 'except' or 'finally' block", block.source.endIdx);
      }
      const last = finalbody.length ? finalbody : els.length ? els : handlers.length ? [handlers[handlers.length - 1]] : body;
      return {
        kind: "Try", body, handlers, orelse: els, finalbody, ...posFrom(pos(kw), last[last.length - 1]),
      } as A.Try;
    },
    exceptBlock_star(kw, star, _e, _as, _name, _c, _block) {
      throw errAt("except* is not supported by gilpy", posFrom(pos(kw), pos(star)));
    },
    exceptBlock_typed(kw, e, _as, name, _c, block) {
      const body = block.ast() as A.Stmt[];
      return {
        kind: "ExceptHandler", type: e.ast(), name: name.numChildren ? ident(name.children[0]) : null, body,
        ...lastStmtEnd(pos(kw), body),
      };
    },
    exceptBlock_bare(kw, _c, block) {
      const body = block.ast() as A.Stmt[];
      return { kind: "ExceptHandler", type: null, name: null, body, ...lastStmtEnd(pos(kw), body) };
    },
    finallyBlock(_kw, _c, block) { return block.ast(); },

    params(items, _comma) { return buildParams(list<ParamInfo>(items), false); },
    paramItem_slash(s) { return { t: "slash", n: s }; },
    paramItem_kwargs(_s, p) { return { t: "kwargs", n: this, arg: p.ast() }; },
    paramItem_varargs(_s, p) { return { t: "star", n: this, arg: p.ast() }; },
    paramItem_star(s) { return { t: "star", n: s, arg: null }; },
    paramItem_plain(p, _eq, def) { return { t: "plain", n: this, arg: p.ast(), def: opt(def) }; },
    param(name, _c, ann) { return { kind: "arg", arg: ident(name), annotation: opt(ann), ...pos(this) }; },
    starParam(name, _c, ann) { return { kind: "arg", arg: ident(name), annotation: opt(ann), ...pos(this) }; },
    lambdaParams(items, _comma) { return buildParams(list<ParamInfo>(items), true); },
    lambdaParamItem_slash(s) { return { t: "slash", n: s }; },
    lambdaParamItem_kwargs(_s, n) { return { t: "kwargs", n: this, arg: argOf(n) }; },
    lambdaParamItem_varargs(_s, n) { return { t: "star", n: this, arg: argOf(n) }; },
    lambdaParamItem_star(s) { return { t: "star", n: s, arg: null }; },
    lambdaParamItem_plain(n, _eq, def) { return { t: "plain", n: this, arg: argOf(n), def: opt(def) }; },

    starTargets(l, comma) { return tupleOrSingle(l, comma, this); },
    starTarget(star, p) {
      const e = p.ast() as A.Expr;
      if (star.numChildren) return { kind: "Starred", value: e, ctx: "Load", ...pos(this) };
      return e;
    },
    starExpressions(l, comma) { return tupleOrSingle(l, comma, this); },
    starExpression_star(_s, e) { return { kind: "Starred", value: e.ast(), ctx: "Load", ...pos(this) }; },
    starNamedExpressions(l, _comma) { return list(l); },
    starNamedExpression_star(_s, e) { return { kind: "Starred", value: e.ast(), ctx: "Load", ...pos(this) }; },
    namedExpression_walrus(name, _op, e) {
      const target = { kind: "Name", id: ident(name), ctx: "Store", ...pos(name) };
      return { kind: "NamedExpr", target, value: e.ast(), ...pos(this) };
    },
    expressions(l, comma) { return tupleOrSingle(l, comma, this); },
    expression(head, _la, tail) {
      if (tail.numChildren === 0) return head.ast();
      const [test, orelse] = tail.children[0].ast() as [A.Expr, A.Expr];
      return { kind: "IfExp", test, body: head.ast(), orelse, ...pos(this) };
    },
    ifElse(_if, test, _else, orelse) { return [test.ast(), orelse.ast()]; },
    lambda(_kw, params, _c, body) {
      return {
        kind: "Lambda", args: params.numChildren ? params.children[0].ast() : EMPTY_ARGS(), body: body.ast(), ...pos(this),
      };
    },
    yieldExpr_from(_y, _f, e) { return { kind: "YieldFrom", value: e.ast(), ...pos(this) }; },
    yieldExpr_plain(_y, v) { return { kind: "Yield", value: opt(v), ...pos(this) }; },
    disjunction(_la, nots, first, _la2, ops, _la3, restNots, rest) {
      if (ops.numChildren === 0 && nots.numChildren === 0) return first.ast();
      return boolOps(nots, first, ops, restNots, rest);
    },
    comparison(first, binops, rest, _la, ops, firsts, binopss, rests) {
      const left = binChain(first, binops, rest);
      if (ops.numChildren === 0) return left;
      const n = ops.numChildren;
      const cmpops: A.CmpOperator[] = new Array(n), comparators: A.Expr[] = new Array(n);
      for (let i = 0; i < n; i++) cmpops[i] = CMPOPS[origText(ops.children[i]).replace(/\s+/g, "")];
      for (let i = 0; i < n; i++) comparators[i] = binChain(firsts.children[i], binopss.children[i], rests.children[i]);
      return { kind: "Compare", left, ops: cmpops, comparators, ...pos(this) };
    },
    bitOr(first, ops, rest) { return binChain(first, ops, rest); },
    factor(signs, _la, kw, atom, _la2, trailers, _pow, rhs) {
      let e = buildPrimary(atom, trailers);
      if (kw.numChildren === 0 && rhs.numChildren === 0 && signs.numChildren === 0) return e;
      const primaryEnd = span(trailers.numChildren ? trailers.children[trailers.numChildren - 1] : atom)[1];
      const start = kw.numChildren ? span(kw.children[0])[0] : span(atom)[0];
      if (kw.numChildren) e = { kind: "Await", value: e, ...posOf(C, start, primaryEnd) };
      if (rhs.numChildren) {
        const r = rhs.children[0];
        e = { kind: "BinOp", left: e, op: "Pow", right: r.ast(), ...posOf(C, start, span(r)[1]) };
      }
      const end = span(this)[1];
      for (let i = signs.numChildren - 1; i >= 0; i--) {
        const o = signs.children[i].sourceString;
        const op = o === "+" ? "UAdd" : o === "-" ? "USub" : "Invert";
        e = { kind: "UnaryOp", op, operand: e, ...posOf(C, span(signs.children[i])[0], end) };
      }
      return e;
    },
    primary(atom, _la, trailers) { return buildPrimary(atom, trailers); },
    slices(l, comma) {
      const e = tupleOrSingle(l, comma, this);
      return e.kind === "Starred" ? { kind: "Tuple", elts: [e], ctx: "Load", ...pos(this) } : e;
    },
    sliceItem_slice(lo, _c, hi, step) {
      const st = step.numChildren ? step.children[0].ast() as A.Expr | null : null;
      return { kind: "Slice", lower: opt(lo), upper: opt(hi), step: st, ...pos(this) };
    },
    sliceStep(_c, e) { return opt(e); },
    sliceItem_star(_s, e) { return { kind: "Starred", value: e.ast(), ctx: "Load", ...pos(this) }; },
    arguments(l, _comma) { return buildCallArgs(list<ArgInfo>(l)); },
    argItem_kwstar(_s, e) { return { t: "kwstar", n: this, k: { kind: "keyword", arg: null, value: e.ast(), ...pos(this) } }; },
    argItem_star(s, e) { return { t: "star", n: this, star: s, e: { kind: "Starred", value: e.ast(), ctx: "Load", ...pos(this) } }; },
    argItem_kw(name, _eq, e) {
      return { t: "kw", n: this, k: { kind: "keyword", arg: ident(name), value: e.ast(), ...pos(this) } };
    },
    argItem_pos(e, clauses) {
      if (clauses.numChildren === 0) return { t: "pos", n: this, genexp: false, e: e.ast(), forAt: -1 };
      const cs = clauses.children[0];
      // A lone generator argument takes the call's parentheses as its own (CPython 3.11 positions).
      return {
        t: "pos", n: this, genexp: true, forAt: span(cs)[0],
        e: { kind: "GeneratorExp", elt: starCheck(e.ast()), generators: cs.ast(), ...pos(this) },
      };
    },
    atom_true(_) { return { kind: "Constant", value: true, ...pos(this) }; },
    atom_false(_) { return { kind: "Constant", value: false, ...pos(this) }; },
    atom_none(_) { return { kind: "Constant", value: null, ...pos(this) }; },
    atom_ellipsis(_) { return { kind: "Constant", value: { ellipsis: true }, ...pos(this) }; },
    name(_s, _r) { return { kind: "Name", id: ident(this), ctx: "Load", ...pos(this) }; },
    number(_n) { return parseNumber(this.sourceString, pos(this)); },
    strings(toks) {
      const ts = toks.children.map((t) => C.lay.strings.get(t.source.startIdx) as StringToken);
      if (C.base !== 0) {
        for (let i = 0; i < ts.length; i++) {
          const t = ts[i];
          ts[i] = { ...t, start: t.start + C.base, end: t.end + C.base, bodyStart: t.bodyStart + C.base, bodyEnd: t.bodyEnd + C.base };
        }
      }
      try {
        return buildStrings(ts, C.strEnv);
      } catch (e) {
        if (!(e instanceof StrError)) throw e;
        if (e.range) throw errAt(e.msg, posOf(C, e.range[0], e.range[1]));
        throw new PendingError(e.msg, this.source.endIdx);
      }
    },
    parenAtom_empty(_l, _r) { return { kind: "Tuple", elts: [], ctx: "Load", ...pos(this) }; },
    parenAtom_yield(_l, y, _r) { return y.ast(); },
    parenAtom_genexp(_l, e, clauses, _r) {
      return { kind: "GeneratorExp", elt: starCheck(e.ast()), generators: clauses.ast(), ...pos(this) };
    },
    parenAtom_tuple(_l, first, _comma, rest, _r) {
      const elts = [first.ast(), ...(rest.numChildren ? rest.children[0].ast() as A.Expr[] : [])];
      return { kind: "Tuple", elts, ctx: "Load", ...pos(this) };
    },
    parenAtom_group(_l, e, _r) { return e.ast(); },
    parenAtom_badstar(_l, star, e, _r) { throw errAt("cannot use starred expression here", pos2(star, e)); },
    listAtom_empty(_l, _r) { return { kind: "List", elts: [], ctx: "Load", ...pos(this) }; },
    listAtom_comp(_l, e, clauses, _r) {
      return { kind: "ListComp", elt: starCheck(e.ast()), generators: clauses.ast(), ...pos(this) };
    },
    listAtom_list(_l, items, _r) { return { kind: "List", elts: items.ast(), ctx: "Load", ...pos(this) }; },
    braceAtom_empty(_l, _r) { return { kind: "Dict", keys: [], values: [], ...pos(this) }; },
    braceAtom_dictcomp(_l, k, _c, v, clauses, _r) {
      return { kind: "DictComp", key: k.ast(), value: v.ast(), generators: clauses.ast(), ...pos(this) };
    },
    braceAtom_dict(_l, items, _comma, _r) {
      const kv = list<{ key: A.Expr | null; value: A.Expr }>(items);
      return { kind: "Dict", keys: kv.map((x) => x.key), values: kv.map((x) => x.value), ...pos(this) };
    },
    braceAtom_setcomp(_l, e, clauses, _r) {
      return { kind: "SetComp", elt: starCheck(e.ast()), generators: clauses.ast(), ...pos(this) };
    },
    braceAtom_set(_l, items, _r) { return { kind: "Set", elts: items.ast(), ...pos(this) }; },
    dictItem_star(_s, e) { return { key: null, value: e.ast() }; },
    dictItem_pair(k, _c, v) { return { key: k.ast(), value: v.ast() }; },
    forIfClauses(cs) { return cs.children.map((c) => c.ast()); },
    forIfClause(asyncKw, _for, targets, _in, iter, ifs) {
      return {
        kind: "comprehension", target: setCtx2(targets.ast(), "Store", "comp"), iter: iter.ast(),
        ifs: ifs.children.map((i) => i.ast()), is_async: asyncKw.numChildren > 0,
      };
    },
    compIf(_kw, e) { return e.ast(); },
    _iter(...children) { return children.map((c) => c.ast()); },
  };
  const table = actions as unknown as Record<string, (this: CstView, ...args: CstView[]) => unknown>;
  // `offset`: where the matched text starts in C.text (a top-level statement group matched on its own).
  return (m: MatchResult, offset = 0) => {
    const r = m as unknown as { _cst: RawNode; _cstOffset: number };
    const root = new CstView(r._cst, r._cstOffset + offset, r._cstOffset + offset, table);
    return { ast: () => root.ast() };
  };
}

/** The grammar's written-out nonemptyListOf<X, sep> rules (python.ohm, "lists"): X (sep X)*. */
const LIST_RULES = new Set([
  "argItemListComma", "dictItemListComma", "dottedAsNameListComma", "expressionListComma", "importAsNameListComma",
  "lambdaParamItemListComma", "nameListComma", "nameListDot", "paramItemListComma", "simpleStmtListSemi",
  "sliceItemListComma", "starExpressionListComma", "starNamedExpressionListComma", "starTargetListComma",
  "withItemListComma",
]);

/** Ohm's CST node as built by the matcher (ohm-js src/nodes.js) or by parse-match.ts. */
interface RawNode {
  matchLength: number;
  children?: RawNode[];
  childOffsets?: number[];
  /** The rule's name, "_iter" or "_terminal" (a getter in ohm-js, a field in parse-match.ts). */
  ctorName: string;
}

const ITER = "_iter";

/** A CST node with its position, offering the parts of Ohm's wrapper API the actions use. */
class CstView {
  private kids: CstView[] | null = null;
  constructor(readonly node: RawNode, readonly start: number, readonly base: number,
    readonly table: Record<string, (this: CstView, ...args: CstView[]) => unknown>) {}

  get source(): { startIdx: number; endIdx: number } {
    return { startIdx: this.start, endIdx: this.start + this.node.matchLength };
  }
  get sourceString(): string { return C.text.slice(this.start, this.start + this.node.matchLength); }
  get ctorName(): string { return this.node.ctorName; }
  get numChildren(): number { const c = this.node.children; return c ? c.length : 0; }
  get children(): CstView[] {
    if (this.kids !== null) return this.kids;
    const n = this.node, cs = n.children;
    if (!cs) return (this.kids = []);
    const offs = n.childOffsets!, base = this.base, table = this.table;
    const kids: CstView[] = new Array(cs.length);
    for (let i = 0; i < cs.length; i++) {
      const c = cs[i];
      const start = base + offs[i];
      // An iteration's children are placed from the enclosing rule's start, as ohm-js does.
      kids[i] = new CstView(c, start, c.ctorName === ITER ? base : start, table);
    }
    return (this.kids = kids);
  }
  /** nonemptyListOf<X, sep> / listOf<X, sep> as the list of X nodes. */
  asIteration(): { children: CstView[] } {
    const name = this.node.ctorName;
    if (name === "listOf") return this.children[0].asIteration();
    if (name === "emptyListOf") return { children: [] };
    if (name === "nonemptyListOf" || LIST_RULES.has(name)) {
      const kids = this.children;
      const rest = kids[2].children;
      const all: CstView[] = new Array(rest.length + 1);
      all[0] = kids[0];
      for (let i = 0; i < rest.length; i++) all[i + 1] = rest[i];
      return { children: all };
    }
    return { children: this.children };
  }
  ast(): unknown {
    const name = this.node.ctorName;
    const fn = this.table[name];
    if (fn !== undefined) return fn.apply(this, this.children);
    if (name !== ITER && this.numChildren === 1) return this.children[0].ast();
    throw new Error(`no AST action for ${name}`);
  }
}

/** An atom with its trailers: attribute, call and subscript nodes, each from the atom's start. */
function buildPrimary(atom: OhmNode, trailers: OhmNode): A.Expr {
  let e = atom.ast() as A.Expr;
  const ts = trailers.children;
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i];
    const p = pos2(atom, t);
    const tr = t.children[0];
    switch (tr.ctorName) {
      case "trailer_attr":
        e = { kind: "Attribute", value: e, attr: ident(tr.children[tr.numChildren - 1]), ctx: "Load", ...p };
        break;
      case "trailer_call": {
        const argsIt = tr.children[1];
        const ca = argsIt.numChildren ? argsIt.children[0].ast() as CallArgs : null;
        // A lone generator argument takes the call's parentheses as its own (CPython 3.11 positions).
        if (ca && ca.genexpCount === 1 && ca.count === 1) Object.assign(ca.args[0], pos(tr));
        e = { kind: "Call", func: e, args: ca ? ca.args : [], keywords: ca ? ca.keywords : [], ...p };
        break;
      }
      default:
        e = { kind: "Subscript", value: e, slice: tr.children[1].ast(), ctx: "Load", ...p };
    }
  }
  return e;
}

function starCheck(e: A.Expr): A.Expr {
  if (e.kind === "Starred") throw errAt("iterable unpacking cannot be used in comprehension", e);
  return e;
}

function argOf(n: OhmNode): A.Arg {
  return { kind: "arg", arg: ident(n), annotation: null, ...pos(n) };
}

function dotCount(n: OhmNode): number {
  return n.sourceString.replace(/[^.]/g, "").length;
}

function makeWith(asyncKw: OhmNode, withKw: OhmNode, items: A.WithItem[], body: A.Stmt[]): A.With {
  const start = asyncKw.numChildren ? asyncKw.children[0] : withKw;
  return { kind: asyncKw.numChildren ? "AsyncWith" : "With", items, body, ...lastStmtEnd(pos(start), body) };
}

void keywordStart;
