// parse-errors.ts — chooses CPython 3.11's SyntaxError/IndentationError for a failed match: the specific
// messages of Grammar/python.gram's invalid_* rules for the common cases, else "invalid syntax" at the token
// where parsing stopped (Parser/pegen_errors.c, _PyPegen_set_syntax_error).
import type { Grammar } from "ohm-js";
import { SyntaxErrorInfo } from "./ast.js";
import { colOf, computeLineStarts, lineOf, lineText, unmarkKeywords } from "./layout.js";
import { exprName, origOf, setCtx, type AstBuilder, type ParseCtx } from "./parse-ast.js";
import type { Expr } from "./ast.js";

const OPERATORS = [
  "**=", "//=", ">>=", "<<=", "...", "->", ":=", "**", "//", ">>", "<<", "<=", ">=", "==", "!=", "+=", "-=", "*=",
  "/=", "%=", "&=", "|=", "^=", "@=", "+", "-", "*", "/", "%", "&", "|", "^", "~", "<", ">", "(", ")", "[", "]",
  "{", "}", ",", ":", ";", ".", "=", "@", "!",
];

const enum T { Newline, Indent, Dedent, End, Other }

interface Tok { kind: T; start: number; end: number; text: string }

function isSpace(c: number): boolean { return c === 32 || c === 9 || c === 12; }
function isId(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || (c >= 48 && c <= 57) || (c >= 128 && c < 0xe000) || c > 0xf8ff;
}

/** The token that starts at or after marked offset p. */
function tokenAt(text: string, p: number): Tok {
  while (p < text.length && isSpace(text.charCodeAt(p))) p++;
  if (p >= text.length) return { kind: T.End, start: p, end: p, text: "" };
  const c = text.charCodeAt(p);
  if (c === 10) return { kind: T.Newline, start: p, end: p + 1, text: "\n" };
  if (c === 0xe001) return { kind: T.Indent, start: p, end: p + 1, text: "" };
  if (c === 0xe002) {
    // DEDENTs at the very end of the text stand for the end of input.
    let q = p;
    while (q < text.length && (text.charCodeAt(q) === 0xe002)) q++;
    if (q >= text.length) return { kind: T.End, start: p, end: p, text: "" };
    return { kind: T.Dedent, start: p, end: p + 1, text: "" };
  }
  let q = p;
  if (c === 0xe010) {
    q++;
    while (q < text.length && text.charCodeAt(q) === 0xe011) q++;
    return { kind: T.Other, start: p, end: q, text: text.slice(p, q) };
  }
  if (isId(c)) {
    if (c >= 48 && c <= 57) {
      // a number: digits, letters, dots and exponent signs
      while (q < text.length && (isId(text.charCodeAt(q)) || text[q] === "." ||
        ((text[q] === "+" || text[q] === "-") && /[eE]/.test(text[q - 1])))) q++;
    } else {
      while (q < text.length && isId(text.charCodeAt(q))) q++;
    }
    return { kind: T.Other, start: p, end: q, text: text.slice(p, q) };
  }
  if (c === 46 && /[0-9]/.test(text[p + 1] ?? "")) return tokenAt2Number(text, p);
  for (const op of OPERATORS) {
    if (text.startsWith(op, p)) return { kind: T.Other, start: p, end: p + op.length, text: op };
  }
  return { kind: T.Other, start: p, end: p + 1, text: text[p] };
}

function tokenAt2Number(text: string, p: number): Tok {
  let q = p + 1;
  while (q < text.length && (isId(text.charCodeAt(q)) || text[q] === ".")) q++;
  return { kind: T.Other, start: p, end: q, text: text.slice(p, q) };
}

/** Original (line, col) of a marked offset, in the coordinates errors are reported in. */
function where(ctx: ParseCtx, marked: number): { line: number; col: number } {
  if (ctx.fstring) {
    // f-string expression errors are located in the "(expr)" text itself.
    const o = origOf(ctx, marked) - ctx.base;
    const starts = computeLineStarts(ctx.lay.source);
    const line = lineOf(starts, o);
    return { line, col: colOf(ctx.lay.source, starts, line, o) };
  }
  const o = origOf(ctx, marked);
  const line = lineOf(ctx.lineStarts, o);
  return { line, col: colOf(ctx.source, ctx.lineStarts, line, o) };
}

function textOf(ctx: ParseCtx, line: number): string {
  if (ctx.fstring) return ctx.lay.source + "\n";
  return lineText(ctx.source, ctx.lineStarts, line);
}

function mk(ctx: ParseCtx, type: SyntaxErrorInfo["type"], msg: string, line: number, offset: number, endLine: number,
  endOffset: number): SyntaxErrorInfo {
  return new SyntaxErrorInfo(type, ctx.fstring ? "f-string: " + msg : msg, line, offset, endLine, endOffset, textOf(ctx, line));
}

/** An error covering marked range [s, e) (RAISE_SYNTAX_ERROR_KNOWN_RANGE). */
function rangeErr(ctx: ParseCtx, msg: string, s: number, e: number, type: SyntaxErrorInfo["type"] = "SyntaxError"): SyntaxErrorInfo {
  const a = where(ctx, s), b = where(ctx, Math.max(e - 1, s));
  return mk(ctx, type, msg, a.line, a.col + 1, b.line, b.col + (e > s ? 2 : 1));
}

/** The token containing marked offset p (or the next one when p is in blanks). */
function tokenContaining(text: string, p: number): Tok {
  let q = logicalLineStart(text, p);
  for (;;) {
    const t = tokenAt(text, q);
    if (t.end > p || t.kind === T.End || t.end <= q) return t.start > p && t.start > q && false ? t : t;
    q = t.end;
  }
}

/** Line of the token where a match failed: CPython's "last token read" (p->tokens[p->fill - 1]). */
export function failLine(ctx: ParseCtx, fail: number): number {
  const t = tokenContaining(unmarkKeywords(ctx.text), fail);
  return where(ctx, Math.min(t.start, Math.max(ctx.text.length - 1, 0))).line;
}

/** An error at the first token at or after marked offset `at` (a PendingError from the AST builder). */
export function errorAfter(ctx: ParseCtx, msg: string, at: number): SyntaxErrorInfo {
  return tokErr(ctx, msg, tokenAt(unmarkKeywords(ctx.text), at));
}

/** An error at a token, as _PyPegen_raise_error reports the last token read. */
function tokErr(ctx: ParseCtx, msg: string, t: Tok, type: SyntaxErrorInfo["type"] = "SyntaxError"): SyntaxErrorInfo {
  if (t.kind === T.End || t.kind === T.Dedent && t.start >= trimmedEnd(ctx.text)) return endErr(ctx, msg, type);
  if (t.kind === T.Newline) {
    const a = where(ctx, t.start);
    return mk(ctx, type, msg, a.line, a.col + 1, a.line, a.col + 1);
  }
  if (t.kind === T.Indent || t.kind === T.Dedent) {
    // INDENT/DEDENT tokens carry no column; CPython reports where the tokenizer stands: after the indentation.
    const n = tokenAt(ctx.text, t.end);
    const a = where(ctx, n.start);
    return mk(ctx, type, msg, a.line, a.col, a.line, -1);
  }
  return rangeErr(ctx, msg, t.start, t.end, type);
}

function trimmedEnd(text: string): number {
  let e = text.length;
  while (e > 0 && (text.charCodeAt(e - 1) === 0xe002 || text.charCodeAt(e - 1) === 10 || isSpace(text.charCodeAt(e - 1)))) e--;
  return e;
}

/** An error at end of input: the last line, with the column after its last character (ENDMARKER). */
function endErr(ctx: ParseCtx, msg: string, type: SyntaxErrorInfo["type"]): SyntaxErrorInfo {
  const src = ctx.fstring ? ctx.lay.source : ctx.source;
  const starts = ctx.fstring ? computeLineStarts(src) : ctx.lineStarts;
  let line = starts.length;
  if (line > 1 && starts[line - 1] === src.length) line--;
  const lt = ctx.fstring ? src : lineText(src, starts, line);
  const info = mk(ctx, type, msg, line, [...lt].length, line, -1);
  info.atEnd = true;
  return info;
}

const BLOCK_KW: Record<string, string> = {
  if: "'if' statement", elif: "'elif' statement", else: "'else' statement", while: "'while' statement",
  for: "'for' statement", with: "'with' statement", try: "'try' statement", except: "'except' statement",
  finally: "'finally' statement", def: "function definition", class: "class definition",
};

/** Start of the logical line that contains marked offset p. */
function logicalLineStart(text: string, p: number): number {
  let s = p;
  while (s > 0 && text.charCodeAt(s - 1) !== 10) s--;
  return s;
}

function firstWord(text: string, s: number): { word: string; start: number; next: string } {
  let p = s;
  while (p < text.length && (isSpace(text.charCodeAt(p)) || text.charCodeAt(p) === 0xe001 || text.charCodeAt(p) === 0xe002)) p++;
  const m = /^[A-Za-z_]+/.exec(text.slice(p, p + 20));
  let word = m ? m[0] : "";
  let start = p;
  if (word === "async") {
    const r = /^async[ \t]+([A-Za-z_]+)/.exec(text.slice(p, p + 40));
    if (r) { word = r[1]; start = p + r[0].length - word.length; }
  }
  const after = text.slice(p + (m ? m[0].length : 0)).replace(/^[ \t]+/, "");
  return { word, start: start, next: after[0] ?? "" };
}

/** Bracket depth at marked offset p, counted from the start of its logical line. */
function depthAt(text: string, p: number): { depth: number; opens: number[] } {
  const opens: number[] = [];
  for (let i = logicalLineStart(text, p); i < p; i++) {
    const c = text[i];
    if (c === "(" || c === "[" || c === "{") opens.push(i);
    else if (c === ")" || c === "]" || c === "}") opens.pop();
  }
  return { depth: opens.length, opens };
}

/** Start of the expression element that ends at marked offset p: after a bracket, comma, '=' or line start. */
function elementStart(text: string, p: number): number {
  const ls = logicalLineStart(text, p);
  let s = p, depth = 0;
  while (s > ls) {
    const c = text[s - 1];
    if (c === ")" || c === "]" || c === "}") depth++;
    else if (c === "(" || c === "[" || c === "{") { if (depth === 0) break; depth--; }
    else if (depth === 0 && (c === "," || c === ":" || c === ";" || c === "=" && !"=!<>".includes(text[s - 2]) && text[s] !== "=")) break;
    s--;
  }
  while (s < p && (isSpace(text.charCodeAt(s)) || text.charCodeAt(s) === 0xe001 || text.charCodeAt(s) === 0xe002)) s++;
  const kw = /^(return|yield|assert|del|raise|in|await|print|exec)\b[ \t]*/.exec(text.slice(s, p));
  if (kw) s += kw[0].length;
  return s;
}

/** What CPython calls the expression `src` in messages ("attribute", "function call", ...), or null. */
function exprKind(g: Grammar, sem: AstBuilder, ctx: ParseCtx, src: string): string | null {
  if (/[\uE010]/.test(src)) return "literal";
  try {
    const m = g.match(src, "disjunctionInput");
    if (!m.succeeded()) return null;
    // the builder reads names through the current parse context; only the node's kind is used here
    setCtx(ctx);
    const e = sem(m).ast() as Expr;
    return exprName(e);
  } catch {
    return null;
  } finally {
    setCtx(ctx);
  }
}

function matchesAll(g: Grammar, text: string, rule: string): boolean {
  return g.match(text.replace(/^ +| +$/g, ""), rule).succeeded();
}

/** End (marked offset, relative to `from`) of the expression starting at `from`, or -1. */
function exprEnd(g: Grammar, sem: AstBuilder, text: string, from: number): number {
  while (from < text.length && isSpace(text.charCodeAt(from))) from++;
  const slice = text.slice(from);
  const m = g.match(slice, "exprPrefix");
  if (!m.succeeded()) return -1;
  const cst = (m as unknown as { _cst: { children: { matchLength: number }[] } })._cst;
  void sem;
  // ExprPrefix = Expression any*: the first child's match length is the expression's extent.
  const len = cst?.children?.[0]?.matchLength;
  if (typeof len !== "number") return -1;
  let e = from + len;
  while (e > from && isSpace(text.charCodeAt(e - 1))) e--;
  return e;
}

export function diagnose(ctx: ParseCtx, g: Grammar, fail: number, rule: string, sem: AstBuilder): SyntaxErrorInfo {
  const marked = ctx.text;            // what the grammar reads
  const text = unmarkKeywords(marked); // same offsets, keywords spelled out, for the heuristics below
  const t = tokenContaining(text, fail);
  void rule;

  if (t.kind === T.Indent) return tokErr(ctx, "unexpected indent", t, "IndentationError");

  // A block opener followed by a line that is not indented (invalid_*_stmt: ... ':' NEWLINE !INDENT).
  if (t.kind !== T.Newline) {
    let b = t.start;
    while (b > 0 && (isSpace(text.charCodeAt(b - 1)) || text.charCodeAt(b - 1) === 0xe002)) b--;
    if (b > 0 && text.charCodeAt(b - 1) === 10) {
      let c = b - 1;
      while (c > 0 && isSpace(text.charCodeAt(c - 1))) c--;
      if (text[c - 1] === ":") {
        // Find the header's keyword: the first word of the logical line that ends at this colon.
        const ls = logicalLineStart(text, c - 1);
        const fw = firstWord(text, ls);
        let kw = fw.word;
        let kwStart = fw.start;
        if (kw === "" && text[fw.start] === "@") {
          // decorators: the def/class line is its own logical line, already handled by the lines above
          kw = "";
        }
        const what = BLOCK_KW[kw];
        if (what) {
          const line = where(ctx, kwStart).line;
          return tokErr(ctx, `expected an indented block after ${what} on line ${line}`, t, "IndentationError");
        }
        void kwStart;
      }
    }
  }

  // `if x = 1:` / `f(a.b = 1)` (invalid_named_expression), `(a.b := 1)`.
  if (t.text === "=" || t.text === ":=") {
    const s = elementStart(text, t.start);
    let aEnd = t.start;
    while (aEnd > s && isSpace(text.charCodeAt(aEnd - 1))) aEnd--;
    const fw = firstWord(text, s);
    if (aEnd > s && !BLOCK_KW[fw.word] || fw.word === "if" || fw.word === "elif" || fw.word === "while") {
      let a = s;
      if (fw.start === s && (fw.word === "if" || fw.word === "elif" || fw.word === "while")) {
        a = s + fw.word.length;
        while (a < aEnd && isSpace(text.charCodeAt(a))) a++;
      }
      const left = text.slice(a, aEnd);
      const isName = /^[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*$/.test(left) && !/^(True|False|None)$/.test(left);
      if (t.text === ":=" && !isName && left && matchesAll(g, left, "disjunctionInput")) {
        const kind = exprKind(g, sem, ctx, marked.slice(a, aEnd));
        if (kind) return rangeErr(ctx, `cannot use assignment expressions with ${kind}`, a, aEnd);
      }
      // after `x +=` the right side is star_expressions, where CPython tries no invalid_named_expression
      let b = a;
      while (b > 0 && isSpace(text.charCodeAt(b - 1))) b--;
      const afterAug = /(?:[-+*/%&|^@]|<<|>>|\*\*|\/\/)=$/.test(text.slice(Math.max(0, b - 3), b)) && !/[=!<>]=$/.test(text.slice(Math.max(0, b - 2), b).replace(/^(<<|>>)/, ""));
      if (t.text === "=" && left && !afterAug && matchesAll(g, left, "disjunctionInput")) {
        const e = exprEnd(g, sem, marked, t.end);
        const after = e > 0 ? tokenAt(text, e) : null;
        if (e > 0 && after && after.text !== "=" && after.text !== ":=") {
          if (isName) return rangeErr(ctx, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", a, e);
          const kind = exprKind(g, sem, ctx, marked.slice(a, aEnd));
          if (kind && !/^[[(]/.test(left) && !/^(True|False|None)$/.test(left)) {
            return rangeErr(ctx, `cannot assign to ${kind} here. Maybe you meant '==' instead of '='?`, a, aEnd);
          }
        }
      }
    }
  }

  // Missing ':' at the end of a compound statement header (invalid_*_stmt: ... NEWLINE -> "expected ':'").
  {
    const ls = logicalLineStart(text, t.start);
    const fw = firstWord(text, ls);
    if (BLOCK_KW[fw.word] && depthAt(text, t.start).depth === 0) {
      const fixed = marked.slice(0, t.start) + ":" + marked.slice(t.start);
      const m = g.match(fixed, "fileInput");
      if (m.succeeded() || (m as unknown as { getRightmostFailurePosition(): number }).getRightmostFailurePosition() > t.start + 1) {
        if (["else", "try", "finally"].includes(fw.word) || t.kind !== T.Newline) {
          return tokErr(ctx, "expected ':'", t);
        }
        return tokErr(ctx, "expected ':'", t);
      }
    }
  }

  // from m import a, (invalid_import_from_targets)
  if (t.kind === T.Newline) {
    const fw = firstWord(text, logicalLineStart(text, t.start));
    let b = t.start;
    while (b > 0 && isSpace(text.charCodeAt(b - 1))) b--;
    if (fw.word === "from" && text[b - 1] === "," && depthAt(text, t.start).depth === 0) {
      return tokErr(ctx, "trailing comma not allowed without surrounding parentheses", t);
    }
  }

  // `a if b` without else (invalid_expression).
  {
    const ls = logicalLineStart(text, t.start);
    const line = text.slice(ls, t.start);
    const re = /(^|[^A-Za-z0-9_\u0080-\uffff])if(?![A-Za-z0-9_])/g;
    let m: RegExpExecArray | null, ifAt = -1;
    while ((m = re.exec(line))) ifAt = ls + m.index + m[1].length;
    if (ifAt > ls && t.text !== "else" && t.text !== ":" && depthAt(text, ifAt).depth === depthAt(text, t.start).depth) {
      const s = elementStart(text, ifAt);
      let aEnd = ifAt, bEnd = t.start;
      while (aEnd > s && isSpace(text.charCodeAt(aEnd - 1))) aEnd--;
      while (bEnd > ifAt && isSpace(text.charCodeAt(bEnd - 1))) bEnd--;
      const fw = firstWord(text, s);
      if (aEnd > s && !BLOCK_KW[fw.word] && fw.word !== "if" && matchesAll(g, marked.slice(s, aEnd), "disjunctionInput") &&
        matchesAll(g, marked.slice(ifAt + 2, bEnd), "disjunctionInput")) {
        return rangeErr(ctx, "expected 'else' after 'if' expression", s, bEnd);
      }
    }
  }

  // print "x" / exec "code" (invalid_legacy_expression).
  {
    let b = t.start;
    while (b > 0 && isSpace(text.charCodeAt(b - 1))) b--;
    const m = /(?:^|[^A-Za-z0-9_.])(print|exec)$/.exec(text.slice(Math.max(0, b - 7), b));
    if (m && text[t.start] !== "(") {
      const nameStart = b - m[1].length;
      const lineEnd = text.indexOf("\n", t.start);
      const rest = text.slice(t.start, lineEnd < 0 ? text.length : lineEnd);
      let e = t.start + rest.length;
      while (e > t.start && isSpace(text.charCodeAt(e - 1))) e--;
      if (matchesAll(g, marked.slice(t.start, e), "starExprsInput")) {
        return rangeErr(ctx, `Missing parentheses in call to '${m[1]}'. Did you mean ${m[1]}(...)?`, nameStart, e);
      }
    }
  }

  // Two expressions side by side inside brackets (invalid_expression: "Perhaps you forgot a comma?").
  if (t.kind === T.Other) {
    const d = depthAt(text, t.start);
    if (d.depth > 0) {
      // The element before the failure starts after the innermost opening bracket or separator.
      let s = t.start, depth = 0;
      while (s > d.opens[d.opens.length - 1] + 1) {
        const c = text[s - 1];
        if (c === ")" || c === "]" || c === "}") depth++;
        else if (c === "(" || c === "[" || c === "{") depth--;
        else if (depth === 0 && (c === "," || c === ":" || c === "=" && text[s - 2] !== "=" && text[s - 2] !== "!" && text[s - 2] !== "<" && text[s - 2] !== ">" && text[s] !== "=")) break;
        s--;
      }
      while (s < t.start && isSpace(text.charCodeAt(s))) s++;
      let aEnd = t.start;
      while (aEnd > s && isSpace(text.charCodeAt(aEnd - 1))) aEnd--;
      if (aEnd > s && matchesAll(g, marked.slice(s, aEnd), "disjunctionInput")) {
        const fw = firstWord(text, s);
        const isKw = ["lambda", "not", "await", "yield"].includes(fw.word) && fw.start === s;
        const e = exprEnd(g, sem, marked, t.start);
        if (e > t.start && !isKw) return rangeErr(ctx, "invalid syntax. Perhaps you forgot a comma?", s, e);
      }
    }
  }

  // `match x:` / `case P:` (PEP 634) fail here because gilpy's grammar has no match statement yet: say so
  // rather than "invalid syntax" (a name `match` used as an identifier parses and never gets here).
  if (t.kind !== T.End) {
    const ls = logicalLineStart(text, t.start);
    const fw = firstWord(text, ls);
    const le = text.indexOf("\n", fw.start);
    if ((fw.word === "match" || fw.word === "case") && fw.next !== "" && !"=.([,:;)".includes(fw.next) &&
      /:[ \t]*(#.*)?$/.test(text.slice(fw.start, le < 0 ? text.length : le))) {
      return rangeErr(ctx, "the match statement is not supported by gilpy", fw.start, fw.start + fw.word.length);
    }
  }

  return tokErr(ctx, "invalid syntax", t);
}
