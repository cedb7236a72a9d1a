// decimal-type.ts — decimal.Decimal as a native Python type: construction (str, int, float, tuple,
// Decimal), the operators with int on either side, comparisons with int/float/Fraction, hash, the
// conversions (int, float, round, floor, ceil) and str/repr, following CPython 3.11's Modules/_decimal
// (docs.python.org/3.11/library/decimal.html#decimal-objects). The methods are in decimal-methods.ts.
import {
  PyObj, PyObject, PyType, PyFloat, PyTuple, PyIntSub, AttrMap, KwArgs, None, NotImplemented, typeOf, typeName,
  newTuple, newFloat, PyList, PyComplex, TypeFlag, PyBytes, PyByteArray,
} from "../runtime/object.js";
import { typeError, valueError, overflowError } from "../runtime/exceptions.js";
import { PyBuiltin, defineGenMethods, defineMethods, defineGetters } from "../runtime/builtin-function.js";
import { idHash } from "../runtime/ops-object.js";
import { getAttrGen } from "../runtime/ops-attr.js";
import { normBig, type Int } from "../runtime/int-ops.js";
import { nativeType, type Gen } from "./native-helpers.js";
import {
  Dec, FIN, INF, QNAN, SNAN, NAN, status, clearStatus, parseDec, fromBigInt, fromFloat, toSci, cmp, add, mul,
  div, divInt, rem, divmod, negate, plus, abs as decAbs, quantize, toBigInt, digits, ROUND_HALF_EVEN,
  ROUND_FLOOR, ROUND_CEILING, ROUND_DOWN, CONV_SYNTAX, FLOAT_OP, INVALID_OP,
} from "./decimal-num.js";
import { PyContext, currentContext, ctxArg, commit, addStatus } from "./decimal-context.js";
import { power, powerMod } from "./decimal-math.js";
import { formatDecimal } from "./decimal-format.js";

export const decimalType = nativeType("Decimal", "decimal");

export class PyDecimal extends PyObj {
  dict: AttrMap | null;
  constructor(readonly v: Dec, type: PyType = decimalType) {
    super(type);
    this.dict = type === decimalType ? null : new Map();
  }
}
decimalType.newInstance = (cls) => new PyDecimal(NAN, cls);
// Dicts and sets must hash and compare Decimal keys through __hash__/__eq__ (Decimal('1.0') meets 1).
decimalType.flags |= TypeFlag.UserEq | TypeFlag.UserHash;

export function wrap(d: Dec): PyDecimal { return new PyDecimal(d); }

/** The name CPython's messages use for x's type: 'decimal.Decimal' for the C type itself. */
export function tpName(x: PyObject): string {
  const t = typeOf(x);
  return t === decimalType ? "decimal.Decimal" : t === contextTypeRef.t ? "decimal.Context" : t.name;
}
export const contextTypeRef: { t: PyType | null } = { t: null };

/** An operand as a decimal value: Decimal or int (bool included), else null. */
export function asDec(x: PyObject): Dec | null {
  if (x instanceof PyDecimal) return x.v;
  if (typeof x === "number") return x < 0 || Object.is(x, -0) ? new Dec(1, BigInt(-x), 0, FIN) : new Dec(0, BigInt(x), 0, FIN);
  if (typeof x === "bigint") return fromBigInt(x);
  if (typeof x === "boolean") return new Dec(0, x ? 1n : 0n, 0, FIN);
  if (x instanceof PyIntSub) return fromBigInt(BigInt(x.value));
  return null;
}

/** A method's Decimal argument: Decimal or int, else "conversion from float to Decimal is not supported". */
export function decArg(x: PyObject): Dec {
  const d = asDec(x);
  if (d === null) throw typeError(`conversion from ${typeName(x)} to Decimal is not supported`);
  return d;
}

/** Runs one operation on ctx: conditions become flags, trapped ones exceptions. */
export function run<T>(ctx: PyContext, f: () => T): T {
  clearStatus();
  const r = f();
  if (status !== 0) commit(ctx);
  return r;
}

// ---- construction ----

/** Decimal(value) exactly (a string's digits are kept; ctx only decides about errors). */
export function construct(value: PyObject, ctx: PyContext): Dec {
  if (typeof value === "string") {
    const d = parseDec(value);
    if (d === null) {
      addStatus(ctx, CONV_SYNTAX);
      return NAN;
    }
    if (d.isNaN && d.coef !== 0n && digits(d.coef) > ctx.prec - ctx.clamp) {
      addStatus(ctx, CONV_SYNTAX);
      return NAN;
    }
    return d;
  }
  const i = asDec(value);
  if (i !== null) return i;
  if (value instanceof PyFloat) {
    addStatusQuiet(ctx, FLOAT_OP);
    return fromFloat(value.value);
  }
  if (value instanceof PyTuple || value instanceof PyList) return fromTuple(value.items);
  throw typeError(`conversion from ${typeName(value)} to Decimal is not supported`);
}

/** FloatOperation from a constructor: a flag, or the exception when trapped. */
function addStatusQuiet(ctx: PyContext, bits: number): void {
  addStatus(ctx, bits);
}

function fromTuple(items: PyObject[]): Dec {
  if (items.length !== 3) throw valueError("argument must be a sequence of length 3");
  const [s, ds, e] = items;
  if (!(s === 0 || s === 1 || s === false || s === true)) throw valueError("sign must be an integer with the value 0 or 1");
  const sign = s === 1 || s === true ? 1 : 0;
  let kind = FIN;
  let exp = 0;
  if (typeof e === "string") {
    if (e === "F") kind = INF;
    else if (e === "n") kind = QNAN;
    else if (e === "N") kind = SNAN;
    else throw valueError("string argument in the third position must be 'F', 'n' or 'N'");
  } else if (typeof e === "number") exp = e;
  else if (typeof e === "bigint") exp = Number(e);
  else throw valueError("exponent must be an integer");
  if (!(ds instanceof PyTuple || ds instanceof PyList)) throw valueError("coefficient must be a tuple of digits");
  let text = "";
  for (const x of ds.items) {
    if (typeof x !== "number" || !Number.isInteger(x) || x < 0 || x > 9) throw valueError("coefficient must be a tuple of digits");
    text += x;
  }
  const coef = text === "" ? 0n : BigInt(text);
  if (kind === INF) return new Dec(sign, 0n, 0, INF);
  return new Dec(sign, coef, kind === FIN ? exp : 0, kind);
}

function decimalNew(args: PyObject[], kwargs: KwArgs | null): PyObject {
  const cls = args[0] as PyType;
  let value: PyObject | undefined = args[1], context: PyObject | undefined = args[2];
  const given = args.length - 1 + (kwargs === null ? 0 : kwargs.size);
  if (given > 2) throw typeError(`function takes at most 2 arguments (${given} given)`);
  if (kwargs !== null) {
    for (const [k, v] of kwargs) {
      if (k === "value" && value === undefined) value = v;
      else if (k === "context" && context === undefined) context = v;
      else throw typeError(`'${k}' is an invalid keyword argument for this function`);
    }
  }
  const ctx = ctxArg(context);
  const d = value === undefined ? new Dec(0, 0n, 0, FIN) : construct(value, ctx);
  if (cls === decimalType && value instanceof PyDecimal && typeOf(value) === decimalType) return value;
  return new PyDecimal(d, cls);
}
decimalType.dict.set("__new__", new PyBuiltin("__new__", decimalNew, false, decimalType, "Decimal.__new__"));

// ---- operators ----

/**
 * What a Decimal operator does when other is not a number it takes: NotImplemented when other's type has
 * the reflected method (the VM calls it next), else CPython's TypeError naming 'decimal.Decimal'.
 */
function fallback(self: PyObject, other: PyObject, sym: string, refl: string, reflected: boolean): PyObject {
  if (sym === "*" && (typeof other === "string" || other instanceof PyList || other instanceof PyTuple || other instanceof PyBytes || other instanceof PyByteArray)) {
    throw typeError(`can't multiply sequence by non-int of type '${tpName(self)}'`);
  }
  if (reflected && sym === "+") {
    // str/list/tuple + Decimal fail in the sequence's own concatenation, with its message.
    if (typeof other === "string") throw typeError(`can only concatenate str (not "${tpName(self)}") to str`);
    if (other instanceof PyList || other instanceof PyTuple) {
      const n = other instanceof PyList ? "list" : "tuple";
      if (typeOf(other).name === n) throw typeError(`can only concatenate ${n} (not "${tpName(self)}") to ${n}`);
    }
    if (other instanceof PyBytes || other instanceof PyByteArray) throw typeError(`can't concat ${tpName(self)} to ${typeOf(other).name}`);
  }
  if (!reflected) {
    const t = typeOf(other);
    // Fraction's reflected methods refuse Decimal too, so the answer is already known.
    if (t.module !== "builtins" && t.lookup(refl) !== undefined && !isRational(other)) return NotImplemented;
  }
  const [l, r] = reflected ? [other, self] : [self, other];
  throw typeError(`unsupported operand type(s) for ${sym}: '${tpName(l)}' and '${tpName(r)}'`);
}

type BinFn = (a: Dec, b: Dec, c: PyContext) => Dec;
function binary(name: string, refl: string, sym: string, f: BinFn): void {
  defineMethods(decimalType, {
    [name]: ([self, other]) => {
      const b = asDec(other);
      if (b === null) return fallback(self, other, sym, refl, false);
      const ctx = currentContext();
      clearStatus();
      const r = f((self as PyDecimal).v, b, ctx);
      if (status !== 0) commit(ctx);
      return new PyDecimal(r);
    },
    [refl]: ([self, other]) => {
      const a = asDec(other);
      if (a === null) return fallback(self, other, sym, name, true);
      const ctx = currentContext();
      clearStatus();
      const r = f(a, (self as PyDecimal).v, ctx);
      if (status !== 0) commit(ctx);
      return new PyDecimal(r);
    },
  });
}
binary("__add__", "__radd__", "+", (a, b, c) => add(a, b, c));
binary("__sub__", "__rsub__", "-", (a, b, c) => add(a, b, c, true));
binary("__mul__", "__rmul__", "*", mul);
binary("__truediv__", "__rtruediv__", "/", div);
binary("__floordiv__", "__rfloordiv__", "//", divInt);
binary("__mod__", "__rmod__", "%", rem);

defineMethods(decimalType, {
  __divmod__: ([self, other]) => {
    const b = asDec(other);
    if (b === null) return fallback(self, other, "divmod()", "__rdivmod__", false);
    const ctx = currentContext();
    const [q, r] = run(ctx, () => divmod((self as PyDecimal).v, b, ctx));
    return newTuple([wrap(q), wrap(r)]);
  },
  __rdivmod__: ([self, other]) => {
    const a = asDec(other);
    if (a === null) return fallback(self, other, "divmod()", "__divmod__", true);
    const ctx = currentContext();
    const [q, r] = run(ctx, () => divmod(a, (self as PyDecimal).v, ctx));
    return newTuple([wrap(q), wrap(r)]);
  },
  __pow__: ([self, other, mod]) => {
    const b = asDec(other);
    if (b === null) return fallback(self, other, "** or pow()", "__rpow__", false);
    const ctx = currentContext();
    if (mod !== undefined && mod !== None) {
      const m = asDec(mod);
      if (m === null) return NotImplemented;
      return wrap(run(ctx, () => powerMod((self as PyDecimal).v, b, m, ctx)));
    }
    return wrap(run(ctx, () => power((self as PyDecimal).v, b, ctx)));
  },
  __rpow__: ([self, other]) => {
    const a = asDec(other);
    if (a === null) return fallback(self, other, "** or pow()", "__pow__", true);
    const ctx = currentContext();
    return wrap(run(ctx, () => power(a, (self as PyDecimal).v, ctx)));
  },
});

function unary(name: string, f: (a: Dec, c: PyContext) => Dec): void {
  defineMethods(decimalType, {
    [name]: ([self]) => {
      const ctx = currentContext();
      return wrap(run(ctx, () => f((self as PyDecimal).v, ctx)));
    },
  });
}
unary("__neg__", (a, c) => negate(a, c));
unary("__pos__", (a, c) => plus(a, c));
unary("__abs__", (a, c) => decAbs(a, c));

// ---- comparisons ----

const CMP_SYMS = ["<", "<=", "==", "!=", ">", ">="];
const CMP_NAMES = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];

function cmpResult(op: number, r: number): boolean {
  switch (op) {
    case 0: return r < 0;
    case 1: return r <= 0;
    case 2: return r === 0;
    case 3: return r !== 0;
    case 4: return r > 0;
    default: return r >= 0;
  }
}

function isRational(x: PyObject): boolean {
  for (const t of typeOf(x).mro) if (t.name === "Fraction" || (t.name === "Rational" && t.module === "numbers")) return true;
  return false;
}

/** Compares a with b (a NaN-free pair), or a with an exact rational num/den. */
function* compareOp(self: PyDecimal, other: PyObject, op: number): Gen<PyObject> {
  const a = self.v;
  let b = asDec(other);
  const eqOp = op === 2 || op === 3;
  let scaleA: bigint | null = null;
  if (b === null) {
    if (other instanceof PyFloat) {
      const ctx = currentContext();
      if (eqOp) ctx.flags |= FLOAT_OP;
      else addStatus(ctx, FLOAT_OP);
      b = fromFloat(other.value);
    } else if (other instanceof PyComplex && eqOp) {
      // Equal to a complex only when its imaginary part is zero.
      if (other.imag !== 0) return op === 3;
      b = fromFloat(other.real);
    } else if (isRational(other)) {
      const num = yield* getAttrGen(other, "numerator");
      const den = yield* getAttrGen(other, "denominator");
      b = asDec(num);
      const d = asDec(den);
      if (b === null || d === null) return NotImplemented;
      scaleA = d.coef;
    } else {
      if (!eqOp && typeOf(other).module === "builtins") {
        throw typeError(`'${CMP_SYMS[op]}' not supported between instances of '${tpName(self)}' and '${tpName(other)}'`);
      }
      return NotImplemented;
    }
  }
  if (a.isNaN || b.isNaN) {
    if (a.kind === SNAN || b.kind === SNAN || !eqOp) {
      const ctx = currentContext();
      addStatus(ctx, INVALID_OP);
    }
    return op === 3;
  }
  const aa = scaleA !== null && a.kind === FIN ? new Dec(a.sign, a.coef * scaleA, a.exp, FIN) : a;
  return cmpResult(op, cmp(aa, b));
}
for (let op = 0; op < 6; op++) {
  defineGenMethods(decimalType, {
    [CMP_NAMES[op]]: ([self, other]) => compareOp(self as PyDecimal, other, op),
  });
}

// ---- hash, str, conversions ----

const P = (1n << 61n) - 1n;
const INV10 = modPow(10n, P - 2n, P);
function modPow(b: bigint, e: bigint, m: bigint): bigint {
  let r = 1n;
  b %= m;
  while (e > 0n) {
    if (e & 1n) r = (r * b) % m;
    b = (b * b) % m;
    e >>= 1n;
  }
  return r;
}

export function decHash(self: PyDecimal): Int {
  const d = self.v;
  if (d.kind === SNAN) throw typeError("Cannot hash a signaling NaN value");
  if (d.kind === QNAN) return idHash(self);
  if (d.kind === INF) return d.sign ? -314159 : 314159;
  let h = d.exp >= 0 ? (d.coef % P) * modPow(10n, BigInt(d.exp), P) % P : (d.coef % P) * modPow(INV10, BigInt(-d.exp), P) % P;
  if (d.sign) h = -h;
  if (h === -1n) h = -2n;
  return normBig(h);
}

export function decStr(d: Dec, ctx: PyContext = currentContext()): string {
  return toSci(d, ctx.capitals === 1);
}

function toInt(self: PyObject, rounding: number): PyObject {
  const d = (self as PyDecimal).v;
  if (d.isNaN) throw valueError("cannot convert NaN to integer");
  if (d.kind === INF) throw overflowError("cannot convert Infinity to integer");
  return normBig(toBigInt(d, rounding));
}

defineMethods(decimalType, {
  __hash__: ([self]) => decHash(self as PyDecimal),
  __str__: ([self]) => decStr((self as PyDecimal).v),
  __repr__: ([self]) => `Decimal('${decStr((self as PyDecimal).v)}')`,
  __format__: ([self, spec, override]) => {
    if (typeof spec !== "string") throw typeError("format arg must be str");
    return formatDecimal((self as PyDecimal).v, spec, currentContext(), override);
  },
  __bool__: ([self]) => {
    const d = (self as PyDecimal).v;
    return d.kind !== FIN || d.coef !== 0n;
  },
  __int__: ([self]) => toInt(self, ROUND_DOWN),
  __trunc__: ([self]) => toInt(self, ROUND_DOWN),
  __floor__: ([self]) => toInt(self, ROUND_FLOOR),
  __ceil__: ([self]) => toInt(self, ROUND_CEILING),
  __float__: ([self]) => decFloat((self as PyDecimal).v),
  __round__: ([self, n, ...rest]) => {
    if (rest.length > 0) throw typeError(`function takes at most 1 argument (${rest.length + 1} given)`);
    if (n === undefined || n === None) return toInt(self, ROUND_HALF_EVEN);
    if (typeof n !== "number" && typeof n !== "bigint" && typeof n !== "boolean") throw typeError("optional arg must be an integer");
    const ctx = currentContext();
    const q = new Dec(0, 1n, -Number(n), FIN);
    return wrap(run(ctx, () => quantize((self as PyDecimal).v, q, ctx, ctx.rounding)));
  },
  __deepcopy__: ([self]) => self,
  __complex__: ([self]) => {
    const f = decFloat((self as PyDecimal).v);
    return new PyComplex(f.value, 0);
  },
});

defineMethods(decimalType, {
  __copy__: (args) => {
    if (args.length > 1) throw typeError(`Decimal.__copy__() takes no arguments (${args.length - 1} given)`);
    return args[0];
  },
  __reduce__: (args) => {
    if (args.length > 1) throw typeError(`Decimal.__reduce__() takes no arguments (${args.length - 1} given)`);
    return newTuple([typeOf(args[0]), newTuple([decStr((args[0] as PyDecimal).v)])]);
  },
});

export function decFloat(d: Dec): PyFloat {
  if (d.kind === SNAN) throw valueError("cannot convert signaling NaN to float");
  if (d.kind === QNAN) return newFloat(d.sign ? -NaN : NaN);
  if (d.kind === INF) return newFloat(d.sign ? -Infinity : Infinity);
  if (d.coef === 0n) return newFloat(d.sign ? -0 : 0);
  const v = parseFloat(`${d.sign ? "-" : ""}${d.coef}e${d.exp}`);
  return newFloat(v);
}

defineGetters(decimalType, {
  real: (self) => self,
  imag: () => wrap(new Dec(0, 0n, 0, FIN)),
});

