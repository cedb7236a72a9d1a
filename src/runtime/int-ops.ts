// int-ops.ts — Python int arithmetic over `number | bigint`: a safe integer is always a JS number,
// anything beyond ±(2**53-1) a bigint; plus int/float conversions and float //, %, divmod, ** semantics.

import { overflowError, valueError, zeroDivisionError } from "./algo-error.js";

/** A Python int: a JS number when it is a safe integer, otherwise a bigint (never both for one value). */
export type Int = number | bigint;

const MAX = Number.MAX_SAFE_INTEGER;
const BMAX = BigInt(MAX);
const BMIN = -BMAX;

/** Bring a bigint back to a number when it fits, keeping the representation unique. */
export function normBig(b: bigint): Int {
  return b >= BMIN && b <= BMAX ? Number(b) : b;
}

/** Build an Int from any integral JS number or bigint (not for fractional numbers). */
export function toInt(v: number | bigint): Int {
  if (typeof v === "bigint") return normBig(v);
  if (v >= -MAX && v <= MAX) return v + 0; // + 0 turns -0 into 0
  return BigInt(v);
}

export function big(v: Int): bigint {
  return typeof v === "bigint" ? v : BigInt(v);
}

export function isZero(v: Int): boolean { return v === 0; }
export function sign(v: Int): number { return v > 0 ? 1 : v < 0 ? -1 : 0; }

export function add(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b; // exact whenever the result is safe: rounding is monotonic and 2**53 is a double
    if (r >= -MAX && r <= MAX) return r;
  }
  return normBig(big(a) + big(b));
}

export function sub(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (r >= -MAX && r <= MAX) return r;
  }
  return normBig(big(a) - big(b));
}

export function mul(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    if (r >= -MAX && r <= MAX) return r + 0;
  }
  return normBig(big(a) * big(b));
}

export function neg(a: Int): Int {
  return typeof a === "number" ? 0 - a : normBig(-a);
}

export function abs(a: Int): Int {
  return typeof a === "number" ? Math.abs(a) : a < 0n ? -a : a;
}

export function compare(a: Int, b: Int): number {
  return a < b ? -1 : a > b ? 1 : 0; // JS compares number and bigint exactly
}

export function eq(a: Int, b: Int): boolean {
  return a === b; // representation is unique, so strict equality is value equality
}

/** Python a // b: rounds toward negative infinity. */
export function floordiv(a: Int, b: Int): Int {
  if (b === 0) throw zeroDivisionError("integer division or modulo by zero");
  if (typeof a === "number" && typeof b === "number") {
    const r = a % b;
    let q = (a - r) / b; // exact: a - r is a multiple of b no larger than a
    if (r !== 0 && (r < 0) !== (b < 0)) q -= 1;
    return q + 0;
  }
  const A = big(a), B = big(b);
  let q = A / B;
  if ((A % B !== 0n) && ((A < 0n) !== (B < 0n))) q -= 1n;
  return normBig(q);
}

/** Python a % b: the result takes the sign of b. */
export function mod(a: Int, b: Int): Int {
  if (b === 0) throw zeroDivisionError("integer modulo by zero");
  if (typeof a === "number" && typeof b === "number") {
    let r = a % b;
    if (r !== 0 && (r < 0) !== (b < 0)) r += b;
    return r + 0;
  }
  const B = big(b);
  let r = big(a) % B;
  if (r !== 0n && (r < 0n) !== (B < 0n)) r += B;
  return normBig(r);
}

export function divmod(a: Int, b: Int): [Int, Int] {
  if (b === 0) throw zeroDivisionError("integer division or modulo by zero");
  return [floordiv(a, b), mod(a, b)];
}

/** a ** b for b >= 0 (a negative exponent makes a float: see intPowNegative). */
export function pow(a: Int, b: Int): Int {
  if (b < 0) throw valueError("pow() negative exponent needs a float result");
  if (typeof a === "number" && typeof b === "number") {
    if (a === 1 || b === 0) return 1;
    if (a === 0) return 0;
    if (a === -1) return b % 2 === 0 ? 1 : -1;
    // Square-and-multiply in doubles while every step stays exact (safe); bail out to bigint otherwise.
    let result = 1, base = a, e = b;
    for (;;) {
      if (e & 1) {
        result *= base;
        if (result > MAX || result < -MAX) break;
      }
      e = Math.floor(e / 2);
      if (e === 0) return result;
      base *= base;
      if (base > MAX) break;
    }
  }
  const B = big(b);
  if (B > 0xffffffffn && (a > 1 || a < -1)) throw overflowError("too many digits in integer");
  return normBig(big(a) ** B);
}

/** Python's int ** negative int: both operands go to float first (Objects/longobject.c long_pow). */
export function intPowNegative(a: Int, b: Int): number {
  return floatPow(toFloat(a), toFloat(b)) as number;
}

function modInverse(a: bigint, m: bigint): bigint {
  // Extended Euclid; m > 0 and 0 <= a < m.
  let [r0, r1] = [m, a];
  let [t0, t1] = [0n, 1n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [t0, t1] = [t1, t0 - q * t1];
  }
  if (r0 !== 1n) throw valueError("base is not invertible for the given modulus");
  return t0 < 0n ? t0 + m : t0;
}

/** pow(a, b, m) with Python's rules (CPython 3.8+ accepts a negative b when a is invertible mod m). */
export function powMod(a: Int, b: Int, m: Int): Int {
  if (m === 0) throw valueError("pow() 3rd argument cannot be 0");
  let M = big(m);
  const negMod = M < 0n;
  if (negMod) M = -M;
  let A = big(a) % M;
  if (A < 0n) A += M;
  let E = big(b);
  if (E < 0n) {
    A = modInverse(A, M);
    E = -E;
  }
  let r = M === 1n ? 0n : 1n;
  while (E > 0n) {
    if (E & 1n) r = (r * A) % M;
    E >>= 1n;
    if (E > 0n) A = (A * A) % M;
  }
  if (negMod && r !== 0n) r -= M;
  return normBig(r);
}

export function lshift(a: Int, n: Int): Int {
  if (n < 0) throw valueError("negative shift count");
  if (a === 0) return 0;
  if (typeof n === "bigint" || n > 0x7fffffff * 8) throw overflowError("too many digits in integer");
  if (typeof a === "number" && n < 64) {
    const r = a * 2 ** n; // multiplying by a power of two is exact until it leaves the safe range
    if (r >= -MAX && r <= MAX) return r;
  }
  return normBig(big(a) << BigInt(n));
}

/** a >> n floors, so negative numbers never shift to 0 but to -1. */
export function rshift(a: Int, n: Int): Int {
  if (n < 0) throw valueError("negative shift count");
  if (typeof a === "number") {
    if (typeof n === "bigint" || n > 60) return a < 0 ? -1 : 0;
    return Math.floor(a / 2 ** n) + 0;
  }
  if (typeof n === "bigint") return a < 0n ? -1 : 0;
  return normBig(a >> BigInt(n));
}

// Bitwise ops: 32-bit JS operators are exact for values that fit in int32; BigInt's operators already
// use Python's infinite two's complement semantics for negatives.
export function and(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number" && (a | 0) === a && (b | 0) === b) return a & b;
  return normBig(big(a) & big(b));
}

export function or(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number" && (a | 0) === a && (b | 0) === b) return a | b;
  return normBig(big(a) | big(b));
}

export function xor(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number" && (a | 0) === a && (b | 0) === b) return a ^ b;
  return normBig(big(a) ^ big(b));
}

export function invert(a: Int): Int {
  return typeof a === "number" ? -a - 1 : normBig(~a); // |a| <= MAX so -a - 1 stays exact
}

/** int.bit_length(). */
export function bitLength(a: Int): number {
  if (typeof a === "number") {
    const x = Math.abs(a);
    if (x < 0x80000000) return 32 - Math.clz32(x);
    return x.toString(2).length;
  }
  return (a < 0n ? -a : a).toString(2).length;
}

/** float(a), correctly rounded (half to even), OverflowError past the double range. */
export function toFloat(a: Int): number {
  if (typeof a === "number") return a;
  const f = Number(a); // ECMAScript rounds a BigInt to the nearest double, ties to even
  if (f === Infinity || f === -Infinity) throw overflowError("int too large to convert to float");
  return f;
}

const TWO53 = 2 ** 53;

/** int / int as a correctly rounded float (CPython Objects/longobject.c long_true_divide). */
export function trueDiv(a: Int, b: Int): number {
  if (b === 0) throw zeroDivisionError("division by zero");
  if (typeof a === "number" && typeof b === "number") return a / b; // both exact doubles: IEEE rounds once
  let A = big(a), B = big(b);
  const negative = (A < 0n) !== (B < 0n);
  if (A < 0n) A = -A;
  if (B < 0n) B = -B;
  if (A === 0n) return negative ? -0 : 0;
  if (A < BigInt(TWO53) && B < BigInt(TWO53)) {
    const r = Number(A) / Number(B);
    return negative ? -r : r;
  }
  const e = bitLength(A) - bitLength(B); // quotient lies in [2**(e-1), 2**(e+1))
  if (e > 1025) throw overflowError("integer division result too large for a float");
  // Keep at least 55 quotient bits (3 below the last subnormal bit when tiny), and fold the remainder
  // into the lowest bit ("round to odd") so the single rounding by Number() below is correct.
  const s = Math.max(e - 56, -1077);
  let q: bigint, r: bigint;
  if (s >= 0) {
    const d = B << BigInt(s);
    q = A / d; r = A % d;
  } else {
    const n = A << BigInt(-s);
    q = n / B; r = n % B;
  }
  if (r !== 0n) q |= 1n;
  let result: number;
  if (s === -1077) {
    result = Number(q) * 2 ** -1000 * 2 ** -77; // q < 2**53 here, so only the last step rounds
  } else {
    result = Number(q) * 2 ** Math.floor(s / 2) * 2 ** (s - Math.floor(s / 2));
  }
  if (result === Infinity) throw overflowError("integer division result too large for a float");
  return negative ? -result : result;
}

/** int(x) for a float: truncates toward zero. */
export function floatToInt(x: number): Int {
  if (x !== x) throw valueError("cannot convert float NaN to integer");
  if (x === Infinity || x === -Infinity) throw overflowError("cannot convert float infinity to integer");
  const t = Math.trunc(x);
  if (t >= -MAX && t <= MAX) return t + 0;
  return BigInt(t);
}

/** math.floor(x) for a float, as an int. */
export function floatFloor(x: number): Int {
  return floatToInt(Number.isFinite(x) ? Math.floor(x) : x);
}

/** math.ceil(x) for a float, as an int. */
export function floatCeil(x: number): Int {
  return floatToInt(Number.isFinite(x) ? Math.ceil(x) : x);
}

/** float divmod with CPython's sign and rounding fix-ups (Objects/floatobject.c _float_div_mod). */
function floatDivModRaw(vx: number, wx: number): [number, number] {
  let mod = vx % wx; // JS % is C's fmod: exact
  let div = (vx - mod) / wx;
  if (mod) {
    if ((wx < 0) !== (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = wx < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = (vx / wx < 0 || Object.is(vx / wx, -0)) ? -0 : 0;
  }
  return [floordiv, mod];
}

export function floatFloorDiv(a: number, b: number): number {
  if (b === 0) throw zeroDivisionError("float floor division by zero");
  return floatDivModRaw(a, b)[0];
}

export function floatMod(a: number, b: number): number {
  if (b === 0) throw zeroDivisionError("float modulo");
  return floatDivModRaw(a, b)[1];
}

export function floatDivMod(a: number, b: number): [number, number] {
  if (b === 0) throw zeroDivisionError("float divmod()");
  return floatDivModRaw(a, b);
}

export function floatDiv(a: number, b: number): number {
  if (b === 0) throw zeroDivisionError("float division by zero");
  return a / b;
}

/**
 * float ** float as CPython computes it (Objects/floatobject.c float_pow). Returns null when the true
 * result is complex (negative base, non-integer exponent): Python then computes a complex power.
 */
export function floatPow(x: number, y: number): number | null {
  // The common case first (nbody's d ** -1.5): a positive finite base and a finite exponent need none of the
  // special cases below (the comparisons are false for nan); 1 ** y and x ** 0 are 1 from Math.pow as well.
  if (x > 0 && x < Infinity && y > -Infinity && y < Infinity) {
    const r = Math.pow(x, y);
    if (r < Infinity) return r;
    throw overflowError("(34, 'Numerical result out of range')");
  }
  if (y === 0) return 1.0; // x**0 is 1, even for nan
  if (x !== x) return NaN;
  if (y !== y) return x === 1.0 ? 1.0 : NaN;
  if (!Number.isFinite(y)) {
    const ax = Math.abs(x);
    if (ax === 1.0) return 1.0;
    if ((y > 0) === (ax > 1.0)) return Infinity;
    return 0.0;
  }
  const yIsOddInt = Number.isInteger(y) && Math.abs(y % 2) === 1;
  if (!Number.isFinite(x)) {
    if (x > 0) return y > 0 ? x : 0.0;
    // (-inf) ** y
    if (y > 0) return yIsOddInt ? x : Infinity;
    return yIsOddInt ? -0.0 : 0.0;
  }
  if (x === 0) {
    if (y < 0) throw zeroDivisionError("0.0 cannot be raised to a negative power");
    return yIsOddInt ? x : 0.0;
  }
  if (x < 0 && !Number.isInteger(y)) return null;
  if (x === 1.0) return 1.0;
  const r = Math.pow(x, y);
  if (!Number.isFinite(r)) throw overflowError("(34, 'Numerical result out of range')");
  return r;
}
