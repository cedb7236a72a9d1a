// _re-parse.ts — parse a Python `re` pattern (str) into a small syntax tree with CPython 3.11's errors
// and positions (Lib/re/_parser.py), including group bookkeeping and widths for the look-behind check.

import { AlgoError, valueError } from "../runtime/algo-error.js";

export const FLAG = { I: 2, L: 4, M: 8, S: 16, U: 32, X: 64, A: 256 } as const;
const INLINE_FLAGS: Record<string, number> = { i: 2, L: 4, m: 8, s: 16, x: 64, a: 256, u: 32 };
const TYPE_FLAGS = FLAG.A | FLAG.L | FLAG.U;
const GLOBAL_FLAGS = 0; // no global-only flags remain in 3.11 (DEBUG/TEMPLATE are not inline)
export const MAXREPEAT = 4294967295;

/** re.error: `message` is str(err) (with position, and line/column for multi-line patterns). */
export class ReError extends AlgoError {
  constructor(readonly msg: string, pattern: string[] | null, pos: number) {
    super("re.error", formatReMessage(msg, pattern, pos), pos);
  }
}

function formatReMessage(msg: string, pattern: string[] | null, pos: number): string {
  if (pattern === null || pos < 0) return msg;
  let out = `${msg} at position ${pos}`;
  if (pattern.includes("\n")) {
    let line = 1, lastNl = -1;
    for (let i = 0; i < pos; i++) if (pattern[i] === "\n") { line++; lastNl = i; }
    out += ` (line ${line}, column ${pos - lastNl})`;
  }
  return out;
}

export type ClassItem =
  | { t: "lit"; cp: number }
  | { t: "range"; lo: number; hi: number }
  | { t: "cat"; name: string }; // d D w W s S

export type Node =
  | { t: "lit"; cp: number }
  | { t: "notlit"; cp: number }
  | { t: "any" }
  | { t: "in"; negate: boolean; items: ClassItem[] }
  | { t: "cat"; name: string }
  | { t: "at"; kind: "begin" | "end" | "beginString" | "endString" | "boundary" | "nonBoundary" }
  | { t: "group"; index: number | null; add: number; del: number; body: Node[][] }
  | { t: "atomic"; body: Node[][] }
  | { t: "assert"; behind: boolean; negate: boolean; body: Node[][] }
  | { t: "ref"; group: number }
  | { t: "cond"; group: number; yes: Node[]; no: Node[] | null }
  | { t: "repeat"; min: number; max: number; kind: "greedy" | "lazy" | "possessive"; item: Node[] };

export interface ParsedPattern {
  body: Node[][];
  flags: number;                     // compile flags | global inline flags, with UNICODE added for str
  groups: number;                    // number of capturing groups
  groupIndex: Map<string, number>;
}

const DIGITS = "0123456789", OCT = "01234567", HEX = "0123456789abcdefABCDEF";
const WHITESPACE = " \t\n\r\v\f";
const ASCII_LETTERS = /^[a-zA-Z]$/;
const SIMPLE_ESCAPES: Record<string, number> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, "\\": 92 };
const CATEGORIES = "dDsSwW";

/** Python's str.isidentifier(), close enough: JS identifier rules follow the same Unicode properties. */
export function isIdentifier(s: string): boolean {
  return /^[\p{ID_Start}_][\p{ID_Continue}]*$/u.test(s);
}

/** Walks the pattern like CPython's Tokenizer: one "token" is a character or a backslash escape pair. */
export class Tokenizer {
  readonly cs: string[];
  index = 0;
  next: string | null = null;
  constructor(readonly pattern: string) {
    this.cs = Array.from(pattern);
    this.advance();
  }
  private advance(): void {
    let i = this.index;
    if (i >= this.cs.length) { this.next = null; return; }
    let ch = this.cs[i];
    if (ch === "\\") {
      i++;
      if (i >= this.cs.length) throw new ReError("bad escape (end of pattern)", this.cs, this.cs.length - 1);
      ch += this.cs[i];
    }
    this.index = i + 1;
    this.next = ch;
  }
  match(ch: string): boolean {
    if (this.next === ch) { this.advance(); return true; }
    return false;
  }
  get(): string | null {
    const t = this.next;
    this.advance();
    return t;
  }
  getWhile(n: number, set: string): string {
    let r = "";
    for (let k = 0; k < n; k++) {
      const c = this.next;
      if (c === null || c.length !== 1 || !set.includes(c)) break;
      r += c;
      this.advance();
    }
    return r;
  }
  getUntil(term: string, name: string): string {
    let r = "";
    for (;;) {
      const c = this.next;
      this.advance();
      if (c === null) {
        if (!r) throw this.error("missing " + name);
        throw this.error(`missing ${term}, unterminated name`, Array.from(r).length);
      }
      if (c === term) {
        if (!r) throw this.error("missing " + name, 1);
        break;
      }
      r += c;
    }
    return r;
  }
  tell(): number {
    return this.index - (this.next === null ? 0 : Array.from(this.next).length);
  }
  seek(i: number): void {
    this.index = i;
    this.advance();
  }
  error(msg: string, offset = 0): ReError {
    return new ReError(msg, this.cs, this.tell() - offset);
  }
  checkGroupName(name: string, offset: number): void {
    if (!isIdentifier(name)) {
      throw this.error(`bad character in group name ${pyRepr(name)}`, Array.from(name).length + offset);
    }
  }
}

/** repr() of a short str for messages (group names, character names). */
export function pyRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  return q + s.replace(/\\/g, "\\\\").replace(q === "'" ? /'/g : /"/g, "\\" + q)
    .replace(/\n/g, "\\n").replace(/\t/g, "\\t").replace(/\r/g, "\\r") + q;
}

class State {
  flags = 0;
  groupIndex = new Map<string, number>();
  groupWidths: ([number, number] | null)[] = [null];
  lookbehindGroups: number | null = null;
  groupRefPos = new Map<number, number>();
  get groups(): number { return this.groupWidths.length; }
  openGroup(name: string | null): number {
    const gid = this.groups;
    this.groupWidths.push(null);
    if (name !== null) {
      const old = this.groupIndex.get(name);
      if (old !== undefined) {
        throw new ReError(`redefinition of group name ${pyRepr(name)} as group ${gid}; was group ${old}`, null, -1);
      }
      this.groupIndex.set(name, gid);
    }
    return gid;
  }
  checkGroup(gid: number): boolean {
    return gid < this.groups && this.groupWidths[gid] !== null;
  }
  checkLookbehindGroup(gid: number, src: Tokenizer): void {
    if (this.lookbehindGroups !== null) {
      if (!this.checkGroup(gid)) throw src.error("cannot refer to an open group");
      if (gid >= this.lookbehindGroups) throw src.error("cannot refer to group defined in the same lookbehind subpattern");
    }
  }
}

/** Minimum and maximum match width of a sequence (SubPattern.getwidth), Infinity when unbounded. */
export function width(seq: Node[], state?: { groupWidths: ([number, number] | null)[] }): [number, number] {
  let lo = 0, hi = 0;
  for (const n of seq) {
    switch (n.t) {
      case "lit": case "notlit": case "any": case "in": case "cat": lo++; hi++; break;
      case "group": case "atomic": case "assert": {
        if (n.t === "assert") break;
        const [a, b] = altWidth(n.body, state);
        lo += a; hi += b;
        break;
      }
      case "repeat": {
        const [a, b] = width(n.item, state);
        lo += a * n.min;
        hi += b === 0 ? 0 : b * n.max;
        break;
      }
      case "ref": {
        const w = state?.groupWidths[n.group];
        if (w) { lo += w[0]; hi += w[1]; }
        break;
      }
      case "cond": {
        const [a, b] = width(n.yes, state);
        const [c, d] = n.no ? width(n.no, state) : [0, 0];
        lo += Math.min(a, c); hi += Math.max(b, d);
        break;
      }
      case "at": break;
    }
  }
  return [lo, hi >= MAXREPEAT ? Infinity : hi];
}

function altWidth(alts: Node[][], state?: { groupWidths: ([number, number] | null)[] }): [number, number] {
  let lo = Infinity, hi = 0;
  for (const a of alts) {
    const [l, h] = width(a, state);
    lo = Math.min(lo, l); hi = Math.max(hi, h);
  }
  return [lo === Infinity ? 0 : lo, hi];
}

function classEscape(src: Tokenizer, esc: string): ClassItem {
  const c = esc[1];
  if (c in SIMPLE_ESCAPES) return { t: "lit", cp: SIMPLE_ESCAPES[c] };
  if (CATEGORIES.includes(c)) return { t: "cat", name: c };
  const lit = numericEscape(src, esc, true);
  if (lit >= 0) return { t: "lit", cp: lit };
  if (DIGITS.includes(c) || ASCII_LETTERS.test(c)) throw src.error(`bad escape ${esc}`, esc.length);
  return { t: "lit", cp: esc.codePointAt(1)! };
}

/** \x \u \U \N and octal escapes shared by classes and sequences; -1 when esc is none of them. */
function numericEscape(src: Tokenizer, esc: string, inClass: boolean): number {
  const c = esc[1];
  const hexEscape = (n: number): number => {
    const e = esc + src.getWhile(n, HEX);
    if (e.length !== n + 2) throw src.error(`incomplete escape ${e}`, e.length);
    const v = parseInt(e.slice(2), 16);
    if (v > 0x10ffff) throw src.error(`bad escape ${e}`, e.length);
    return v;
  };
  if (c === "x") return hexEscape(2);
  if (c === "u") return hexEscape(4);
  if (c === "U") return hexEscape(8);
  if (c === "N") {
    if (!src.match("{")) throw src.error("missing {");
    const name = src.getUntil("}", "character name");
    throw new AlgoError("NotImplementedError", `gilpy does not support \\N{${name}} in regular expressions`);
  }
  if (inClass ? OCT.includes(c) : c === "0") {
    const e = esc + src.getWhile(2, OCT);
    const v = parseInt(e.slice(1), 8);
    if (v > 0o377) throw src.error(`octal escape value ${e} outside of range 0-0o377`, e.length);
    return v;
  }
  return -1;
}

function escape(src: Tokenizer, esc: string, state: State): Node {
  const c = esc[1];
  if (CATEGORIES.includes(c)) return { t: "cat", name: c };
  if (c === "A") return { t: "at", kind: "beginString" };
  if (c === "Z") return { t: "at", kind: "endString" };
  if (c === "b") return { t: "at", kind: "boundary" };
  if (c === "B") return { t: "at", kind: "nonBoundary" };
  if (c in SIMPLE_ESCAPES) return { t: "lit", cp: SIMPLE_ESCAPES[c] };
  const lit = numericEscape(src, esc, false);
  if (lit >= 0) return { t: "lit", cp: lit };
  if (DIGITS.includes(c)) {
    let e = esc;
    const n1 = src.next;
    if (n1 !== null && n1.length === 1 && DIGITS.includes(n1)) {
      e += src.get();
      const n2 = src.next;
      if (OCT.includes(e[1]) && OCT.includes(e[2]) && n2 !== null && n2.length === 1 && OCT.includes(n2)) {
        e += src.get();
        const v = parseInt(e.slice(1), 8);
        if (v > 0o377) throw src.error(`octal escape value ${e} outside of range 0-0o377`, e.length);
        return { t: "lit", cp: v };
      }
    }
    const group = parseInt(e.slice(1), 10);
    if (group < state.groups) {
      if (!state.checkGroup(group)) throw src.error("cannot refer to an open group", e.length);
      state.checkLookbehindGroup(group, src);
      return { t: "ref", group };
    }
    throw src.error(`invalid group reference ${group}`, e.length - 1);
  }
  if (ASCII_LETTERS.test(c)) throw src.error(`bad escape ${esc}`, esc.length);
  return { t: "lit", cp: esc.codePointAt(1)! };
}

function parseSub(src: Tokenizer, state: State, verbose: boolean, nested: number): Node[][] {
  const items: Node[][] = [];
  for (;;) {
    items.push(parseSeq(src, state, verbose, nested + 1, nested === 0 && items.length === 0));
    if (!src.match("|")) break;
    if (nested === 0) verbose = (state.flags & FLAG.X) !== 0;
  }
  return items;
}

function parseFlags(src: Tokenizer, state: State, first: string): [number, number] | null {
  let add = 0, del = 0;
  let ch: string | null = first;
  if (ch !== "-") {
    for (;;) {
      const flag = INLINE_FLAGS[ch!];
      if (ch === "L") throw src.error("bad inline flags: cannot use 'L' flag with a str pattern");
      add |= flag;
      if ((flag & TYPE_FLAGS) && (add & TYPE_FLAGS) !== flag) {
        throw src.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible");
      }
      ch = src.get();
      if (ch === null) throw src.error("missing -, : or )");
      if (ch === ")" || ch === "-" || ch === ":") break;
      if (!(ch in INLINE_FLAGS)) throw src.error(/^\p{L}$/u.test(ch) ? "unknown flag" : "missing -, : or )", Array.from(ch).length);
    }
  }
  if (ch === ")") {
    state.flags |= add;
    return null;
  }
  if (add & GLOBAL_FLAGS) throw src.error("bad inline flags: cannot turn on global flag", 1);
  if (ch === "-") {
    ch = src.get();
    if (ch === null) throw src.error("missing flag");
    if (!(ch in INLINE_FLAGS)) throw src.error(/^\p{L}$/u.test(ch) ? "unknown flag" : "missing flag", Array.from(ch).length);
    for (;;) {
      const flag = INLINE_FLAGS[ch!];
      if (flag & TYPE_FLAGS) throw src.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
      del |= flag;
      ch = src.get();
      if (ch === null) throw src.error("missing :");
      if (ch === ":") break;
      if (!(ch in INLINE_FLAGS)) throw src.error(/^\p{L}$/u.test(ch) ? "unknown flag" : "missing :", Array.from(ch).length);
    }
  }
  if (add & del) throw src.error("bad inline flags: flag turned on and off", 1);
  return [add, del];
}

function parseClass(src: Tokenizer): Node {
  const here = src.tell() - 1;
  const items: ClassItem[] = [];
  const negate = src.match("^");
  for (;;) {
    const t = src.get();
    if (t === null) throw src.error("unterminated character set", src.tell() - here);
    if (t === "]" && items.length > 0) break;
    // CPython tests `set` (non-empty) here, so "[]]" and "[^]]" treat the first ']' as a literal.
    const code1: ClassItem = t[0] === "\\" && t.length > 1 ? classEscape(src, t) : { t: "lit", cp: t.codePointAt(0)! };
    if (src.match("-")) {
      const that = src.get();
      if (that === null) throw src.error("unterminated character set", src.tell() - here);
      if (that === "]") {
        items.push(code1, { t: "lit", cp: 45 });
        break;
      }
      const code2: ClassItem = that[0] === "\\" && that.length > 1 ? classEscape(src, that) : { t: "lit", cp: that.codePointAt(0)! };
      const len = Array.from(t).length + 1 + Array.from(that).length;
      if (code1.t !== "lit" || code2.t !== "lit" || code2.cp < code1.cp) {
        throw src.error(`bad character range ${t}-${that}`, len);
      }
      items.push({ t: "range", lo: code1.cp, hi: code2.cp });
    } else {
      items.push(code1);
    }
  }
  if (items.length === 1 && items[0].t === "lit") {
    return negate ? { t: "notlit", cp: items[0].cp } : { t: "lit", cp: items[0].cp };
  }
  return { t: "in", negate, items };
}

function parseSeq(src: Tokenizer, state: State, verbose: boolean, nested: number, first: boolean): Node[] {
  const seq: Node[] = [];
  for (;;) {
    const t = src.next;
    if (t === null || t === "|" || t === ")") break;
    src.get();
    if (verbose) {
      if (WHITESPACE.includes(t)) continue;
      if (t === "#") {
        for (;;) {
          const c = src.get();
          if (c === null || c === "\n") break;
        }
        continue;
      }
    }
    if (t[0] === "\\" && t.length > 1) { seq.push(escape(src, t, state)); continue; }
    if (!".^$*+?{[(".includes(t) || t.length !== 1) { seq.push({ t: "lit", cp: t.codePointAt(0)! }); continue; }
    if (t === "[") { seq.push(parseClass(src)); continue; }
    if ("*+?{".includes(t)) {
      const here = src.tell();
      let min = 0, max = MAXREPEAT;
      if (t === "?") max = 1;
      else if (t === "+") min = 1;
      else if (t === "{") {
        if (src.next === "}") { seq.push({ t: "lit", cp: 123 }); continue; }
        let lo = "", hi = "";
        while (src.next !== null && src.next.length === 1 && DIGITS.includes(src.next)) lo += src.get();
        if (src.match(",")) {
          while (src.next !== null && src.next.length === 1 && DIGITS.includes(src.next)) hi += src.get();
        } else hi = lo;
        if (!src.match("}")) {
          seq.push({ t: "lit", cp: 123 });
          src.seek(here);
          continue;
        }
        if (lo) {
          min = Number(lo);
          if (min >= MAXREPEAT) throw new AlgoError("OverflowError", "the repetition number is too large");
        }
        if (hi) {
          max = Number(hi);
          if (max >= MAXREPEAT) throw new AlgoError("OverflowError", "the repetition number is too large");
          if (max < min) throw src.error("min repeat greater than max repeat", src.tell() - here);
        }
      }
      const last = seq.length ? seq[seq.length - 1] : null;
      if (last === null || last.t === "at") throw src.error("nothing to repeat", src.tell() - here + 1);
      if (last.t === "repeat") throw src.error("multiple repeat", src.tell() - here + 1);
      let item: Node[] = [last];
      if (last.t === "group" && last.index === null && !last.add && !last.del && last.body.length === 1) item = last.body[0];
      const kind = src.match("?") ? "lazy" : src.match("+") ? "possessive" : "greedy";
      seq[seq.length - 1] = { t: "repeat", min, max, kind, item };
      continue;
    }
    if (t === ".") { seq.push({ t: "any" }); continue; }
    if (t === "^") { seq.push({ t: "at", kind: "begin" }); continue; }
    if (t === "$") { seq.push({ t: "at", kind: "end" }); continue; }
    // t === "("
    const start = src.tell() - 1;
    let capture = true, atomic = false;
    let name: string | null = null;
    let add = 0, del = 0;
    if (src.match("?")) {
      const ch = src.get();
      if (ch === null) throw src.error("unexpected end of pattern");
      if (ch === "P") {
        if (src.match("<")) {
          name = src.getUntil(">", "group name");
          src.checkGroupName(name, 1);
        } else if (src.match("=")) {
          const ref = src.getUntil(")", "group name");
          src.checkGroupName(ref, 1);
          const gid = state.groupIndex.get(ref);
          const len = Array.from(ref).length;
          if (gid === undefined) throw src.error(`unknown group name ${pyRepr(ref)}`, len + 1);
          if (!state.checkGroup(gid)) throw src.error("cannot refer to an open group", len + 1);
          state.checkLookbehindGroup(gid, src);
          seq.push({ t: "ref", group: gid });
          continue;
        } else {
          const c2 = src.get();
          if (c2 === null) throw src.error("unexpected end of pattern");
          throw src.error("unknown extension ?P" + c2, Array.from(c2).length + 2);
        }
      } else if (ch === ":") {
        capture = false;
      } else if (ch === "#") {
        for (;;) {
          if (src.next === null) throw src.error("missing ), unterminated comment", src.tell() - start);
          if (src.get() === ")") break;
        }
        continue;
      } else if (ch === "=" || ch === "!" || ch === "<") {
        let kind = ch;
        let behind = false;
        let savedLookbehind: number | null = null;
        if (ch === "<") {
          const c2 = src.get();
          if (c2 === null) throw src.error("unexpected end of pattern");
          if (c2 !== "=" && c2 !== "!") throw src.error("unknown extension ?<" + c2, Array.from(c2).length + 2);
          kind = c2;
          behind = true;
          savedLookbehind = state.lookbehindGroups;
          if (savedLookbehind === null) state.lookbehindGroups = state.groups;
        }
        const body = parseSub(src, state, verbose, nested + 1);
        if (behind && savedLookbehind === null) state.lookbehindGroups = null;
        if (!src.match(")")) throw src.error("missing ), unterminated subpattern", src.tell() - start);
        if (behind) {
          // CPython's compiler checks this after parsing, without a position (Lib/re/_compiler.py).
          const [lo, hi] = altWidth(body, state);
          if (lo !== hi) throw new ReError("look-behind requires fixed-width pattern", null, -1);
        }
        seq.push({ t: "assert", behind, negate: kind === "!", body });
        continue;
      } else if (ch === "(") {
        const condname = src.getUntil(")", "group name");
        const len = Array.from(condname).length;
        let group: number;
        if (isIdentifier(condname)) {
          const g = state.groupIndex.get(condname);
          if (g === undefined) throw src.error(`unknown group name ${pyRepr(condname)}`, len + 1);
          group = g;
        } else {
          if (!/^[0-9]+$/.test(condname)) throw src.error(`bad character in group name ${pyRepr(condname)}`, len + 1);
          group = Number(condname);
          if (group === 0) throw src.error("bad group number", len + 1);
          if (!state.groupRefPos.has(group)) state.groupRefPos.set(group, src.tell() - len - 1);
        }
        state.checkLookbehindGroup(group, src);
        const yes = parseSeq(src, state, verbose, nested + 1, false);
        let no: Node[] | null = null;
        if (src.match("|")) {
          no = parseSeq(src, state, verbose, nested + 1, false);
          if (src.next === "|") throw src.error("conditional backref with more than two branches");
        }
        if (!src.match(")")) throw src.error("missing ), unterminated subpattern", src.tell() - start);
        seq.push({ t: "cond", group, yes, no });
        continue;
      } else if (ch === ">") {
        capture = false;
        atomic = true;
      } else if (ch in INLINE_FLAGS || ch === "-") {
        const flags = parseFlags(src, state, ch);
        if (flags === null) {
          if (!first || seq.length) throw src.error("global flags not at the start of the expression", src.tell() - start);
          verbose = (state.flags & FLAG.X) !== 0;
          continue;
        }
        [add, del] = flags;
        capture = false;
      } else {
        throw src.error("unknown extension ?" + ch, Array.from(ch).length + 1);
      }
    }
    let group: number | null = null;
    if (capture) {
      try {
        group = state.openGroup(name);
      } catch (e) {
        if (e instanceof ReError) throw src.error(e.msg, Array.from(name ?? "").length + 1);
        throw e;
      }
    }
    const subVerbose = (verbose || (add & FLAG.X) !== 0) && !(del & FLAG.X);
    const body = parseSub(src, state, subVerbose, nested + 1);
    if (!src.match(")")) throw src.error("missing ), unterminated subpattern", src.tell() - start);
    if (group !== null) state.groupWidths[group] = altWidth(body, state);
    seq.push(atomic ? { t: "atomic", body } : { t: "group", index: group, add, del, body });
  }
  return seq;
}

/** Parse `pattern` with compile flags `flags` (re.I | re.M ...), raising what re.compile raises. */
export function parsePattern(pattern: string, flags: number): ParsedPattern {
  const src = new Tokenizer(pattern);
  const state = new State();
  state.flags = flags;
  const body = parseSub(src, state, (flags & FLAG.X) !== 0, 0);
  let f = state.flags;
  if (f & FLAG.L) throw valueError("cannot use LOCALE flag with a str pattern");
  if (!(f & FLAG.A)) f |= FLAG.U;
  else if (f & FLAG.U) throw valueError("ASCII and UNICODE flags are incompatible");
  if (src.next !== null) throw src.error("unbalanced parenthesis");
  for (const [g, pos] of state.groupRefPos) {
    if (g >= state.groups) throw new ReError(`invalid group reference ${g}`, src.cs, pos);
  }
  return { body, flags: f, groups: state.groups - 1, groupIndex: state.groupIndex };
}
