// float.ts (types) — the methods of float and complex: construction from numbers and strings, the
// arithmetic and comparison dunders, __round__/__trunc__/__floor__/__ceil__, is_integer,
// as_integer_ratio, hex, __format__, and complex's real/imag/conjugate/repr.
import {
  PyObject, PyType, PyFloat, PyComplex, KwArgs, NotImplemented, None, typeOf, typeName, floatType, complexType,
  newTuple,
} from "../object.js";
import * as I from "../int-ops.js";
import { floatHash } from "../num-hash.js";
import { floatRepr } from "../float-repr.js";
import { PyBuiltin, defineMethods, defineGetters } from "../builtin-function.js";
import { typeError, valueError, overflowError } from "../exceptions.js";
import { BinOp, floatBinary, complexBinary, binOpNames, binOpRNames, floatOf } from "../ops-arith.js";
import { builtinCompare, cmpNames, CmpOp } from "../ops-compare.js";
import { asIndex, asStr, idHash } from "../ops-object.js";
import { callMethodGen, type Gen } from "../ops-call.js";
import { rethrowAlgo } from "../ops-error.js";
import { formatFloat } from "../format-spec.js";
import { roundFloat, roundHalfEven } from "../float-format.js";
import type { NativeGen } from "../protocol.js";

const FLOAT_RE = /^[+-]?(?:(?:\d(?:_?\d)*)?\.?\d(?:_?\d)*(?:[eE][+-]?\d(?:_?\d)*)?|\d(?:_?\d)*\.(?:[eE][+-]?\d(?:_?\d)*)?|inf(?:inity)?|nan)$/i;

/** float(s) for a str, with CPython's accepted syntax and message. */
export function parseFloat(s: string): number {
  const t = s.trim();
  if (!FLOAT_RE.test(t)) throw valueError(`could not convert string to float: ${reprForMsg(s)}`);
  const u = t.replace(/_/g, "").toLowerCase();
  const neg = u[0] === "-";
  const body = u[0] === "-" || u[0] === "+" ? u.slice(1) : u;
  if (body === "inf" || body === "infinity") return neg ? -Infinity : Infinity;
  if (body === "nan") return NaN;
  return Number(u);
}

function reprForMsg(s: string): string {
  return s.includes("'") && !s.includes('"') ? `"${s}"` : `'${s.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
}

/** float(x): float, int, str, or __float__ / __index__. */
export function* toFloatGen(x: PyObject): Gen<number> {
  if (x instanceof PyFloat) return x.value;
  const f = floatOfSafe(x);
  if (f !== null) return f;
  const s = asStr(x);
  if (s !== null) return parseFloat(s);
  const t = typeOf(x);
  const m = t.lookup("__float__");
  if (m !== undefined && m !== None) {
    const r = yield* callMethodGen(m, x, []);
    if (!(r instanceof PyFloat)) throw typeError(`${t.name}.__float__ returned non-float (type ${typeName(r)})`);
    return r.value;
  }
  const ix = t.lookup("__index__");
  if (ix !== undefined && ix !== None) {
    const r = yield* callMethodGen(ix, x, []);
    const v = asIndex(r);
    if (v === null) throw typeError(`__index__ returned non-int (type ${typeName(r)})`);
    return I.toFloat(v);
  }
  throw typeError(`float() argument must be a string or a real number, not '${t.name}'`);
}

function floatOfSafe(x: PyObject): number | null {
  return floatOf(x);
}

function* floatNew(args: PyObject[], kwargs: KwArgs | null): NativeGen {
  const cls = args[0] as PyType;
  if (kwargs !== null && kwargs.size > 0) throw typeError("float() takes no keyword arguments");
  if (args.length > 2) throw typeError(`float expected at most 1 argument, got ${args.length - 1}`);
  const v = args.length === 1 ? 0 : yield* toFloatGen(args[1]);
  return new PyFloat(v, cls === floatType ? floatType : cls);
}
floatType.dict.set("__new__", new PyBuiltin("__new__", floatNew as never, true, floatType, "float.__new__"));

function fv(x: PyObject): number {
  return (x as PyFloat).value;
}

const arith: Record<string, (a: PyObject[]) => PyObject> = {};
for (const op of [BinOp.Add, BinOp.Sub, BinOp.Mul, BinOp.TrueDiv, BinOp.FloorDiv, BinOp.Mod, BinOp.Pow]) {
  arith[binOpNames[op]] = ([a, b]) => {
    const y = floatOf(b);
    return y === null ? NotImplemented : floatBinary(fv(a), y, op);
  };
  arith[binOpRNames[op]] = ([a, b]) => {
    const x = floatOf(b);
    return x === null ? NotImplemented : floatBinary(x, fv(a), op);
  };
}
for (let op = 0; op < 6; op++) arith[cmpNames[op]] = ([a, b]) => builtinCompare(a, b, op);
defineMethods(floatType, arith);

function floatToIntChecked(x: number): I.Int {
  try {
    return I.floatToInt(x);
  } catch (e) {
    return rethrowAlgo(e);
  }
}

/** x.as_integer_ratio() for a finite float. */
export function floatRatio(x: number): [I.Int, I.Int] {
  if (!Number.isFinite(x)) {
    if (x !== x) throw valueError("cannot convert NaN to integer ratio");
    throw overflowError("cannot convert Infinity to integer ratio");
  }
  let num = x, den = 1n;
  let k = 0;
  while (!Number.isInteger(num)) {
    num *= 2;
    k++;
  }
  let n = BigInt(num);
  den = 1n << BigInt(k);
  while (k > 0 && (n & 1n) === 0n) {
    n >>= 1n;
    den >>= 1n;
    k--;
  }
  return [I.normBig(n), I.normBig(den)];
}

defineMethods(floatType, {
  __divmod__: ([a, b]) => {
    const y = floatOf(b);
    if (y === null) return NotImplemented;
    try {
      const [q, r] = I.floatDivMod(fv(a), y);
      return newTuple([new PyFloat(q), new PyFloat(r)]);
    } catch (e) {
      return rethrowAlgo(e);
    }
  },
  __rdivmod__: ([a, b]) => {
    const x = floatOf(b);
    if (x === null) return NotImplemented;
    try {
      const [q, r] = I.floatDivMod(x, fv(a));
      return newTuple([new PyFloat(q), new PyFloat(r)]);
    } catch (e) {
      return rethrowAlgo(e);
    }
  },
  __neg__: ([a]) => new PyFloat(-fv(a)),
  __pos__: ([a]) => new PyFloat(fv(a)),
  __abs__: ([a]) => new PyFloat(Math.abs(fv(a))),
  __bool__: ([a]) => fv(a) !== 0,
  __int__: ([a]) => floatToIntChecked(fv(a)),
  __trunc__: ([a]) => floatToIntChecked(fv(a)),
  __floor__: ([a]) => floatToIntChecked(Math.floor(fv(a))),
  __ceil__: ([a]) => floatToIntChecked(Math.ceil(fv(a))),
  __float__: ([a]) => (typeOf(a) === floatType ? a : new PyFloat(fv(a))),
  __round__: ([a, nd]) => {
    const x = fv(a);
    if (nd === undefined || nd === None) {
      if (x !== x) throw valueError("cannot convert float NaN to integer");
      if (!Number.isFinite(x)) throw overflowError("cannot convert float infinity to integer");
      return floatToIntChecked(roundHalfEven(x));
    }
    const n = asIndex(nd);
    if (n === null) throw typeError(`'${typeName(nd)}' object cannot be interpreted as an integer`);
    try {
      return new PyFloat(roundFloat(x, typeof n === "bigint" ? (n > 0n ? 400 : -400) : n));
    } catch (e) {
      return rethrowAlgo(e);
    }
  },
  __hash__: ([a]) => (fv(a) !== fv(a) ? idHash(a) : floatHash(fv(a))),
  __repr__: ([a]) => floatRepr(fv(a)),
  __format__: ([a, spec]) => {
    const s = asStr(spec);
    if (s === null) throw typeError(`format() argument 2 must be str, not ${typeName(spec)}`);
    if (s === "") return floatRepr(fv(a));
    try {
      return formatFloat(fv(a), s, typeName(a));
    } catch (e) {
      return rethrowAlgo(e);
    }
  },
  is_integer: ([a]) => Number.isInteger(fv(a)),
  as_integer_ratio: ([a]) => newTuple(floatRatio(fv(a))),
  conjugate: ([a]) => new PyFloat(fv(a)),
  hex: ([a]) => floatHex(fv(a)),
  __getnewargs__: ([a]) => newTuple([new PyFloat(fv(a))]),
});
defineGetters(floatType, {
  real: (a) => new PyFloat(fv(a)),
  imag: () => new PyFloat(0),
});

function floatHex(x: number): string {
  if (x !== x) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  const sign = x < 0 || Object.is(x, -0) ? "-" : "";
  x = Math.abs(x);
  if (x === 0) return sign + "0x0.0p+0";
  let e = Math.floor(Math.log2(x));
  if (e < -1022) e = -1022;
  let m = x / 2 ** e;
  while (m >= 2) { m /= 2; e++; }
  while (m < 1 && e > -1022) { m *= 2; e--; }
  const lead = Math.floor(m);
  let frac = m - lead;
  let hex = "";
  for (let i = 0; i < 13; i++) {
    frac *= 16;
    const d = Math.floor(frac);
    hex += d.toString(16);
    frac -= d;
  }
  return `${sign}0x${lead}.${hex}p${e >= 0 ? "+" : ""}${e}`;
}

// ---- complex ----

function complexRepr(c: PyComplex): string {
  const part = (v: number) => {
    if (Number.isInteger(v) && Math.abs(v) < 1e16) return Object.is(v, -0) ? "-0" : String(v);
    return floatRepr(v);
  };
  if (c.real === 0 && !Object.is(c.real, -0)) return part(c.imag) + "j";
  const im = c.imag;
  const sign = im < 0 || Object.is(im, -0) || (im !== im && false) ? "-" : "+";
  return `(${part(c.real)}${sign}${part(Math.abs(im))}j)`;
}

function parseComplex(str: string): [number, number] {
  const s = str.trim().replace(/^\((.*)\)$/, "$1").trim();
  const num = "(?:\\d[\\d_]*\\.?[\\d_]*|\\.\\d[\\d_]*)(?:[eE][+-]?\\d+)?|inf(?:inity)?|nan";
  let m = new RegExp(`^([+-]?(?:${num}))$`, "i").exec(s);
  if (m) return [parseFloat(m[1]), 0];
  m = new RegExp(`^([+-]?(?:${num}))?([+-](?:${num})?)[jJ]$`, "i").exec(s);
  if (m) {
    const im = m[2] === "+" ? 1 : m[2] === "-" ? -1 : parseFloat(m[2]);
    return [m[1] ? parseFloat(m[1]) : 0, im];
  }
  m = new RegExp(`^((?:${num}))?[jJ]$`, "i").exec(s);
  if (m) return [0, m[1] ? parseFloat(m[1]) : 1];
  throw new Error("malformed");
}

function* complexNew(args: PyObject[], kwargs: KwArgs | null): NativeGen {
  const cls = args[0] as PyType;
  const a = args.slice(1);
  if (kwargs !== null) {
    const r = kwargs.get("real"), i = kwargs.get("imag");
    if (r !== undefined) a[0] = r;
    if (i !== undefined) {
      if (a.length === 0) a[0] = 0;
      a[1] = i;
    }
  }
  let re = 0, im = 0;
  if (a.length > 0) {
    const x = a[0];
    if (x instanceof PyComplex) {
      re = x.real;
      im = x.imag;
    } else if (asStr(x) !== null) {
      try {
        [re, im] = parseComplex(asStr(x)!);
      } catch {
        throw valueError("complex() arg is a malformed string");
      }
    } else re = yield* toFloatGen(x);
  }
  if (a.length > 1) {
    const y = a[1];
    if (y instanceof PyComplex) {
      re -= y.imag;
      im += y.real;
    } else im += yield* toFloatGen(y);
  }
  return new PyComplex(re, im, cls);
}
complexType.dict.set("__new__", new PyBuiltin("__new__", complexNew as never, true, complexType, "complex.__new__"));

function cparts(x: PyObject): [number, number] | null {
  if (x instanceof PyComplex) return [x.real, x.imag];
  const f = floatOf(x);
  return f === null ? null : [f, 0];
}

const carith: Record<string, (a: PyObject[]) => PyObject> = {};
for (const op of [BinOp.Add, BinOp.Sub, BinOp.Mul, BinOp.TrueDiv, BinOp.Pow]) {
  carith[binOpNames[op]] = ([a, b]) => {
    const y = cparts(b);
    const x = a as PyComplex;
    return y === null ? NotImplemented : complexBinary(x.real, x.imag, y[0], y[1], op);
  };
  carith[binOpRNames[op]] = ([a, b]) => {
    const y = cparts(b);
    const x = a as PyComplex;
    return y === null ? NotImplemented : complexBinary(y[0], y[1], x.real, x.imag, op);
  };
}
defineMethods(complexType, carith);
defineMethods(complexType, {
  __repr__: ([a]) => complexRepr(a as PyComplex),
  __eq__: ([a, b]) => {
    const y = cparts(b);
    const x = a as PyComplex;
    return y === null ? NotImplemented : x.real === y[0] && x.imag === y[1];
  },
  __ne__: ([a, b]) => {
    const y = cparts(b);
    const x = a as PyComplex;
    return y === null ? NotImplemented : !(x.real === y[0] && x.imag === y[1]);
  },
  __neg__: ([a]) => new PyComplex(-(a as PyComplex).real, -(a as PyComplex).imag),
  __pos__: ([a]) => new PyComplex((a as PyComplex).real, (a as PyComplex).imag),
  __abs__: ([a]) => new PyFloat(Math.hypot((a as PyComplex).real, (a as PyComplex).imag)),
  __bool__: ([a]) => (a as PyComplex).real !== 0 || (a as PyComplex).imag !== 0,
  conjugate: ([a]) => new PyComplex((a as PyComplex).real, -(a as PyComplex).imag),
});
defineGetters(complexType, {
  real: (a) => new PyFloat((a as PyComplex).real),
  imag: (a) => new PyFloat((a as PyComplex).imag),
});

export { CmpOp };
