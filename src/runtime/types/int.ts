// int.ts (types) — the methods of int and bool: construction (int(x, base), bool(x)), the arithmetic and
// comparison dunders the generic operators dispatch to, __format__, bit_length/bit_count/to_bytes/
// from_bytes/as_integer_ratio, and the numerator/denominator/real/imag attributes.
import {
  PyObject, PyType, PyFloat, PyIntSub, PyStrSub, PyBytes, PyByteArray, KwArgs, NotImplemented, None,
  typeOf, typeName, intType, boolType, newTuple,
} from "../object.js";
import * as I from "../int-ops.js";
import { parseInt as parseIntStr, intToString } from "../int-str.js";
import { intHash } from "../num-hash.js";
import {
  PyBuiltin, PyMethodDescr, defineMethods, defineGetters, defineClassMethods,
} from "../builtin-function.js";
import { typeError, valueError, overflowError } from "../exceptions.js";
import { BinOp, intBinary, binOpNames, binOpRNames, numUnary, UnOp } from "../ops-arith.js";
import { builtinCompare, cmpNames } from "../ops-compare.js";
import { asIndex, asStr, truthGen } from "../ops-object.js";
import { callMethodGen, type Gen } from "../ops-call.js";
import { rethrowAlgo } from "../ops-error.js";
import { formatInt } from "../format-spec.js";
import { bindArgs, noArgs } from "../arg-parse.js";
import type { NativeGen } from "../protocol.js";

/** The int value of an int-like; callers have checked the type. */
function iv(x: PyObject): I.Int {
  return asIndex(x)!;
}

function intOrNull(x: PyObject): I.Int | null {
  return asIndex(x);
}

/** Makes the result of int(...) for `cls` (a subclass wraps the value). */
export function intOfClass(cls: PyType, v: I.Int): PyObject {
  return cls === intType ? v : new PyIntSub(v, cls);
}

/** int(x) for a value without a base: int, bool, float, str, bytes, or via __int__/__index__/__trunc__. */
export function* toIntGen(x: PyObject): Gen<I.Int> {
  const i = asIndex(x);
  if (i !== null) return i;
  try {
    if (x instanceof PyFloat) return I.floatToInt(x.value);
    const s = asStr(x);
    if (s !== null) return parseIntStr(s, 10);
    if (x instanceof PyBytes || x instanceof PyByteArray) {
      return parseIntStr(latin1(x instanceof PyBytes ? x.data : x.data.subarray(0, x.length)), 10);
    }
  } catch (e) {
    rethrowAlgo(e);
  }
  const t = typeOf(x);
  for (const name of ["__int__", "__index__", "__trunc__"]) {
    const m = t.lookup(name);
    if (m === undefined || m === None) continue;
    const r = yield* callMethodGen(m, x, []);
    const v = asIndex(r);
    if (v === null) {
      if (name === "__trunc__") return yield* toIntGen(r);
      throw typeError(`${name} returned non-int (type ${typeName(r)})`);
    }
    return v;
  }
  throw typeError(`int() argument must be a string, a bytes-like object or a real number, not '${t.name}'`);
}

function latin1(d: Uint8Array): string {
  let s = "";
  for (let i = 0; i < d.length; i++) s += String.fromCharCode(d[i]);
  return s;
}

function* intNew(args: PyObject[], kwargs: KwArgs | null): NativeGen {
  const cls = args[0] as PyType;
  if (kwargs !== null && kwargs.has("x")) throw typeError("'x' is an invalid keyword argument for int()");
  const [x, base] = bindArgs("int", args.slice(1), kwargs, ["x", "base"], 0);
  if (x === undefined) {
    if (base !== undefined) throw typeError("int() missing string argument");
    return intOfClass(cls, 0);
  }
  if (base === undefined) return intOfClass(cls, yield* toIntGen(x));
  const b = asIndex(base);
  if (b === null) throw typeError(`'${typeName(base)}' object cannot be interpreted as an integer`);
  if (typeof b !== "number" || (b !== 0 && (b < 2 || b > 36))) throw valueError("int() base must be >= 2 and <= 36, or 0");
  let s = asStr(x);
  if (s === null && (x instanceof PyBytes || x instanceof PyByteArray)) s = latin1(x instanceof PyBytes ? x.data : x.data.subarray(0, x.length));
  if (s === null) throw typeError("int() can't convert non-string with explicit base");
  try {
    return intOfClass(cls, parseIntStr(s, b));
  } catch (e) {
    return rethrowAlgo(e);
  }
}
intType.dict.set("__new__", new PyBuiltin("__new__", intNew as never, true, intType, "int.__new__"));

function* boolNew(args: PyObject[], kwargs: KwArgs | null): NativeGen {
  if (kwargs !== null && kwargs.size > 0) throw typeError("bool() takes no keyword arguments");
  if (args.length > 2) throw typeError(`bool expected at most 1 argument, got ${args.length - 1}`);
  if (args.length === 1) return false;
  return yield* truthGen(args[1]);
}
boolType.dict.set("__new__", new PyBuiltin("__new__", boolNew as never, true, boolType, "bool.__new__"));

// Arithmetic dunders: int OP int only (mixed int/float goes to float's reflected methods).
const arith: Record<string, (a: PyObject[]) => PyObject> = {};
for (let op = 0; op <= BinOp.Xor; op++) {
  if (op === BinOp.MatMul) continue;
  arith[binOpNames[op]] = ([a, b]) => {
    const y = intOrNull(b);
    if (y === null) return NotImplemented;
    if (typeof a === "boolean" && typeof b === "boolean") {
      if (op === BinOp.And) return a && b;
      if (op === BinOp.Or) return a || b;
      if (op === BinOp.Xor) return a !== b;
    }
    return intBinary(iv(a), y, op);
  };
  arith[binOpRNames[op]] = ([a, b]) => {
    const x = intOrNull(b);
    if (x === null) return NotImplemented;
    if (typeof a === "boolean" && typeof b === "boolean") {
      if (op === BinOp.And) return a && b;
      if (op === BinOp.Or) return a || b;
      if (op === BinOp.Xor) return a !== b;
    }
    return intBinary(x, iv(a), op);
  };
}
for (let op = 0; op < 6; op++) {
  arith[cmpNames[op]] = ([a, b]) => builtinCompare(a, b, op);
}
defineMethods(intType, arith);

function powMethod([a, b, m]: PyObject[]): PyObject {
  const y = intOrNull(b);
  if (y === null) return NotImplemented;
  if (m === undefined || m === None) return intBinary(iv(a), y, BinOp.Pow);
  const z = intOrNull(m);
  if (z === null) return NotImplemented;
  try {
    return I.powMod(iv(a), y, z);
  } catch (e) {
    return rethrowAlgo(e);
  }
}

function divmodOf(x: I.Int, y: I.Int): PyObject {
  try {
    const [q, r] = I.divmod(x, y);
    return newTuple([q, r]);
  } catch (e) {
    return rethrowAlgo(e);
  }
}

/** round(int, ndigits): rounds half to even at a power of ten (Objects/longobject.c long_round). */
export function intRound(v: I.Int, nd: I.Int): I.Int {
  if (nd >= 0) return v;
  const p = I.pow(10, I.neg(nd));
  const q = I.floordiv(v, p);
  const r = I.sub(v, I.mul(q, p));
  const twice = I.mul(r, 2);
  let qq = q;
  const c = I.compare(twice, p);
  if (c > 0 || (c === 0 && I.mod(q, 2) === 1)) qq = I.add(q, 1);
  return I.mul(qq, p);
}

defineMethods(intType, {
  __pow__: powMethod,
  __rpow__: ([a, b, m]) => {
    const x = intOrNull(b);
    if (x === null) return NotImplemented;
    return powMethod([x, a, m === undefined ? None : m]);
  },
  __divmod__: ([a, b]) => {
    const y = intOrNull(b);
    return y === null ? NotImplemented : divmodOf(iv(a), y);
  },
  __rdivmod__: ([a, b]) => {
    const x = intOrNull(b);
    return x === null ? NotImplemented : divmodOf(x, iv(a));
  },
  __neg__: ([a]) => numUnary(iv(a), UnOp.Neg),
  __pos__: ([a]) => iv(a),
  __invert__: ([a]) => numUnary(iv(a), UnOp.Invert),
  __abs__: ([a]) => I.abs(iv(a)),
  __bool__: ([a]) => iv(a) !== 0,
  __int__: ([a]) => iv(a),
  __index__: ([a]) => iv(a),
  __trunc__: ([a]) => iv(a),
  __floor__: ([a]) => iv(a),
  __ceil__: ([a]) => iv(a),
  __float__: ([a]) => {
    try {
      return new PyFloat(I.toFloat(iv(a)));
    } catch (e) {
      return rethrowAlgo(e);
    }
  },
  __round__: ([a, nd]) => {
    if (nd === undefined || nd === None) return iv(a);
    const n = asIndex(nd);
    if (n === null) throw typeError(`'${typeName(nd)}' object cannot be interpreted as an integer`);
    return intRound(iv(a), n);
  },
  __hash__: ([a]) => intHash(iv(a)),
  __repr__: ([a]) => {
    if (typeof a === "boolean") return a ? "True" : "False";
    try {
      return intToString(iv(a));
    } catch (e) {
      return rethrowAlgo(e);
    }
  },
  __format__: ([a, spec]) => {
    const s = asStr(spec);
    if (s === null) throw typeError(`format() argument 2 must be str, not ${typeName(spec)}`);
    if (s === "" && typeof a === "boolean") return a ? "True" : "False";
    try {
      return formatInt(iv(a), s, typeName(a));
    } catch (e) {
      return rethrowAlgo(e);
    }
  },
  __getnewargs__: ([a]) => newTuple([iv(a)]),
  __sizeof__: ([a]) => 28,
  conjugate: ([a]) => iv(a),
  bit_length: ([a]) => I.bitLength(iv(a)),
  bit_count: ([a]) => {
    const v = I.abs(iv(a));
    let n = 0;
    for (const c of v.toString(2)) if (c === "1") n++;
    return n;
  },
  as_integer_ratio: ([a]) => newTuple([iv(a), 1]),
  to_bytes: (args, kwargs) => {
    const [length, byteorder, signed] = bindArgs("to_bytes", args.slice(1), kwargs, ["length", "byteorder", "signed"], 0);
    return intToBytes(iv(args[0]), length === undefined ? 1 : length, byteorder === undefined ? "big" : byteorder, signed === true);
  },
});

function intToBytes(v: I.Int, lengthObj: PyObject, orderObj: PyObject, signed: boolean): PyObject {
  const len = asIndex(lengthObj);
  if (len === null) throw typeError(`'${typeName(lengthObj)}' object cannot be interpreted as an integer`);
  if (len < 0) throw valueError("length argument must be non-negative");
  const order = asStr(orderObj);
  if (order !== "big" && order !== "little") throw valueError("byteorder must be either 'little' or 'big'");
  let b = I.big(v);
  if (b < 0n && !signed) throw overflowError("can't convert negative int to unsigned");
  const n = Number(len);
  const bits = BigInt(n * 8);
  if (signed) {
    const lim = 1n << (bits - 1n);
    if (n === 0 ? b !== 0n : b >= lim || b < -lim) throw overflowError("int too big to convert");
    if (b < 0n) b += 1n << bits;
  } else if (b >= 1n << bits) throw overflowError("int too big to convert");
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    out[order === "big" ? n - 1 - i : i] = Number(b & 0xffn);
    b >>= 8n;
  }
  return new PyBytes(out);
}

// The METH_NOARGS methods reject extra arguments: "int.bit_length() takes no arguments (1 given)".
for (const name of ["bit_length", "bit_count", "as_integer_ratio", "conjugate", "__neg__", "__abs__", "__index__"]) {
  const d = intType.dict.get(name) as PyMethodDescr;
  const fn = d.fn as (a: PyObject[], k: KwArgs | null) => PyObject;
  intType.dict.set(name, new PyMethodDescr(intType, name, (args, kwargs) => {
    noArgs(`int.${name}`, args.length - 1);
    return fn(args, kwargs);
  }, false));
}
intType.changed();
defineClassMethods(intType, {
  from_bytes: (args, kwargs) => {
    const cls = args[0] as PyType;
    const [bytesObj, byteorder, signed] = bindArgs("from_bytes", args.slice(1), kwargs, ["bytes", "byteorder", "signed"], 1);
    let data: Uint8Array;
    if (bytesObj instanceof PyBytes) data = bytesObj.data;
    else if (bytesObj instanceof PyByteArray) data = bytesObj.data.subarray(0, bytesObj.length);
    else throw typeError(`cannot convert '${typeName(bytesObj!)}' object to bytes`);
    const order = byteorder === undefined ? "big" : asStr(byteorder);
    if (order !== "big" && order !== "little") throw valueError("byteorder must be either 'little' or 'big'");
    let r = 0n;
    for (let i = 0; i < data.length; i++) {
      const byte = data[order === "big" ? i : data.length - 1 - i];
      r = (r << 8n) | BigInt(byte);
    }
    if (signed === true && data.length > 0 && r >= 1n << BigInt(data.length * 8 - 1)) r -= 1n << BigInt(data.length * 8);
    return intOfClass(cls, I.normBig(r));
  },
});
defineGetters(intType, {
  real: (a) => iv(a),
  imag: () => 0,
  numerator: (a) => iv(a),
  denominator: () => 1,
});

defineMethods(boolType, {
  __repr__: ([a]) => (a === true ? "True" : "False"),
});

export { PyStrSub };
