// parse-match.ts — a lean evaluator of the compiled Ohm grammar (grammar/python.ohm) for input that parses:
// it walks Ohm's own rule bodies (parsing expressions) and builds the same concrete syntax tree Ohm builds,
// without Ohm's bookkeeping for error messages, traces and left recursion. A failed match returns null and the
// caller matches again with ohm-js itself, which finds the failure position and messages as before.
//
// Why it is faster (ohm-js src/pexprs-eval.js and src/MatchState.js do the same matching): no failure records,
// terminal nodes shared by length, memo entries only for the rules that are re-tried at one position, and
// alternatives/rules skipped by their possible first characters instead of being applied and failing.
import { ELIDE_RULES, MEMO_RULES, OPAQUE_RULES } from "./parse-match-rules.js";
import { ANY, CLASSES, charClass, inRanges, kindOf, mayStart, type First, type GrammarLike, type PExpr } from "./parse-pexpr.js";

/** Ohm's TerminalNode, NonterminalNode and IterationNode (ohm-js src/nodes.js), as parse-ast.ts reads them. */
export class TermNode {
  readonly ctorName = "_terminal";
  readonly children = undefined;
  constructor(readonly matchLength: number) {}
  isNonterminal(): boolean { return false; }
  isIteration(): boolean { return false; }
}
export class RuleNode {
  constructor(readonly ctorName: string, readonly children: CstNode[], readonly childOffsets: number[],
    readonly matchLength: number) {}
  get ruleName(): string { return this.ctorName; }
  isNonterminal(): boolean { return true; }
  isIteration(): boolean { return false; }
}
export class IterNode {
  readonly ctorName = "_iter";
  constructor(readonly children: CstNode[], readonly childOffsets: number[], readonly matchLength: number,
    readonly optional: boolean) {}
  isNonterminal(): boolean { return false; }
  isIteration(): boolean { return true; }
}
export type CstNode = TermNode | RuleNode | IterNode;

/** Thrown when the input needs something this evaluator leaves to ohm-js (an iteration matching nothing). */
class Unsupported extends Error {}

type Matcher = (p: number) => number;   // end position, or -1 (bindings unchanged on failure)

// ---- matching state (one match at a time; matching never re-enters itself) ----
let inp = "";
let binds: CstNode[] = [];
let offs: number[] = [];            // offset of each binding from the start of its rule application
let nb = 0;                         // number of live bindings
let appStart = 0;                   // input position where the innermost rule application started
let memo = new Map<number, CstNode | null>();
/**
 * Rule applications left for this match. Memo entries are kept only for some rules (parse-match-rules.ts), so
 * some input might take more than linear time; past this budget ohm-js (which memoizes everything) matches.
 */
let budget = 0;
const TERM: TermNode[] = [new TermNode(0), new TermNode(1), new TermNode(2)];

function term(len: number): TermNode {
  while (TERM.length <= len) TERM.push(new TermNode(TERM.length));
  return TERM[len];
}

function push(n: CstNode, p: number): void {
  binds[nb] = n;
  offs[nb] = p - appStart;
  nb++;
}

class Compiler {
  private firsts = new Map<PExpr, First>();
  private ruleFirst = new Map<string, First>();
  private rules = new Map<string, Matcher>();
  private recRules = new Map<string, Matcher>();
  private ruleIndex = new Map<string, number>();
  constructor(private g: GrammarLike, private memoRules: Set<string>, private elideRules: Set<string>,
    private opaqueRules: Set<string>) {}

  first(e: PExpr): First {
    let f = this.firsts.get(e);
    if (!f) { f = this.computeFirst(e); this.firsts.set(e, f); }
    return f;
  }

  private computeFirst(e: PExpr): First {
    switch (kindOf(e)) {
      case "terminal": {
        const t = e.obj!;
        return t.length === 0 ? ANY : { nullable: false, ranges: [t.charCodeAt(0), t.charCodeAt(0)] };
      }
      case "range":
        if (e.matchCodePoint) return { nullable: false, ranges: [0, 0xffff] };
        return { nullable: false, ranges: [e.from!.charCodeAt(0), e.to!.charCodeAt(0)] };
      case "alt": {
        const r: number[] = [];
        let nullable = false;
        for (const t of e.terms!) { const f = this.first(t); nullable ||= f.nullable; for (const x of f.ranges) r.push(x); }
        return { nullable, ranges: r };
      }
      case "seq": {
        const r: number[] = [];
        for (const t of e.factors!) {
          const f = this.first(t);
          for (const x of f.ranges) r.push(x);
          if (!f.nullable) return { nullable: false, ranges: r };
        }
        return { nullable: true, ranges: r };
      }
      case "iter": {
        const f = this.first(e.expr!);
        return { nullable: e.operator !== "+" || f.nullable, ranges: f.ranges };
      }
      case "not": case "lookahead": return { nullable: true, ranges: [] };
      case "lex": return this.first(e.expr!);
      case "apply": {
        if (e.args && e.args.length) return ANY;
        const name = e.ruleName!;
        const known = this.ruleFirst.get(name);
        if (known) return known;
        this.ruleFirst.set(name, ANY);           // a cycle (none in python.ohm) stays "anything"
        const f = this.first(this.g.rules[name].body);
        this.ruleFirst.set(name, f);
        return f;
      }
      case "any": return { nullable: false, ranges: [0, 0xffff] };
      default: return ANY;
    }
  }

  /** A lazy table of mayStart(f, c) by character class. */
  private guard(f: First): ((c: number) => boolean) | null {
    if (f.nullable) return null;
    const ranges = f.ranges;
    // 0: not known yet, 1: cannot start, 2: may start
    let tab: Uint8Array | null = null;
    return (c: number) => {
      const k = charClass(c);
      if (k < 0) return c === c && inRanges(ranges, c);
      if (tab === null) tab = new Uint8Array(CLASSES);
      let v = tab[k];
      if (v === 0) v = tab[k] = inRanges(ranges, c) ? 2 : 1;
      return v === 2;
    };
  }

  rule(name: string): Matcher {
    let m = this.rules.get(name);
    if (m) return m;
    if (this.opaqueRules.has(name)) {
      m = this.opaqueRule(name);
      this.rules.set(name, m);
      return m;
    }
    // The body is compiled when the rule is first applied: a program uses a fraction of the grammar.
    let body: Matcher = (p) => {
      body = this.compile(ruleBody);
      return body(p);
    };
    const ruleBody = this.g.rules[name].body;
    const arity = ruleBody.getArity();
    const useMemo = this.memoRules.has(name);
    const elide = this.elideRules.has(name);
    const idx = this.ruleIndex.size;
    this.ruleIndex.set(name, idx);
    const can = this.guard(this.first(ruleBody));
    m = (p: number): number => {
      if (can !== null && !can(inp.charCodeAt(p))) return -1;
      if (--budget < 0) throw new Unsupported();
      let key = 0;
      if (useMemo) {
        key = p * 1024 + idx;
        const hit = memo.get(key);
        if (hit !== undefined) {
          if (hit === null) return -1;
          push(hit, p);
          return p + hit.matchLength;
        }
      }
      const nb0 = nb, outer = appStart;
      appStart = p;
      const e = body(p);
      appStart = outer;
      if (e < 0) {
        if (useMemo) memo.set(key, null);
        return -1;
      }
      if (elide) {
        // The node would only pass its one non-empty child on (see ELIDE_RULES): that child takes its place.
        let keep: CstNode | null = null;
        for (let i = nb0; i < nb; i++) {
          const k = binds[i];
          if (k instanceof IterNode && k.children.length === 0) continue;
          if (keep !== null || !(k instanceof RuleNode) || offs[i] !== 0 || k.matchLength !== e - p) { keep = null; break; }
          keep = k;
        }
        if (keep !== null) {
          nb = nb0;
          if (useMemo) memo.set(key, keep);
          push(keep, p);
          return e;
        }
      }
      const kids: CstNode[] = new Array(arity), kidOffs: number[] = new Array(arity);
      for (let i = 0; i < arity; i++) { kids[i] = binds[nb0 + i]; kidOffs[i] = offs[nb0 + i]; }
      nb = nb0;
      const node = new RuleNode(name, kids, kidOffs, e - p);
      if (useMemo) memo.set(key, node);
      push(node, p);
      return e;
    };
    this.rules.set(name, m);
    return m;
  }

  /**
   * A rule whose node's children no action reads (OPAQUE_RULES): its body is only recognised, and its node has
   * no children; nodes are shared by length (a node holds no position).
   */
  private opaqueRule(name: string): Matcher {
    const rec = this.recognizer(name);
    const nodes: RuleNode[] = [];
    return (p) => {
      const e = rec(p);
      if (e < 0) return -1;
      const len = e - p;
      let node = nodes[len];
      if (node === undefined) {
        while (nodes.length < len) nodes.push(undefined as unknown as RuleNode);
        node = nodes[len] = new RuleNode(name, NO_NODES, NO_OFFSETS, len);
      }
      push(node, p);
      return e;
    };
  }

  /** A matcher for rule `name` that only finds where it ends: no bindings, no nodes, no memo entries. */
  private recognizer(name: string): Matcher {
    let m = this.recRules.get(name);
    if (m) return m;
    const ruleBody = this.g.rules[name].body;
    let body: Matcher = (p) => {
      body = this.compileRec(ruleBody);
      return body(p);
    };
    const can = this.guard(this.first(ruleBody));
    m = can === null ? (p) => body(p) : (p) => (can(inp.charCodeAt(p)) ? body(p) : -1);
    this.recRules.set(name, m);
    return m;
  }

  /** Like compile(), for recognizers: the same matching, without bindings. */
  private compileRec(e: PExpr): Matcher {
    switch (kindOf(e)) {
      case "terminal": return recTerminal(e.obj!);
      case "range":
        if (e.matchCodePoint) return recCodePointRange(e.from!.codePointAt(0)!, e.to!.codePointAt(0)!);
        return recRange(e.from!.charCodeAt(0), e.to!.charCodeAt(0));
      case "alt": {
        const terms = e.terms!.map((t) => this.compileRec(t));
        if (terms.length === 1) return terms[0];
        return alt(terms, e.terms!.map((t) => this.first(t)));
      }
      case "seq": {
        const fs = e.factors!.map((t) => this.compileRec(t));
        if (fs.length === 1) return fs[0];
        if (fs.length === 2) return seq2(fs[0], fs[1]);
        return seq(fs);
      }
      case "iter": {
        const x = e.expr!;
        return recIter(this.compileRec(x), this.guard(this.first(x)), e.operator === "+" ? 1 : 0, e.operator === "?" ? 1 : Infinity);
      }
      case "not": return not(this.compileRec(e.expr!), this.guard(this.first(e.expr!)));
      case "lookahead": return lookahead(this.compileRec(e.expr!));
      case "lex": return this.compileRec(e.expr!);
      case "apply": return this.recognizer(e.ruleName!);
      case "end": return (p) => (p < inp.length ? -1 : p);
      case "any": return (p) => { const c = inp.codePointAt(p); return c === undefined ? -1 : p + (c > 0xffff ? 2 : 1); };
      default: throw new Error(`parse-match: unsupported expression ${e.toString()}`);
    }
  }

  compile(e: PExpr): Matcher {
    switch (kindOf(e)) {
      case "terminal": return terminal(e.obj!);
      case "range":
        if (e.matchCodePoint) return codePointRange(e.from!.codePointAt(0)!, e.to!.codePointAt(0)!);
        return range(e.from!.charCodeAt(0), e.to!.charCodeAt(0));
      case "alt": {
        const terms = e.terms!.map((t) => this.compile(t));
        if (terms.length === 1) return terms[0];
        return alt(terms, e.terms!.map((t) => this.first(t)));
      }
      case "seq": {
        const fs = e.factors!.map((t) => this.compile(t));
        if (fs.length === 1) return fs[0];
        if (fs.length === 2) return seq2(fs[0], fs[1]);
        return seq(fs);
      }
      case "iter": {
        const x = e.expr!;
        const inner = this.compile(x);
        const can = this.guard(this.first(x));
        const arity = x.getArity();
        if (e.operator === "?") return opt(inner, can, arity);
        return iter(inner, can, arity, e.operator === "+" ? 1 : 0);
      }
      case "not": return not(this.compile(e.expr!), this.guard(this.first(e.expr!)));
      case "lookahead": return lookahead(this.compile(e.expr!));
      case "lex": return this.compile(e.expr!);
      case "apply": {
        if (e.args && e.args.length) throw new Error(`parse-match: parameterised rule ${e.ruleName} is not supported`);
        return this.rules.get(e.ruleName!) ?? this.rule(e.ruleName!);
      }
      case "end": return end;
      case "any": return anyChar;
      default: throw new Error(`parse-match: unsupported expression ${e.toString()}`);
    }
  }
}

// ---- the matchers, one kind of closure per kind of expression ----

const NO_NODES: CstNode[] = [];
const NO_OFFSETS: number[] = [];

function recTerminal(s: string): Matcher {
  const len = s.length;
  if (len === 1) {
    const c0 = s.charCodeAt(0);
    return (p) => (inp.charCodeAt(p) === c0 ? p + 1 : -1);
  }
  return (p) => (inp.startsWith(s, p) ? p + len : -1);
}

function recRange(lo: number, hi: number): Matcher {
  return (p) => {
    const c = inp.charCodeAt(p);
    return c >= lo && c <= hi ? p + 1 : -1;
  };
}

function recCodePointRange(lo: number, hi: number): Matcher {
  return (p) => {
    const c = inp.codePointAt(p);
    if (c === undefined || c < lo || c > hi) return -1;
    return p + (c > 0xffff ? 2 : 1);
  };
}

function recIter(inner: Matcher, can: ((c: number) => boolean) | null, min: number, max: number): Matcher {
  return (p) => {
    let count = 0;
    while (count < max) {
      if (can !== null && !can(inp.charCodeAt(p))) break;
      const e = inner(p);
      if (e < 0) break;
      if (e === p) throw new Unsupported();
      p = e;
      count++;
    }
    return count < min ? -1 : p;
  };
}

function terminal(s: string): Matcher {
  const n = term(s.length);
  if (s.length === 1) {
    const c0 = s.charCodeAt(0);
    return (p) => {
      if (inp.charCodeAt(p) !== c0) return -1;
      push(n, p);
      return p + 1;
    };
  }
  const len = s.length;
  return (p) => {
    if (!inp.startsWith(s, p)) return -1;
    push(n, p);
    return p + len;
  };
}

function range(lo: number, hi: number): Matcher {
  const n = term(1);
  return (p) => {
    const c = inp.charCodeAt(p);
    if (!(c >= lo && c <= hi)) return -1;
    push(n, p);
    return p + 1;
  };
}

function codePointRange(lo: number, hi: number): Matcher {
  return (p) => {
    const c = inp.codePointAt(p);
    if (c === undefined || c < lo || c > hi) return -1;
    const len = c > 0xffff ? 2 : 1;
    push(term(len), p);
    return p + len;
  };
}

function anyChar(p: number): number {
  const c = inp.codePointAt(p);
  if (c === undefined) return -1;
  const len = c > 0xffff ? 2 : 1;
  push(term(len), p);
  return p + len;
}

function end(p: number): number {
  if (p < inp.length) return -1;
  push(TERM[0], p);
  return p;
}

function alt(terms: Matcher[], firsts: First[]): Matcher {
  const n = terms.length;
  if (n > 31) {
    return (p) => {
      for (let i = 0; i < n; i++) { const e = terms[i](p); if (e >= 0) return e; }
      return -1;
    };
  }
  // Bit i of masks[class] says term i may match at a character of that class.
  let masks: Int32Array | null = null;
  const maskOf = (c: number): number => {
    let m = 0;
    for (let i = 0; i < n; i++) if (mayStart(firsts[i], c)) m |= 1 << i;
    return m;
  };
  let nullableMask = 0;
  for (let i = 0; i < n; i++) if (firsts[i].nullable) nullableMask |= 1 << i;
  return (p) => {
    const c = inp.charCodeAt(p);
    let m: number;
    if (c !== c) m = nullableMask;
    else {
      const k = charClass(c);
      if (k < 0) m = maskOf(c);
      else {
        if (masks === null) masks = new Int32Array(CLASSES).fill(-1);
        m = masks[k];
        if (m < 0) m = masks[k] = maskOf(c);
      }
    }
    for (let i = 0; m !== 0; i++, m >>>= 1) {
      if ((m & 1) === 0) continue;
      const e = terms[i](p);
      if (e >= 0) return e;
    }
    return -1;
  };
}

function seq2(a: Matcher, b: Matcher): Matcher {
  return (p) => {
    const nb0 = nb;
    const q = a(p);
    if (q < 0) return -1;
    const r = b(q);
    if (r < 0) { nb = nb0; return -1; }
    return r;
  };
}

function seq(fs: Matcher[]): Matcher {
  const n = fs.length;
  return (p) => {
    const nb0 = nb;
    for (let i = 0; i < n; i++) {
      p = fs[i](p);
      if (p < 0) { nb = nb0; return -1; }
    }
    return p;
  };
}

const EMPTY_ITER = new IterNode([], [], 0, false);
const EMPTY_OPT = new IterNode([], [], 0, true);

function opt(inner: Matcher, can: ((c: number) => boolean) | null, arity: number): Matcher {
  return (p) => {
    if (can === null || can(inp.charCodeAt(p))) {
      const e = inner(p);
      if (e >= 0) {
        if (e === p) throw new Unsupported();
        if (arity === 0) return e;
        // One match: each binding becomes a one-element iteration node; all of them are placed (as in ohm-js)
        // from the first binding's start to the last binding's end.
        const nb0 = nb - arity;
        const start = offs[nb0];
        const len = offs[nb - 1] + binds[nb - 1].matchLength - start;
        for (let k = nb0; k < nb; k++) {
          binds[k] = new IterNode([binds[k]], [offs[k]], len, true);
          offs[k] = start;
        }
        return e;
      }
    }
    for (let j = 0; j < arity; j++) push(EMPTY_OPT, p);
    return p;
  };
}

function iter(inner: Matcher, can: ((c: number) => boolean) | null, arity: number, min: number): Matcher {
  if (arity === 1) {
    return (p) => {
      const nb0 = nb;
      let kids: CstNode[] | null = null, kidOffs: number[] | null = null;
      for (;;) {
        if (can !== null && !can(inp.charCodeAt(p))) break;
        const e = inner(p);
        if (e < 0) break;
        if (e === p) throw new Unsupported();
        if (kids === null) { kids = []; kidOffs = []; }
        kids.push(binds[nb0]);
        kidOffs!.push(offs[nb0]);
        nb = nb0;
        p = e;
      }
      if (kids === null) {
        if (min > 0) return -1;
        push(EMPTY_ITER, p);
        return p;
      }
      if (kids.length < min) return -1;
      const start = kidOffs![0];
      const li = kids.length - 1;
      binds[nb] = new IterNode(kids, kidOffs!, kidOffs![li] + kids[li].matchLength - start, false);
      offs[nb] = start;
      nb++;
      return p;
    };
  }
  return (p) => {
    const nb0 = nb;
    let cols: CstNode[][] | null = null, colOffs: number[][] | null = null;
    let count = 0;
    const p0 = p;
    for (;;) {
      if (can !== null && !can(inp.charCodeAt(p))) break;
      const e = inner(p);
      if (e < 0) break;
      if (e === p) throw new Unsupported();
      if (cols === null || colOffs === null) {
        cols = []; colOffs = [];
        for (let j = 0; j < arity; j++) { cols.push([]); colOffs.push([]); }
      }
      for (let j = 0; j < arity; j++) { cols[j].push(binds[nb0 + j]); colOffs[j].push(offs[nb0 + j]); }
      nb = nb0;
      count++;
      p = e;
    }
    if (count < min) return -1;
    if (cols === null || colOffs === null || arity === 0) {
      for (let j = 0; j < arity; j++) push(EMPTY_ITER, p0);
      return p;
    }
    const start = colOffs[0][0];
    const lastCol = cols[arity - 1], lastOffs = colOffs[arity - 1];
    const len = lastOffs[count - 1] + lastCol[count - 1].matchLength - start;
    for (let j = 0; j < arity; j++) { binds[nb] = new IterNode(cols[j], colOffs[j], len, false); offs[nb] = start; nb++; }
    return p;
  };
}

function not(inner: Matcher, can: ((c: number) => boolean) | null): Matcher {
  return (p) => {
    if (can !== null && !can(inp.charCodeAt(p))) return p;
    const nb0 = nb;
    const e = inner(p);
    nb = nb0;
    return e >= 0 ? -1 : p;
  };
}

function lookahead(inner: Matcher): Matcher {
  return (p) => (inner(p) >= 0 ? p : -1);
}

// ---- entry point ----

let compiled: { g: object; c: Compiler } | null = null;
let elision = true;

/**
 * Turns off (a tree exactly like ohm-js's, for tests) or on the leaving out of pass-through nodes and of the
 * children of token nodes.
 */
export function setElision(on: boolean): void {
  elision = on;
  compiled = null;
}

/**
 * Matches `text` against `startRule` of the grammar; returns the start rule's CST node (as ohm-js's
 * MatchResult._cst, at offset 0) or null when the text does not match (or needs ohm-js's own matcher).
 */
export function fastMatch(grammar: object, text: string, startRule: string): RuleNode | null {
  if (!compiled || compiled.g !== grammar) {
    const none = new Set<string>();
    const c = new Compiler(grammar as unknown as GrammarLike, MEMO_RULES, elision ? ELIDE_RULES : none,
      elision ? OPAQUE_RULES : none);
    compiled = { g: grammar, c };
  }
  const m = compiled.c.rule(startRule);
  inp = text;
  nb = 0;
  appStart = 0;
  memo = new Map();
  budget = 10_000 + 50 * text.length;  // python programs take about 2 per character
  try {
    const e = m(0);
    if (e < 0 || end(e) < 0) return null;
    return binds[0] as RuleNode;
  } catch (err) {
    if (err instanceof Unsupported) return null;
    throw err;
  } finally {
    inp = "";
    memo = new Map();
    binds = [];
    offs = [];
  }
}

/** Sets which rules get memo entries (for measuring); the default is MEMO_RULES. */
export function setMemoRules(names: Iterable<string>): void {
  MEMO_RULES.clear();
  for (const n of names) MEMO_RULES.add(n);
  compiled = null;
}
