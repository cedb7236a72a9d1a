// ops-iter.ts — the iteration protocol: iter(), next(), draining an iterable into an array, sequence
// unpacking with CPython's messages, reversed(). Builtin iterators step without Python; user __iter__ /
// __next__ and __getitem__-sequences go through the resumable forms.
import {
  PyObject, PyType, PyList, PyTuple, PyStrSub, None, TypeFlag, typeOf, typeName, listType, tupleType, KwArgs,
} from "./object.js";
import { PyDict, PySet, dictType, setType, frozensetType } from "./dict.js";
import { PyMethodDescr, PyBuiltin } from "./builtin-function.js";
import { typeError, valueError, notIterable, StopIteration, PyBaseException } from "./exceptions.js";
import { callMethodGen, type Gen } from "./ops-call.js";
import {
  PyIterator, PyListLiveIter, PyListIter, PyStrIter, PyDictIter, DictIterKind, PySetIter, PySeqIter,
  PyCallableIter, PyListRevIter, PyReversed, ITER_SLOW, rangeIter, rangeRevIter, reversedType,
  setIteratorHooks, setGetIterHook, type IterStep,
} from "./types/iterators.js";
import { PyRange } from "./types/range.js";
import { setIterHooks } from "./ops-compare.js";
import { getItemGen } from "./ops-item.js";
import { lenGen } from "./ops-object.js";
import { isCallable } from "./ops-call.js";
import { setOrder } from "./set-order.js";
import { PyGenerator, GenResumeRequest, generatorType } from "./generator.js";
import type { NativeGen, NativeFn } from "./protocol.js";

export { ITER_SLOW, PyIterator };
export type { IterStep };

/** iter(x) without Python, or undefined. */
export function getIterFast(x: PyObject): PyObject | undefined {
  if (typeof x === "string") return new PyStrIter(x);
  if (typeof x !== "object") return undefined;
  const t = x.type;
  if (t.flags & TypeFlag.Heap) return undefined;
  if (x instanceof PyList) return new PyListLiveIter(x);
  if (x instanceof PyTuple) return new PyListIter(x.items);
  if (x instanceof PyIterator) return x;
  if (x instanceof PyDict) return new PyDictIter(x, DictIterKind.Keys);
  if (x instanceof PySet) return new PySetIter(x);
  if (x instanceof PyRange) return rangeIter(x);
  const m = t.lookup("__iter__");
  if (m instanceof PyMethodDescr && !m.isGen) return (m.fn as NativeFn)([x], null);
  return undefined;
}

function* iterFromDunder(x: PyObject): Gen<PyObject> {
  const t = typeOf(x);
  const m = t.lookup("__iter__");
  if (m === undefined) {
    if (t.lookup("__getitem__") !== undefined && !(x instanceof PyDict)) return new PySeqIter(x);
    throw notIterable(x);
  }
  if (m === None) throw notIterable(x);
  const it = yield* callMethodGen(m, x, []);
  if (!(it instanceof PyIterator) && typeOf(it).lookup("__next__") === undefined) {
    throw typeError(`iter() returned non-iterator of type '${typeName(it)}'`);
  }
  return it;
}

export function* getIterGen(x: PyObject): Gen<PyObject> {
  const f = getIterFast(x);
  if (f !== undefined) return f;
  if (x instanceof PyStrSub && typeOf(x).lookup("__iter__") instanceof PyMethodDescr) return new PyStrIter(x.value);
  return yield* iterFromDunder(x);
}

/** One step without Python: a value, undefined when exhausted, or ITER_SLOW. */
export function iterNext(it: PyObject): IterStep {
  if (it instanceof PyIterator) return it.next();
  return ITER_SLOW;
}

function isStop(e: unknown): boolean {
  return e instanceof PyBaseException && e.type.isSubtypeOf(StopIteration);
}

/** One step: a value, or undefined when the iterator is exhausted (StopIteration is absorbed). */
export function* iterNextGen(it: PyObject): Gen<PyObject | undefined> {
  if (it instanceof PyIterator) {
    const v = it.next();
    if (v !== ITER_SLOW) return v;
    return yield* it.nextGen();
  }
  try {
    // A plain generator (sum(x for x in ...), list(gen)): the VM resumes it directly, as generator.__next__
    // would, without the method lookup and two more generators per item.
    if (it instanceof PyGenerator && it.type === generatorType) return (yield new GenResumeRequest(it, None, null) as never) as PyObject;
    const m = typeOf(it).lookup("__next__");
    if (m === undefined) throw typeError(`'${typeName(it)}' object is not an iterator`);
    return yield* callMethodGen(m, it, []);
  } catch (e) {
    if (isStop(e)) return undefined;
    throw e;
  }
}

/** next(it) raising StopIteration (for the builtin and __next__ callers that want the exception). */
export function* nextOrRaiseGen(it: PyObject): NativeGen {
  if (!(it instanceof PyIterator) && typeOf(it).lookup("__next__") === undefined) {
    throw typeError(`'${typeName(it)}' object is not an iterator`);
  }
  if (!(it instanceof PyIterator)) return yield* callMethodGen(typeOf(it).lookup("__next__")!, it, []);
  const v = yield* iterNextGen(it);
  if (v === undefined) throw newStop();
  return v;
}

function newStop(): PyBaseException {
  return new PyBaseException(StopIteration);
}

/** The items of a list/tuple without copying concerns (caller must not mutate), or undefined. */
export function toArrayFast(x: PyObject): PyObject[] | undefined {
  if (typeof x === "object") {
    if ((x instanceof PyList && x.type === listType) || (x instanceof PyTuple && x.type === tupleType)) return x.items.slice();
    if (x instanceof PyDict && x.type === dictType) {
      const out: PyObject[] = [];
      for (const n of x.map.keys()) out.push(x.keyOf(n));
      return out;
    }
    if (x instanceof PySet && (x.type === setType || x.type === frozensetType)) return setOrder(x);
    if (x instanceof PyRange && typeof x.length === "number" && x.length < 1e8) {
      const out: PyObject[] = [];
      const it = rangeIter(x);
      for (let v = it.next(); v !== undefined; v = it.next()) out.push(v as PyObject);
      return out;
    }
  } else if (typeof x === "string") return Array.from(x);
  return undefined;
}

/** list(x)'s items (a fresh array). */
export function* toArrayGen(x: PyObject): Gen<PyObject[]> {
  const f = toArrayFast(x);
  if (f !== undefined) return f;
  const it = yield* getIterGen(x);
  const out: PyObject[] = [];
  if (it instanceof PyIterator) {
    for (;;) {
      let v = it.next();
      if (v === ITER_SLOW) v = yield* it.nextGen();
      if (v === undefined) return out;
      out.push(v);
    }
  }
  for (;;) {
    const v = yield* iterNextGen(it);
    if (v === undefined) return out;
    out.push(v);
  }
}

/** UNPACK_SEQUENCE: exactly n items. */
export function* unpackGen(x: PyObject, n: number): Gen<PyObject[]> {
  if ((x instanceof PyTuple || x instanceof PyList) && (x.type === tupleType || x.type === listType)) {
    const items = x.items;
    if (items.length === n) return items.slice();
    if (items.length < n) throw valueError(`not enough values to unpack (expected ${n}, got ${items.length})`);
    throw valueError(`too many values to unpack (expected ${n})`);
  }
  const it = yield* unpackIter(x);
  const out: PyObject[] = [];
  for (let i = 0; i < n; i++) {
    const v = yield* iterNextGen(it);
    if (v === undefined) throw valueError(`not enough values to unpack (expected ${n}, got ${i})`);
    out.push(v);
  }
  if ((yield* iterNextGen(it)) !== undefined) throw valueError(`too many values to unpack (expected ${n})`);
  return out;
}

function* unpackIter(x: PyObject): Gen<PyObject> {
  const t = typeOf(x);
  if (t.lookup("__iter__") === undefined && t.lookup("__getitem__") === undefined && typeof x !== "string") {
    throw typeError(`cannot unpack non-iterable ${t.name} object`);
  }
  return yield* getIterGen(x);
}

/** UNPACK_EX: `before` items, a list of the middle, `after` items. */
export function* unpackExGen(x: PyObject, before: number, after: number): Gen<PyObject[]> {
  const items = yield* toArrayGen(yield* unpackIter(x));
  if (items.length < before + after) {
    throw valueError(`not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
  }
  const out = items.slice(0, before);
  out.push(new PyList(items.slice(before, items.length - after)));
  for (let i = items.length - after; i < items.length; i++) out.push(items[i]);
  return out;
}

/** reversed(x). */
export function* reversedGen(x: PyObject): NativeGen {
  if (x instanceof PyList && !(x.type.flags & TypeFlag.Heap)) return new PyListRevIter(x);
  if (x instanceof PyRange) return rangeRevIter(x);
  if (x instanceof PyTuple && x.type === tupleType) return new PyListIter(x.items.slice().reverse());
  if (typeof x === "string") return new PyListIter(Array.from(x).reverse());
  if (x instanceof PyDict && x.type === dictType) return new PyDictIter(x, DictIterKind.Keys, true);
  const t = typeOf(x);
  const m = t.lookup("__reversed__");
  if (m === None) throw typeError(`'${t.name}' object is not reversible`);
  if (m !== undefined) return yield* callMethodGen(m, x, []);
  if (t.lookup("__getitem__") === undefined || t.lookup("__len__") === undefined || x instanceof PyDict || x instanceof PySet) {
    throw typeError(`'${t.name}' object is not reversible`);
  }
  const n = yield* lenGen(x);
  return new PyReversed(x, n - 1);
}

/** iter(x) / iter(callable, sentinel). */
export function* iterBuiltinGen(args: PyObject[], kwargs: KwArgs | null): NativeGen {
  if (kwargs !== null && kwargs.size > 0) throw typeError("iter() takes no keyword arguments");
  if (args.length === 1) return yield* getIterGen(args[0]);
  if (args.length === 2) {
    if (!isCallable(args[0])) throw typeError("iter(v, w): v must be callable");
    return new PyCallableIter(args[0], args[1]);
  }
  throw typeError(`iter expected ${args.length === 0 ? "at least 1 argument" : "at most 2 arguments"}, got ${args.length}`);
}

// Wire the hooks of the files this one depends on.
setIterHooks(getIterGen, iterNextGen);
setGetIterHook(getIterGen);
setIteratorHooks(iterNext, iterNextGen, (obj, i) => getItemGen(obj, i), (msg) => valueError(msg));

reversedType.dict.set("__new__", new PyBuiltin("__new__", ((args: PyObject[], kwargs: KwArgs | null) => {
  if (kwargs !== null && kwargs.size > 0) throw typeError("reversed() takes no keyword arguments");
  if (args.length !== 2) throw typeError(`reversed expected 1 argument, got ${args.length - 1}`);
  return reversedGen(args[1]);
}) as never, true));

export type { PyType };
