// decimal-math.ts — the decimal functions beyond + - * /: power (exact integer powers, exp/ln for the
// rest), sqrt, exp, ln and log10, correctly rounded as libmpdec's are (CPython 3.11 Modules/_decimal;
// the General Decimal Arithmetic spec's power, square-root, exp, ln, log10). Transcendental results are
// computed in BigInt fixed point with guard digits and rounded only when the error bound cannot change
// the rounded result (Ziv's strategy), retrying with more digits otherwise.
import {
  Dec, FIN, INF, NAN, type Limits, status, raise, nanOperands, invalid, finish, finishDec, fin, inf, digits,
  pow10, adjusted, reduceTo, isZero, div, mul, cmp, ROUND_HALF_EVEN, INEXACT, ROUNDED, ONE, CLAMPED,
  etiny,
} from "./decimal-num.js";

function withRounding(c: Limits, rounding: number): Limits {
  return { prec: c.prec, rounding, Emin: c.Emin, Emax: c.Emax, clamp: c.clamp };
}

/** Integer square root (floor). */
export function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << BigInt(((n.toString(16).length * 4) >> 1) + 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

export function sqrt(x: Dec, c: Limits): Dec {
  if (x.kind !== FIN) {
    const n = nanOperands(x, null, c);
    if (n !== null) return n;
    return x.sign ? invalid() : x;
  }
  const ideal = Math.floor(x.exp / 2);
  if (x.coef === 0n) return finish(x.sign, 0n, ideal, c);
  if (x.sign) return invalid();
  let C = x.coef, e = x.exp;
  if (e % 2 !== 0) { C *= 10n; e -= 1; }
  const need = 2 * (c.prec + 1);
  const nd = digits(C);
  if (nd < need) {
    let s = need - nd;
    if (s & 1) s++;
    C *= pow10(s);
    e -= s;
  }
  const r = isqrt(C);
  const hc = withRounding(c, ROUND_HALF_EVEN);
  if (r * r === C) {
    const [coef, exp] = reduceTo(r, e / 2, ideal);
    return finish(0, coef, exp, hc);
  }
  return finish(0, r * 10n + 1n, e / 2 - 1, hc);
}

// ---- fixed point: a value v is the BigInt round(v * 10**G) ----

/** ln(F / 10**G) for 0 < F / 10**G <= 10, in fixed point (error a few units in the last place). */
function lnFixed(F: bigint, G: number): bigint {
  const S = pow10(G);
  // Square roots bring the argument near 1, where the atanh series converges fast.
  let k = 0;
  const near = S + S / 64n;
  const low = S - S / 64n;
  while (F > near || F < low) {
    F = isqrt(F * S);
    k++;
  }
  const Z = ((F - S) * S) / (F + S);
  const Z2 = (Z * Z) / S;
  let term = Z, sum = 0n;
  for (let i = 1n; term !== 0n; i += 2n) {
    sum += term / i;
    term = (term * Z2) / S;
  }
  return (sum * 2n) << BigInt(k);
}

let ln10Cache: bigint = 0n, ln10Digits = 0;
function ln10(G: number): bigint {
  if (ln10Digits < G) {
    const g = G + 10;
    ln10Cache = lnFixed(pow10(g + 1), g);
    ln10Digits = g;
  }
  return ln10Cache / pow10(ln10Digits - G);
}

/** exp(T / 10**G) as [coef, exp] with relative error a few thousand units at G digits. */
function expFixed(T: bigint, G: number): [bigint, number] {
  const S = pow10(G);
  const L10 = ln10(G);
  // T = n*ln10 + r with |r| <= ln10/2: exp(T) = 10**n * exp(r).
  let n = T / L10;
  let r = T - n * L10;
  if (r * 2n > L10) { n += 1n; r -= L10; } else if (-r * 2n > L10) { n -= 1n; r += L10; }
  // exp(r) = exp(r / 2**k) ** (2**k)
  const k = 10;
  const R = r >> BigInt(k);
  let term = S, sum = S;
  for (let i = 1n; term !== 0n; i++) {
    term = (term * R) / (S * i);
    sum += term;
  }
  for (let i = 0; i < k; i++) sum = (sum * sum) / S;
  return [sum, Number(n) - G];
}

/** x as fixed point at G digits (truncated when it has more digits after the point). */
function toFixed(x: Dec, G: number): bigint {
  const e = x.exp + G;
  const v = e >= 0 ? x.coef * pow10(e) : -e > digits(x.coef) ? 0n : x.coef / pow10(-e);
  return x.sign ? -v : v;
}

/**
 * Rounds coef*10**exp (known to within ±err units of coef) to the context, or null when the error could
 * change the result. Always inexact.
 */
function roundSure(sign: number, coef: bigint, exp: number, err: bigint, c: Limits): Dec | null {
  const saved = status;
  const lo = finish(sign, coef - err, exp, c), hi = finish(sign, coef + err, exp, c);
  if (lo.kind !== hi.kind || lo.coef !== hi.coef || lo.exp !== hi.exp) { resetStatus(saved); return null; }
  resetStatus(saved);
  const r = finish(sign, coef, exp, c);
  raise(INEXACT | ROUNDED);
  return r;
}
function resetStatus(bits: number): void {
  // status only grows while an operation runs; keep what was there before the trial roundings
  clearTo(bits);
}
import { clearStatus } from "./decimal-num.js";
function clearTo(bits: number): void { clearStatus(); raise(bits); }

const ERR = 100000n;

/** Ziv's loop: `approx(G)` gives [coef, exp] within ERR units; more digits until the rounding is sure. */
function ziv(sign: number, c: Limits, extra: number, approx: (G: number) => [bigint, number]): Dec {
  let G = c.prec + 20 + extra;
  for (let tries = 0; ; tries++) {
    let [coef, exp] = approx(G);
    let sg = sign;
    if (sign < 0) { sg = coef < 0n ? 1 : 0; if (coef < 0n) coef = -coef; }
    const r = roundSure(sg, coef, exp, ERR, c);
    if (r !== null) return r;
    if (tries >= 6) { raise(INEXACT | ROUNDED); return finish(sg, coef, exp, c); }
    G += 20 * (tries + 1);
  }
}

export function exp(x: Dec, c: Limits): Dec {
  c = withRounding(c, ROUND_HALF_EVEN); // exp, ln and log10 always round half-even (the spec)
  if (x.kind !== FIN) {
    const n = nanOperands(x, null, c);
    if (n !== null) return n;
    return x.sign ? fin(0, 0n, 0) : x;
  }
  if (x.coef === 0n) return fin(0, 1n, 0);
  const adj = adjusted(x);
  if (adj > 19) {
    // Far beyond any exponent limit: overflow, or underflow to zero.
    return x.sign ? finish(0, 1n, -4e15, c) : finish(0, 1n, 4e15, c);
  }
  if (adj < -(c.prec + 2)) {
    const p = c.prec + 2;
    const coef = x.sign ? pow10(p) - 1n : pow10(p) + 1n;
    raise(INEXACT | ROUNDED);
    return finish(0, coef, -p, c);
  }
  const intDigits = Math.max(0, adj + 1);
  return ziv(0, c, intDigits, (G) => expFixed(toFixed(x, G + intDigits), G + intDigits));
}

/** ln(x) in fixed point at G digits for a finite x > 0 (x != 1). */
function lnOf(x: Dec, G: number): bigint {
  const a = adjusted(x);
  // x = f * 10**a with 1 <= f < 10
  const nd = digits(x.coef);
  const F = G - (nd - 1) >= 0 ? x.coef * pow10(G - (nd - 1)) : x.coef / pow10(nd - 1 - G);
  return lnFixed(F, G) + BigInt(a) * ln10(G);
}

/** Digits lost to cancellation when x is near 1 (ln x is then about x - 1). */
function nearOne(x: Dec): number {
  const a = adjusted(x);
  if (a !== 0 && a !== -1) return 0;
  const d = x.sign === 0 ? subtractOne(x) : null;
  return d === null || d.coef === 0n ? 0 : Math.max(0, -adjusted(d));
}
function subtractOne(x: Dec): Dec {
  const e = Math.min(x.exp, 0);
  const v = x.coef * pow10(x.exp - e) - pow10(-e);
  return fin(v < 0n ? 1 : 0, v < 0n ? -v : v, e);
}

/** ln and log10 of NaN, infinities, zero and negative numbers; null for a positive finite x. Both always round
 * half-even (the spec), so `c` already does. */
function logSpecial(x: Dec, c: Limits): Dec | null {
  if (x.kind !== FIN) {
    const n = nanOperands(x, null, c);
    if (n !== null) return n;
    return x.sign ? invalid() : x;
  }
  if (x.coef === 0n) return inf(1);
  if (x.sign) return invalid();
  return null;
}

export function ln(x: Dec, c: Limits): Dec {
  c = withRounding(c, ROUND_HALF_EVEN);
  const special = logSpecial(x, c);
  if (special !== null) return special;
  if (x.coef * (x.exp >= 0 ? pow10(x.exp) : 1n) === (x.exp >= 0 ? 1n : pow10(-x.exp))) return fin(0, 0n, 0);
  const extra = nearOne(x) + digits(BigInt(Math.abs(adjusted(x)) + 1));
  return ziv(-1, c, extra, (G) => {
    const L = lnOf(x, G);
    return [L, -G];
  });
}

export function log10(x: Dec, c: Limits): Dec {
  c = withRounding(c, ROUND_HALF_EVEN);
  const special = logSpecial(x, c);
  if (special !== null) return special;
  // An exact power of ten has an exact integer logarithm.
  const s = x.coef.toString();
  if (/^10*$/.test(s)) {
    const a = x.exp + s.length - 1;
    return finish(a < 0 ? 1 : 0, BigInt(Math.abs(a)), 0, c);
  }
  const extra = nearOne(x) + digits(BigInt(Math.abs(adjusted(x)) + 1));
  return ziv(-1, c, extra, (G) => {
    const L = lnOf(x, G);
    return [(L * pow10(G)) / ln10(G), -G];
  });
}


// ---- power ----

/** The integer value of a finite y, or null when y is not integral. */
function integral(y: Dec): bigint | null {
  if (y.exp >= 0) {
    if (y.exp > 40) return null;
    const v = y.coef * pow10(y.exp);
    return y.sign ? -v : v;
  }
  const p = pow10(-y.exp);
  if (y.coef % p !== 0n) return null;
  const v = y.coef / p;
  return y.sign ? -v : v;
}

const WIDE = 4e18;

/**
 * x**n for an integer n, computed as libmpdec does (so results match CPython digit for digit, even where
 * they are not correctly rounded): working precision prec + (integer digits of n) + 2, round-half-even,
 * 1/x first for negative n, left-to-right binary powering, then one rounding to the context.
 */
function powInt(x: Dec, y: Dec, n: bigint, sign: number, c: Limits): Dec {
  const absn = n < 0n ? -n : n;
  const w: Limits = { prec: c.prec + digits(y.coef) + y.exp + 2, rounding: ROUND_HALF_EVEN, Emin: c.Emin, Emax: c.Emax, clamp: 0 };
  let base = fin(0, x.coef, x.exp);
  if (n < 0n) {
    w.prec += 1;
    const before = status;
    clearStatus();
    base = div(ONE, base, w);
    const st = status;
    clearTo(before | st);
    if (base.kind !== FIN) return finishDec(NAN, c);
  }
  let r = base;
  const bits = absn.toString(2);
  for (let i = 1; i < bits.length; i++) {
    r = mul(r, r, w);
    if (bits[i] === "1") r = mul(r, base, w);
    if (r.kind !== FIN || (r.coef === 0n && (status & CLAMPED) !== 0)) break;
  }
  if (r.kind === INF) return finish(sign, 1n, WIDE, c);
  return finish(sign, r.coef, r.exp, c);
}

/** log10 of |x| as a float (for telling certain overflow and underflow apart). */
function log10Abs(x: Dec): number {
  const s = x.coef.toString();
  return Math.log10(Number("0." + s.slice(0, 17))) + x.exp + s.length;
}

export function power(x: Dec, y: Dec, c: Limits): Dec {
  const nn = nanOperands(x, y, c);
  if (nn !== null) return nn;
  const yInt = y.kind === FIN ? integral(y) : null;
  const yOdd = yInt !== null && (yInt & 1n) === 1n;
  // The sign of a result from a negative base: negative only for odd integer powers.
  const rs = x.sign && yOdd ? 1 : 0;
  if (y.kind === INF) {
    if (x.sign && !isZero(x)) return invalid();
    if (x.kind === INF) return y.sign ? fin(0, 0n, 0) : inf(0);
    if (isZero(x)) return y.sign ? inf(0) : fin(0, 0n, 0);
    const m = cmp(fin(0, x.coef, x.exp), ONE);
    if (m === 0) { raise(INEXACT | ROUNDED); return finish(0, pow10(c.prec - 1), -(c.prec - 1), c); }
    return (m > 0) !== (y.sign === 1) ? inf(0) : fin(0, 0n, 0);
  }
  if (x.kind === INF) {
    if (isZero(y)) return fin(0, 1n, 0);
    if (x.sign && yInt === null) return invalid();
    return y.sign ? fin(rs, 0n, 0) : inf(rs);
  }
  if (isZero(x)) {
    if (isZero(y)) return invalid();
    return y.sign ? inf(rs) : finish(rs, 0n, 0, c);
  }
  if (isZero(y)) return fin(0, 1n, 0);
  if (x.sign && yInt === null) return invalid();
  // |x| == 1 to a huge integer power stays 1.
  const lx = log10Abs(x);
  if (lx === 0 && x.coef === pow10(digits(x.coef) - 1) && yInt !== null && (yInt < 0n ? -yInt : yInt) >= 1n << 64n) {
    return fin(rs, 1n, 0);
  }
  // Results certainly beyond the exponent limits (the order of magnitude of y * log10|x| exceeds that of
  // the limits) are overflow or underflow at once, rounded by the context, as libmpdec decides.
  if (lx !== 0) {
    const lz = Math.floor(Math.log10(Math.abs(lx)));
    const limit = Math.floor(Math.log10(Math.max(c.Emax, -etiny(c), 1)));
    if (lz + adjusted(y) > limit) {
      raise(INEXACT | ROUNDED);
      return finish(rs, 1n, (lx > 0) === (y.sign === 0) ? WIDE : -WIDE, c);
    }
  }
  if (yInt !== null && (yInt < 0n ? -yInt : yInt) < 1n << 64n) return powInt(x, y, yInt, rs, c);
  if (x.coef === pow10(digits(x.coef) - 1) && adjusted(x) === 0) {
    // 1 (however written) to a non-integer power: 1 with prec digits, inexact.
    raise(INEXACT | ROUNDED);
    return finish(0, pow10(c.prec - 1), -(c.prec - 1), c);
  }
  // libmpdec's real power: ln, multiply and exp, each correctly rounded half-even at max(digits of x,
  // prec) + 23 digits and unlimited exponents, then rounded to the context.
  const w: Limits = { prec: Math.max(digits(x.coef), c.prec) + 23, rounding: ROUND_HALF_EVEN, Emin: -WIDE, Emax: WIDE, clamp: 0 };
  const before = status;
  clearStatus();
  const l = ln(x, w);
  const t = mul(l, y, w);
  const e = exp(t, w);
  clearTo(before);
  raise(INEXACT | ROUNDED);
  return finishDec(e, c);
}

/** pow(a, b, c) for integral a, b >= 0 and c != 0: (a**b) % c, exponent 0. */
export function powerMod(a: Dec, b: Dec, m: Dec, c: Limits): Dec {
  if (a.kind !== FIN || b.kind !== FIN || m.kind !== FIN) {
    const n = nanOperands(a, b, c) ?? nanOperands(m, null, c);
    return n !== null ? n : invalid();
  }
  const ia = integral(a), ib = integral(b), im = integral(m);
  if (ia === null || ib === null || im === null || ib < 0n || im === 0n) return invalid();
  if (ia === 0n && ib === 0n) return invalid();
  const am = im < 0n ? -im : im;
  if (digits(am) > c.prec) return invalid();
  let base = (ia < 0n ? -ia : ia) % am, e = ib, r = 1n % am;
  while (e > 0n) {
    if (e & 1n) r = (r * base) % am;
    base = (base * base) % am;
    e >>= 1n;
  }
  return fin(a.sign && (ib & 1n) ? 1 : 0, r, 0);
}

