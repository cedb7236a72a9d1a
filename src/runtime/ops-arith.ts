// ops-arith.ts — binary and unary operators: the numeric tower (int as number|bigint, bool, float,
// complex), sequence + and *, and CPython's dispatch with reflected operands, subclass priority,
// NotImplemented and in-place fallbacks (Objects/abstract.c binary_op1, PyNumber_InPlace*).
import {
  PyObject, PyObj, PyType, PyFloat, PyComplex, PyIntSub, PyList, PyTuple, PyStrSub, PyBytes, PyByteArray,
  NotImplemented, None, typeOf, typeName, floatType, listType, tupleType, complexType, newTuple,
} from "./object.js";
import * as I from "./int-ops.js";
import { typeError, zeroDivisionError } from "./exceptions.js";
import { PyMethodDescr } from "./builtin-function.js";
import { callMethodGen, type Gen } from "./ops-call.js";
import { rethrowAlgo } from "./ops-error.js";
import { asIndex, indexGen } from "./ops-object.js";
import type { NativeGen } from "./protocol.js";

/** BINARY_OP's argument, as in CPython 3.11 (Include/opcode.h NB_*); in-place forms are +13. */
export const enum BinOp {
  Add = 0, And, FloorDiv, LShift, MatMul, Mul, Mod, Or, Pow, RShift, Sub, TrueDiv, Xor,
  InplaceAdd, InplaceAnd, InplaceFloorDiv, InplaceLShift, InplaceMatMul, InplaceMul, InplaceMod, InplaceOr,
  InplacePow, InplaceRShift, InplaceSub, InplaceTrueDiv, InplaceXor,
}
export const INPLACE = 13;
export const binOpSymbols = ["+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"];
const BASE = ["add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow", "rshift", "sub", "truediv", "xor"];
export const binOpNames = BASE.map((n) => `__${n}__`);
export const binOpRNames = BASE.map((n) => `__r${n}__`);
export const binOpINames = BASE.map((n) => `__i${n}__`);

export const enum UnOp { Neg, Pos, Invert }
const unarySymbols = ["-", "+", "~"];
const unaryNames = ["__neg__", "__pos__", "__invert__"];

/** The int value of int, bool or an int subclass; null otherwise. */
function intOf(x: PyObject): I.Int | null {
  switch (typeof x) {
    case "number":
    case "bigint":
      return x;
    case "boolean":
      return x ? 1 : 0;
  }
  return x instanceof PyIntSub ? x.value : null;
}

/** The float value of float, int, bool (ints converted), or null. */
function floatOf(x: PyObject): number | null {
  if (x instanceof PyFloat) return x.value;
  const i = intOf(x);
  if (i === null) return null;
  try {
    return I.toFloat(i);
  } catch (e) {
    return rethrowAlgo(e);
  }
}

/** int OP int; both already plain ints. */
export function intBinary(a: I.Int, b: I.Int, op: number): PyObject {
  try {
    switch (op) {
      case BinOp.Add: return I.add(a, b);
      case BinOp.Sub: return I.sub(a, b);
      case BinOp.Mul: return I.mul(a, b);
      case BinOp.FloorDiv: return I.floordiv(a, b);
      case BinOp.Mod: return I.mod(a, b);
      case BinOp.TrueDiv: return new PyFloat(I.trueDiv(a, b));
      case BinOp.Pow:
        if (b < 0) {
          if (a === 0) throw zeroDivisionError("0.0 cannot be raised to a negative power");
          return new PyFloat(I.intPowNegative(a, b));
        }
        return I.pow(a, b);
      case BinOp.LShift: return I.lshift(a, b);
      case BinOp.RShift: return I.rshift(a, b);
      case BinOp.And: return I.and(a, b);
      case BinOp.Or: return I.or(a, b);
      case BinOp.Xor: return I.xor(a, b);
    }
  } catch (e) {
    rethrowAlgo(e);
  }
  return NotImplemented;
}

/** float OP float. */
export function floatBinary(a: number, b: number, op: number): PyObject {
  try {
    switch (op) {
      case BinOp.Add: return new PyFloat(a + b);
      case BinOp.Sub: return new PyFloat(a - b);
      case BinOp.Mul: return new PyFloat(a * b);
      case BinOp.TrueDiv: return new PyFloat(I.floatDiv(a, b));
      case BinOp.FloorDiv: return new PyFloat(I.floatFloorDiv(a, b));
      case BinOp.Mod: return new PyFloat(I.floatMod(a, b));
      case BinOp.Pow: {
        const r = I.floatPow(a, b);
        if (r === null) return complexBinary(a, 0, b, 0, op);
        return new PyFloat(r);
      }
    }
  } catch (e) {
    rethrowAlgo(e);
  }
  return NotImplemented;
}

/** complex OP complex (CPython Objects/complexobject.c). */
export function complexBinary(ar: number, ai: number, br: number, bi: number, op: number): PyObject {
  switch (op) {
    case BinOp.Add: return new PyComplex(ar + br, ai + bi);
    case BinOp.Sub: return new PyComplex(ar - br, ai - bi);
    case BinOp.Mul: return new PyComplex(ar * br - ai * bi, ar * bi + ai * br);
    case BinOp.TrueDiv: {
      if (br === 0 && bi === 0) throw zeroDivisionError("complex division by zero");
      const abr = Math.abs(br), abi = Math.abs(bi);
      if (abr >= abi) {
        const ratio = bi / br, denom = br + bi * ratio;
        return new PyComplex((ar + ai * ratio) / denom, (ai - ar * ratio) / denom);
      }
      const ratio = br / bi, denom = br * ratio + bi;
      return new PyComplex((ar * ratio + ai) / denom, (ai * ratio - ar) / denom);
    }
    case BinOp.Pow: {
      if (br === 0 && bi === 0) return new PyComplex(1, 0);
      // CPython's complex_pow uses repeated multiplication for small integral exponents (c_powi).
      if (bi === 0 && Number.isInteger(br) && Math.abs(br) <= 100) {
        let n = Math.abs(br), xr = ar, xi = ai, rr = 1, ri = 0;
        while (n > 0) {
          if (n & 1) [rr, ri] = [rr * xr - ri * xi, rr * xi + ri * xr];
          n >>= 1;
          if (n > 0) [xr, xi] = [xr * xr - xi * xi, 2 * xr * xi];
        }
        if (br < 0) return complexBinary(1, 0, rr, ri, BinOp.TrueDiv);
        return new PyComplex(rr, ri);
      }
      if (ar === 0 && ai === 0) {
        if (bi !== 0 || br < 0) throw zeroDivisionError("0.0 to a negative or complex power");
        return new PyComplex(0, 0);
      }
      const vabs = Math.hypot(ar, ai);
      let len = Math.pow(vabs, br);
      const at = Math.atan2(ai, ar);
      let phase = at * br;
      if (bi !== 0) {
        len /= Math.exp(at * bi);
        phase += bi * Math.log(vabs);
      }
      return new PyComplex(len * Math.cos(phase), len * Math.sin(phase));
    }
  }
  return NotImplemented;
}

function complexParts(x: PyObject): [number, number] | null {
  if (x instanceof PyComplex) return [x.real, x.imag];
  const f = floatOf(x);
  return f === null ? null : [f, 0];
}

/**
 * The numeric meaning of `a OP b` for builtin numbers (int, bool, float, complex and their subclasses'
 * values), or NotImplemented. This is what int.__add__, float.__radd__ … compute.
 */
export function numBinary(a: PyObject, b: PyObject, op: number): PyObject {
  const ia = intOf(a), ib = intOf(b);
  if (ia !== null && ib !== null) {
    if (typeof a === "boolean" && typeof b === "boolean") {
      if (op === BinOp.And) return a && b;
      if (op === BinOp.Or) return a || b;
      if (op === BinOp.Xor) return a !== b;
    }
    return intBinary(ia, ib, op);
  }
  if (a instanceof PyComplex || b instanceof PyComplex) {
    const ca = complexParts(a), cb = complexParts(b);
    if (ca === null || cb === null) return NotImplemented;
    return complexBinary(ca[0], ca[1], cb[0], cb[1], op);
  }
  const fa = floatOf(a);
  if (fa === null) return NotImplemented;
  const fb = floatOf(b);
  if (fb === null) return NotImplemented;
  return floatBinary(fa, fb, op);
}

// ---- sequences ----

function seqConcat(a: PyObject, b: PyObject): PyObject {
  if (typeof a === "string" || a instanceof PyStrSub) {
    const sb = typeof b === "string" ? b : b instanceof PyStrSub ? b.value : null;
    if (sb === null) throw typeError(`can only concatenate str (not "${typeName(b)}") to str`);
    return (typeof a === "string" ? a : a.value) + sb;
  }
  if (a instanceof PyList) {
    if (!(b instanceof PyList)) throw typeError(`can only concatenate list (not "${typeName(b)}") to list`);
    return new PyList(a.items.concat(b.items));
  }
  if (a instanceof PyTuple) {
    if (!(b instanceof PyTuple)) throw typeError(`can only concatenate tuple (not "${typeName(b)}") to tuple`);
    return newTuple(a.items.concat(b.items));
  }
  if (a instanceof PyBytes || a instanceof PyByteArray) return bytesConcat(a, b);
  return NotImplemented;
}

/** bytes + bytes-like (bytes.ts installs the real one; kept here as a hook to avoid an import cycle). */
export let bytesConcat: (a: PyObject, b: PyObject) => PyObject = () => NotImplemented;
export function setBytesConcat(f: (a: PyObject, b: PyObject) => PyObject): void {
  bytesConcat = f;
}
export let bytesRepeat: (a: PyObject, n: number) => PyObject = () => NotImplemented;
export function setBytesRepeat(f: (a: PyObject, n: number) => PyObject): void {
  bytesRepeat = f;
}

function isSequence(x: PyObject): boolean {
  return typeof x === "string" || x instanceof PyStrSub || x instanceof PyList || x instanceof PyTuple ||
    x instanceof PyBytes || x instanceof PyByteArray;
}

const MAX_REPEAT = 2 ** 31;

/** seq * n (n an int-like), CPython's sq_repeat; TypeError for non-int n. */
export function seqRepeat(seq: PyObject, n: PyObject): PyObject {
  const k = asIndex(n);
  if (k === null) throw typeError(`can't multiply sequence by non-int of type '${typeName(n)}'`);
  let count = typeof k === "bigint" ? (k > 0n ? Infinity : 0) : k;
  if (count < 0) count = 0;
  if (typeof seq === "string" || seq instanceof PyStrSub) {
    const s = typeof seq === "string" ? seq : seq.value;
    if (s.length === 0 || count === 0) return "";
    if (s.length * count > MAX_REPEAT) throw memoryError();
    return s.repeat(count);
  }
  if (seq instanceof PyList || seq instanceof PyTuple) {
    const items = seq.items;
    if (items.length * count > MAX_REPEAT) throw memoryError();
    const out: PyObject[] = new Array(items.length * count);
    for (let r = 0, j = 0; r < count; r++) for (let i = 0; i < items.length; i++) out[j++] = items[i];
    return seq instanceof PyList ? new PyList(out) : newTuple(out);
  }
  if (count > MAX_REPEAT) throw memoryError();
  return bytesRepeat(seq, count);
}

function memoryError(): PyObj {
  return typeError("cannot fit 'int' into an index-sized integer");
}

/** Sequence-protocol methods (str.__add__, list.__mul__ …) that binary_op1 must not see as number slots. */
export const seqSlots = new Set<PyObject>();

// ---- plain path ----

/** a OP b without Python, or undefined when the generic path must run. */
export function binaryOpFast(a: PyObject, b: PyObject, op: number): PyObject | undefined {
  const base = op >= INPLACE ? op - INPLACE : op;
  if (typeof a === "number" && typeof b === "number") {
    switch (base) {
      case BinOp.Add: {
        const r = a + b;
        if (r <= 9007199254740991 && r >= -9007199254740991) return r;
        break;
      }
      case BinOp.Sub: {
        const r = a - b;
        if (r <= 9007199254740991 && r >= -9007199254740991) return r;
        break;
      }
      case BinOp.Mul: {
        const r = a * b;
        if (r <= 9007199254740991 && r >= -9007199254740991) return r + 0;
        break;
      }
    }
    return intBinary(a, b, base);
  }
  const ta = typeof a, tb = typeof b;
  if (ta === "object" || tb === "object") {
    if (a instanceof PyFloat && a.type === floatType) {
      if (b instanceof PyFloat && b.type === floatType) return floatBinary(a.value, b.value, base);
      if (tb === "number" || tb === "bigint" || tb === "boolean") return numBinary(a, b, base);
      return undefined;
    }
    if (b instanceof PyFloat && b.type === floatType) {
      if (ta === "number" || ta === "bigint" || ta === "boolean") return numBinary(a, b, base);
      return undefined;
    }
    if (a instanceof PyList && a.type === listType) {
      if (base === BinOp.Add && b instanceof PyList && b.type === listType) {
        if (op === BinOp.InplaceAdd) {
          const items = a.items, bi = b.items, n = bi.length;
          for (let i = 0; i < n; i++) items.push(bi[i]);
          return a;
        }
        return new PyList(a.items.concat(b.items));
      }
      if (base === BinOp.Mul && (tb === "number" || tb === "boolean") && op !== BinOp.InplaceMul) return seqRepeat(a, b);
      return undefined;
    }
    if (a instanceof PyTuple && a.type === tupleType) {
      if (base === BinOp.Add && b instanceof PyTuple && b.type === tupleType) return newTuple(a.items.concat(b.items));
      if (base === BinOp.Mul && (tb === "number" || tb === "boolean")) return seqRepeat(a, b);
    }
    return undefined;
  }
  if (ta === "string") {
    if (tb === "string") {
      if (base === BinOp.Add) return (a as string) + (b as string);
      return undefined;
    }
    if (base === BinOp.Mul && (tb === "number" || tb === "boolean")) return seqRepeat(a, b);
    return undefined;
  }
  if (tb === "string") {
    if (base === BinOp.Mul && (ta === "number" || ta === "boolean")) return seqRepeat(b, a);
    return undefined;
  }
  return numBinary(a, b, base); // ints, bigints, bools
}

// ---- generic path ----

function* callSlot(m: PyObject, self: PyObject, other: PyObject): Gen<PyObject> {
  if (m instanceof PyMethodDescr && !m.isGen) return (m.fn as (a: PyObject[], k: null) => PyObject)([self, other], null);
  return yield* callMethodGen(m, self, [other]);
}

function slot(t: PyType, name: string): PyObject | undefined {
  const m = t.lookup(name);
  if (m === undefined || m === None || seqSlots.has(m)) return undefined;
  return m;
}

/** CPython's binary_op1: a.__op__(b), then b.__rop__(a), the subclass's reflected method first. */
export function* binaryOp1Gen(a: PyObject, b: PyObject, op: number): Gen<PyObject> {
  const ta = typeOf(a), tb = typeOf(b);
  const sa = slot(ta, binOpNames[op]);
  let sb = ta !== tb ? slot(tb, binOpRNames[op]) : undefined;
  if (sb !== undefined && tb.isSubtypeOf(ta) && sb !== slot(ta, binOpRNames[op])) {
    const r = yield* callSlot(sb, b, a);
    if (r !== NotImplemented) return r;
    sb = undefined;
  }
  if (sa !== undefined) {
    const r = yield* callSlot(sa, a, b);
    if (r !== NotImplemented) return r;
  }
  if (sb !== undefined) {
    const r = yield* callSlot(sb, b, a);
    if (r !== NotImplemented) return r;
  }
  return NotImplemented;
}

/** a OP b (op a BinOp, in-place forms included) with all of Python's rules. */
export function* binaryOpGen(a: PyObject, b: PyObject, op: number): NativeGen {
  const fast = binaryOpFast(a, b, op);
  if (fast !== undefined && fast !== NotImplemented) return fast;
  let base = op;
  if (op >= INPLACE) {
    base = op - INPLACE;
    const im = slot(typeOf(a), binOpINames[base]);
    if (im !== undefined) {
      const r = yield* callSlot(im, a, b);
      if (r !== NotImplemented) return r;
    } else if (base === BinOp.Add && a instanceof PyList) {
      const im2 = typeOf(a).lookup("__iadd__");
      if (im2 !== undefined) return yield* callSlot(im2, a, b);
    }
  }
  const r = yield* binaryOp1Gen(a, b, base);
  if (r !== NotImplemented) return r;
  if (base === BinOp.Add && isSequence(a)) {
    const c = seqConcat(a, b);
    if (c !== NotImplemented) return c;
  }
  if (base === BinOp.Mul) {
    if (isSequence(a)) return seqRepeat(a, (typeof b === "object" ? yield* indexGen(b) : null) ?? b);
    if (isSequence(b)) return seqRepeat(b, (typeof a === "object" ? yield* indexGen(a) : null) ?? a);
  }
  const sym = binOpSymbols[base] + (op >= INPLACE ? "=" : "");
  throw typeError(`unsupported operand type(s) for ${sym}: '${typeName(a)}' and '${typeName(b)}'`);
}

/** pow(a, b, m). */
export function* ternaryPowGen(a: PyObject, b: PyObject, m: PyObject): NativeGen {
  if (m === None) return yield* binaryOpGen(a, b, BinOp.Pow);
  const ia = intOf(a), ib = intOf(b), im = intOf(m);
  if (ia !== null && ib !== null && im !== null) {
    try {
      return I.powMod(ia, ib, im);
    } catch (e) {
      rethrowAlgo(e);
    }
  }
  if ((ia !== null || a instanceof PyFloat) && (ib !== null || b instanceof PyFloat) && (im !== null || m instanceof PyFloat)) {
    throw typeError("pow() 3rd argument not allowed unless all arguments are integers");
  }
  const sa = slot(typeOf(a), "__pow__");
  if (sa !== undefined && !(typeof a !== "object")) {
    const r = yield* callMethodGen(sa, a, [b, m]);
    if (r !== NotImplemented) return r;
  }
  throw typeError(`unsupported operand type(s) for ** or pow(): '${typeName(a)}', '${typeName(b)}', '${typeName(m)}'`);
}

// ---- unary ----

export function unaryOpFast(a: PyObject, op: number): PyObject | undefined {
  const i = intOf(a);
  if (i !== null && (typeof a !== "object")) {
    if (op === UnOp.Neg) return I.neg(i);
    if (op === UnOp.Pos) return i;
    return I.invert(i);
  }
  if (a instanceof PyFloat && a.type === floatType) {
    if (op === UnOp.Neg) return new PyFloat(-a.value);
    if (op === UnOp.Pos) return a;
    throw badUnary(a, op);
  }
  return undefined;
}

function badUnary(a: PyObject, op: number): PyObj {
  return typeError(`bad operand type for unary ${unarySymbols[op]}: '${typeName(a)}'`);
}

/** What int/float/complex __neg__/__pos__/__invert__ compute (also for their subclasses' values). */
export function numUnary(a: PyObject, op: number): PyObject {
  const i = intOf(a);
  if (i !== null) return op === UnOp.Neg ? I.neg(i) : op === UnOp.Pos ? i : I.invert(i);
  if (a instanceof PyFloat) {
    if (op === UnOp.Invert) throw badUnary(a, op);
    return new PyFloat(op === UnOp.Neg ? -a.value : a.value);
  }
  if (a instanceof PyComplex) {
    if (op === UnOp.Invert) throw badUnary(a, op);
    return op === UnOp.Neg ? new PyComplex(-a.real, -a.imag) : new PyComplex(a.real, a.imag);
  }
  return NotImplemented;
}

export function* unaryOpGen(a: PyObject, op: number): NativeGen {
  const r = unaryOpFast(a, op);
  if (r !== undefined) return r;
  const m = typeOf(a).lookup(unaryNames[op]);
  if (m === undefined || m === None) throw badUnary(a, op);
  return yield* callMethodGen(m, a, []);
}

/** abs(x). */
export function* absGen(a: PyObject): NativeGen {
  const i = intOf(a);
  if (i !== null && typeof a !== "object") return I.abs(i);
  if (a instanceof PyFloat && a.type === floatType) return new PyFloat(Math.abs(a.value));
  const m = typeOf(a).lookup("__abs__");
  if (m === undefined || m === None) throw typeError(`bad operand type for abs(): '${typeName(a)}'`);
  return yield* callMethodGen(m, a, []);
}

export { complexType, intOf, floatOf };
