// decimal-num.ts — the number engine of the decimal module: decimal values (sign, BigInt coefficient,
// exponent, or a special), the context limits, rounding, and the basic operations of the General Decimal
// Arithmetic specification (speleotrove.com/decimal/decarith.html) with the condition flags that
// libmpdec (CPython 3.11 Modules/_decimal) reports. No Python objects here: decimal-type.ts wraps these.

export const FIN = 0, INF = 1, QNAN = 2, SNAN = 3;

/** One decimal value: (-1)**sign * coef * 10**exp, or an infinity/NaN (a NaN's coef is its payload). */
export class Dec {
  constructor(readonly sign: number, readonly coef: bigint, readonly exp: number, readonly kind: number) {}
  get isSpecial(): boolean { return this.kind !== FIN; }
  get isNaN(): boolean { return this.kind >= QNAN; }
}

// Condition bits, laid out as libmpdec's status word so a context's flag list prints in CPython's order.
export const CLAMPED = 0x1, CONV_SYNTAX = 0x2, DIV_BY_ZERO = 0x4, DIV_IMPOSSIBLE = 0x8, DIV_UNDEFINED = 0x10,
  FPU_ERROR = 0x20, INEXACT = 0x40, INVALID_CONTEXT = 0x80, INVALID_OP = 0x100, MALLOC_ERROR = 0x200,
  FLOAT_OP = 0x400, OVERFLOW = 0x800, ROUNDED = 0x1000, SUBNORMAL = 0x2000, UNDERFLOW = 0x4000;
/** Every condition that the InvalidOperation signal stands for. */
export const INVALID_MASK = CONV_SYNTAX | DIV_IMPOSSIBLE | DIV_UNDEFINED | FPU_ERROR | INVALID_CONTEXT | INVALID_OP | MALLOC_ERROR;

export const ROUND_UP = 0, ROUND_DOWN = 1, ROUND_CEILING = 2, ROUND_FLOOR = 3, ROUND_HALF_UP = 4,
  ROUND_HALF_DOWN = 5, ROUND_HALF_EVEN = 6, ROUND_05UP = 7;
export const ROUNDING_NAMES = ["ROUND_UP", "ROUND_DOWN", "ROUND_CEILING", "ROUND_FLOOR", "ROUND_HALF_UP",
  "ROUND_HALF_DOWN", "ROUND_HALF_EVEN", "ROUND_05UP"];

/** The arithmetic part of a context (decimal-context.ts adds flags, traps and the Python object). */
export interface Limits {
  prec: number;
  rounding: number;
  Emin: number;
  Emax: number;
  clamp: number;
}

/** Conditions raised by the operation in progress; the caller clears and then reads them. */
export let status = 0;
export function clearStatus(): void { status = 0; }
export function raise(bits: number): void { status |= bits; }

const POW10: bigint[] = [1n];
export function pow10(n: number): bigint {
  if (n < 200) {
    while (POW10.length <= n) POW10.push(POW10[POW10.length - 1] * 10n);
    return POW10[n];
  }
  return 10n ** BigInt(n);
}

const P10N: number[] = [];
for (let i = 0, v = 1; i <= 16; i++, v *= 10) P10N.push(v);

export function digits(c: bigint): number {
  if (c < 0n) c = -c;
  if (c < 0x20000000000000n) {
    const n = Number(c);
    if (n < 10) return 1;
    let d = Math.floor(Math.log10(n)) + 1;
    if (n >= P10N[d]) d++;
    else if (n < P10N[d - 1]) d--;
    return d;
  }
  // The float estimate can be one off near a power of ten; the table settles it.
  const f = Number(c);
  if (f < 1e300) {
    let d = Math.floor(Math.log10(f)) + 1;
    if (c >= pow10(d)) d++;
    else if (c < pow10(d - 1)) d--;
    return d;
  }
  return c.toString().length;
}

export const ZERO = new Dec(0, 0n, 0, FIN);
export const ONE = new Dec(0, 1n, 0, FIN);
export const NAN = new Dec(0, 0n, 0, QNAN);

export function fin(sign: number, coef: bigint, exp: number): Dec { return new Dec(sign, coef, exp, FIN); }
export function inf(sign: number): Dec { return new Dec(sign, 0n, 0, INF); }
export function adjusted(d: Dec): number { return d.exp + digits(d.coef) - 1; }
export function isZero(d: Dec): boolean { return d.kind === FIN && d.coef === 0n; }
export function etiny(c: Limits): number { return c.Emin - c.prec + 1; }
export function etop(c: Limits): number { return c.Emax - c.prec + 1; }

/** An invalid operation: the quiet NaN result, with the condition recorded. */
export function invalid(cond: number = INVALID_OP): Dec {
  status |= cond;
  return NAN;
}

/**
 * Drops the last `shift` digits of coef, rounding the kept part by `mode` for a number of sign `sign`.
 * Returns the kept coefficient; `lastInexact` tells whether anything nonzero was dropped.
 */
export let lastInexact = false;
export function roundShift(coef: bigint, shift: number, sign: number, mode: number): bigint {
  if (shift <= 0) { lastInexact = false; return coef; }
  const nd = digits(coef);
  let q: bigint, r: bigint, p: bigint;
  if (shift > nd + 1) {
    // Everything goes, and what goes is below a tenth of a unit: never a half.
    q = 0n; r = coef; p = pow10(nd + 1);
  } else {
    p = pow10(shift);
    q = coef / p; r = coef % p;
  }
  if (r === 0n) { lastInexact = false; return q; }
  lastInexact = true;
  let up: boolean;
  switch (mode) {
    case ROUND_DOWN: up = false; break;
    case ROUND_UP: up = true; break;
    case ROUND_CEILING: up = sign === 0; break;
    case ROUND_FLOOR: up = sign === 1; break;
    case ROUND_HALF_UP: up = r * 2n >= p; break;
    case ROUND_HALF_DOWN: up = r * 2n > p; break;
    case ROUND_HALF_EVEN: { const t = r * 2n; up = t > p || (t === p && (q & 1n) === 1n); break; }
    default: { const last = q % 10n; up = last === 0n || last === 5n; break; }
  }
  return up ? q + 1n : q;
}

/** The value finished for a context: rounded to prec digits, with overflow, subnormal and clamp rules. */
export function finish(sign: number, coef: bigint, exp: number, c: Limits): Dec {
  const prec = c.prec;
  if (coef === 0n) {
    const lo = etiny(c), hi = c.clamp ? etop(c) : c.Emax;
    if (exp < lo) { exp = lo; status |= CLAMPED; }
    else if (exp > hi) { exp = hi; status |= CLAMPED; }
    return new Dec(sign, 0n, exp, FIN);
  }
  let nd = digits(coef);
  let adj = exp + nd - 1;
  if (adj < c.Emin) {
    const tiny = etiny(c);
    status |= SUBNORMAL;
    if (exp < tiny) {
      coef = roundShift(coef, tiny - exp, sign, c.rounding);
      exp = tiny;
      if (lastInexact) {
        status |= INEXACT | ROUNDED | UNDERFLOW;
        if (coef === 0n) status |= CLAMPED;
      } else status |= ROUNDED;
      if (digits(coef) > prec) { coef /= 10n; exp++; }
    }
    return new Dec(sign, coef, exp, FIN);
  }
  if (nd > prec) {
    coef = roundShift(coef, nd - prec, sign, c.rounding);
    exp += nd - prec;
    status |= ROUNDED;
    if (lastInexact) status |= INEXACT;
    if (coef === pow10(prec)) { coef = pow10(prec - 1); exp++; }
    nd = prec;
    adj = exp + nd - 1;
  }
  if (adj > c.Emax) {
    status |= OVERFLOW | INEXACT | ROUNDED;
    const r = c.rounding;
    if (r === ROUND_DOWN || r === ROUND_05UP || (r === ROUND_CEILING && sign === 1) || (r === ROUND_FLOOR && sign === 0)) {
      return new Dec(sign, pow10(prec) - 1n, c.Emax - prec + 1, FIN);
    }
    return inf(sign);
  }
  if (c.clamp && exp > etop(c)) {
    coef *= pow10(exp - etop(c));
    exp = etop(c);
    status |= CLAMPED;
  }
  return new Dec(sign, coef, exp, FIN);
}

export function finishDec(d: Dec, c: Limits): Dec {
  return d.kind === FIN ? finish(d.sign, d.coef, d.exp, c) : d.kind === INF ? d : fixNaN(d, c);
}

/** A NaN result whose payload is too long for the context loses the payload. */
export function fixNaN(d: Dec, c: Limits): Dec {
  const keep = c.prec - c.clamp;
  if (d.coef !== 0n && digits(d.coef) > keep) {
    return new Dec(d.sign, d.coef % pow10(keep), 0, QNAN);
  }
  return d.kind === QNAN ? d : new Dec(d.sign, d.coef, 0, QNAN);
}

/** The NaN result of an operation with a NaN operand (sNaN first, raising InvalidOperation), or null. */
export function nanOperands(a: Dec, b: Dec | null, c: Limits): Dec | null {
  if (a.kind === SNAN) { status |= INVALID_OP; return fixNaN(a, c); }
  if (b !== null && b.kind === SNAN) { status |= INVALID_OP; return fixNaN(b, c); }
  if (a.kind === QNAN) return fixNaN(a, c);
  if (b !== null && b.kind === QNAN) return fixNaN(b, c);
  return null;
}

// ---- conversions ----

const NUM_RE = /^([+-])?(?:(\d+)?(?:\.(\d*))?(?:e([+-]?\d+))?|(inf|infinity)|(s)?nan(\d*))$/i;

/** Parses a numeric string (spaces around and underscores between digits allowed), or null. */
const SIMPLE_RE = /^(-?)(\d+)(?:\.(\d*))?$/;

export function parseDec(text: string): Dec | null {
  const q = SIMPLE_RE.exec(text);
  if (q !== null) {
    const fp = q[3] ?? "";
    return new Dec(q[1] ? 1 : 0, BigInt(fp ? q[2] + fp : q[2]), -fp.length, FIN);
  }
  let s = text.trim();
  // CPython's _decimal drops every underscore before parsing ('1__0' and '_1' are accepted).
  if (s.includes("_")) s = s.replace(/_/g, "");
  if (/[^\x00-\x7f]/.test(s)) s = s.replace(/[^\x00-\x7f]/g, (ch) => {
    const d = nonAsciiDigit(ch);
    return d < 0 ? ch : String(d);
  });
  const m = NUM_RE.exec(s);
  if (m === null) return null;
  const sign = m[1] === "-" ? 1 : 0;
  if (m[5] !== undefined) return inf(sign);
  if (m[7] !== undefined) {
    const payload = m[7] ? BigInt(m[7]) : 0n;
    return new Dec(sign, payload, 0, m[6] ? SNAN : QNAN);
  }
  const ip = m[2] ?? "", fp = m[3] ?? "";
  if (ip === "" && fp === "") return null;
  let exp = m[4] !== undefined ? Number(m[4]) : 0;
  if (!Number.isSafeInteger(exp)) exp = exp > 0 ? 4e18 : -4e18;
  return new Dec(sign, BigInt(ip + fp), exp - fp.length, FIN);
}

/** The value of a Unicode decimal digit, or -1 (digit runs are contiguous multiples of ten). */
function nonAsciiDigit(ch: string): number {
  const nd = /^\p{Nd}$/u;
  if (!nd.test(ch)) return -1;
  const cp = ch.codePointAt(0)!;
  let z = cp;
  while (z > 0 && nd.test(String.fromCodePoint(z - 1))) z--;
  return (cp - z) % 10;
}

export function fromBigInt(v: bigint): Dec {
  return v < 0n ? new Dec(1, -v, 0, FIN) : new Dec(0, v, 0, FIN);
}

/** The exact value of a float (0.1 gives 55 significant digits). */
export function fromFloat(x: number): Dec {
  if (x !== x) return NAN;
  const sign = x < 0 || Object.is(x, -0) ? 1 : 0;
  if (!Number.isFinite(x)) return inf(sign);
  let a = Math.abs(x);
  if (a === 0) return new Dec(sign, 0n, 0, FIN);
  // a = m / 2**k with m odd, then m / 2**k = m * 5**k / 10**k.
  let k = 0;
  while (!Number.isInteger(a)) { a *= 2; k++; }
  let m = BigInt(a);
  while (k > 0 && (m & 1n) === 0n) { m >>= 1n; k--; }
  if (k === 0) return new Dec(sign, m, 0, FIN);
  return new Dec(sign, m * 5n ** BigInt(k), -k, FIN);
}

/** to-scientific-string (eng=false) or to-engineering-string of the spec. */
export function toSci(d: Dec, capitals: boolean, eng = false): string {
  const sg = d.sign ? "-" : "";
  if (d.kind === INF) return sg + "Infinity";
  if (d.kind === QNAN) return sg + "NaN" + (d.coef ? d.coef.toString() : "");
  if (d.kind === SNAN) return sg + "sNaN" + (d.coef ? d.coef.toString() : "");
  const s = d.coef.toString();
  const n = s.length;
  const left = d.exp + n;
  let dot: number;
  if (d.exp <= 0 && left > -6) dot = left;
  else if (!eng) dot = 1;
  else if (d.coef === 0n) dot = mod(left + 1, 3) - 1;
  else dot = mod(left - 1, 3) + 1;
  let ip: string, fp: string;
  if (dot <= 0) { ip = "0"; fp = "." + "0".repeat(-dot) + s; }
  else if (dot >= n) { ip = s + "0".repeat(dot - n); fp = ""; }
  else { ip = s.slice(0, dot); fp = "." + s.slice(dot); }
  let ex = "";
  if (left !== dot) {
    const e = left - dot;
    ex = (capitals ? "E" : "e") + (e >= 0 ? "+" : "-") + Math.abs(e);
  }
  return sg + ip + fp + ex;
}

export function mod(a: number, b: number): number {
  const r = a % b;
  return r < 0 ? r + b : r;
}

// ---- comparison ----

/** -1, 0 or 1 comparing two non-NaN values. */
export function cmp(a: Dec, b: Dec): number {
  if (a.kind === INF || b.kind === INF) {
    const va = a.kind === INF ? (a.sign ? -2 : 2) : 0, vb = b.kind === INF ? (b.sign ? -2 : 2) : 0;
    if (va !== 0 || vb !== 0) {
      if (va === vb) return 0;
      if (va !== 0 && vb !== 0) return va < vb ? -1 : 1;
      if (va !== 0) return va < 0 ? -1 : 1;
      return vb < 0 ? 1 : -1;
    }
  }
  const za = a.coef === 0n, zb = b.coef === 0n;
  if (za && zb) return 0;
  if (za) return b.sign ? 1 : -1;
  if (zb) return a.sign ? -1 : 1;
  if (a.sign !== b.sign) return a.sign ? -1 : 1;
  const m = cmpAbs(a, b);
  return a.sign ? -m : m;
}

/** Compares |a| and |b| for nonzero finite values. */
export function cmpAbs(a: Dec, b: Dec): number {
  const aa = adjusted(a), ab = adjusted(b);
  if (aa !== ab) return aa < ab ? -1 : 1;
  let ca = a.coef, cb = b.coef;
  if (a.exp > b.exp) ca *= pow10(a.exp - b.exp);
  else if (b.exp > a.exp) cb *= pow10(b.exp - a.exp);
  return ca === cb ? 0 : ca < cb ? -1 : 1;
}

// ---- arithmetic ----

export function add(a: Dec, b: Dec, c: Limits, negateB = false): Dec {
  const bs = negateB ? b.sign ^ 1 : b.sign;
  if (a.kind !== FIN || b.kind !== FIN) {
    const n = nanOperands(a, b, c);
    if (n !== null) return n;
    if (a.kind === INF) {
      if (b.kind === INF && a.sign !== bs) return invalid();
      return a;
    }
    return inf(bs);
  }
  if (a.coef === 0n || b.coef === 0n) {
    if (a.coef !== 0n || b.coef !== 0n) return addZero(a.coef === 0n ? b : a, a.coef === 0n ? bs : a.sign, Math.min(a.exp, b.exp), c);
  }
  let ea = a.exp, eb = b.exp, ca = a.coef, cb = b.coef;
  // An operand far below the other's last digit and rounding digit only matters as a sticky digit.
  if (ca !== 0n && cb !== 0n && Math.abs(ea - eb) > c.prec + 4) {
    const adjA = adjusted(a), adjB = adjusted(b);
    if (adjA > adjB) {
      const lim = Math.min(ea, adjA - c.prec - 2) - 1;
      if (adjB < lim) { cb = 1n; eb = lim; }
    } else {
      const lim = Math.min(eb, adjB - c.prec - 2) - 1;
      if (adjA < lim) { ca = 1n; ea = lim; }
    }
  }
  const e = Math.min(ea, eb);
  if (ea > e) ca *= pow10(ea - e);
  if (eb > e) cb *= pow10(eb - e);
  const va = a.sign ? -ca : ca, vb = bs ? -cb : cb;
  const sum = va + vb;
  if (sum === 0n) {
    const sign = a.sign === bs ? a.sign : c.rounding === ROUND_FLOOR ? 1 : 0;
    return finish(sign, 0n, e, c);
  }
  return sum < 0n ? finish(1, -sum, e, c) : finish(0, sum, e, c);
}

/** x + 0 whose exponent is `e` when exact: x padded with zeros down to e, at most to prec digits. */
function addZero(x: Dec, sign: number, e: number, c: Limits): Dec {
  if (e >= x.exp) return finish(sign, x.coef, x.exp, c);
  const room = Math.max(0, c.prec - digits(x.coef));
  if (x.exp - e <= room) return finish(sign, x.coef * pow10(x.exp - e), e, c);
  // The rest of the zeros would be rounded away: exact, but Rounded.
  status |= ROUNDED;
  return finish(sign, x.coef * pow10(room), x.exp - room, c);
}

export function mul(a: Dec, b: Dec, c: Limits): Dec {
  const sign = a.sign ^ b.sign;
  if (a.kind !== FIN || b.kind !== FIN) {
    const n = nanOperands(a, b, c);
    if (n !== null) return n;
    if ((a.kind === INF && isZero(b)) || (b.kind === INF && isZero(a))) return invalid();
    return inf(sign);
  }
  return finish(sign, a.coef * b.coef, a.exp + b.exp, c);
}

export function div(a: Dec, b: Dec, c: Limits): Dec {
  const sign = a.sign ^ b.sign;
  if (a.kind !== FIN || b.kind !== FIN) {
    const n = nanOperands(a, b, c);
    if (n !== null) return n;
    if (a.kind === INF) return b.kind === INF ? invalid() : inf(sign);
    status |= CLAMPED;
    return new Dec(sign, 0n, etiny(c), FIN);
  }
  if (b.coef === 0n) {
    if (a.coef === 0n) return invalid(DIV_UNDEFINED);
    status |= DIV_BY_ZERO;
    return inf(sign);
  }
  const ideal = a.exp - b.exp;
  if (a.coef === 0n) return finish(sign, 0n, ideal, c);
  const k = Math.max(0, c.prec + digits(b.coef) - digits(a.coef) + 1);
  const num = a.coef * pow10(k);
  let q = num / b.coef;
  const r = num % b.coef;
  let exp = ideal - k;
  if (r !== 0n) {
    q = q * 10n + 1n;
    exp--;
  } else {
    while (exp < ideal && q % 10n === 0n) { q /= 10n; exp++; }
  }
  return finish(sign, q, exp, c);
}

/** Integer quotient (truncated) and remainder of finite a, b with b != 0, or null when too long. */
function divmodFinite(a: Dec, b: Dec, c: Limits): [bigint, bigint, number] | null {
  const e = Math.min(a.exp, b.exp);
  // When a is far below b the quotient is 0 and the remainder a: no need to scale b up.
  if (a.coef === 0n || adjusted(a) < adjusted(b)) return [0n, a.coef * pow10(a.exp - e), e];
  if (adjusted(a) - adjusted(b) > c.prec) return null;
  const ca = a.coef * pow10(a.exp - e), cb = b.coef * pow10(b.exp - e);
  const q = ca / cb;
  if (digits(q) > c.prec) return null;
  return [q, ca % cb, e];
}

export function divInt(a: Dec, b: Dec, c: Limits): Dec {
  const sign = a.sign ^ b.sign;
  if (a.kind !== FIN || b.kind !== FIN) {
    const n = nanOperands(a, b, c);
    if (n !== null) return n;
    if (a.kind === INF) return b.kind === INF ? invalid() : inf(sign);
    return new Dec(sign, 0n, 0, FIN);
  }
  if (b.coef === 0n) {
    if (a.coef === 0n) return invalid(DIV_UNDEFINED);
    status |= DIV_BY_ZERO;
    return inf(sign);
  }
  const r = divmodFinite(a, b, c);
  if (r === null) return invalid(DIV_IMPOSSIBLE);
  return finish(sign, r[0], 0, c);
}

/** remainder and remainder-near when an operand is not finite or the divisor is zero; null otherwise. */
function remSpecial(a: Dec, b: Dec, c: Limits): Dec | null {
  if (a.kind !== FIN || b.kind !== FIN) {
    const n = nanOperands(a, b, c);
    if (n !== null) return n;
    if (a.kind === INF) return invalid();
    return finishDec(a, c);
  }
  if (b.coef === 0n) return invalid(a.coef === 0n ? DIV_UNDEFINED : INVALID_OP);
  return null;
}

export function rem(a: Dec, b: Dec, c: Limits): Dec {
  const special = remSpecial(a, b, c);
  if (special !== null) return special;
  const r = divmodFinite(a, b, c);
  if (r === null) return invalid(DIV_IMPOSSIBLE);
  return finish(a.sign, r[1], r[2], c);
}

/** divmod: the quotient and the remainder, with the flags of both. */
export function divmod(a: Dec, b: Dec, c: Limits): [Dec, Dec] {
  const sign = a.sign ^ b.sign;
  if (a.kind !== FIN || b.kind !== FIN) {
    const n = nanOperands(a, b, c);
    if (n !== null) return [n, n];
    if (a.kind === INF) {
      if (b.kind === INF) { const x = invalid(); return [x, x]; }
      const x = invalid();
      return [inf(sign), x];
    }
    return [new Dec(sign, 0n, 0, FIN), finishDec(a, c)];
  }
  if (b.coef === 0n) {
    if (a.coef === 0n) { const x = invalid(DIV_UNDEFINED); return [x, x]; }
    status |= DIV_BY_ZERO | INVALID_OP;
    return [inf(sign), NAN];
  }
  const r = divmodFinite(a, b, c);
  if (r === null) { const x = invalid(DIV_IMPOSSIBLE); return [x, x]; }
  return [finish(sign, r[0], 0, c), finish(a.sign, r[1], r[2], c)];
}

/** remainder-near: a - b*n with n the integer nearest a/b (ties to even). */
export function remNear(a: Dec, b: Dec, c: Limits): Dec {
  const special = remSpecial(a, b, c);
  if (special !== null) return special;
  if (a.coef === 0n || adjusted(a) < adjusted(b) - 1) {
    const e = Math.min(a.exp, b.exp);
    return finish(a.sign, a.coef * pow10(a.exp - e), e, c);
  }
  if (adjusted(a) - adjusted(b) > c.prec) return invalid(DIV_IMPOSSIBLE);
  const e = Math.min(a.exp, b.exp);
  const ca = a.coef * pow10(a.exp - e), cb = b.coef * pow10(b.exp - e);
  let q = ca / cb, r = ca % cb;
  if (r * 2n > cb || (r * 2n === cb && (q & 1n) === 1n)) { q += 1n; r -= cb; }
  if (digits(q) > c.prec) return invalid(DIV_IMPOSSIBLE);
  const sign = r < 0n ? a.sign ^ 1 : a.sign;
  return finish(sign, r < 0n ? -r : r, e, c);
}

export function negate(a: Dec, c: Limits, keepZeroSign = false): Dec {
  if (a.kind !== FIN) {
    const n = nanOperands(a, null, c);
    if (n !== null) return n;
    return inf(a.sign ^ 1);
  }
  // minus(0) is +0 (except with ROUND_FLOOR), as 0 - x would be.
  const sign = a.coef === 0n && !keepZeroSign ? (a.sign === 0 && c.rounding === ROUND_FLOOR ? 1 : 0) : a.sign ^ 1;
  return finish(sign, a.coef, a.exp, c);
}

export function plus(a: Dec, c: Limits): Dec {
  if (a.kind !== FIN) {
    const n = nanOperands(a, null, c);
    return n !== null ? n : a;
  }
  const sign = a.coef === 0n ? (c.rounding === ROUND_FLOOR ? a.sign : 0) : a.sign;
  return finish(sign, a.coef, a.exp, c);
}

export function abs(a: Dec, c: Limits): Dec {
  if (a.kind !== FIN) {
    const n = nanOperands(a, null, c);
    return n !== null ? n : inf(0);
  }
  return finish(0, a.coef, a.exp, c);
}

/** quantize: a with b's exponent (rounded by `rounding`), InvalidOperation when that cannot be done. */
export function quantize(a: Dec, b: Dec, c: Limits, rounding: number): Dec {
  if (a.kind !== FIN || b.kind !== FIN) {
    const n = nanOperands(a, b, c);
    if (n !== null) return n;
    if (a.kind === INF && b.kind === INF) return a;
    return invalid();
  }
  const e = b.exp;
  if (e > c.Emax || e < etiny(c)) return invalid();
  if (a.coef === 0n) return finish(a.sign, 0n, e, c);
  let coef: bigint;
  let st = 0;
  if (e >= a.exp) {
    coef = roundShift(a.coef, e - a.exp, a.sign, rounding);
    if (lastInexact) st = INEXACT | ROUNDED;
    else if (e > a.exp) st = ROUNDED;
  } else {
    if (adjusted(a) - e + 1 > c.prec) return invalid();
    coef = a.coef * pow10(a.exp - e);
  }
  if (digits(coef) > c.prec || (coef !== 0n && e + digits(coef) - 1 > c.Emax)) return invalid();
  status |= st;
  if (coef !== 0n && e + digits(coef) - 1 < c.Emin) status |= SUBNORMAL;
  let exp = e;
  if (c.clamp && exp > etop(c)) {
    if (coef !== 0n) coef *= pow10(exp - etop(c));
    exp = etop(c);
    status |= CLAMPED;
  }
  return new Dec(a.sign, coef, exp, FIN);
}

/** to_integral_value / to_integral_exact: exponent at least 0, rounded by `rounding`. */
export function toIntegral(a: Dec, c: Limits, rounding: number, exact: boolean): Dec {
  if (a.kind !== FIN) {
    const n = nanOperands(a, null, c);
    return n !== null ? n : a;
  }
  if (a.exp >= 0) return a;
  if (a.coef === 0n) return new Dec(a.sign, 0n, 0, FIN);
  const coef = roundShift(a.coef, -a.exp, a.sign, rounding);
  if (exact) status |= lastInexact ? INEXACT | ROUNDED : ROUNDED;
  return new Dec(a.sign, coef, 0, FIN);
}

/** The integer a rounds to (a finite), as a BigInt. */
export function toBigInt(a: Dec, rounding: number): bigint {
  let v: bigint;
  if (a.exp >= 0) v = a.coef * pow10(a.exp);
  else v = roundShift(a.coef, -a.exp, a.sign, rounding);
  return a.sign ? -v : v;
}

export function normalize(a: Dec, c: Limits): Dec {
  if (a.kind !== FIN) {
    const n = nanOperands(a, null, c);
    return n !== null ? n : a;
  }
  const r = finish(a.sign, a.coef, a.exp, c);
  if (r.kind !== FIN) return r;
  if (r.coef === 0n) return new Dec(r.sign, 0n, 0, FIN);
  let coef = r.coef, exp = r.exp;
  const hi = c.clamp ? etop(c) : c.Emax;
  while (coef % 10n === 0n && exp < hi) { coef /= 10n; exp++; }
  return new Dec(r.sign, coef, exp, FIN);
}

/** Strips trailing zeros of an exact result down to the ideal exponent. */
export function reduceTo(coef: bigint, exp: number, ideal: number): [bigint, number] {
  while (exp < ideal && coef !== 0n && coef % 10n === 0n) { coef /= 10n; exp++; }
  return [coef, exp];
}
