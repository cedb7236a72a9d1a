// int-str.ts — Python int <-> str: int(s, base) parsing with CPython's rules and messages, int to digits
// in any base, and the 4300-digit limit on decimal conversions (sys.set_int_max_str_digits).

import { valueError } from "./algo-error.js";
import { type Int, normBig } from "./int-ops.js";
import { strRepr } from "./str-repr.js";

/** CPython 3.11's default sys.get_int_max_str_digits(); 0 means no limit. */
let maxStrDigits = 4300;

export function getIntMaxStrDigits(): number { return maxStrDigits; }
export function setIntMaxStrDigits(n: number): void { maxStrDigits = n; }

/** The digits of v in base 2..36 with a leading '-' for negatives and no prefix. */
export function intToString(v: Int, base = 10): string {
  const s = v.toString(base);
  if (base === 10 && typeof v === "bigint") {
    const digits = v < 0n ? s.length - 1 : s.length;
    if (maxStrDigits > 0 && digits > maxStrDigits) {
      throw valueError(`Exceeds the limit (${maxStrDigits} digits) for integer string conversion; `
        + "use sys.set_int_max_str_digits() to increase the limit");
    }
  }
  return s;
}

/** bin()/oct()/hex() of an int: sign, then 0b/0o/0x, then digits. */
export function intToPrefixed(v: Int, base: 2 | 8 | 16): string {
  const prefix = base === 2 ? "0b" : base === 8 ? "0o" : "0x";
  const s = v.toString(base);
  return s[0] === "-" ? "-" + prefix + s.slice(1) : prefix + s;
}

// Python's int() also accepts any Unicode decimal digit (category Nd) and strips Unicode whitespace.
const ND = /\p{Nd}/u;
const PY_SPACE = /[\s\x1c-\x1f\x85]/;

function toAsciiDigits(s: string): string {
  let out = "";
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) { out += ch; continue; }
    if (PY_SPACE.test(ch)) { out += " "; continue; }
    if (ND.test(ch)) {
      // Find the zero of this digit's run by walking down code points.
      let zero = cp;
      while (ND.test(String.fromCodePoint(zero - 1)) && cp - zero < 60) zero--;
      out += String((cp - zero) % 10);
      continue;
    }
    out += "\uffff"; // never a digit: makes the literal invalid
  }
  return out;
}

function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 99;
}

function invalidLiteral(original: string, base: number): never {
  let r = strRepr(original);
  if (r.length > 200) r = r.slice(0, 200); // CPython formats the repr with %.200R
  throw valueError(`invalid literal for int() with base ${base}: ${r}`);
}

/** int(s, base) for a str argument, exactly as CPython parses it (Objects/longobject.c PyLong_FromString). */
export function parseInt(original: string, base = 10): Int {
  if (base !== 0 && (base < 2 || base > 36)) throw valueError("int() base must be >= 2 and <= 36, or 0");
  let s = original;
  if (/[^\x00-\x7f]/.test(s)) s = toAsciiDigits(s);
  s = s.replace(/^[ \t\n\r\x0b\x0c\x1c-\x1f]+|[ \t\n\r\x0b\x0c\x1c-\x1f]+$/g, "");
  let i = 0;
  let negative = false;
  if (s[0] === "+" || s[0] === "-") {
    negative = s[0] === "-";
    i = 1;
  }
  let b = base;
  const p0 = s[i], p1 = s[i + 1]?.toLowerCase();
  let prefixed = false;
  if (p0 === "0" && (p1 === "x" || p1 === "o" || p1 === "b")) {
    const pb = p1 === "x" ? 16 : p1 === "o" ? 8 : 2;
    if (b === 0 || b === pb) {
      b = pb;
      i += 2;
      prefixed = true;
    }
  }
  if (b === 0) {
    b = 10;
    // base 0 forbids leading zeros on a non-zero decimal ("010" is not a literal)
    const rest = s.slice(i);
    if (rest[0] === "0" && !/^0+(_0+)*$/.test(rest)) invalidLiteral(original, base);
  }
  // Digits: underscores only singly between digits, or right after a base prefix.
  const start = i;
  let lastUnderscore = false;
  let count = 0;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 95) {
      if (lastUnderscore || (i === start && !prefixed)) invalidLiteral(original, base);
      lastUnderscore = true;
      continue;
    }
    if (digitValue(c) >= b) invalidLiteral(original, base);
    lastUnderscore = false;
    count++;
  }
  if (count === 0 || lastUnderscore) invalidLiteral(original, base);
  const digits = s.slice(start).replace(/_/g, "");
  if (b === 10 && maxStrDigits > 0 && digits.length > maxStrDigits) {
    throw valueError(`Exceeds the limit (${maxStrDigits} digits) for integer string conversion: `
      + `value has ${digits.length} digits; use sys.set_int_max_str_digits() to increase the limit`);
  }
  let value: Int;
  if (digits.length <= 10 || (b === 10 && digits.length <= 15)) {
    const n = Number.parseInt(digits, b); // exact: below 2**53
    value = negative ? 0 - n : n;
  } else {
    let v: bigint;
    if (b === 10) v = BigInt(digits);
    else if (b === 16) v = BigInt("0x" + digits);
    else if (b === 8) v = BigInt("0o" + digits);
    else if (b === 2) v = BigInt("0b" + digits);
    else {
      v = 0n;
      const B = BigInt(b);
      for (let k = 0; k < digits.length; k++) v = v * B + BigInt(digitValue(digits.charCodeAt(k)));
    }
    value = normBig(negative ? -v : v);
  }
  return value === 0 ? 0 : value;
}

/** The value of a Unicode decimal digit (category Nd), or -1: what Py_UNICODE_TODECIMAL gives. */
export function decimalValue(ch: string): number {
  const cp = ch.codePointAt(0)!;
  if (cp >= 48 && cp <= 57) return cp - 48;
  if (cp < 0x80 || !ND.test(ch)) return -1;
  let zero = cp;
  while (ND.test(String.fromCodePoint(zero - 1)) && cp - zero < 60) zero--;
  return (cp - zero) % 10;
}
