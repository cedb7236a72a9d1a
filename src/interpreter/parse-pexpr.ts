// parse-pexpr.ts — what parse-match.ts reads of ohm-js's parsing expressions (src/pexprs-main.js): their kind,
// found without ohm-js's classes (the CLI bundle has only Ohm's kernel), and the characters each can start with.

/** The parts of Ohm's parsing expressions (ohm-js src/pexprs-main.js) this evaluator reads, duck-typed. */
export interface PExpr {
  getArity(): number;
  toString(): string;
  obj?: string;                    // Terminal
  from?: string; to?: string; matchCodePoint?: boolean;  // Range
  terms?: PExpr[];                 // Alt
  factors?: PExpr[];               // Seq
  expr?: PExpr;                    // Iter, Not, Lookahead, Lex
  operator?: string;               // Iter: "*", "+", "?"
  ruleName?: string; args?: PExpr[];  // Apply
}

export interface GrammarLike { rules: Record<string, { body: PExpr }> }

export type Kind = "terminal" | "range" | "alt" | "seq" | "iter" | "not" | "lookahead" | "lex" | "apply" | "any" | "end" | "other";
const kinds = new Map<object, Kind>();

/** The kind of a parsing expression, found once per class (toString() of a large expression is costly). */
export function kindOf(e: PExpr): Kind {
  if (e.ruleName !== undefined) return "apply";
  if (e.factors) return "seq";
  if (e.terms) return "alt";
  if (typeof e.obj === "string") return "terminal";
  const proto = Object.getPrototypeOf(e) as object;
  let k = kinds.get(proto);
  if (k === undefined) {
    if (typeof e.from === "string") k = "range";
    else if (e.operator !== undefined) k = "iter";
    else {
      let s = "";
      try { s = e.toString(); } catch { /* an expression kind python.ohm does not use (CaseInsensitiveTerminal) */ }
      k = s === "any" ? "any" : s === "end" ? "end" : !e.expr ? "other"
        : s[0] === "~" ? "not" : s[0] === "&" ? "lookahead" : s[0] === "#" ? "lex" : "other";
    }
    // any and end are single objects of the base class: do not let them name a class.
    if (k !== "any" && k !== "end") kinds.set(proto, k);
  }
  return k;
}

/** What an expression may start with: `nullable` ones can match the empty string, so they are always tried. */
export interface First { nullable: boolean; ranges: number[] }   // ranges: lo0, hi0, lo1, hi1, ... (char codes)

export const ANY: First = { nullable: true, ranges: [] };

/**
 * Character classes for parse-match.ts's lazy tables: ASCII, the layout pass's marker characters U+E000..U+E1FF, and
 * everything else (-1: computed each time, rare in Python source).
 */
export function charClass(c: number): number {
  if (c < 128) return c;
  if (c >= 0xe000 && c < 0xe020) return c - 0xe000 + 128;     // INDENT, DEDENT, string markers
  if (c >= 0xe100 && c < 0xe140) return c - 0xe100 + 160;     // keywords
  return -1;
}
export const CLASSES = 224;

export function inRanges(r: number[], c: number): boolean {
  for (let i = 0; i < r.length; i += 2) if (c >= r[i] && c <= r[i + 1]) return true;
  return false;
}

export function mayStart(f: First, c: number): boolean {
  return f.nullable || (c === c && inRanges(f.ranges, c));
}
