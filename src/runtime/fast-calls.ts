// fast-calls.ts — the allocation-free call paths of the commonest builtins (len, isinstance, min/max, abs,
// sum, list.append, dict.get, str.join …), as CPython 3.11 specializes CALL for them: a builtin's `fast`
// reads its arguments straight from the caller's value stack and answers at once, or returns undefined
// when the general call (which raises the errors, runs Python, takes keywords) must handle it.
//
// The contract for every FastCall: no keyword arguments were passed; `stack[base .. base + n - 1]` are the
// positional arguments (for a method descriptor, stack[base] is self); it must not run Python, must not
// keep `stack`, and returns undefined rather than raise, so that the general path produces CPython's exact
// error. The answer must be the one the general path would give.
import {
  PyObject, PyType, PyFloat, PyList, PyTuple, None, TypeFlag, typeOf, typeType, floatType, listType, tupleType,
  strType, intType,
} from "./object.js";
import { PyRange, rangeType } from "./types/range.js";
import { PyDict, dictType, normKey } from "./dict.js";
import { PyBuiltin, PyMethodDescr, type FastCall } from "./builtin-function.js";
import { lenFast } from "./ops-object.js";
import { cpLen } from "./str-utils.js";

// ---- builtins module functions (the module is made per interpreter: see installBuiltinFastCalls) ----

const lenCall: FastCall = (stack, base, n) => {
  if (n !== 1) return undefined;
  const x = stack[base];
  if (typeof x === "string") return cpLen(x);
  if (typeof x === "object" && !(x.type.flags & TypeFlag.Heap)) return lenFast(x);
  return undefined;
};

/** A class whose isinstance answer is plain subtyping: a type whose metaclass is `type` itself. */
function plainClass(c: PyObject): c is PyType {
  return c instanceof PyType && c.type === typeType;
}

const isinstanceCall: FastCall = (stack, base, n) => {
  if (n !== 2) return undefined;
  const t = typeOf(stack[base]);
  const c = stack[base + 1];
  if (plainClass(c)) return t.isSubtypeOf(c);
  if (c instanceof PyTuple && c.type === tupleType) {
    const items = c.items;
    for (let i = 0; i < items.length; i++) if (!plainClass(items[i])) return undefined;
    for (let i = 0; i < items.length; i++) if (t.isSubtypeOf(items[i] as PyType)) return true;
    return false;
  }
  return undefined;
};

/** The items of an exact list or tuple, else null. */
function seqItems(x: PyObject): PyObject[] | null {
  if (typeof x !== "object") return null;
  if ((x instanceof PyList && x.type === listType) || (x instanceof PyTuple && x.type === tupleType)) return x.items;
  return null;
}

/** min/max over ints (JS numbers): two or more arguments, or one list/tuple of them. CPython keeps the first extreme. */
function minMaxCall(isMax: boolean): FastCall {
  return (stack, base, n) => {
    let items: PyObject[] | null = null;
    let lo = base, hi = base + n;
    if (n === 1) {
      items = seqItems(stack[base]);
      if (items === null || items.length === 0) return undefined;
      lo = 0;
      hi = items.length;
    } else if (n < 2) return undefined;
    const src = items === null ? stack : items;
    let best = src[lo];
    if (typeof best !== "number") return undefined;
    for (let i = lo + 1; i < hi; i++) {
      const v = src[i];
      if (typeof v !== "number") return undefined;
      if (isMax ? v > best : v < best) best = v;
    }
    return best;
  };
}

const absCall: FastCall = (stack, base, n) => {
  if (n !== 1) return undefined;
  const x = stack[base];
  if (typeof x === "number") return x < 0 ? -x : x;
  if (x instanceof PyFloat && x.type === floatType) return new PyFloat(Math.abs(x.value));
  return undefined;
};

/** sum(list_or_tuple) of ints (JS numbers) whose running total stays exact; anything else takes sumGen. */
const sumCall: FastCall = (stack, base, n) => {
  if (n !== 1) return undefined;
  const items = seqItems(stack[base]);
  if (items === null) return undefined;
  let acc = 0;
  for (let i = 0; i < items.length; i++) {
    const v = items[i];
    if (typeof v !== "number") return undefined;
    acc += v;
    if (acc > 9007199254740991 || acc < -9007199254740991) return undefined;
  }
  return acc;
};

export const BUILTIN_FAST: [string, FastCall][] = [
  ["len", lenCall],
  ["isinstance", isinstanceCall],
  ["min", minMaxCall(false)],
  ["max", minMaxCall(true)],
  ["abs", absCall],
  ["sum", sumCall],
];

/** Gives a new builtins module's functions their fast paths (BUILTIN_FAST is exported for the tests). */
export function installBuiltinFastCalls(ns: Map<string, PyObject>): void {
  for (const [name, f] of BUILTIN_FAST) {
    const b = ns.get(name);
    if (b instanceof PyBuiltin && !b.bound) b.fast = f;
  }
}

// ---- methods of builtin types (shared by all interpreters) ----

const listAppend: FastCall = (stack, base, n) => {
  if (n !== 2) return undefined;
  const l = stack[base];
  if (!(l instanceof PyList)) return undefined;
  l.items.push(stack[base + 1]);
  return None;
};

const dictGet: FastCall = (stack, base, n) => {
  if (n !== 2 && n !== 3) return undefined;
  const d = stack[base];
  if (!(d instanceof PyDict) || d.buckets !== null) return undefined;
  const k = stack[base + 1];
  // normKey raises TypeError for an unhashable key: leave that (and Python-hashed keys) to dict.get itself
  if (typeof k !== "string" && typeof k !== "number") return undefined;
  const v = d.map.get(normKey(k));
  return v !== undefined ? v : n === 3 ? stack[base + 2] : None;
};

/** sep.join(list_or_tuple of str). */
const strJoin: FastCall = (stack, base, n) => {
  if (n !== 2) return undefined;
  const sep = stack[base];
  const items = seqItems(stack[base + 1]);
  if (typeof sep !== "string" || items === null) return undefined;
  let s = "";
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (typeof it !== "string") return undefined;
    s = i === 0 ? it : s + sep + it;
  }
  return s;
};

function strCase(upper: boolean): FastCall {
  return (stack, base, n) => {
    if (n !== 1) return undefined;
    const s = stack[base];
    if (typeof s !== "string") return undefined;
    return upper ? s.toUpperCase() : s.toLowerCase();
  };
}

// ---- calls of builtin types: str(x), int(x), float(x), range(...) ----

const strCall: FastCall = (stack, base, n) => {
  if (n !== 1) return undefined;
  const x = stack[base];
  if (typeof x === "string") return x;
  if (typeof x === "number") return String(x); // ints are safe integers here, never -0: digits as CPython
  if (typeof x === "boolean") return x ? "True" : "False";
  return undefined;
};

const intCall: FastCall = (stack, base, n) => {
  if (n !== 1) return undefined;
  const x = stack[base];
  if (typeof x === "number") return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  if (x instanceof PyFloat && x.type === floatType) {
    const t = Math.trunc(x.value);
    if (t <= 9007199254740991 && t >= -9007199254740991) return t === 0 ? 0 : t; // -0.5 → 0, not -0
  }
  return undefined;
};

const floatCall: FastCall = (stack, base, n) => {
  if (n !== 1) return undefined;
  const x = stack[base];
  if (typeof x === "number") return new PyFloat(x); // a safe integer converts exactly
  if (x instanceof PyFloat && x.type === floatType) return x;
  return undefined;
};

const rangeCall: FastCall = (stack, base, n) => {
  if (n < 1 || n > 3) return undefined;
  const a = stack[base];
  if (typeof a !== "number") return undefined;
  if (n === 1) return new PyRange(0, a, 1);
  const b = stack[base + 1];
  if (typeof b !== "number") return undefined;
  if (n === 2) return new PyRange(a, b, 1);
  const c = stack[base + 2];
  if (typeof c !== "number" || c === 0) return undefined;
  return new PyRange(a, b, c);
};

strType.fast = strCall;
intType.fast = intCall;
floatType.fast = floatCall;
rangeType.fast = rangeCall;

function setMethodFast(t: PyType, name: string, f: FastCall): void {
  const d = t.dict.get(name);
  if (d instanceof PyMethodDescr) d.fast = f;
}

setMethodFast(listType, "append", listAppend);
setMethodFast(dictType, "get", dictGet);
setMethodFast(strType, "join", strJoin);
setMethodFast(strType, "upper", strCase(true));
setMethodFast(strType, "lower", strCase(false));
