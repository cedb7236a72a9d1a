// native-helpers.ts — small resumable building blocks shared by the native stdlib containers and tools
// (collections, functools, itertools, heapq, operator, bisect, copy, string): Python `<`, `==`, truth,
// repr, iteration, calls and argument parsing, each with the plain fast path tried before the VM.
import { PyObject, PyType, PyModule, KwArgs, None, TypeFlag, typeOf, typeName, makeBuiltinType, objectType } from "../runtime/object.js";
import { typeError } from "../runtime/exceptions.js";
import { compareFast, compareBoolGen, eqFast, eqGen, CmpOp } from "../runtime/ops-compare.js";
import { truthy, truthGen, reprFast, reprGen, asIndex, lenFast, lenGen } from "../runtime/ops-object.js";
import { getIterGen, iterNextGen, toArrayGen, toArrayFast } from "../runtime/ops-iter.js";
import { callGen, callFast, type Gen } from "../runtime/ops-call.js";
import { PyBuiltin, PyMethodDescr } from "../runtime/builtin-function.js";
import type { NativeFn, NativeGenFn } from "../runtime/protocol.js";
import type * as I from "../runtime/int-ops.js";

export type { Gen };

/** Python `a < b` as a JS boolean. */
export function* lessGen(a: PyObject, b: PyObject): Gen<boolean> {
  const r = compareFast(a, b, CmpOp.Lt);
  return r !== undefined ? r : yield* compareBoolGen(a, b, CmpOp.Lt);
}

/** Python `a == b` as a JS boolean (identity first, as containers compare). */
export function* equalGen(a: PyObject, b: PyObject): Gen<boolean> {
  if (a === b) return true;
  const r = eqFast(a, b);
  return r !== undefined ? r : yield* eqGen(a, b);
}

export function* truthOfGen(x: PyObject): Gen<boolean> {
  const t = truthy(x);
  return t !== undefined ? t : yield* truthGen(x);
}

export function* reprOfGen(x: PyObject): Gen<string> {
  const s = reprFast(x);
  return s !== undefined ? s : yield* reprGen(x);
}

export function* lenOfGen(x: PyObject): Gen<number> {
  const n = lenFast(x);
  return n !== undefined ? n : yield* lenGen(x);
}

/** Calls f, running builtins inline. */
export function* callObj(f: PyObject, args: PyObject[], kwargs: KwArgs | null = null): Gen<PyObject> {
  const r = callFast(f, args, kwargs);
  return r !== undefined ? r : yield* callGen(f, args, kwargs);
}

/** All items of an iterable as a fresh JS array. */
export function* itemsOf(x: PyObject): Gen<PyObject[]> {
  const a = toArrayFast(x);
  return a !== undefined ? a.slice() : yield* toArrayGen(x);
}

/** Iterates any iterable, one item at a time (for inputs that may be infinite). */
export function* forEachGen(x: PyObject, body: (v: PyObject) => Gen<boolean | void>): Gen<void> {
  const it = yield* getIterGen(x);
  for (;;) {
    const v = yield* iterNextGen(it);
    if (v === undefined) return;
    if ((yield* body(v)) === false) return;
  }
}

/** An int argument ("'str' object cannot be interpreted as an integer"). */
export function intArg(x: PyObject): I.Int {
  const v = asIndex(x);
  if (v === null) throw typeError(`'${typeName(x)}' object cannot be interpreted as an integer`);
  return v;
}

/** A non-negative (or any) machine-size int argument. */
export function sizeArg(x: PyObject): number {
  const v = intArg(x);
  return typeof v === "bigint" ? (v < 0n ? -Infinity : Infinity) : v;
}

export function isNone(x: PyObject | undefined): boolean {
  return x === undefined || x === None;
}

/** A builtin type of a native stdlib module. */
export function nativeType(name: string, module: string, base: PyType = objectType, flags: number = TypeFlag.BaseType): PyType {
  const t = makeBuiltinType(name, base, flags);
  t.module = module;
  return t;
}

/** A plain module function (`<built-in function name>`). */
export function fn(m: PyModule, name: string, f: NativeFn): PyBuiltin {
  const b = new PyBuiltin(name, f, false, m);
  m.dict.set(name, b);
  return b;
}
export function genFn(m: PyModule, name: string, f: NativeGenFn): PyBuiltin {
  const b = new PyBuiltin(name, f, true, m);
  m.dict.set(name, b);
  return b;
}

/** A method that binds like a Python function when stored on a (user) class: receives [self, ...args]. */
export function methodOn(owner: PyType, name: string, f: NativeGenFn): PyMethodDescr {
  return new PyMethodDescr(owner, name, f, true);
}

export function typeOfName(x: PyObject): string {
  return typeOf(x).name;
}
