// support.ts — small helpers shared by the native stdlib modules: argument checking with CPython's messages,
// number coercions, a repr for plain values, struct-sequence types (sys.version_info, time.struct_time),
// and reaching builtins through the call protocol so modules need no private API of the types engineer.
import {
  PyObject, PyObj, PyType, PyFloat, PyTuple, PyIntSub, PyStrSub, PyModule, PyInstance, KwArgs, None,
  makeBuiltinType, tupleType, listType, PyList, objectType, typeName, TypeFlag, floatType, intType, boolType,
} from "../runtime/object.js";
import {
  typeError, overflowError, newException, TypeError as TypeErrorType, PyBaseException, StopIteration as StopIterationType,
} from "../runtime/exceptions.js";
import { PyDict, PySet, dictType, setType, frozensetType } from "../runtime/dict.js";
import { defineMethods, defineGetters, PyMethodDescr } from "../runtime/builtin-function.js";
import type { NativeFn } from "../runtime/protocol.js";
import { floatRepr } from "../runtime/float-repr.js";
import { strRepr } from "../runtime/str-repr.js";
import { call, NativeGen } from "../runtime/protocol.js";
import type { RuntimeContext } from "../runtime/runtime-context.js";

/** Length of a JS string in code points (Python's len). */
export function cpLen(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { n--; i++; }
    }
  }
  return n;
}

/** The str value of a str or str subclass, else undefined. */
export function strValue(x: PyObject): string | undefined {
  if (typeof x === "string") return x;
  if (x instanceof PyStrSub) return x.value;
  return undefined;
}

/** An int (incl. bool and int subclasses) as number | bigint, else undefined. */
export function intValue(x: PyObject): number | bigint | undefined {
  switch (typeof x) {
    case "number":
    case "bigint":
      return x;
    case "boolean":
      return x ? 1 : 0;
  }
  if (x instanceof PyIntSub) return x.value;
  return undefined;
}

/** `operator.index`-like for plain ints; "'float' object cannot be interpreted as an integer" otherwise. */
export function toIndex(x: PyObject): number | bigint {
  const v = intValue(x);
  if (v === undefined) throw typeError(`'${typeName(x)}' object cannot be interpreted as an integer`);
  return v;
}

/** An int that must fit a C int (CPython: "Python int too large to convert to C int"). */
export function toCInt(x: PyObject): number {
  const v = toIndex(x);
  if (typeof v === "bigint" || v > 2147483647 || v < -2147483648) throw overflowError("Python int too large to convert to C int");
  return v;
}

/** A real number as a JS number ("must be real number, not str"). */
export function toDouble(x: PyObject): number {
  if (x instanceof PyFloat) return x.value;
  const v = intValue(x);
  if (v === undefined) {
    // Native number types with a plain __float__ (decimal.Decimal) convert as CPython's PyFloat_AsDouble.
    const m = typeof x === "object" ? x.type.lookup("__float__") : undefined;
    if (m instanceof PyMethodDescr && !m.isGen) {
      const f = (m.fn as NativeFn)([x], null);
      if (f instanceof PyFloat) return f.value;
    }
    throw typeError(`must be real number, not ${typeName(x)}`);
  }
  if (typeof v === "bigint") {
    const f = Number(v);
    if (!Number.isFinite(f)) throw overflowError("int too large to convert to float");
    return f;
  }
  return v;
}

export function isFloat(x: PyObject): x is PyFloat {
  return x instanceof PyFloat;
}

/** Checks a builtin's positional argument count with CPython's wording. */
export function arity(name: string, args: PyObject[], min: number, max: number = min): void {
  const n = args.length;
  if (n >= min && n <= max) return;
  if (min === max) {
    if (min === 0) throw typeError(`${name}() takes no arguments (${n} given)`);
    if (min === 1) throw typeError(`${name}() takes exactly one argument (${n} given)`);
    throw typeError(`${name} expected ${min} arguments, got ${n}`);
  }
  if (n < min) throw typeError(`${name} expected at least ${min} argument${min === 1 ? "" : "s"}, got ${n}`);
  throw typeError(`${name} expected at most ${max} argument${max === 1 ? "" : "s"}, got ${n}`);
}

/** Rejects keyword arguments for builtins that take none. */
export function noKwargs(name: string, kwargs: KwArgs | null): void {
  if (kwargs !== null && kwargs.size > 0) throw typeError(`${name}() takes no keyword arguments`);
}

/** Merges positional and keyword arguments by parameter name; missing ones are undefined. */
export function bindArgs(
  fname: string, args: PyObject[], kwargs: KwArgs | null, names: string[],
): (PyObject | undefined)[] {
  if (args.length > names.length) {
    throw typeError(`${fname}() takes at most ${names.length} argument${names.length === 1 ? "" : "s"} (${args.length} given)`);
  }
  const out: (PyObject | undefined)[] = names.map((_, i) => args[i]);
  if (kwargs !== null) {
    for (const [k, v] of kwargs) {
      const i = names.indexOf(k);
      if (i < 0) throw typeError(`${fname}() got an unexpected keyword argument '${k}'`);
      if (i < args.length) throw typeError(`argument for ${fname}() given by name ('${k}') and position (${i + 1})`);
      out[i] = v;
    }
  }
  return out;
}

/**
 * Binds the arguments of a method CPython writes in Python (`def __init__(self, a, b, c=None)`), with the
 * messages of a Python function: args[0] is self, `names` the parameters after it, the first `required` of them
 * without defaults. Missing optional ones are undefined.
 */
export function bindDefArgs(
  qual: string, args: PyObject[], kwargs: KwArgs | null, names: string[], required: number,
): (PyObject | undefined)[] {
  const given = args.length - 1;
  if (given > names.length) {
    const most = names.length + 1, least = required + 1;
    const takes = least === most ? `${most} positional argument${most === 1 ? "" : "s"}` : `from ${least} to ${most} positional arguments`;
    throw typeError(`${qual}() takes ${takes} but ${args.length} were given`);
  }
  const out: (PyObject | undefined)[] = names.map((_, i) => args[i + 1]);
  if (kwargs !== null) {
    for (const [k, v] of kwargs) {
      const i = names.indexOf(k);
      if (i < 0) throw typeError(`${qual}() got an unexpected keyword argument '${k}'`);
      if (out[i] !== undefined) throw typeError(`${qual}() got multiple values for argument '${k}'`);
      out[i] = v;
    }
  }
  const missing = names.slice(0, required).filter((_, i) => out[i] === undefined).map((m) => `'${m}'`);
  if (missing.length > 0) {
    const list = missing.length === 1 ? missing[0] : missing.length === 2 ? missing.join(" and ")
      : `${missing.slice(0, -1).join(", ")}, and ${missing[missing.length - 1]}`;
    throw typeError(`${qual}() missing ${missing.length} required positional argument${missing.length > 1 ? "s" : ""}: ${list}`);
  }
  return out;
}

/** repr() of ints, floats, strs, bools, None and tuples of them — enough for struct sequences. */
export function plainRepr(x: PyObject): string {
  switch (typeof x) {
    case "number":
    case "bigint":
      return String(x);
    case "string":
      return strRepr(x);
    case "boolean":
      return x ? "True" : "False";
  }
  if (x === None) return "None";
  if (x instanceof PyFloat) return floatRepr(x.value);
  if (x instanceof PyTuple) {
    if ((x.type as StructSeqType).fieldNames !== undefined) return structSeqRepr(x);
    const parts = x.items.map(plainRepr);
    return "(" + parts.join(", ") + (parts.length === 1 ? ",)" : ")");
  }
  if (x instanceof PyType) return `<class '${x.module === "builtins" ? "" : x.module + "."}${x.qualname}'>`;
  return `<${typeName(x)} object>`;
}

/** The builtins module's attribute `name` (looked up when called, so late-built builtins are seen). */
export function builtin(rt: RuntimeContext, name: string): PyObject {
  const b = rt.modules.map.get("builtins");
  const v = b instanceof PyModule ? b.dict.get(name) : undefined;
  if (v === undefined) throw newException(TypeErrorType, `gilpy: builtins.${name} is not available`);
  return v;
}

/** repr(x) through builtins.repr (runs __repr__); fast for plain values. */
export function* reprOf(rt: RuntimeContext, x: PyObject): NativeGen {
  const t = typeof x;
  if (t !== "object" || x === None || x instanceof PyFloat && x.type === floatType) return plainRepr(x);
  return yield* call(builtin(rt, "repr"), [x]);
}

// ---- struct sequences: tuple subclasses with named fields (Objects/structseq.c) ----

export interface StructSeqType extends PyType {
  fieldNames: string[];
  visible: number;
}

function structSeqRepr(self: PyTuple): string {
  const t = self.type as StructSeqType;
  const parts = t.fieldNames.slice(0, t.visible).map((f, i) => `${f}=${plainRepr(self.items[i])}`);
  return `${t.module === "builtins" ? "" : t.module + "."}${t.name}(${parts.join(", ")})`;
}

/**
 * Makes a struct-sequence type `module.name` whose first `visible` fields are tuple items and the rest
 * attributes only (time.struct_time's tm_zone/tm_gmtoff); repr shows the visible fields by name.
 */
export function makeStructSeq(name: string, module: string, fields: string[], visible = fields.length): StructSeqType {
  // Heap: generic repr takes a tuple subtype's own __repr__ only for heap types (ops-object reprFast).
  const t = makeBuiltinType(name, tupleType, TypeFlag.Heap) as StructSeqType;
  t.module = module;
  t.qualname = name;
  t.fieldNames = fields;
  const getters: Record<string, (self: PyObject) => PyObject> = Object.create(null);
  fields.forEach((f, i) => {
    getters[f] = (self) => (i < visible ? (self as PyTuple).items[i] : hidden(self).get(f) ?? None);
  });
  defineGetters(t, getters);
  t.visible = visible;
  defineMethods(t, { __repr__: ([self]) => structSeqRepr(self as PyTuple) });
  t.dict.set("n_fields", fields.length);
  t.dict.set("n_sequence_fields", visible);
  t.dict.set("n_unnamed_fields", 0);
  t.changed();
  return t;
}

const hiddenFields = new WeakMap<PyObj, Map<string, PyObject>>();
function hidden(self: PyObject): Map<string, PyObject> {
  return hiddenFields.get(self as PyObj) ?? new Map();
}

/** A struct-sequence value; `values` holds every field, the visible ones become the tuple items. */
export function structSeq(t: StructSeqType, values: PyObject[]): PyTuple {
  const visible = t.visible;
  const tup = new PyTuple(values.slice(0, visible), t);
  if (values.length > visible) {
    const m = new Map<string, PyObject>();
    for (let i = visible; i < values.length; i++) m.set(t.fieldNames[i], values[i]);
    hiddenFields.set(tup, m);
  }
  return tup;
}

// ---- a SimpleNamespace-like object for sys.implementation ----

let namespaceType: PyType | null = null;
/** A `namespace(a=1, b=2)` object (types.SimpleNamespace's repr) with the given attributes. */
export function simpleNamespace(attrs: [string, PyObject][]): PyInstance {
  if (namespaceType === null) {
    namespaceType = makeBuiltinType("SimpleNamespace", objectType, TypeFlag.BaseType | TypeFlag.HasDict);
    namespaceType.module = "types";
    defineMethods(namespaceType, {
      __repr__: ([self]) => {
        const d = (self as PyInstance).dict!;
        return `namespace(${[...d].map(([k, v]) => `${k}=${plainRepr(v)}`).join(", ")})`;
      },
    });
  }
  const o = new PyInstance(namespaceType);
  for (const [k, v] of attrs) o.dict!.set(k, v);
  return o;
}

export { intType, boolType, floatType };

/**
 * All items of an iterable, as a JS array: lists, tuples, strs, dicts and sets directly; anything else
 * through builtins.iter/next on the VM (so user __iter__/__next__ and generators work).
 */
export function* iterate(rt: RuntimeContext, x: PyObject): Generator<any, PyObject[], any> {
  if (typeof x === "string") return Array.from(x);
  if (x instanceof PyTuple && x.type === tupleType) return x.items.slice();
  if (x instanceof PyList && x.type === listType) return x.items.slice();
  if (x instanceof PyDict && x.type === dictType) return [...x.map.keys()].map((k) => x.keyOf(k));
  if (x instanceof PySet && (x.type === setType || x.type === frozensetType)) return [...x.map.values()];
  const it = yield* call(builtin(rt, "iter"), [x]);
  const next = builtin(rt, "next");
  const out: PyObject[] = [];
  for (;;) {
    try {
      out.push(yield* call(next, [it]));
    } catch (e) {
      if (e instanceof PyBaseException && e.type.isSubtypeOf(StopIterationType)) return out;
      throw e;
    }
  }
}
