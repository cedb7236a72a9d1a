// layout.ts — the layout pass: turns Python source into the marked text the Ohm grammar reads, resolving
// INDENT/DEDENT/NEWLINE, comments, blank lines, bracket joining, backslash continuation and string literals,
// and keeps the map from marked-text offsets back to the original source. Tokenizer errors are recorded
// (not thrown) so the parser can decide, as CPython's Parser/pegen_errors.c does, which error wins.
import { SyntaxErrorInfo } from "./ast.js";

export const NEWLINE = "\n";
export const INDENT = "\uE001";
export const DEDENT = "\uE002";
export const STRING_START = "\uE010";
export const STRING_FILL = "\uE011";

/** One string literal token, in original-source offsets. */
export interface StringToken {
  start: number;      // offset of the first prefix character
  end: number;        // offset after the closing quote
  bodyStart: number;  // offset after the opening quote(s)
  bodyEnd: number;    // offset of the closing quote(s)
  prefix: string;     // lower-cased prefix letters ("", "r", "b", "rb", "f", "rf", "u")
}

/** What kind of tokenizer error was found; "raise" ones override later parser errors (pegen_errors.c). */
export interface TokenizerError {
  info: SyntaxErrorInfo;
  /** Original offset where tokens stop; the marked text ends there. */
  at: number;
  /** true for errors CPython's tokenizer raises itself (they win over parser errors anywhere). */
  raises: boolean;
  /** Set for an unclosed bracket at end of file: the line of the bracket. */
  unclosedLine?: number;
}

export interface Layout {
  source: string;
  text: string;                     // marked text for the grammar
  /** Original offset of each marked-text character (one extra entry for the end). */
  map: Int32Array;
  strings: Map<number, StringToken>; // marked-text offset of STRING_START -> token
  lineStarts: number[];             // original offsets of each line's first character (index 0 = line 1)
  error: TokenizerError | null;
  /** Line (1-based) where each INDENT marker was produced, by marked offset; used for error messages. */
  indentLines: Map<number, number>;
}

const TABSIZE = 8;

/** Python 3.11's keywords; the layout pass writes keyword k as U+E100+k followed by STRING_FILL characters. */
export const KEYWORDS = [
  "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
  "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
  "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];
const KEYWORD_INDEX = new Map(KEYWORDS.map((k, i) => [k, i]));

/** The marked text with keywords spelled out again (same length), for error heuristics. */
export function unmarkKeywords(text: string): string {
  return text.replace(/[\uE100-\uE1FF]\uE011*/g, (m) => KEYWORDS[m.charCodeAt(0) - 0xe100] ?? m);
}

/** Characters that would merge with a following word: identifier characters and keyword/string markers. */
function isWordish(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 ||
    (c >= 0x80 && (c < 0xe000 || c > 0xf8ff)) || (c >= 0xe100 && c <= 0xe1ff) || c === 0xe011;
}

/** Characters that start a two-character operator token (`==`, `<=`, `**`, `->`, `:=`, `+=` ...). */
function isOperatorHead(c: number): boolean {
  return c === 61 || c === 60 || c === 62 || c === 33 || c === 42 || c === 47 || c === 45 || c === 58 || c === 43 ||
    c === 37 || c === 38 || c === 124 || c === 94 || c === 64;
}

/** True when operator characters `last` and `next`, once their blank is dropped, would read as one token. */
function wouldMerge(last: number, next: number): boolean {
  if (!isOperatorHead(last)) return false;
  if (next === 61) return true;                              // any of them followed by '=' ('==', '+=', ':=' ...)
  return next === last ? (last === 42 || last === 47 || last === 60 || last === 62) : (last === 45 && next === 62);
}

function isIdStartCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c >= 128;
}
function isIdCode(c: number): boolean {
  return isIdStartCode(c) || (c >= 48 && c <= 57);
}

export function computeLineStarts(source: string): number[] {
  const starts = [0];
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (source.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** The text of 1-based line `lineno` including its newline, as CPython puts in SyntaxError.text. */
export function lineText(source: string, lineStarts: number[], lineno: number): string {
  const s = lineStarts[lineno - 1];
  if (s === undefined) return "";
  const e = lineno < lineStarts.length ? lineStarts[lineno] : source.length;
  return source.slice(s, e).replace(/\r\n?$/, "\n");
}

/** 1-based line of an original offset. */
export function lineOf(lineStarts: number[], offset: number): number {
  let lo = 0, hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid; else hi = mid - 1;
  }
  return lo + 1;
}

/** 0-based column in code points of an original offset. */
export function colOf(source: string, lineStarts: number[], line: number, offset: number): number {
  const s = lineStarts[line - 1];
  let col = offset - s;
  for (let i = s; i < offset; i++) {
    const c = source.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) { col--; i++; }
  }
  return col;
}

export function layout(source: string): Layout {
  return new Scanner(source).run();
}

class Scanner {
  private out: string[] = [];
  private copied = 0;         // original offset up to which text has been copied to `out`
  private outLen = 0;
  private map: number[] = [];
  private lastChar = 10;      // last character written to `out`
  private pendingSep = -1;    // original offset of deleted blanks that may need one separating space
  private strings = new Map<number, StringToken>();
  private indentLines = new Map<number, number>();
  private lineStarts: number[];
  private indents = [0];
  private altIndents = [0];
  private parens: { ch: string; line: number; col: number }[] = [];
  private error: TokenizerError | null = null;

  constructor(private src: string) {
    this.lineStarts = computeLineStarts(src);
  }

  run(): Layout {
    const src = this.src;
    const n = src.length;
    let i = 0;
    let atLineStart = true;
    let lineHasTokens = false;
    let line = 1;
    while (i < n) {
      if (atLineStart && this.parens.length === 0) {
        // Measure indentation like CPython's tok_get: col with tabs to multiples of 8, altcol with tabs as 1.
        let col = 0, alt = 0, j = i;
        for (; j < n; j++) {
          const c = src.charCodeAt(j);
          if (c === 32) { col++; alt++; }
          else if (c === 9) { col = (Math.floor(col / TABSIZE) + 1) * TABSIZE; alt++; }
          else if (c === 12) { col = alt = 0; }
          else break;
        }
        const c = src.charCodeAt(j);
        atLineStart = false;
        if (j >= n || c === 10 || c === 13 || c === 35 /* # */ || (c === 92 && this.isContinuation(j))) {
          // Blank or comment-only line: no tokens, no indentation change. A backslash-continued blank
          // line is treated the same way by CPython.
          this.blank(i, j - i);
          i = j;
          lineHasTokens = false;
          if (j >= n) break;
          continue;
        }
        this.blank(i, j - i);
        if (!this.indentation(j, col, alt, line)) break;
        i = j;
        lineHasTokens = true;
        continue;
      }
      const c = src.charCodeAt(i);
      if (c === 32 || c === 9 || c === 12) {
        let j = i + 1;
        while (j < n && (src.charCodeAt(j) === 32 || src.charCodeAt(j) === 9 || src.charCodeAt(j) === 12)) j++;
        this.blank(i, j - i);
        i = j;
        continue;
      }
      if (c === 10 || c === 13) {
        const len = c === 13 && src.charCodeAt(i + 1) === 10 ? 2 : 1;
        if (this.parens.length === 0 && lineHasTokens) {
          // End of a logical line: the newline character itself stays "\n" ("\r\n" -> " \n").
          if (len === 2) this.blank(i, 1);
          else if (c === 13) this.replace(i, 1, "\n");
        } else {
          this.blank(i, len);
        }
        i += len;
        line++;
        if (this.parens.length === 0) { atLineStart = true; lineHasTokens = false; }
        continue;
      }
      if (c === 35) { // comment: blank it out up to the end of the line
        let j = i;
        while (j < n && src.charCodeAt(j) !== 10 && src.charCodeAt(j) !== 13) j++;
        this.blank(i, j - i);
        i = j;
        continue;
      }
      if (c === 92) { // backslash
        if (this.isContinuation(i)) {
          const len = src.charCodeAt(i + 1) === 13 && src.charCodeAt(i + 2) === 10 ? 3 : 2;
          this.blank(i, len);
          i += len;
          line++;
          if (i >= n) {
            const len = [...lineText(src, this.lineStarts, line - 1).replace(/\r?\n$/, "")].length;
            this.fail("unexpected EOF while parsing", line - 1, len + 1, line - 1, -1, i, false, "eof");
            break;
          }
          continue;
        }
        if (i + 1 >= n) {
          this.fail("unexpected EOF while parsing", line, 0, line, -1, i, false, "eof");
          break;
        }
        const col = colOf(src, this.lineStarts, line, i);
        this.fail("unexpected character after line continuation character", line, col + 2, line, 0, i, false, "linecont");
        break;
      }
      lineHasTokens = true;
      if (c === 34 || c === 39) {
        const r = this.string(i, i, line);
        if (r < 0) break;
        line = lineOf(this.lineStarts, r - 1);
        i = r;
        continue;
      }
      if (isIdStartCode(c)) {
        let j = i + 1;
        while (j < n && isIdCode(src.charCodeAt(j))) j++;
        const q = src.charCodeAt(j);
        if ((q === 34 || q === 39) && j - i <= 2 && /^(?:[rRuUbBfF]|[rR][bBfF]|[bBfF][rR])$/.test(src.slice(i, j))) {
          const r = this.string(i, j, line);
          if (r < 0) break;
          line = lineOf(this.lineStarts, r - 1);
          i = r;
          continue;
        }
        if (!this.checkIdentifier(i, j, line)) break;
        if (j - i <= 8) {
          // Keywords become one marker character plus fillers so the grammar matches them with one comparison
          // and `name` needs no keyword lookahead.
          const k = KEYWORD_INDEX.get(src.slice(i, j));
          if (k !== undefined) this.replace(i, j - i, String.fromCharCode(0xe100 + k) + STRING_FILL.repeat(j - i - 1));
        }
        i = j;
        continue;
      }
      if (c >= 48 && c <= 57 || (c === 46 && this.isDigit(i + 1))) {
        const j = this.number(i, line);
        if (j < 0) break;
        i = j;
        continue;
      }
      if (c === 40 || c === 91 || c === 123) {
        if (this.parens.length >= 200) {
          this.fail("too many nested parentheses", line, i - this.lineStarts[line - 1] + 1, line, -1, i, true);
          break;
        }
        this.parens.push({ ch: src[i], line, col: colOf(src, this.lineStarts, line, i) });
        i++;
        continue;
      }
      if (c === 41 || c === 93 || c === 125) {
        const col = colOf(src, this.lineStarts, line, i);
        const open = this.parens.pop();
        if (!open) {
          this.fail(`unmatched '${src[i]}'`, line, col + 1, line, col + 1, i, true);
          break;
        }
        const want = open.ch === "(" ? ")" : open.ch === "[" ? "]" : "}";
        if (want !== src[i]) {
          const msg = open.line !== line
            ? `closing parenthesis '${src[i]}' does not match opening parenthesis '${open.ch}' on line ${open.line}`
            : `closing parenthesis '${src[i]}' does not match opening parenthesis '${open.ch}'`;
          this.fail(msg, line, col + 1, line, col + 1, i, true);
          break;
        }
        i++;
        continue;
      }
      if (c < 32 && c !== 12) {
        const col = colOf(src, this.lineStarts, line, i);
        const hex = c.toString(16).toUpperCase().padStart(4, "0");
        this.fail(`invalid non-printable character U+${hex}`, line, col + 1, line, col + 1, i, true);
        break;
      }
      i++;
    }
    if (!this.error) {
      if (this.parens.length > 0) {
        const p = this.parens[this.parens.length - 1];
        const err = new SyntaxErrorInfo("SyntaxError", `'${p.ch}' was never closed`, p.line, p.col + 1, p.line, 0,
          lineText(src, this.lineStarts, p.line));
        this.error = { info: err, at: n, raises: false, unclosedLine: p.line };
        this.copyTo(n);
      } else {
        this.copyTo(n);
      }
    }
    // Close the last logical line and every open block, as the tokenizer does at end of input.
    if (this.outLen > 0 && (this.error || this.lastChar !== 10)) this.emit("\n", false);
    while (this.indents.length > 1) {
      this.indents.pop();
      this.emit(DEDENT, true);
    }
    this.map.push(src.length); // the end of the marked text maps to the end of the source
    return {
      source: src, text: this.out.join(""), map: Int32Array.from(this.map), strings: this.strings,
      lineStarts: this.lineStarts, error: this.error, indentLines: this.indentLines,
    };
  }

  private isDigit(i: number): boolean {
    const c = this.src.charCodeAt(i);
    return c >= 48 && c <= 57;
  }

  private isContinuation(i: number): boolean {
    const d = this.src.charCodeAt(i + 1);
    return d === 10 || d === 13;
  }

  /** Copies original text up to `to` into the output. */
  private copyTo(to: number): void {
    if (to > this.copied) {
      this.flushSep(this.src.charCodeAt(this.copied));
      this.out.push(this.src.slice(this.copied, to));
      for (let k = this.copied; k < to; k++) this.map.push(k);
      this.outLen += to - this.copied;
      this.lastChar = this.src.charCodeAt(to - 1);
      this.copied = to;
    }
  }

  /** Replaces original text [at, at+len) with `repl` of the same length. */
  private replace(at: number, len: number, repl: string): void {
    this.copyTo(at);
    this.flushSep(repl.charCodeAt(0));
    this.out.push(repl);
    for (let k = 0; k < len; k++) this.map.push(at + k);
    this.outLen += len;
    this.lastChar = repl.charCodeAt(len - 1);
    this.copied = at + len;
  }

  /**
   * Drops blanks (spaces, comments, joined newlines, continuations, indentation): the grammar has no
   * whitespace rules. One space is kept where two word-like tokens would otherwise touch (`a b`, `x if`),
   * and after a number before '.' (`1 .real`); keyword rules accept it.
   */
  private blank(at: number, len: number): void {
    if (len <= 0) return;
    this.copyTo(at);
    if (this.pendingSep < 0 && (isWordish(this.lastChar) || isOperatorHead(this.lastChar))) this.pendingSep = at;
    this.copied = at + len;
  }

  private flushSep(next: number): void {
    if (this.pendingSep < 0) return;
    const at = this.pendingSep;
    this.pendingSep = -1;
    const last = this.lastChar;
    if (isWordish(next) ? isWordish(last) : (next === 46 && last >= 48 && last <= 57)) {
      this.out.push(" ");
      this.map.push(at);
      this.outLen++;
      this.lastChar = 32;
    } else if (wouldMerge(last, next)) {
      // `x = = 1` must not become `x==1`: the kept space fails to parse, and it maps to the second operator,
      // where CPython's tokenizer puts the error.
      this.out.push(" ");
      this.map.push(this.copied);
      this.outLen++;
      this.lastChar = 32;
    }
  }

  /** Emits an extra character at the current copy point (INDENT/DEDENT or a final newline). */
  private emit(ch: string, _inserted: boolean): void {
    this.pendingSep = -1;
    this.out.push(ch);
    this.map.push(Math.min(this.copied, this.src.length));
    this.outLen++;
    this.lastChar = ch.charCodeAt(0);
  }

  private fail(msg: string, line: number, offset: number, endLine: number, endOffset: number, at: number,
    raises: boolean, kind?: string, type: "SyntaxError" | "IndentationError" | "TabError" = "SyntaxError"): void {
    let text: string | null = lineText(this.src, this.lineStarts, line);
    // Tokenizer errors read the line from the tokenizer's buffer, which has no newline (as compile() shows).
    if (raises || kind === "linecont") text = text.replace(/\n$/, "");
    this.error = { info: new SyntaxErrorInfo(type, msg, line, offset, endLine, endOffset, text), at, raises };
    if (kind === "eof" && this.parens.length > 0) {
      const p = this.parens[this.parens.length - 1];
      this.error.info = new SyntaxErrorInfo("SyntaxError", `'${p.ch}' was never closed`, p.line, p.col + 1, p.line, 0,
        lineText(this.src, this.lineStarts, p.line));
      this.error.unclosedLine = p.line;
    }
    this.copyTo(at);
  }

  /** Handles the indentation of a line whose first token is at `j`; false when it is an error. */
  private indentation(j: number, col: number, alt: number, line: number): boolean {
    const top = this.indents[this.indents.length - 1];
    const altTop = this.altIndents[this.altIndents.length - 1];
    const tabError = (): boolean => {
      this.fail("inconsistent use of tabs and spaces in indentation", line, 1, line, 0, this.lineStarts[line - 1],
        false, undefined, "TabError");
      this.error!.info.text = lineText(this.src, this.lineStarts, line);
      return false;
    };
    if (col === top) {
      if (alt !== altTop) return tabError();
    } else if (col > top) {
      if (alt <= altTop) return tabError();
      if (this.indents.length >= 100) {
        this.fail("too many levels of indentation", line, 1, line, 0, j, false, undefined, "IndentationError");
        return false;
      }
      this.indents.push(col);
      this.altIndents.push(alt);
      this.copyTo(j);
      this.indentLines.set(this.outLen, line);
      this.emit(INDENT, true);
    } else {
      let k = this.indents.length - 1;
      while (k > 0 && col < this.indents[k]) k--;
      if (col !== this.indents[k]) {
        const len = [...lineText(this.src, this.lineStarts, line).replace(/\r?\n$/, "")].length;
        this.fail("unindent does not match any outer indentation level", line, len + 1, line, -1, j, false,
          undefined, "IndentationError");
        return false;
      }
      if (alt !== this.altIndents[k]) return tabError();
      this.copyTo(j);
      while (this.indents.length - 1 > k) {
        this.indents.pop();
        this.altIndents.pop();
        this.emit(DEDENT, true);
      }
    }
    return true;
  }

  /** Scans a string literal whose prefix starts at `start` and quote at `q`; returns its end or -1. */
  private string(start: number, q: number, line: number): number {
    const src = this.src;
    const quote = src.charCodeAt(q);
    const triple = src.charCodeAt(q + 1) === quote && src.charCodeAt(q + 2) === quote;
    const qlen = triple ? 3 : 1;
    let i = q + qlen;
    const n = src.length;
    for (;;) {
      if (i >= n) {
        const detected = lineOf(this.lineStarts, Math.max(n - 1, 0)) + (n > 0 && src.charCodeAt(n - 1) === 10 ? 0 : 0);
        const col = colOf(src, this.lineStarts, line, start);
        const msg = triple
          ? `unterminated triple-quoted string literal (detected at line ${this.lastLine()})`
          : `unterminated string literal (detected at line ${detected})`;
        this.fail(msg, line, col + 1, line, col + 1, start, true);
        return -1;
      }
      const c = src.charCodeAt(i);
      if (c === 92) { // backslash: skips the next character, including a newline
        i += src.charCodeAt(i + 1) === 13 && src.charCodeAt(i + 2) === 10 ? 3 : 2;
        continue;
      }
      if (c === quote) {
        if (!triple) { i++; break; }
        if (src.charCodeAt(i + 1) === quote && src.charCodeAt(i + 2) === quote) { i += 3; break; }
      } else if ((c === 10 || c === 13) && !triple) {
        const col = colOf(src, this.lineStarts, line, start);
        this.fail(`unterminated string literal (detected at line ${line})`, line, col + 1, line, col + 1, start, true);
        return -1;
      }
      i++;
    }
    this.copyTo(start);
    this.strings.set(this.outLen, {
      start, end: i, bodyStart: q + qlen, bodyEnd: i - qlen, prefix: src.slice(start, q).toLowerCase(),
    });
    this.replace(start, i - start, STRING_START + STRING_FILL.repeat(i - start - 1));
    return i;
  }

  /** Number of the last line of the source, as CPython's tokenizer counts it at end of input. */
  private lastLine(): number {
    const n = this.src.length;
    const last = this.lineStarts.length;
    return n > 0 && this.lineStarts[last - 1] === n ? last - 1 : last;
  }

  /** Rejects characters that cannot be in an identifier, with CPython's message (Parser/tokenizer.c). */
  private checkIdentifier(i: number, j: number, line: number): boolean {
    const src = this.src;
    for (let k = i; k < j; k++) {
      if (src.charCodeAt(k) < 128) continue;
      for (let m = k; m < j; m++) {
        const ch = String.fromCodePoint(src.codePointAt(m)!);
        if (/[\p{C}\p{Z}]/u.test(ch)) {
          // Parser/tokenizer.c: characters that are not printable get their own message.
          const col = colOf(src, this.lineStarts, line, m);
          const hex = ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
          this.fail(`invalid non-printable character U+${hex}`, line, col + 1, line, col + 1, m, true);
          return false;
        }
      }
      const word = src.slice(i, j).normalize("NFKC");
      let first = true;
      for (const ch of word) {
        const ok = first ? /[\p{XID_Start}_]/u.test(ch) : /\p{XID_Continue}/u.test(ch);
        first = false;
        if (!ok) {
          const at = src.indexOf(ch, i);
          const off = at >= 0 ? at : i;
          const col = colOf(src, this.lineStarts, line, off);
          const cp = ch.codePointAt(0)!;
          const hex = cp.toString(16).toUpperCase().padStart(4, "0");
          const msg = /\p{C}/u.test(ch) && !/\p{Co}/u.test(ch)
            ? `invalid non-printable character U+${hex}` : `invalid character '${ch}' (U+${hex})`;
          this.fail(msg, line, col + 1, line, col + 1, off, true);
          return false;
        }
      }
      return true;
    }
    return true;
  }

  /** Scans a number with the tokenizer's own checks (Parser/tokenizer.c, tok_decimal_tail and
   * verify_end_of_number); returns its end or -1 after recording the error. Error columns follow CPython:
   * the 1-based column of the character before the offending one. */
  private number(i: number, line: number): number {
    const src = this.src;
    const n = src.length;
    const isD = (k: number) => k < n && src.charCodeAt(k) >= 48 && src.charCodeAt(k) <= 57;
    const bad = (msg: string, at: number, plus = 0): number => {
      const col = colOf(src, this.lineStarts, line, at) + plus;
      this.fail(msg, line, col, line, col, i, true);
      return -1;
    };
    // digits with single underscores between them, starting at k (which is a digit)
    const digits = (k: number, ok: (k: number) => boolean): number => {
      for (;;) {
        while (ok(k)) k++;
        if (src[k] !== "_") return k;
        if (!ok(k + 1)) return -(k + 1) - 1; // the character after '_' is bad
        k++;
      }
    };
    let j = i;
    let kind = "decimal";
    const c1 = (src.charCodeAt(i + 1) | 32);
    if (src[i] === "0" && (c1 === 120 || c1 === 111 || c1 === 98)) {
      kind = c1 === 120 ? "hexadecimal" : c1 === 111 ? "octal" : "binary";
      const ok = kind === "hexadecimal" ? (k: number) => /[0-9a-fA-F]/.test(src[k] ?? "")
        : kind === "octal" ? (k: number) => /[0-7]/.test(src[k] ?? "") : (k: number) => /[01]/.test(src[k] ?? "");
      j = i + 2;
      if (src[j] === "_") j++;
      if (!ok(j)) {
        if (kind !== "hexadecimal" && isD(j)) return bad(`invalid digit '${src[j]}' in ${kind} literal`, j, 1);
        return bad(`invalid ${kind} literal`, j);
      }
      j = digits(j, ok);
      if (j < 0) return bad(`invalid ${kind} literal`, -j - 1);
      if (kind !== "hexadecimal" && isD(j)) return bad(`invalid digit '${src[j]}' in ${kind} literal`, j, 1);
    } else {
      const startsWithDot = src[i] === ".";
      if (!startsWithDot) {
        j = digits(i, isD);
        if (j < 0) return bad("invalid decimal literal", -j - 1);
      }
      let isFloat = false;
      if (src[j] === ".") {
        isFloat = true;
        j++;
        if (isD(j)) { j = digits(j, isD); if (j < 0) return bad("invalid decimal literal", -j - 1); }
      }
      if ((src[j] === "e" || src[j] === "E") && !/^else(?![A-Za-z0-9_])/.test(src.slice(j, j + 5))) {
        let k = j + 1;
        if (src[k] === "+" || src[k] === "-") k++;
        if (!isD(k)) {
          if (src[k - 1] === "+" || src[k - 1] === "-") return bad("invalid decimal literal", k);
          return bad("invalid decimal literal", j);
        }
        j = digits(k, isD);
        if (j < 0) return bad("invalid decimal literal", -j - 1);
        isFloat = true;
      }
      if (src[j] === "j" || src[j] === "J") { j++; kind = "imaginary"; isFloat = true; }
      if (!isFloat && src[i] === "0" && /[1-9]/.test(src.slice(i, j).replace(/_/g, ""))) {
        const col = colOf(src, this.lineStarts, line, i);
        this.fail("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
          line, col + 1, line, col + 1 + src.slice(i, j).search(/[1-9]/), i, true);
        return -1;
      }
    }
    if (j < n && isIdCode(src.charCodeAt(j))) {
      // CPython 3.11 (verify_end_of_number) lets a few keywords follow a number directly: `1if x else 2`.
      const rest = src.slice(j, j + 6);
      if (/^(?:and|else|for|if|in|is|not|or)(?![A-Za-z0-9_])/.test(rest)) return j;
      return bad(`invalid ${kind} literal`, j);
    }
    return j;
  }
}
