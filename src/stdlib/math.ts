// math.ts — the math module (CPython 3.11 Modules/mathmodule.c): float functions with CPython's domain and
// range errors, exact integer functions (factorial, comb, perm, gcd, lcm, isqrt), exact fsum, and the
// constants.
import {
  PyObject, PyModule, PyFloat, PyTuple, PyList, None, newFloat, floatType, newTuple, typeOf, typeName, normInt,
} from "../runtime/object.js";
import { typeError, valueError, overflowError, zeroDivisionError } from "../runtime/exceptions.js";
import { defineModuleFunctions, defineModuleGenFunctions } from "../runtime/builtin-function.js";
import { call } from "../runtime/protocol.js";
import * as I from "../runtime/int-ops.js";
import { rethrowAlgo } from "../runtime/ops-error.js";
import { exactExp, exactLog, exactLog2 } from "./math-exact.js";
import type { RuntimeContext } from "../runtime/runtime-context.js";
import { arity, intValue, toIndex, toDouble, bindArgs, iterate } from "./support.js";

const domain = () => valueError("math domain error");
const range = () => overflowError("math range error");

/** Applies CPython's is_error/errno rules of math_1: NaN out of non-NaN in is a domain error, inf a range one. */
function math1(f: (x: number) => number, canOverflow: boolean): (args: PyObject[]) => PyObject {
  return (args) => {
    if (args.length !== 1) throw typeError(`math function takes exactly one argument (${args.length} given)`);
    const x = toDouble(args[0]);
    const r = f(x);
    if (Number.isNaN(r) && !Number.isNaN(x)) throw domain();
    if (!Number.isFinite(r) && Number.isFinite(x)) {
      if (canOverflow) throw range();
      throw domain();
    }
    return newFloat(r);
  };
}

function floatResult(r: number, inputsFinite: boolean): PyFloat {
  if (Number.isNaN(r) && inputsFinite) throw domain();
  if (!Number.isFinite(r) && inputsFinite) throw range();
  return newFloat(r);
}

// ---- integer helpers on number | bigint ----
type Int = number | bigint;
const B = (v: Int) => BigInt(v);

function isqrtBig(n: bigint): bigint {
  if (n < 2n) return n;
  // Newton's method from an over-estimate converges monotonically down to floor(sqrt(n)).
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

function gcdBig(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b) [a, b] = [b, a % b];
  return a;
}

function gcdInt(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    a = Math.abs(a);
    b = Math.abs(b);
    while (b) [a, b] = [b, a % b];
    return a;
  }
  return normInt(gcdBig(B(a), B(b)));
}

/** Product of the integers lo..hi (inclusive) by splitting in halves so bigint multiplications stay balanced. */
function rangeProduct(lo: bigint, hi: bigint): bigint {
  if (lo > hi) return 1n;
  if (hi - lo < 8n) {
    let p = 1n;
    for (let i = lo; i <= hi; i++) p *= i;
    return p;
  }
  const mid = (lo + hi) >> 1n;
  return rangeProduct(lo, mid) * rangeProduct(mid + 1n, hi);
}

function toFloatOrOverflow(v: Int): number {
  const f = Number(v);
  if (!Number.isFinite(f)) throw overflowError("int too large to convert to float");
  return f;
}

/** log of a positive int of any size (CPython loghelper: frexp of huge ints). */
function logOf(x: PyObject, f: (v: number) => number): number {
  const iv = x instanceof PyFloat ? undefined : intValue(x);
  if (iv !== undefined) {
    if (iv <= 0) throw domain();
    const n = Number(iv);
    if (Number.isFinite(n)) return f(n);
    // CPython loghelper: x = m * 2**e with m in [0.5, 1) from _PyLong_Frexp, then f(m) + f(2) * e.
    const bits = B(iv).toString(2).length;
    const m = Number(B(iv) >> BigInt(bits - 60)) / 2 ** 60;
    return f(m) + f(2) * bits;
  }
  const v = toDouble(x);
  if (Number.isNaN(v)) return v;
  if (v <= 0) throw domain();
  return f(v);
}

// ---- fsum: Shewchuk's exact partial sums (CPython math_fsum, msum.py recipe) ----
function fsum(values: number[]): number {
  const partials: number[] = [];
  let specialSum = 0;
  let infSum = 0;
  for (const xIn of values) {
    let x = xIn;
    if (!Number.isFinite(x)) {
      if (x === Infinity || x === -Infinity) infSum += x;
      specialSum += x;
      continue;
    }
    let i = 0;
    for (let y of partials) {
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[i++] = lo;
      x = hi;
    }
    if (!Number.isFinite(x)) throw overflowError("intermediate overflow in fsum");
    partials.length = i;
    partials.push(x);
  }
  if (specialSum !== 0) {
    if (Number.isNaN(infSum)) throw valueError("-inf + inf in fsum");
    return specialSum;
  }
  let n = partials.length;
  let hi = 0;
  if (n > 0) {
    hi = partials[--n];
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = partials[--n];
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0) break;
    }
    // Round half-even correctly when the rest of the partials push the tie one way.
    if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
      const y = lo * 2;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return hi;
}

// ---- erf / erfc (series and continued fraction, as CPython's portable fallback did) ----
const SQRTPI = 1.772453850905516;
function erfSeries(x: number): number {
  const x2 = x * x;
  let acc = 0;
  let fk = 25 + 0.5;
  for (let i = 0; i < 25; i++) {
    acc = 2 + (x2 * acc) / fk;
    fk -= 1;
  }
  return (acc * x * Math.exp(-x2)) / SQRTPI;
}
function erfcContFrac(x: number): number {
  if (x >= 30) return 0;
  const x2 = x * x;
  let a = 0, da = 0.5, p = 1, pLast = 0, q = da + x2, qLast = 1;
  for (let i = 0; i < 50; i++) {
    a += da;
    da += 2;
    const b = da + x2;
    [p, pLast] = [b * p - a * pLast, p];
    [q, qLast] = [b * q - a * qLast, q];
  }
  return ((p / q) * x * Math.exp(-x2)) / SQRTPI;
}
function erf(x: number): number {
  if (Number.isNaN(x)) return x;
  const ax = Math.abs(x);
  if (ax < 1.5) return erfSeries(x);
  const cf = erfcContFrac(ax);
  return x > 0 ? 1 - cf : cf - 1;
}
function erfc(x: number): number {
  if (Number.isNaN(x)) return x;
  const ax = Math.abs(x);
  if (ax < 1.5) return 1 - erfSeries(x);
  const cf = erfcContFrac(ax);
  return x > 0 ? cf : 2 - cf;
}

// ---- gamma / lgamma (Lanczos approximation, g = 7) ----
const LG = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
function gammaFn(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x === Infinity) return x;
  if (x === -Infinity || (x <= 0 && Number.isInteger(x))) throw domain();
  if (Number.isInteger(x) && x <= 23) {
    let r = 1;
    for (let i = 2; i < x; i++) r *= i;
    return r;
  }
  if (x < 0.5) return Math.PI / (Math.sin(Math.PI * x) * gammaFn(1 - x));
  if (x > 171.7) throw range();
  const z = x - 1;
  let a = LG[0];
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += LG[i] / (z + i);
  const r = Math.sqrt(2 * Math.PI) * Math.pow(t, z / 2 + 0.25) * a * Math.exp(-t) * Math.pow(t, z / 2 + 0.25);
  if (!Number.isFinite(r)) throw range();
  return r;
}
function lgammaFn(x: number): number {
  if (Number.isNaN(x)) return x;
  if (!Number.isFinite(x)) return Infinity;
  if (x <= 0 && Number.isInteger(x)) throw domain();
  if (x === 1 || x === 2) return 0;
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lgammaFn(1 - x);
  const z = x - 1;
  let a = LG[0];
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += LG[i] / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

function nextafter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  let bits = buf.getBigUint64(0);
  bits += (y > x) === (x > 0) ? 1n : -1n;
  buf.setBigUint64(0, bits);
  return buf.getFloat64(0);
}

function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  let e = Math.max(-1073, Math.floor(Math.log2(Math.abs(x))) + 1);
  let m = x * Math.pow(2, -e);
  while (Math.abs(m) < 0.5) { m *= 2; e--; }
  while (Math.abs(m) >= 1) { m /= 2; e++; }
  return [m, e];
}

function ldexp(x: number, e: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  // Scale in steps so intermediate powers of two stay representable.
  let r = x;
  while (e > 1000) { r *= 2 ** 1000; e -= 1000; if (!Number.isFinite(r)) break; }
  while (e < -1000) { r *= 2 ** -1000; e += 1000; if (r === 0) break; }
  return r * 2 ** e;
}

function remainder(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (!Number.isFinite(x) || y === 0) throw domain();
  if (!Number.isFinite(y)) return x;
  const ax = Math.abs(x), ay = Math.abs(y);
  let m = ax % ay;
  const c = ay - m;
  if (m < c) { /* keep m */ } else if (m > c) m = -c;
  else m = m - 2 * ((0.5 * (ax - m)) % ay); // tie: round the quotient to even
  return x < 0 ? -m : m;
}

/** floor/ceil/trunc for numbers; objects with __floor__/__ceil__/__trunc__ are called through the VM. */
function roundingFn(name: "floor" | "ceil" | "trunc", f: (x: number) => Int) {
  return function* (args: PyObject[]) {
    arity(name, args, 1);
    const x = args[0];
    const iv = intValue(x);
    if (iv !== undefined && !(x instanceof PyFloat)) return typeof x === "boolean" ? (x ? 1 : 0) : iv;
    if (x instanceof PyFloat && x.type === floatType) return algo(() => f(x.value));
    const dunder = typeOf(x).lookup(`__${name}__`);
    if (dunder !== undefined) return yield* call(dunder, [x]);
    if (name === "trunc") throw typeError(`type ${typeName(x)} doesn't define __trunc__ method`);
    const v = toDouble(x);
    return algo(() => f(v));
  };
}

function truncFloat(x: number): Int {
  return I.floatToInt(x);
}

/** Runs an int-ops conversion, turning its AlgoError into the Python exception. */
function algo<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    return rethrowAlgo(e);
  }
}

export function createMath(rt: RuntimeContext): PyModule {
  const m = new PyModule("math");
  const d = m.dict;
  d.set("pi", newFloat(Math.PI));
  d.set("e", newFloat(Math.E));
  d.set("tau", newFloat(2 * Math.PI));
  d.set("inf", newFloat(Infinity));
  d.set("nan", newFloat(NaN));

  defineModuleFunctions(m, {
    sqrt: math1(Math.sqrt, false),
    exp: math1(exactExp, true),
    exp2: math1((x) => 2 ** x, true),
    expm1: math1(Math.expm1, true),
    cbrt: math1(Math.cbrt, false),
    sin: math1(Math.sin, false),
    cos: math1(Math.cos, false),
    tan: math1(Math.tan, false),
    asin: math1(Math.asin, false),
    acos: math1(Math.acos, false),
    atan: math1(Math.atan, false),
    sinh: math1(Math.sinh, true),
    cosh: math1(Math.cosh, true),
    tanh: math1(Math.tanh, false),
    asinh: math1(Math.asinh, false),
    acosh: math1(Math.acosh, false),
    atanh: math1((x) => (Math.abs(x) >= 1 ? NaN : Math.atanh(x)), false),
    log1p: math1((x) => (x <= -1 ? NaN : Math.log1p(x)), false),
    fabs: math1(Math.abs, false),
    erf: math1(erf, false),
    erfc: math1(erfc, false),
    gamma: math1(gammaFn, true),
    lgamma: math1(lgammaFn, true),
    degrees: math1((x) => x * (180 / Math.PI), true),
    radians: math1((x) => x * (Math.PI / 180), false),
    atan2: (args) => {
      arity("atan2", args, 2);
      return newFloat(Math.atan2(toDouble(args[0]), toDouble(args[1])));
    },
    log: (args) => {
      arity("log", args, 1, 2);
      const num = logOf(args[0], exactLog);
      if (args.length === 1) return newFloat(num);
      const den = logOf(args[1], exactLog);
      if (den === 0) throw zeroDivisionError("float division by zero");
      return newFloat(num / den);
    },
    log2: (args) => {
      arity("log2", args, 1);
      return newFloat(logOf(args[0], exactLog2));
    },
    log10: (args) => {
      arity("log10", args, 1);
      return newFloat(logOf(args[0], Math.log10));
    },
    pow: (args) => {
      arity("pow", args, 2);
      const x = toDouble(args[0]), y = toDouble(args[1]);
      if (Number.isNaN(x)) return newFloat(y === 0 ? 1 : NaN);
      if (Number.isNaN(y)) return newFloat(x === 1 ? 1 : NaN);
      if (x === 0 && y < 0 && Number.isFinite(y)) throw domain();
      if (x < 0 && Number.isFinite(x) && Number.isFinite(y) && !Number.isInteger(y)) throw domain();
      if (x === 1 || x === -1 && !Number.isFinite(y)) return newFloat(1);
      const r = x ** y;
      return floatResult(r, Number.isFinite(x) && Number.isFinite(y));
    },
    fmod: (args) => {
      arity("fmod", args, 2);
      const x = toDouble(args[0]), y = toDouble(args[1]);
      if (Number.isNaN(x) || Number.isNaN(y)) return newFloat(NaN);
      if (!Number.isFinite(x) || y === 0) throw domain();
      return newFloat(x % y);
    },
    remainder: (args) => {
      arity("remainder", args, 2);
      return newFloat(remainder(toDouble(args[0]), toDouble(args[1])));
    },
    copysign: (args) => {
      arity("copysign", args, 2);
      const x = Math.abs(toDouble(args[0])), y = toDouble(args[1]);
      return newFloat(y < 0 || Object.is(y, -0) || (Number.isNaN(y) && false) ? -x : x);
    },
    hypot: (args) => {
      const vals = args.map(toDouble);
      if (vals.some((v) => v === Infinity || v === -Infinity)) return newFloat(Infinity);
      if (vals.some(Number.isNaN)) return newFloat(NaN);
      return floatResult(Math.hypot(...vals), true);
    },
    isfinite: (args) => {
      arity("isfinite", args, 1);
      return Number.isFinite(toDouble(args[0]));
    },
    isinf: (args) => {
      arity("isinf", args, 1);
      const v = toDouble(args[0]);
      return v === Infinity || v === -Infinity;
    },
    isnan: (args) => {
      arity("isnan", args, 1);
      return Number.isNaN(toDouble(args[0]));
    },
    isclose: (args, kw) => {
      const [a, b, rel, abs] = bindArgs("isclose", args, kw, ["a", "b", "rel_tol", "abs_tol"]);
      if (a === undefined || b === undefined) throw typeError(`isclose() missing required argument '${a === undefined ? "a" : "b"}' (pos ${a === undefined ? 1 : 2})`);
      const x = toDouble(a), y = toDouble(b);
      const rt = rel === undefined ? 1e-9 : toDouble(rel), at = abs === undefined ? 0 : toDouble(abs);
      if (rt < 0 || at < 0) throw valueError("tolerances must be non-negative");
      if (x === y) return true;
      if (!Number.isFinite(x) || !Number.isFinite(y)) return false;
      const diff = Math.abs(y - x);
      return diff <= Math.abs(rt * y) || diff <= Math.abs(rt * x) || diff <= at;
    },
    frexp: (args) => {
      arity("frexp", args, 1);
      const [mant, e] = frexp(toDouble(args[0]));
      return newTuple([newFloat(mant), e]);
    },
    ldexp: (args) => {
      arity("ldexp", args, 2);
      const x = toDouble(args[0]);
      const ev = intValue(args[1]);
      if (ev === undefined || args[1] instanceof PyFloat) throw typeError("Expected an int as second argument to ldexp.");
      const e = typeof ev === "bigint" ? (ev > 0n ? 100000 : -100000) : Math.max(-100000, Math.min(100000, ev));
      const r = ldexp(x, e);
      if (!Number.isFinite(r) && Number.isFinite(x)) throw range();
      return newFloat(r);
    },
    modf: (args) => {
      arity("modf", args, 1);
      const x = toDouble(args[0]);
      if (!Number.isFinite(x)) return newTuple([newFloat(Number.isNaN(x) ? x : Math.sign(x) * 0), newFloat(x)]);
      const ip = Math.trunc(x);
      const fp = x - ip;
      return newTuple([newFloat(fp === 0 ? (x < 0 || Object.is(x, -0) ? -0 : 0) : fp), newFloat(ip)]);
    },
    nextafter: (args) => {
      arity("nextafter", args, 2);
      return newFloat(nextafter(toDouble(args[0]), toDouble(args[1])));
    },
    ulp: (args) => {
      arity("ulp", args, 1);
      let x = Math.abs(toDouble(args[0]));
      if (!Number.isFinite(x)) return newFloat(x);
      const up = nextafter(x, Infinity);
      if (!Number.isFinite(up)) { x = nextafter(x, -Infinity); return newFloat(Math.abs(toDouble(args[0])) - x); }
      return newFloat(up - x);
    },
    factorial: (args) => {
      arity("factorial", args, 1);
      const n = toIndex(args[0]);
      if (n < 0) throw valueError("factorial() not defined for negative values");
      if (typeof n === "bigint" || n > 1e6) throw overflowError("factorial() argument should not exceed 9223372036854775807");
      if (n <= 18) {
        let r = 1;
        for (let i = 2; i <= n; i++) r *= i;
        return r;
      }
      return normInt(rangeProduct(2n, BigInt(n)));
    },
    isqrt: (args) => {
      arity("isqrt", args, 1);
      const n = toIndex(args[0]);
      if (n < 0) throw valueError("isqrt() argument must be nonnegative");
      if (typeof n === "number") {
        const r = Math.floor(Math.sqrt(n));
        if (r * r <= n && (r + 1) * (r + 1) > n) return r;
      }
      return normInt(isqrtBig(B(n)));
    },
    gcd: (args) => {
      let g: Int = 0;
      for (const a of args) g = gcdInt(g, toIndex(a));
      return g;
    },
    lcm: (args) => {
      const vals = args.map(toIndex);
      if (vals.length === 0) return 1;
      let l: bigint = B(vals[0]);
      if (l < 0n) l = -l;
      for (let i = 1; i < vals.length; i++) {
        const v = B(vals[i]);
        if (l === 0n || v === 0n) { l = 0n; continue; }
        l = (l / gcdBig(l, v)) * (v < 0n ? -v : v);
      }
      return normInt(l);
    },
    comb: (args) => {
      arity("comb", args, 2);
      const n = B(toIndex(args[0])), k = B(toIndex(args[1]));
      if (n < 0n) throw valueError("n must be a non-negative integer");
      if (k < 0n) throw valueError("k must be a non-negative integer");
      if (k > n) return 0;
      const kk = k > n - k ? n - k : k;
      return normInt(rangeProduct(n - kk + 1n, n) / rangeProduct(1n, kk));
    },
    perm: (args) => {
      arity("perm", args, 1, 2);
      const n = B(toIndex(args[0]));
      if (n < 0n) throw valueError("n must be a non-negative integer");
      const k = args.length < 2 || args[1] === None ? n : B(toIndex(args[1]));
      if (k < 0n) throw valueError("k must be a non-negative integer");
      if (k > n) return 0;
      return normInt(rangeProduct(n - k + 1n, n));
    },
    dist: (args) => {
      arity("dist", args, 2);
      const [p, q] = args;
      const seq = (x: PyObject) => {
        if (x instanceof PyTuple || x instanceof PyList) return x.items;
        throw typeError(`dist(): argument ${x === p ? 1 : 2} must be tuple, not ${typeName(x)}`);
      };
      const a = seq(p), b = seq(q);
      if (a.length !== b.length) throw valueError("both points must have the same number of dimensions");
      return newFloat(Math.hypot(...a.map((v, i) => toDouble(v) - toDouble(b[i]))));
    },
  });
  defineModuleGenFunctions(m, {
    floor: roundingFn("floor", (x) => I.floatFloor(x)),
    ceil: roundingFn("ceil", (x) => I.floatCeil(x)),
    trunc: roundingFn("trunc", truncFloat),
    fsum: function* (args) {
      arity("fsum", args, 1);
      const vals: number[] = [];
      for (const v of yield* iterate(rt, args[0])) vals.push(toDouble(v));
      return newFloat(fsum(vals));
    },
    prod: function* (args, kw) {
      arity("prod", args, 1);
      let acc: PyObject = kw?.get("start") ?? 1;
      let mul: PyObject | null = null;
      for (const v of yield* iterate(rt, args[0])) {
        const ai = intValue(acc), vi = intValue(v);
        if (ai !== undefined && vi !== undefined && !(acc instanceof PyFloat) && !(v instanceof PyFloat)) {
          acc = I.mul(ai, vi);
        } else if ((acc instanceof PyFloat || ai !== undefined) && (v instanceof PyFloat || vi !== undefined)) {
          acc = newFloat(toDouble(acc) * toDouble(v));
        } else {
          if (mul === null) {
            const op = yield* rt.importModule("operator");
            mul = (op as PyModule).dict.get("mul")!;
          }
          acc = yield* call(mul, [acc, v]);
        }
      }
      return acc;
    },
  });
  return m;
}
