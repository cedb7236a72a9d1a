// parse-strings.ts — string literal tokens to AST: escape decoding, bytes, implicit concatenation and
// f-strings (3.11 rules, after Parser/string_parser.c: fstring_find_literal / fstring_find_expr).
import type { Constant, Expr, FormattedValue, JoinedStr, Pos } from "./ast.js";
import type { StringToken } from "./layout.js";

/** Parses the f-string expression source[start, end) (original offsets) and returns its AST. */
export type FExprParser = (start: number, end: number) => Expr;

export interface StringEnv {
  source: string;
  /** Position of original offsets [start, end). */
  pos(start: number, end: number): Pos;
  parseExpr: FExprParser;
}

/**
 * A literal's error. Without `range` CPython reports it at the token after the strings (the last token its
 * parser had read); with `range` (original offsets) at that token.
 */
export class StrError {
  constructor(public msg: string, public range: [number, number] | null = null) {}
}

const SIMPLE_ESCAPES: Record<string, string> = {
  "\\": "\\", "'": "'", '"': '"', a: "\x07", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v",
};

/** Decodes backslash escapes of a non-raw literal body; `bytes` limits it to the bytes escapes. */
export function decodeEscapes(body: string, bytes: boolean, env: StringEnv, tokStart: number): string {
  if (body.indexOf("\\") < 0) return body;
  let out = "";
  const n = body.length;
  for (let i = 0; i < n; i++) {
    const ch = body[i];
    if (ch !== "\\") { out += ch; continue; }
    const e = body[i + 1];
    if (e === undefined) { out += "\\"; break; }
    if (e === "\n") { i++; continue; }
    if (e === "\r") { i += body[i + 2] === "\n" ? 2 : 1; continue; }
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) { out += simple; i++; continue; }
    if (e >= "0" && e <= "7") {
      let j = i + 1, v = 0;
      while (j < n && j < i + 4 && body[j] >= "0" && body[j] <= "7") { v = v * 8 + (body.charCodeAt(j) - 48); j++; }
      out += String.fromCharCode(bytes ? v & 0xff : v);
      i = j - 1;
      continue;
    }
    const hexLen = e === "x" ? 2 : !bytes && e === "u" ? 4 : !bytes && e === "U" ? 8 : 0;
    if (hexLen > 0) {
      const hex = body.slice(i + 2, i + 2 + hexLen);
      if (hex.length < hexLen || !/^[0-9a-fA-F]+$/.test(hex)) {
        if (bytes) throw new StrError(`(value error) invalid \\x escape at position ${i}`);
        const bad = hex.match(/^[0-9a-fA-F]*/)![0].length;
        const what = e === "x" ? "truncated \\xXX escape" : e === "u" ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
        throw new StrError(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${i}-${i + 1 + bad}: ${what}`);
      }
      const cp = parseInt(hex, 16);
      if (cp > 0x10ffff) {
        throw new StrError(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${i}-${i + 9}: illegal Unicode character`);
      }
      out += String.fromCodePoint(cp);
      i += 1 + hexLen;
      continue;
    }
    if (!bytes && e === "N" && body[i + 2] === "{") {
      const close = body.indexOf("}", i + 3);
      const name = close < 0 ? "" : body.slice(i + 3, close);
      const ch = namedChar(name);
      if (ch === null) {
        throw new StrError(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${i}-${close < 0 ? i + 1 : close}: ${close < 0 ? "malformed \\N character escape" : "unknown Unicode character name"}`);
      }
      out += ch;
      i = close;
      continue;
    }
    // An unknown escape keeps its backslash (CPython 3.11 only warns).
    out += "\\";
  }
  return out;
}

/** A handful of \N{...} names; the full Unicode name table is not shipped with gilpy. */
function namedChar(name: string): string | null {
  const table: Record<string, string> = {
    "BULLET": "\u2022", "EM DASH": "\u2014", "EN DASH": "\u2013", "NO-BREAK SPACE": "\u00a0",
    "DEGREE SIGN": "\u00b0", "GREEK SMALL LETTER ALPHA": "\u03b1", "GREEK SMALL LETTER PI": "\u03c0",
    "HORIZONTAL ELLIPSIS": "\u2026", "CHECK MARK": "\u2713", "SPACE": " ", "LATIN SMALL LETTER A": "a",
    "SNOWMAN": "\u2603", "BLACK STAR": "\u2605", "RIGHTWARDS ARROW": "\u2192", "COPYRIGHT SIGN": "\u00a9",
  };
  return table[name.toUpperCase()] ?? null;
}

type Part = { lit: string } | { fv: FormattedValue };

/** Builds the Constant or JoinedStr for adjacent string tokens (implicit concatenation). */
export function buildStrings(tokens: StringToken[], env: StringEnv): Constant | JoinedStr {
  const first = tokens[0], last = tokens[tokens.length - 1];
  const whole = env.pos(first.start, last.end);
  let anyBytes = false, anyStr = false, anyF = false;
  for (const t of tokens) {
    if (t.prefix.includes("b")) anyBytes = true; else anyStr = true;
    if (t.prefix.includes("f")) anyF = true;
  }
  if (anyBytes && anyStr) throw new StrError("cannot mix bytes and nonbytes literals");
  if (anyBytes) {
    let s = "";
    for (const t of tokens) {
      const body = env.source.slice(t.bodyStart, t.bodyEnd);
      for (let i = 0; i < body.length; i++) {
        if (body.charCodeAt(i) >= 128) throw new StrError("bytes can only contain ASCII literal characters", [t.start, t.end]);
      }
      s += t.prefix.includes("r") ? body : decodeEscapes(body, true, env, t.start);
    }
    const bytes = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);
    return { kind: "Constant", value: bytes, ...whole };
  }
  if (!anyF) {
    let s = "";
    for (const t of tokens) {
      const body = env.source.slice(t.bodyStart, t.bodyEnd);
      s += t.prefix.includes("r") ? body : decodeEscapes(body, false, env, t.start);
    }
    return { kind: "Constant", value: s, ...whole };
  }
  const parts: Part[] = [];
  for (const t of tokens) {
    const raw = t.prefix.includes("r");
    if (!t.prefix.includes("f")) {
      const body = env.source.slice(t.bodyStart, t.bodyEnd);
      parts.push({ lit: raw ? body : decodeEscapes(body, false, env, t.start) });
      continue;
    }
    const st = { i: t.bodyStart };
    fstringParse(st, t, raw, 0, parts, env, whole);
  }
  return { kind: "JoinedStr", values: joinParts(parts, whole), ...whole };
}

function joinParts(parts: Part[], whole: Pos): (Constant | FormattedValue)[] {
  const values: (Constant | FormattedValue)[] = [];
  let lit = "";
  for (const p of parts) {
    if ("lit" in p) { lit += p.lit; continue; }
    if (lit !== "") { values.push({ kind: "Constant", value: lit, ...whole }); lit = ""; }
    values.push(p.fv);
  }
  if (lit !== "") values.push({ kind: "Constant", value: lit, ...whole });
  return values;
}

/** Parses f-string body from st.i until its end (or a '}' closing a format spec at level > 0). */
function fstringParse(st: { i: number }, t: StringToken, raw: boolean, level: number, parts: Part[], env: StringEnv,
  whole: Pos): void {
  const src = env.source;
  const end = t.bodyEnd;
  for (;;) {
    // Literal text up to the next '{' or '}'.
    let litStart = st.i, lit = "";
    let i = st.i;
    while (i < end) {
      const ch = src[i];
      if (!raw && ch === "\\" && i + 1 < end) {
        if (src[i + 1] === "N" && src[i + 2] === "{") {
          const close = src.indexOf("}", i);
          i = close < 0 || close >= end ? end : close + 1;
        } else i += 2;
        continue;
      }
      if (ch === "{" || ch === "}") {
        if (level === 0 && src[i + 1] === ch) {
          lit += decodeLit(src.slice(litStart, i + 1), raw, env, t.start);
          i += 2;
          litStart = i;
          continue;
        }
        if (level === 0 && ch === "}") throw new StrError("f-string: single '}' is not allowed");
        break;
      }
      i++;
    }
    lit += decodeLit(src.slice(litStart, i), raw, env, t.start);
    if (lit !== "") parts.push({ lit });
    st.i = i;
    if (i >= end) return;
    if (src[i] === "}") return; // end of a nested format spec; the caller consumes it
    fstringExpr(st, t, raw, level, parts, env, whole);
  }
}

function decodeLit(s: string, raw: boolean, env: StringEnv, tokStart: number): string {
  return raw ? s : decodeEscapes(s, false, env, tokStart);
}

/** Parses one replacement field starting at the '{' at st.i. */
function fstringExpr(st: { i: number }, t: StringToken, raw: boolean, level: number, parts: Part[], env: StringEnv,
  whole: Pos): void {
  const src = env.source;
  const end = t.bodyEnd;
  if (level >= 2) throw new StrError("f-string: expressions nested too deeply");
  const exprStart = st.i + 1;
  let i = exprStart;
  let quote = "", quoteLen = 0;
  const stack: string[] = [];
  for (; i < end; i++) {
    const ch = src[i];
    if (ch === "\\") throw new StrError("f-string expression part cannot include a backslash");
    if (quote) {
      if (ch === quote && (quoteLen === 1 || (src[i + 1] === quote && src[i + 2] === quote))) {
        i += quoteLen - 1;
        quote = "";
      }
      continue;
    }
    if (ch === "'" || ch === '"') {
      quote = ch;
      quoteLen = src[i + 1] === ch && src[i + 2] === ch ? 3 : 1;
      i += quoteLen - 1;
    } else if (ch === "[" || ch === "{" || ch === "(") {
      if (stack.length >= 200) throw new StrError("f-string: too many nested parenthesis");
      stack.push(ch);
    } else if (ch === "#") {
      throw new StrError("f-string expression part cannot include '#'");
    } else if (stack.length === 0 && "!:}=<>".includes(ch)) {
      const next = src[i + 1];
      if (i + 1 < end && next === "=" && "!=<>".includes(ch)) { i++; continue; }
      if (ch === "<" || ch === ">") continue;
      break;
    } else if (ch === "]" || ch === "}" || ch === ")") {
      const open = stack.pop();
      if (open === undefined) throw new StrError(`f-string: unmatched '${ch}'`);
      if (!((open === "(" && ch === ")") || (open === "[" && ch === "]") || (open === "{" && ch === "}"))) {
        throw new StrError(`f-string: closing parenthesis '${ch}' does not match opening parenthesis '${open}'`);
      }
    }
  }
  if (quote) throw new StrError("f-string: unterminated string");
  if (stack.length) throw new StrError(`f-string: unmatched '${stack[stack.length - 1]}'`);
  if (i >= end) throw new StrError("f-string: expecting '}'");
  const exprEnd = i;
  if (/^\s*$/.test(src.slice(exprStart, exprEnd))) throw new StrError("f-string: empty expression not allowed");
  const value = env.parseExpr(exprStart, exprEnd);
  let exprText: string | null = null;
  if (src[i] === "=") {
    i++;
    while (i < end && /[ \t\n\r\f\v]/.test(src[i])) i++;
    if (i >= end) throw new StrError("f-string: expecting '}'");
    exprText = src.slice(exprStart, i);
  }
  let conversion = -1;
  if (src[i] === "!") {
    i++;
    if (i >= end) throw new StrError("f-string: expecting '}'");
    conversion = src.charCodeAt(i);
    i++;
    if (conversion !== 115 && conversion !== 114 && conversion !== 97) {
      throw new StrError("f-string: invalid conversion character: expected 's', 'r', or 'a'");
    }
  }
  let formatSpec: JoinedStr | null = null;
  if (i >= end) throw new StrError("f-string: expecting '}'");
  if (src[i] === ":") {
    i++;
    if (i >= end) throw new StrError("f-string: expecting '}'");
    const specParts: Part[] = [];
    st.i = i;
    fstringParse(st, t, raw, level + 1, specParts, env, whole);
    i = st.i;
    // CPython 3.11 gives the spec's JoinedStr the span of the token it is in.
    const specPos = env.pos(t.start, t.end);
    formatSpec = { kind: "JoinedStr", values: joinParts(specParts, whole), ...specPos };
  }
  if (i >= end || src[i] !== "}") throw new StrError("f-string: expecting '}'");
  st.i = i + 1;
  if (exprText !== null) {
    parts.push({ lit: exprText });
    if (formatSpec === null && conversion === -1) conversion = 114;
  }
  parts.push({ fv: { kind: "FormattedValue", value, conversion, format_spec: formatSpec, ...whole } });
}
