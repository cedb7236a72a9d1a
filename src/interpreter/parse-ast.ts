// parse-ast.ts — the Ohm semantics that turn a successful match of grammar/python.ohm into ast.ts nodes,
// with CPython 3.11's positions and the checks CPython makes while building its AST (targets, arguments).
import type { ActionDict, Grammar, MatchResult, Node as OhmNode } from "ohm-js";
import { SyntaxErrorInfo } from "./ast.js";
import type * as A from "./ast.js";
import { colOf, lineOf, lineText, type Layout, type StringToken } from "./layout.js";
import { buildStrings, StrError, type StringEnv } from "./parse-strings.js";
import {
  type ParseCtx, C, PendingError, setCtx, origOf, posOf, lineAt, colAt, isTrim, spanStart, setSpan, span, pos, pos2, posFrom, errAt, fstringErr, ident, EMPTY_ARGS, opt, list, stmtList, exprName, invalidTarget, setCtx2, store, tupleOrSingle, BINOPS, CMPOPS, PREC, binChain, type BoolGroup, boolOps, inversion, origText, type ParamInfo, buildParams, type CallArgs, type ArgInfo, buildCallArgs, keywordStart, parseNumber, withOrelse, lastStmtEnd, simpleTarget, annAssign, augAssign, assign,
} from "./parse-ast-parts.js";
export { type ParseCtx, PendingError, setCtx, origOf, posOf, errAt, exprName, invalidTarget, setCtx2 };

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
