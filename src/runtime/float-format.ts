// float-format.ts — float to decimal text with a presentation type and precision, correctly rounded
// (half to even on the exact binary value), as CPython's PyOS_double_to_string (Python/pystrtod.c);
// plus round(x, ndigits) for floats.

import { overflowError } from "./algo-error.js";
import { shortestDigits } from "./float-repr.js";

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/** Split a finite x > 0 into an odd integer mantissa and a binary exponent: x = m * 2**e exactly. */
function decompose(x: number): { m: bigint; e: number } {
  f64[0] = x;
  const hi = u32[HI], lo = u32[1 - HI];
  const biased = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (biased === 0) e = -1074;
  else { m |= 1n << 52n; e = biased - 1075; }
  while ((m & 1n) === 0n && m !== 0n) { m >>= 1n; e++; }
  return { m, e };
}

const POW10: bigint[] = [];
function pow10(n: number): bigint {
  if (n < 64) return (POW10[n] ??= 10n ** BigInt(n));
  return 10n ** BigInt(n);
}

/** round(x * 10**k) half to even, exactly, for finite x >= 0 and any integer k. */
export function scaledRound(x: number, k: number): bigint {
  if (x === 0) return 0n;
  const { m, e } = decompose(x);
  let num = m, den = 1n;
  if (e >= 0) num <<= BigInt(e); else den <<= BigInt(-e);
  if (k >= 0) num *= pow10(k); else den *= pow10(-k);
  const q = num / den, r2 = (num % den) * 2n;
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) return q + 1n;
  return q;
}

/** n >= 1 correctly rounded significant digits of finite x > 0, and the decimal exponent of the first. */
export function significantDigits(x: number, n: number): { digits: string; exp: number } {
  let exp = Math.floor(Math.log10(x));
  for (;;) {
    const q = scaledRound(x, n - 1 - exp);
    if (q >= pow10(n)) { exp++; continue; }
    if (q < pow10(n - 1)) { exp--; continue; }
    return { digits: q.toString(), exp };
  }
}

/** Digits of round(x, 10**-p) with p >= 0, for finite x >= 0, as an integer string (no point). */
function fixedDigits(x: number, p: number): string {
  // Fast path: JS's toFixed is exact except that it breaks ties upward; a tie needs x to have at most
  // p + 1 fractional binary digits, so values with more cannot tie and toFixed is already right.
  if (p <= 100 && x < 1e21) {
    const { e } = x === 0 ? { e: 0 } : decompose(x);
    if (e < -(p + 1)) return x.toFixed(p).replace(".", "").replace(/^0+(?=\d)/, "");
  }
  return scaledRound(x, p).toString();
}

export interface FloatToStringFlags {
  alt?: boolean;       // '#': always a decimal point, keep trailing zeros for 'g'
  addDot0?: boolean;   // format type '' and str(): integral results get '.0'
  noNegZero?: boolean; // 'z': a result that rounds to zero loses its minus sign
}

function exponentText(exp: number): string {
  const a = Math.abs(exp);
  return (exp < 0 ? "e-" : "e+") + (a < 10 ? "0" + a : String(a));
}

/**
 * x as text for type 'e', 'f', 'g' or 'r' (repr) with the given precision, lower case, sign included
 * ('-' only). inf and nan come out as 'inf', '-inf', 'nan'. The caller upper-cases for 'E', 'F', 'G'.
 */
export function floatToString(x: number, type: "e" | "f" | "g" | "r", precision: number, flags: FloatToStringFlags = {}): string {
  if (x !== x) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  let neg = x < 0 || Object.is(x, -0);
  const ax = Math.abs(x);
  const alt = flags.alt === true;
  let body: string;
  if (type === "f") {
    const s = fixedDigits(ax, precision).padStart(precision + 1, "0");
    const intPart = s.slice(0, s.length - precision);
    body = precision > 0 ? intPart + "." + s.slice(s.length - precision) : intPart + (alt ? "." : "");
  } else {
    let digits: string, exp: number;
    let p = precision;
    if (type === "r") {
      if (ax === 0) { digits = "0"; exp = 0; } else ({ digits, exp } = shortestDigits(ax));
    } else {
      if (type === "e") p = precision + 1;
      else if (p === 0) p = 1;
      if (ax === 0) { digits = "0".repeat(p); exp = 0; } else ({ digits, exp } = significantDigits(ax, p));
      if (type === "g" && !alt) digits = digits.replace(/(?<=.)0+$/, "");
    }
    let useExp: boolean;
    if (type === "e") useExp = true;
    else if (type === "r") useExp = exp < -4 || exp >= 16;
    else useExp = exp < -4 || exp >= (flags.addDot0 ? p - 1 : p);
    if (useExp) {
      body = digits[0];
      if (digits.length > 1 || alt) body += "." + digits.slice(1);
      body += exponentText(exp);
    } else if (exp < 0) {
      body = "0." + "0".repeat(-exp - 1) + digits;
    } else if (digits.length > exp + 1) {
      body = digits.slice(0, exp + 1) + "." + digits.slice(exp + 1);
    } else {
      body = digits + "0".repeat(exp + 1 - digits.length);
      if (alt || flags.addDot0) body += ".";
      if (flags.addDot0) body += "0";
    }
  }
  if (neg && flags.noNegZero && /^[0.]+$/.test(body.replace(/e.*$/, ""))) neg = false;
  return neg ? "-" + body : body;
}

/** round(x, ndigits) for a float, correctly rounded half to even like CPython's float___round___impl. */
export function roundFloat(x: number, ndigits: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  // Beyond these limits the result is x itself or a signed zero (Objects/floatobject.c NDIGITS_MAX/MIN).
  if (ndigits > 323) return x;
  if (ndigits < -308) return x < 0 ? -0 : 0;
  const q = scaledRound(Math.abs(x), ndigits);
  let r: number;
  if (ndigits >= 0) r = Number(q) / Number(pow10(ndigits)); // both parts exact enough: one rounding
  else r = Number(q * pow10(-ndigits));
  if (ndigits >= 0 && (q >= 1n << 53n || ndigits > 22)) {
    // Fall back to parsing the decimal string: JS parses correctly rounded.
    const s = q.toString().padStart(ndigits + 1, "0");
    r = Number(s.slice(0, s.length - ndigits) + "." + s.slice(s.length - ndigits));
  }
  if (r === Infinity) throw overflowError("rounded value too large to represent");
  return x < 0 ? -r : r;
}

/** round(x) with no ndigits: nearest integer as a float, ties to even (the caller makes it an int). */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return (Math.abs(x % 1) === 0.5 && r % 2 !== 0) ? r - 1 : r;
}
