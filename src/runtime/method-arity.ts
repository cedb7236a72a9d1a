// method-arity.ts — makes builtin methods refuse wrong argument counts and unwanted keywords with CPython
// 3.11's messages before their code runs. The VM calls a method found by LOAD_METHOD directly, so the check
// has to live in the method itself: each listed method descriptor gets a checking wrapper around its function.
// The counts come from method-arity-table.ts (generated from python3 by scripts/gen-method-arity.py).
import { PyType, objectType, intType, floatType, complexType, strType, bytesType, byteArrayType, tupleType, listType, type PyObject, type KwArgs } from "./object.js";
import { dictType, setType, frozensetType } from "./dict.js";
import { rangeType } from "./types/range.js";
import { sliceType } from "./types/slice.js";
import { PyBuiltin, PyMethodDescr, PyClassMethodDescr } from "./builtin-function.js";
import { typeError } from "./exceptions.js";
import type { NativeFn } from "./protocol.js";
import { METHOD_ARITY } from "./method-arity-table.js";

const TYPES = new Map<string, PyType>([
  ["object", objectType], ["int", intType], ["float", floatType], ["complex", complexType], ["str", strType],
  ["bytes", bytesType], ["bytearray", byteArrayType], ["tuple", tupleType], ["list", listType], ["dict", dictType],
  ["set", setType], ["frozenset", frozensetType], ["range", rangeType], ["slice", sliceType],
]);

const plural = (k: number): string => (k === 1 ? "argument" : "arguments");

/** The TypeError for `n` positional arguments where [min, max] are allowed (max -1: no limit). */
function countError(qual: string, style: string, prefix: string, min: number, max: number, n: number): PyObject {
  switch (style) {
    case "N":
      return typeError(`${qual}() takes no arguments (${n} given)`);
    case "O":
      return typeError(`${qual}() takes exactly one argument (${n} given)`);
    case "C": {
      // Python/getargs.c _PyArg_CheckPositional
      const k = n < min ? min : max;
      const how = min === max ? "" : n < min ? "at least " : "at most ";
      return typeError(`${prefix}expected ${how}${k} ${plural(k)}, got ${n}`);
    }
    default: {
      // Python/getargs.c vgetargs1_impl
      const k = n < min ? min : max;
      const how = min === max ? "exactly" : n < min ? "at least" : "at most";
      return typeError(`${prefix}() takes ${how} ${k} ${plural(k)} (${n} given)`);
    }
  }
}

/** `self` is 1 for methods (args[0] is the object), 0 for the builtins module's functions. */
function checked(fn: NativeFn, qual: string, kw: string, style: string, min: number, max: number, prefix: string, self = 1): NativeFn {
  return (args: PyObject[], kwargs: KwArgs | null): PyObject => {
    if (kwargs !== null && kwargs.size > 0) {
      if (kw !== "") throw typeError(`${kw}() takes no keyword arguments`);
    } else if (style !== "") {
      const n = args.length - self;
      if (n < min || (max >= 0 && n > max)) throw countError(qual, style, prefix, min, max, n);
    }
    return fn(args, kwargs);
  };
}

/** Gives the functions of a new builtins module (made per interpreter) the same checks. */
export function checkBuiltinFunctions(ns: Map<string, PyObject>): void {
  for (const [tname, name, kw, style, min, max, prefix] of METHOD_ARITY) {
    if (tname !== "builtins") continue;
    const f = ns.get(name);
    if (f instanceof PyBuiltin) (f as { fn: NativeFn }).fn = checked(f.fn as NativeFn, name, kw, style, min, max, prefix, f.bound ? 1 : 0);
  }
}

for (const [tname, name, kw, style, min, max, prefix] of METHOD_ARITY) {
  if (tname === "builtins") continue;
  const t = TYPES.get(tname)!;
  const d = t.dict.get(name);
  const qual = `${tname}.${name}`;
  // The descriptor keeps its identity (fast paths and seqSlots compare descriptors); only its function changes.
  if ((d instanceof PyMethodDescr || d instanceof PyClassMethodDescr) && d.owner === t) {
    (d as { fn: NativeFn }).fn = checked(d.fn as NativeFn, qual, kw, style, min, max, prefix);
  }
}
