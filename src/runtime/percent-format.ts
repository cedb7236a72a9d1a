// percent-format.ts — printf-style `str % args` (CPython 3.11 Objects/unicodeobject.c PyUnicode_Format):
// parsing the template, consuming arguments, and laying out %s %r %a %c %d %i %u %o %x %X %e %f %g %%.
// Argument conversions that may run Python code are requested from the caller by yielding.

import { typeError, valueError, overflowError } from "./algo-error.js";
import { floatToString } from "./float-format.js";
import { type Int } from "./int-ops.js";

/**
 * What the formatter needs from the caller, one request at a time; the generator is resumed with the
 * answer:
 * - "str" | "repr" | "ascii": the text of str()/repr()/ascii() of value → string
 * - "int" (for %d %i %u %o %x %X): the integer value → Int. The caller applies CPython's rules and
 *   messages: ints as is; for d/i/u, objects with __index__ or else __int__ (floats truncate); for
 *   o/x/X only __index__. See percentIntTypeMessage.
 * - "float" (for %e %f %g ...): float(value) via __float__ / __index__ → number, else TypeError
 *   percentFloatTypeMessage.
 * - "char" (for %c): an int → Int, a str of length 1 → that string; else TypeError PERCENT_CHAR_MESSAGE.
 * - "star" (a '*' width or precision): the int → Int; else TypeError "* wants int".
 * - "getitem": the mapping's value for key → T (KeyError etc. raised by the caller).
 */
export type PercentRequest<T> =
  | { kind: "str" | "repr" | "ascii" | "int" | "float" | "char" | "star"; value: T; conv: string }
  | { kind: "getitem"; key: string };

/** The right operand of `%`: a tuple's items, or one object (which may also be a mapping). */
export interface PercentArgs<T> {
  tuple: T[] | null;     // set when the right operand is a tuple
  single: T | null;      // the right operand when it is not a tuple
  isMapping: boolean;    // CPython: PyMapping_Check(args) and not a tuple or str
}

export function percentIntTypeMessage(conv: string, typeName: string): string {
  return conv === "d" || conv === "i" || conv === "u"
    ? `%${conv} format: a real number is required, not ${typeName.slice(0, 200)}`
    : `%${conv} format: an integer is required, not ${typeName.slice(0, 200)}`;
}

export function percentFloatTypeMessage(typeName: string): string {
  return `must be real number, not ${typeName.slice(0, 200)}`;
}

export const PERCENT_CHAR_MESSAGE = "%c requires int or char";
export const PERCENT_STAR_MESSAGE = "* wants int";

const F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16;
const SSIZE_MAX = 9223372036854775807;

function pad(text: string, width: number, flags: number, numeric: boolean, signLen: number): string {
  const len = Array.from(text).length;
  if (width <= len) return text;
  const n = width - len;
  if (flags & F_LJUST) return text + " ".repeat(n);
  if (numeric && (flags & F_ZERO)) return text.slice(0, signLen) + "0".repeat(n) + text.slice(signLen);
  return " ".repeat(n) + text;
}

/** %d %i %u %o %x %X of an int (CPython formatlong + the padding in unicode_format_arg_output). */
export function percentInt(v: Int, conv: string, flags: number, width: number, prec: number): string {
  const negative = v < 0;
  const base = conv === "o" ? 8 : conv === "x" || conv === "X" ? 16 : 10;
  let digits = (negative ? -v : v).toString(base);
  if (prec > digits.length) digits = "0".repeat(prec - digits.length) + digits;
  let prefix = "";
  if ((flags & F_ALT) && base !== 10) prefix = base === 8 ? "0o" : "0x";
  if (conv === "X") { digits = digits.toUpperCase(); prefix = prefix.toUpperCase(); }
  const sign = negative ? "-" : (flags & F_SIGN) ? "+" : (flags & F_BLANK) ? " " : "";
  return pad(sign + prefix + digits, width, flags, true, sign.length + prefix.length);
}

/** %e %E %f %F %g %G of a float. */
export function percentFloat(x: number, conv: string, flags: number, width: number, prec: number): string {
  const lower = conv.toLowerCase() as "e" | "f" | "g";
  let text = floatToString(x, lower, prec < 0 ? 6 : prec, { alt: (flags & F_ALT) !== 0 });
  if (conv !== lower) text = text.toUpperCase();
  let sign = "";
  if (text[0] === "-") { sign = "-"; text = text.slice(1); }
  else if (flags & F_SIGN) sign = "+";
  else if (flags & F_BLANK) sign = " ";
  return pad(sign + text, width, flags, true, sign.length);
}

function unsupported(ch: string, index: number): never {
  const cp = ch.codePointAt(0)!;
  const shown = cp > 31 && cp < 128 ? ch : "?";
  throw valueError(`unsupported format character '${shown}' (0x${cp.toString(16)}) at index ${index}`);
}

/**
 * Format `fmt % args`. Drive it with the caller's conversions:
 * `let r = g.next(); while (!r.done) r = g.next(answer(r.value)); return r.value;`
 */
export function* percentFormat<T>(fmt: string, args: PercentArgs<T>): Generator<PercentRequest<T>, string, unknown> {
  const cs = Array.from(fmt);
  const end = cs.length;
  // CPython's bookkeeping: a tuple is consumed by index; a single object acts as a one-item list whose
  // index starts at -2, and a %(key) lookup replaces it with the looked-up value.
  let arglen = args.tuple ? args.tuple.length : -1;
  let argidx = args.tuple ? 0 : -2;
  let current: T | null = args.single;
  const nextArg = (): T => {
    if (argidx < arglen) {
      const i = argidx++;
      return arglen < 0 ? current as T : args.tuple![i];
    }
    throw typeError("not enough arguments for format string");
  };
  let out = "";
  let pos = 0;
  while (pos < end) {
    const start = pos;
    while (pos < end && cs[pos] !== "%") pos++;
    if (pos > start) out += cs.slice(start, pos).join("");
    if (pos >= end) break;
    pos++; // '%'
    if (pos < end && cs[pos] === "%") { out += "%"; pos++; continue; }
    if (pos < end && cs[pos] === "(") {
      if (!args.isMapping) throw typeError("format requires a mapping");
      pos++;
      const keyStart = pos;
      let depth = 1;
      while (pos < end) {
        if (cs[pos] === "(") depth++;
        else if (cs[pos] === ")" && --depth === 0) break;
        pos++;
      }
      if (depth > 0) throw valueError("incomplete format key");
      const key = cs.slice(keyStart, pos).join("");
      pos++;
      current = (yield { kind: "getitem", key }) as T;
      arglen = -1;
      argidx = -2;
    }
    let flags = 0;
    for (; pos < end; pos++) {
      const c = cs[pos];
      if (c === "-") flags |= F_LJUST;
      else if (c === "+") flags |= F_SIGN;
      else if (c === " ") flags |= F_BLANK;
      else if (c === "#") flags |= F_ALT;
      else if (c === "0") flags |= F_ZERO;
      else break;
    }
    let width = -1;
    if (pos < end && cs[pos] === "*") {
      const w = Number((yield { kind: "star", value: nextArg(), conv: "*" }) as Int);
      width = w;
      if (width < 0) { flags |= F_LJUST; width = -width; }
      pos++;
    } else if (pos < end && cs[pos] >= "0" && cs[pos] <= "9") {
      width = 0;
      while (pos < end && cs[pos] >= "0" && cs[pos] <= "9") {
        if (width > (SSIZE_MAX - 9) / 10) throw valueError("width too big");
        width = width * 10 + (cs[pos++].charCodeAt(0) - 48);
      }
    }
    let prec = -1;
    if (pos < end && cs[pos] === ".") {
      pos++;
      prec = 0;
      if (pos < end && cs[pos] === "*") {
        prec = Number((yield { kind: "star", value: nextArg(), conv: "*" }) as Int);
        if (prec < 0) prec = 0;
        pos++;
      } else {
        while (pos < end && cs[pos] >= "0" && cs[pos] <= "9") {
          if (prec > (SSIZE_MAX - 9) / 10) throw valueError("precision too big");
          prec = prec * 10 + (cs[pos++].charCodeAt(0) - 48);
        }
      }
    }
    while (pos < end && (cs[pos] === "h" || cs[pos] === "l" || cs[pos] === "L")) pos++;
    if (pos >= end) throw valueError("incomplete format");
    const conv = cs[pos];
    const convIndex = pos;
    pos++;
    const value = nextArg();
    switch (conv) {
      case "s": case "r": case "a": {
        let text = (yield { kind: conv === "s" ? "str" : conv === "r" ? "repr" : "ascii", value, conv }) as string;
        if (prec >= 0) {
          const chars = Array.from(text);
          if (chars.length > prec) text = chars.slice(0, prec).join("");
        }
        out += pad(text, width, flags, false, 0);
        break;
      }
      case "d": case "i": case "u": case "o": case "x": case "X": {
        const v = (yield { kind: "int", value, conv }) as Int;
        out += percentInt(v, conv, flags, width, prec);
        break;
      }
      case "e": case "E": case "f": case "F": case "g": case "G": {
        const x = (yield { kind: "float", value, conv }) as number;
        out += percentFloat(x, conv, flags, width, prec);
        break;
      }
      case "c": {
        const c = (yield { kind: "char", value, conv }) as Int | string;
        let ch: string;
        if (typeof c === "string") {
          if (Array.from(c).length !== 1) throw typeError(PERCENT_CHAR_MESSAGE);
          ch = c;
        } else {
          if (c < 0 || c > 0x10ffff) throw overflowError("%c arg not in range(0x110000)");
          ch = String.fromCodePoint(Number(c));
        }
        out += pad(ch, width, flags, false, 0);
        break;
      }
      default:
        unsupported(conv, convIndex);
    }
  }
  if (argidx < arglen && !args.isMapping) throw typeError("not all arguments converted during string formatting");
  return out;
}

/** Run percentFormat with synchronous conversions (for callers that never need to run Python code). */
export function percentFormatSync<T>(fmt: string, args: PercentArgs<T>, answer: (req: PercentRequest<T>) => unknown): string {
  const g = percentFormat(fmt, args);
  let r = g.next();
  while (!r.done) r = g.next(answer(r.value));
  return r.value;
}
