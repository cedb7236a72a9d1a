// _re-translate.ts — turn a Python `re` pattern into an equivalent JavaScript RegExp (source + flags,
// always with 'v' so code points and nested classes work), and parse re.sub replacement templates.
// Python semantics kept: '.' excludes only \n, '$' also matches before a final \n, Unicode \w \d \s \b
// (or ASCII with re.A), scoped (?i:) (?s:) (?m:) (?x:) flags, atomic groups and possessive repeats.

import { AlgoError } from "../runtime/algo-error.js";
import {
  type ClassItem, FLAG, type Node, ReError, Tokenizer, isIdentifier, parsePattern, pyRepr,
} from "./_re-parse.js";

export { FLAG, ReError };

export interface TranslatedPattern {
  source: string;                    // JavaScript RegExp source
  flags: string;                     // "v", plus "i" for a global IGNORECASE; add "g"/"y"/"d" as needed
  pyFlags: number;                   // pattern.flags as Python reports it (re.UNICODE included for str)
  groups: number;                    // pattern.groups
  groupIndex: Map<string, number>;   // pattern.groupindex
  /** JS capture index of each Python group (index 0 is the whole match); atomic groups add JS groups. */
  groupMap: number[];
}

// Python's Unicode whitespace (Py_UNICODE_ISSPACE) and word characters (str.isalnum() or '_').
const U_SPACE = "\\t-\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
const U_WORD = "\\p{L}\\p{N}_";
const U_DIGIT = "\\p{Nd}";
const A_SPACE = "\\t-\\r\\x20";
const A_WORD = "a-zA-Z0-9_";
const A_DIGIT = "0-9";

interface Ctx { i: boolean; m: boolean; s: boolean; a: boolean }

class Emitter {
  jsGroups = 0;
  readonly groupMap: number[] = [0];
  constructor(readonly globalI: boolean) {}

  catBody(name: string, a: boolean): string {
    const lower = name.toLowerCase();
    return lower === "d" ? (a ? A_DIGIT : U_DIGIT) : lower === "w" ? (a ? A_WORD : U_WORD) : (a ? A_SPACE : U_SPACE);
  }

  /** A category as a class member (nested class for the negated ones: allowed with the 'v' flag). */
  catInClass(name: string, a: boolean): string {
    const body = this.catBody(name, a);
    return name === name.toLowerCase() ? body : "[^" + body + "]";
  }

  /** Case variants of a code point for scoped (?i:...) when the JS 'i' flag is off. */
  caseVariants(cp: number): number[] {
    const ch = String.fromCodePoint(cp);
    const out = new Set<number>([cp]);
    for (const v of [ch.toLowerCase(), ch.toUpperCase()]) {
      const arr = Array.from(v);
      if (arr.length === 1) out.add(arr[0].codePointAt(0)!);
    }
    for (const v of Array.from(out)) {
      const lo = Array.from(String.fromCodePoint(v).toLowerCase());
      if (lo.length === 1) out.add(lo[0].codePointAt(0)!);
    }
    return Array.from(out);
  }

  classChar(cp: number): string {
    if ((cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122)) return String.fromCodePoint(cp);
    return "\\u{" + cp.toString(16) + "}";
  }

  literal(cp: number, ctx: Ctx): string {
    if (ctx.i && !this.globalI) {
      const vs = this.caseVariants(cp);
      if (vs.length > 1) return "[" + vs.map((v) => this.classChar(v)).join("") + "]";
    }
    const ch = String.fromCodePoint(cp);
    if ("^$\\.*+?()[]{}|/".includes(ch)) return "\\" + ch;
    if (cp >= 0x20 && cp < 0x7f) return ch;
    return "\\u{" + cp.toString(16) + "}";
  }

  classItems(items: ClassItem[], ctx: Ctx): string {
    let out = "";
    const scopedI = ctx.i && !this.globalI;
    for (const it of items) {
      if (it.t === "cat") out += this.catInClass(it.name, ctx.a);
      else if (it.t === "lit") {
        out += scopedI ? this.caseVariants(it.cp).map((v) => this.classChar(v)).join("") : this.classChar(it.cp);
      } else {
        out += this.classChar(it.lo) + "-" + this.classChar(it.hi);
        if (scopedI && it.hi - it.lo < 1000) {
          for (let cp = it.lo; cp <= it.hi; cp++) {
            for (const v of this.caseVariants(cp)) if (v < it.lo || v > it.hi) out += this.classChar(v);
          }
        }
      }
    }
    return out;
  }

  wordClass(a: boolean): string {
    return "[" + (a ? A_WORD : U_WORD) + "]";
  }

  alt(alts: Node[][], ctx: Ctx): string {
    return alts.map((seq) => this.seq(seq, ctx)).join("|");
  }

  seq(seq: Node[], ctx: Ctx): string {
    let out = "";
    for (const n of seq) out += this.node(n, ctx);
    return out;
  }

  /** One node; the result is always a single quantifiable atom or a group. */
  node(n: Node, ctx: Ctx): string {
    switch (n.t) {
      case "lit": return this.literal(n.cp, ctx);
      case "notlit": return "[^" + this.classItems([{ t: "lit", cp: n.cp }], ctx) + "]";
      case "any": return ctx.s ? "[\\s\\S]" : "[^\\n]";
      case "in": return "[" + (n.negate ? "^" : "") + this.classItems(n.items, ctx) + "]";
      case "cat": return "[" + this.catInClass(n.name, ctx.a) + "]";
      case "at": {
        const w = this.wordClass(ctx.a);
        switch (n.kind) {
          case "begin": return ctx.m ? "(?<![^\\n])" : "(?<![\\s\\S])";
          case "end": return ctx.m ? "(?=\\n|(?![\\s\\S]))" : "(?=\\n?(?![\\s\\S]))";
          case "beginString": return "(?<![\\s\\S])";
          case "endString": return "(?![\\s\\S])";
          case "boundary": return `(?:(?<=${w})(?!${w})|(?<!${w})(?=${w}))`;
          case "nonBoundary": return `(?:(?<=${w})(?=${w})|(?<!${w})(?!${w}))`;
        }
        break;
      }
      case "group": {
        const inner: Ctx = { ...ctx };
        if (n.add & FLAG.I) inner.i = true;
        if (n.add & FLAG.M) inner.m = true;
        if (n.add & FLAG.S) inner.s = true;
        if (n.add & FLAG.A) inner.a = true;
        if (n.add & FLAG.U) inner.a = false;
        if (n.del & FLAG.M) inner.m = false;
        if (n.del & FLAG.S) inner.s = false;
        if (n.del & FLAG.I) {
          if (this.globalI) {
            throw new AlgoError("NotImplementedError", "gilpy cannot turn IGNORECASE off inside a pattern that has it on");
          }
          inner.i = false;
        }
        if (n.index === null) return "(?:" + this.alt(n.body, inner) + ")";
        this.groupMap[n.index] = ++this.jsGroups;
        return "(" + this.alt(n.body, inner) + ")";
      }
      case "atomic": return this.atomic(() => this.alt(n.body, ctx));
      case "assert": {
        const open = n.behind ? (n.negate ? "(?<!" : "(?<=") : (n.negate ? "(?!" : "(?=");
        return "(?:" + open + this.alt(n.body, ctx) + "))";
      }
      case "ref": return "(?:\\" + this.groupMap[n.group] + ")";
      case "cond":
        throw new AlgoError("NotImplementedError", "gilpy does not support conditional groups (?(...)...) in regular expressions");
      case "repeat": {
        const q = n.min === 0 && n.max === 1 ? "?" : n.max >= 4294967295
          ? (n.min === 0 ? "*" : n.min === 1 ? "+" : `{${n.min},}`)
          : n.min === n.max ? `{${n.min}}` : `{${n.min},${n.max}}`;
        if (n.kind === "possessive") return this.atomic(() => "(?:" + this.seq(n.item, ctx) + ")" + q);
        return "(?:" + this.seq(n.item, ctx) + ")" + q + (n.kind === "lazy" ? "?" : "");
      }
    }
    throw new Error("re translation: unknown node");
  }

  /** (?>X) as (?=(X))\k: the lookahead takes X's first match and the backreference consumes it. */
  atomic(body: () => string): string {
    const k = ++this.jsGroups;
    return "(?:(?=(" + body() + "))\\" + k + ")";
  }
}

/** Translate a Python pattern compiled with `flags`; throws ReError / AlgoError as re.compile would. */
export function translatePattern(pattern: string, flags = 0): TranslatedPattern {
  const parsed = parsePattern(pattern, flags);
  const f = parsed.flags;
  const globalI = (f & FLAG.I) !== 0;
  const em = new Emitter(globalI);
  const ctx: Ctx = { i: globalI, m: (f & FLAG.M) !== 0, s: (f & FLAG.S) !== 0, a: (f & FLAG.A) !== 0 };
  const source = em.alt(parsed.body, ctx);
  for (let g = 1; g <= parsed.groups; g++) if (em.groupMap[g] === undefined) em.groupMap[g] = -1;
  return {
    source, flags: globalI ? "iv" : "v", pyFlags: f, groups: parsed.groups, groupIndex: parsed.groupIndex,
    groupMap: em.groupMap,
  };
}

const TEMPLATE_ESCAPES: Record<string, string> = {
  a: "\x07", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v", "\\": "\\",
};

/**
 * Parse a re.sub replacement template (Lib/re/_parser.py parse_template): literal strings and group
 * numbers (Python numbering) in order. Unknown group names raise IndexError like CPython.
 */
export function parseReplacement(template: string, groups: number, groupIndex: Map<string, number>): (string | number)[] {
  const s = new Tokenizer(template);
  const out: (string | number)[] = [];
  let literal = "";
  const addGroup = (index: number, offset: number): void => {
    if (index > groups) throw s.error(`invalid group reference ${index}`, offset);
    if (literal) { out.push(literal); literal = ""; }
    out.push(index);
  };
  for (;;) {
    const t = s.get();
    if (t === null) break;
    if (t[0] !== "\\" || t.length === 1) { literal += t; continue; }
    const c = t[1];
    if (c === "g") {
      if (!s.match("<")) throw s.error("missing <");
      const name = s.getUntil(">", "group name");
      const len = Array.from(name).length;
      let index: number;
      if (isIdentifier(name)) {
        const g = groupIndex.get(name);
        if (g === undefined) throw new AlgoError("IndexError", `unknown group name ${pyRepr(name)}`);
        index = g;
      } else {
        if (!/^[0-9]+$/.test(name)) throw s.error(`bad character in group name ${pyRepr(name)}`, len + 1);
        index = Number(name);
      }
      addGroup(index, len + 1);
    } else if (c === "0") {
      let e = t;
      if (s.next !== null && "01234567".includes(s.next) && s.next.length === 1) {
        e += s.get();
        if (s.next !== null && "01234567".includes(s.next) && s.next.length === 1) e += s.get();
      }
      literal += String.fromCharCode(parseInt(e.slice(1), 8) & 0xff);
    } else if (c >= "1" && c <= "9") {
      let e = t;
      let octal = false;
      if (s.next !== null && s.next.length === 1 && s.next >= "0" && s.next <= "9") {
        e += s.get();
        if ("01234567".includes(c) && "01234567".includes(e[2]) && s.next !== null && s.next.length === 1
          && "01234567".includes(s.next)) {
          e += s.get();
          octal = true;
          const v = parseInt(e.slice(1), 8);
          if (v > 0o377) throw s.error(`octal escape value ${e} outside of range 0-0o377`, e.length);
          literal += String.fromCharCode(v);
        }
      }
      if (!octal) addGroup(Number(e.slice(1)), e.length - 1);
    } else if (c in TEMPLATE_ESCAPES) {
      literal += TEMPLATE_ESCAPES[c];
    } else {
      if (/^[a-zA-Z]$/.test(c)) throw s.error(`bad escape ${t}`, t.length);
      literal += t; // other escapes keep their backslash
    }
  }
  if (literal) out.push(literal);
  return out;
}
