// decimal-methods.ts — the named operations of decimal (sqrt, quantize, compare, max, fma, is_nan …),
// installed twice from one table: as Decimal methods (operand self, optional context=) and as Context
// methods (every operand an argument, ints accepted), as in CPython 3.11's Modules/_decimal.
import { PyObject, PyType, KwArgs, None, PyFloat, newTuple } from "../runtime/object.js";
import { typeError, valueError, overflowError } from "../runtime/exceptions.js";
import { defineMethods, defineGenMethods, defineClassMethods } from "../runtime/builtin-function.js";
import { normBig } from "../runtime/int-ops.js";
import { callObj, type Gen } from "./native-helpers.js";
import {
  Dec, FIN, INF, QNAN, SNAN, fin, inf, status, raise, clearStatus, nanOperands, invalid, finish, finishDec,
  fixNaN, cmp, add, mul, div, divInt, rem, divmod, remNear, negate, plus, abs, quantize, toIntegral,
  normalize, adjusted, pow10, etiny, toSci, fromFloat, ROUNDING_NAMES, ROUND_CEILING,
  ROUND_FLOOR, DIV_BY_ZERO, INVALID_OP,
} from "./decimal-num.js";
import { sqrt, exp, ln, log10, power, powerMod } from "./decimal-math.js";
import { PyContext, contextType, ctxArg, commit, decimalState, bind } from "./decimal-context.js";
import { PyDecimal, decimalType, wrap, decArg, construct } from "./decimal-type.js";

type Ret = Dec | boolean | string | number | bigint | PyObject;
interface Op { n: number; f: (xs: Dec[], c: PyContext, extra: PyObject[]) => Ret; extra?: string[] }

function roundingArg(x: PyObject | undefined, c: PyContext): number {
  if (x === undefined || x === None) return c.rounding;
  const i = typeof x === "string" ? ROUNDING_NAMES.indexOf(x) : -1;
  if (i < 0) throw typeError("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]");
  return i;
}

function compareDec(a: Dec, b: Dec, c: PyContext, signal: boolean): Dec {
  if (a.isNaN || b.isNaN) {
    if (signal) { raise(INVALID_OP); return fixNaN(a.isNaN ? a : b, c); }
    const n = nanOperands(a, b, c);
    return n!;
  }
  const r = cmp(a, b);
  return fin(r < 0 ? 1 : 0, r === 0 ? 0n : 1n, 0);
}

/** max/min (mag: by absolute value): a quiet NaN loses to a number; equal values prefer by sign, exponent. */
function maxMin(a: Dec, b: Dec, c: PyContext, wantMax: boolean, mag: boolean): Dec {
  if (a.isNaN || b.isNaN) {
    if (a.kind === SNAN || b.kind === SNAN) return nanOperands(a, b, c)!;
    if (a.isNaN && b.isNaN) return fixNaN(a, c);
    return finishDec(a.isNaN ? b : a, c);
  }
  let r = mag ? cmp(new Dec(0, a.coef, a.exp, a.kind), new Dec(0, b.coef, b.exp, b.kind)) : 0;
  if (r === 0) r = cmp(a, b);
  if (r === 0) {
    // Same value: the positive one, else (same sign) by exponent.
    if (a.sign !== b.sign) r = a.sign ? -1 : 1;
    else r = (a.exp < b.exp ? -1 : a.exp > b.exp ? 1 : 0) * (a.sign ? -1 : 1);
  }
  const pick = (r >= 0) === wantMax ? a : b;
  return finishDec(pick, c);
}

function numberClass(a: Dec, c: PyContext): string {
  if (a.kind === QNAN) return "NaN";
  if (a.kind === SNAN) return "sNaN";
  const s = a.sign ? "-" : "+";
  if (a.kind === INF) return s + "Infinity";
  if (a.coef === 0n) return s + "Zero";
  return s + (adjusted(a) < c.Emin ? "Subnormal" : "Normal");
}

function nextToward(a: Dec, c: PyContext, up: boolean): Dec {
  if (a.isNaN) return nanOperands(a, null, c)!;
  if (a.kind === INF) {
    if ((a.sign === 0) === up) return a;
    return new Dec(a.sign, pow10(c.prec) - 1n, c.Emax - c.prec + 1, FIN);
  }
  const saved = status;
  const lc = { prec: c.prec, rounding: up ? ROUND_CEILING : ROUND_FLOOR, Emin: c.Emin, Emax: c.Emax, clamp: c.clamp };
  const tiny = new Dec(up ? 0 : 1, 1n, Math.min(etiny(c), adjusted(a) - c.prec) - 2, FIN);
  const r = add(a, tiny, lc);
  clearStatus(); raise(saved);
  return r;
}

function asTuple(a: Dec): PyObject[] {
  const ds = a.kind === INF ? [0] : a.isNaN && a.coef === 0n ? [] : Array.from(a.coef.toString(), Number);
  const e: PyObject = a.kind === FIN ? a.exp : a.kind === INF ? "F" : a.kind === QNAN ? "n" : "N";
  return [a.sign, newTuple(ds), e];
}

const OPS: Record<string, Op> = {
  sqrt: { n: 1, f: ([a], c) => sqrt(a, c) },
  exp: { n: 1, f: ([a], c) => exp(a, c) },
  ln: { n: 1, f: ([a], c) => ln(a, c) },
  log10: { n: 1, f: ([a], c) => log10(a, c) },
  normalize: { n: 1, f: ([a], c) => normalize(a, c) },
  reduce: { n: 1, f: ([a], c) => normalize(a, c) },
  next_plus: { n: 1, f: ([a], c) => nextToward(a, c, true) },
  next_minus: { n: 1, f: ([a], c) => nextToward(a, c, false) },
  logb: {
    n: 1, f: ([a], c) => {
      if (a.isNaN) return nanOperands(a, null, c)!;
      if (a.kind === INF) return inf(0);
      if (a.coef === 0n) { raise(DIV_BY_ZERO); return inf(1); }
      const v = adjusted(a);
      return finish(v < 0 ? 1 : 0, BigInt(Math.abs(v)), 0, c);
    },
  },
  number_class: { n: 1, f: ([a], c) => numberClass(a, c) },
  to_eng_string: { n: 1, f: ([a], c) => toSci(a, c.capitals === 1, true) },
  to_sci_string: { n: 1, f: ([a], c) => toSci(a, c.capitals === 1) },
  to_integral: { n: 1, extra: ["rounding"], f: ([a], c, [r]) => toIntegral(a, c, roundingArg(r, c), false) },
  to_integral_value: { n: 1, extra: ["rounding"], f: ([a], c, [r]) => toIntegral(a, c, roundingArg(r, c), false) },
  to_integral_exact: { n: 1, extra: ["rounding"], f: ([a], c, [r]) => toIntegral(a, c, roundingArg(r, c), true) },
  is_normal: { n: 1, f: ([a], c) => a.kind === FIN && a.coef !== 0n && adjusted(a) >= c.Emin },
  is_subnormal: { n: 1, f: ([a], c) => a.kind === FIN && a.coef !== 0n && adjusted(a) < c.Emin },
  compare: { n: 2, f: ([a, b], c) => compareDec(a, b, c, false) },
  compare_signal: { n: 2, f: ([a, b], c) => compareDec(a, b, c, true) },
  max: { n: 2, f: ([a, b], c) => maxMin(a, b, c, true, false) },
  min: { n: 2, f: ([a, b], c) => maxMin(a, b, c, false, false) },
  max_mag: { n: 2, f: ([a, b], c) => maxMin(a, b, c, true, true) },
  min_mag: { n: 2, f: ([a, b], c) => maxMin(a, b, c, false, true) },
  remainder_near: { n: 2, f: ([a, b], c) => remNear(a, b, c) },
  quantize: { n: 2, extra: ["rounding"], f: ([a, b], c, [r]) => quantize(a, b, c, roundingArg(r, c)) },
  same_quantum: {
    n: 2, f: ([a, b]) => (a.kind !== FIN || b.kind !== FIN ? (a.isNaN && b.isNaN) || (a.kind === INF && b.kind === INF) : a.exp === b.exp),
  },
  scaleb: {
    n: 2, f: ([a, b], c) => {
      const nn = nanOperands(a, b, c);
      if (nn !== null) return nn;
      if (b.kind !== FIN || b.exp !== 0) return invalid();
      if (a.kind === INF) return a;
      const k = Number(b.coef) * (b.sign ? -1 : 1);
      return finish(a.sign, a.coef, a.exp + k, c);
    },
  },
  copy_sign: { n: 2, f: ([a, b]) => new Dec(b.sign, a.coef, a.exp, a.kind) },
  fma: {
    n: 3, f: ([a, b, d], c) => {
      const wide = { prec: 1e9, rounding: c.rounding, Emin: -1e15, Emax: 1e15, clamp: 0 };
      const p = mul(a, b, wide);
      return add(p, d, c);
    },
  },
  logical_and: { n: 2, f: ([a, b], c) => logical(a, b, c, (x, y) => x & y) },
  logical_or: { n: 2, f: ([a, b], c) => logical(a, b, c, (x, y) => x | y) },
  logical_xor: { n: 2, f: ([a, b], c) => logical(a, b, c, (x, y) => x ^ y) },
  logical_invert: { n: 1, f: ([a], c) => logical(a, fin(0, (pow10(c.prec) - 1n) / 9n, 0), c, (x, y) => x ^ y) },
  shift: { n: 2, f: ([a, b], c) => shiftRotate(a, b, c, false) },
  rotate: { n: 2, f: ([a, b], c) => shiftRotate(a, b, c, true) },
  next_toward: {
    n: 2, f: ([a, b], c) => {
      const nn = nanOperands(a, b, c);
      if (nn !== null) return nn;
      const r = cmp(a, b);
      if (r === 0) return new Dec(b.sign, a.coef, a.exp, a.kind);
      return nextToward(a, c, r < 0);
    },
  },
  compare_total: { n: 2, f: ([a, b]) => compareTotal(a, b, false) },
  compare_total_mag: { n: 2, f: ([a, b]) => compareTotal(a, b, true) },
};

/** The digits of a logical operand (finite, positive, exponent 0, only 0s and 1s), or null. */
function logicalDigits(a: Dec, prec: number): string | null {
  if (a.kind !== FIN || a.sign || a.exp !== 0) return null;
  const s = a.coef.toString();
  if (!/^[01]+$/.test(s) || s.length > prec) return null;
  return s.padStart(prec, "0");
}

function logical(a: Dec, b: Dec, c: PyContext, f: (x: number, y: number) => number): Dec {
  const x = logicalDigits(a, c.prec), y = logicalDigits(b, c.prec);
  if (x === null || y === null) return invalid();
  let out = "";
  for (let i = 0; i < c.prec; i++) out += f(x.charCodeAt(i) - 48, y.charCodeAt(i) - 48);
  return fin(0, BigInt(out), 0);
}

/** shift/rotate the coefficient by an integer count of digits within prec digits. */
function shiftRotate(a: Dec, b: Dec, c: PyContext, rotate: boolean): Dec {
  const nn = nanOperands(a, b, c);
  if (nn !== null) return nn;
  if (b.kind !== FIN || b.exp !== 0 || b.coef > BigInt(c.prec)) return invalid();
  if (a.kind === INF) return a;
  const n = Number(b.coef) * (b.sign ? -1 : 1);
  const p = c.prec;
  let coef: bigint;
  if (rotate) {
    const s = (a.coef % pow10(p)).toString().padStart(p, "0");
    const k = ((n % p) + p) % p;
    coef = BigInt(s.slice(k) + s.slice(0, k));
  } else if (n >= 0) coef = (a.coef * pow10(n)) % pow10(p);
  else coef = a.coef / pow10(-n);
  return new Dec(a.sign, coef, a.exp, FIN);
}

function compareTotal(a: Dec, b: Dec, mag: boolean): Dec {
  const rank = (x: Dec): number => (x.kind === QNAN ? 3 : x.kind === SNAN ? 2 : x.kind === INF ? 1 : 0);
  const sa = mag ? 0 : a.sign, sb = mag ? 0 : b.sign;
  const one = (v: number) => fin(v < 0 ? 1 : 0, v === 0 ? 0n : 1n, 0);
  if (sa !== sb) return one(sa ? -1 : 1);
  const flip = sa ? -1 : 1;
  const ra = rank(a), rb = rank(b);
  if (ra !== rb) return one((ra < rb ? -1 : 1) * flip);
  let r = 0;
  if (ra >= 2) r = a.coef === b.coef ? 0 : a.coef < b.coef ? -1 : 1;
  else if (ra === 0) {
    r = cmp(new Dec(0, a.coef, a.exp, FIN), new Dec(0, b.coef, b.exp, FIN));
    if (r === 0) r = a.exp === b.exp ? 0 : a.exp < b.exp ? -1 : 1;
  }
  return one(r * flip);
}

const UNARY_CTX_ONLY = ["abs", "plus", "minus", "copy_abs", "copy_negate", "copy_decimal", "is_canonical", "is_finite",
  "is_infinite", "is_nan", "is_qnan", "is_snan", "is_signed", "is_zero", "canonical"];
const SIMPLE: Record<string, (a: Dec, c: PyContext) => Ret> = {
  abs: (a, c) => abs(a, c),
  plus: (a, c) => plus(a, c),
  minus: (a, c) => negate(a, c),
  copy_abs: (a) => new Dec(0, a.coef, a.exp, a.kind),
  copy_negate: (a) => new Dec(a.sign ^ 1, a.coef, a.exp, a.kind),
  copy_decimal: (a) => a,
  canonical: (a) => a,
  is_canonical: () => true,
  is_finite: (a) => a.kind === FIN,
  is_infinite: (a) => a.kind === INF,
  is_nan: (a) => a.isNaN,
  is_qnan: (a) => a.kind === QNAN,
  is_snan: (a) => a.kind === SNAN,
  is_signed: (a) => a.sign === 1,
  is_zero: (a) => a.kind === FIN && a.coef === 0n,
};
const BINARY_CTX: Record<string, (a: Dec, b: Dec, c: PyContext) => Dec> = {
  add: (a, b, c) => add(a, b, c),
  subtract: (a, b, c) => add(a, b, c, true),
  multiply: mul,
  divide: div,
  divide_int: divInt,
  remainder: rem,
};

function out(r: Ret): PyObject {
  return r instanceof Dec ? wrap(r) : (r as PyObject);
}

/** METH_O ("takes exactly one argument") or fixed-count ("function takes exactly 2 arguments") checks. */
function checkExact(qual: string, args: PyObject[], n: number): void {
  const k = args.length - 1;
  if (k === n) return;
  if (n === 1) throw typeError(`${qual}() takes exactly one argument (${k} given)`);
  throw typeError(`function takes exactly ${n} arguments (${k} given)`);
}

/** Wraps no-argument methods with "Decimal.adjusted() takes no arguments (1 given)". */
export function noArgs(owner: string, table: Record<string, (args: PyObject[]) => PyObject>): Record<string, (args: PyObject[], kw: KwArgs | null) => PyObject> {
  const out: Record<string, (args: PyObject[], kw: KwArgs | null) => PyObject> = {};
  for (const name of Object.keys(table)) {
    const f = table[name];
    out[name] = (args, kw) => {
      const n = args.length - 1 + (kw === null ? 0 : kw.size);
      if (n !== 0) throw typeError(`${owner}.${name}() takes no arguments (${n} given)`);
      return f(args);
    };
  }
  return out;
}

function runOp(ctx: PyContext, f: () => Ret): PyObject {
  clearStatus();
  const r = f();
  if (status !== 0) commit(ctx);
  return out(r);
}

const OTHER_NAMES = ["other", "third"];
for (const name of Object.keys(OPS)) {
  const op = OPS[name];
  const extra = op.extra ?? [];
  const decNames = [...OTHER_NAMES.slice(0, op.n - 1), ...extra, "context"];
  if (name === "quantize") decNames[0] = "exp";
  if (name !== "reduce" && name !== "to_sci_string") {
    defineMethods(decimalType, {
      [name]: (args, kwargs) => {
        const vals = bind(args, kwargs, decNames, op.n - 1);
        const ctx = ctxArg(vals[decNames.length - 1]);
        const xs = [(args[0] as PyDecimal).v];
        for (let i = 0; i < op.n - 1; i++) xs.push(decArg(vals[i]!));
        const ex = extra.map((_, i) => vals[op.n - 1 + i]!);
        return runOp(ctx, () => op.f(xs, ctx, ex));
      },
    });
  }
  if (name === "reduce") continue;
  // Context's versions take exactly their operands (no rounding argument), as _decimal's.
  defineMethods(contextType, {
    [name]: (args) => {
      checkExact(`Context.${name}`, args, op.n);
      const ctx = args[0] as PyContext;
      const xs = args.slice(1).map((v) => decArg(v));
      const ex = extra.map(() => None as PyObject);
      return runOp(ctx, () => op.f(xs, ctx, ex));
    },
  });
}

for (const name of UNARY_CTX_ONLY) {
  const f = SIMPLE[name];
  defineMethods(contextType, {
    [name]: (args) => {
      checkExact(`Context.${name}`, args, 1);
      const ctx = args[0] as PyContext;
      return runOp(ctx, () => f(decArg(args[1]), ctx));
    },
  });
  if (name.startsWith("is_") || name.startsWith("copy_") && name !== "copy_decimal" || name === "canonical") {
    defineMethods(decimalType, noArgs("Decimal", {
      [name]: ([self]) => out(f((self as PyDecimal).v, null as unknown as PyContext)),
    }));
  }
}
for (const name of Object.keys(BINARY_CTX)) {
  const f = BINARY_CTX[name];
  defineMethods(contextType, {
    [name]: (args) => {
      checkExact(`Context.${name}`, args, 2);
      const ctx = args[0] as PyContext;
      return runOp(ctx, () => f(decArg(args[1]), decArg(args[2]), ctx));
    },
  });
}

defineMethods(contextType, {
  divmod: (args) => {
    checkExact("Context.divmod", args, 2);
    const ctx = args[0] as PyContext;
    const a = decArg(args[1]), b = decArg(args[2]);
    clearStatus();
    const [q, r] = divmod(a, b, ctx);
    if (status !== 0) commit(ctx);
    return newTuple([wrap(q), wrap(r)]);
  },
  power: (args, kwargs) => {
    const vals = bind(args, kwargs, ["a", "b", "modulo"], 2);
    const ctx = args[0] as PyContext;
    if (vals[2] !== undefined && vals[2] !== None) {
      const m = decArg(vals[2]!);
      return runOp(ctx, () => powerMod(decArg(vals[0]!), decArg(vals[1]!), m, ctx));
    }
    return runOp(ctx, () => power(decArg(vals[0]!), decArg(vals[1]!), ctx));
  },
  create_decimal: (args) => {
    if (args.length > 2) throw typeError(`function takes at most 1 argument (${args.length - 1} given)`);
    const ctx = args[0] as PyContext;
    const d = args.length > 1 ? construct(args[1], ctx) : fin(0, 0n, 0);
    return runOp(ctx, () => finishDec(d, ctx));
  },
  create_decimal_from_float: (args) => {
    checkExact("Context.create_decimal_from_float", args, 1);
    const ctx = args[0] as PyContext;
    const x = args[1];
    const d = x instanceof PyFloat ? fromFloat(x.value) : decArg(x);
    return runOp(ctx, () => finishDec(d, ctx));
  },
  to_sci_string: (args) => (checkExact("Context.to_sci_string", args, 1), toSci(decArg(args[1]), (args[0] as PyContext).capitals === 1)),
});

// ---- Decimal's own methods ----

defineMethods(decimalType, noArgs("Decimal", {
  adjusted: ([self]) => {
    const d = (self as PyDecimal).v;
    return d.kind === FIN ? adjusted(d) : 0;
  },
  radix: () => wrap(fin(0, 10n, 0)),
  conjugate: ([self]) => self,
  as_integer_ratio: ([self]) => {
    const d = (self as PyDecimal).v;
    if (d.isNaN) throw valueError("cannot convert NaN to integer ratio");
    if (d.kind === INF) throw overflowError("cannot convert Infinity to integer ratio");
    let n = d.coef, den = 1n;
    if (d.exp >= 0) n *= pow10(d.exp);
    else {
      den = pow10(-d.exp);
      let a = n, b = den;
      while (b !== 0n) [a, b] = [b, a % b];
      if (a > 1n) { n /= a; den /= a; }
    }
    return newTuple([normBig(d.sign ? -n : n), normBig(den)]);
  },
}));
defineGenMethods(decimalType, {
  as_tuple: function* ([self, ...rest]): Gen<PyObject> {
    if (rest.length > 0) throw typeError(`Decimal.as_tuple() takes no arguments (${rest.length} given)`);
    return yield* callObj(decimalState().decimalTuple, asTuple((self as PyDecimal).v));
  },
});
defineClassMethods(decimalType, {
  from_float: (args) => {
    checkExact("Decimal.from_float", args, 1);
    const [cls, x] = args;
    let d: Dec;
    if (x instanceof PyFloat) d = fromFloat(x.value);
    else if (typeof x === "number" || typeof x === "bigint" || typeof x === "boolean") d = decArg(x);
    else throw typeError("argument must be int or float");
    return new PyDecimal(d, cls as PyType);
  },
});

