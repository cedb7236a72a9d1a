// iterators.ts — the builtin iterator objects: list/tuple/str/range/dict/set iterators, reversed
// iterators, the __getitem__ sequence iterator, iter(callable, sentinel), and enumerate, zip, map,
// filter, reversed. Each has a plain `next()` (ITER_SLOW when Python must run) and a resumable `nextGen()`.
import {
  PyObj, PyObject, PyType, PyList, PyTuple, None, makeBuiltinType, TypeFlag, newTuple, KwArgs, typeOf,
} from "../object.js";
import { PyDict, PySet, GenericKey } from "../dict.js";
import { runtimeError, typeError, stopIteration, StopIteration, IndexError, PyBaseException } from "../exceptions.js";
import { defineMethods, defineGenMethods, PyBuiltin } from "../builtin-function.js";
import { PyRange } from "./range.js";
import { callGen, type Gen } from "../ops-call.js";
import { truthGen, truthy, asIndex } from "../ops-object.js";
import { eqGen } from "../ops-compare.js";
import * as I from "../int-ops.js";
import { kwOnly } from "../arg-parse.js";
import { setOrder } from "../set-order.js";

/** Returned by a plain `next()` when the step needs Python (use nextGen). */
export const ITER_SLOW: unique symbol = Symbol("iter-slow");
export type IterStep = PyObject | undefined | typeof ITER_SLOW;

/** Base of builtin iterators: `next()` answers undefined when exhausted. */
export abstract class PyIterator extends PyObj {
  abstract next(): IterStep;
  *nextGen(): Gen<PyObject | undefined> {
    return this.next() as PyObject | undefined;
  }
}

function iterType(name: string): PyType {
  return makeBuiltinType(name, undefined, TypeFlag.None);
}

export const listIteratorType = iterType("list_iterator");
export const listReverseIteratorType = iterType("list_reverseiterator");
export const tupleIteratorType = iterType("tuple_iterator");
export const strIteratorType = iterType("str_ascii_iterator");
export const rangeIteratorType = iterType("range_iterator");
export const dictKeyIteratorType = iterType("dict_keyiterator");
export const dictValueIteratorType = iterType("dict_valueiterator");
export const dictItemIteratorType = iterType("dict_itemiterator");
export const dictRevKeyIteratorType = iterType("dict_reversekeyiterator");
export const setIteratorType = iterType("set_iterator");
export const seqIteratorType = iterType("iterator");
export const callableIteratorType = iterType("callable_iterator");
export const enumerateType = makeBuiltinType("enumerate");
export const zipType = makeBuiltinType("zip");
export const mapType = makeBuiltinType("map");
export const filterType = makeBuiltinType("filter");
export const reversedType = makeBuiltinType("reversed");

export class PyListIter extends PyIterator {
  i = 0;
  constructor(public seq: PyObject[] | null, type: PyType = listIteratorType) {
    super(type);
  }
  next(): IterStep {
    const s = this.seq;
    if (s !== null && this.i < s.length) return s[this.i++];
    this.seq = null;
    return undefined;
  }
}

/** Iterates a PyList live (appends during iteration are seen, as in CPython). */
export class PyListLiveIter extends PyIterator {
  i = 0;
  constructor(public list: PyList | null) {
    super(listIteratorType);
  }
  next(): IterStep {
    const l = this.list;
    if (l !== null && this.i < l.items.length) return l.items[this.i++];
    this.list = null;
    return undefined;
  }
}

export class PyListRevIter extends PyIterator {
  i: number;
  constructor(public list: PyList | null) {
    super(listReverseIteratorType);
    this.i = list === null ? -1 : list.items.length - 1;
  }
  next(): IterStep {
    const l = this.list;
    if (l !== null && this.i >= 0 && this.i < l.items.length) return l.items[this.i--];
    this.list = null;
    return undefined;
  }
}

export class PyStrIter extends PyIterator {
  i = 0;
  constructor(readonly s: string) {
    super(strIteratorType);
  }
  next(): IterStep {
    const s = this.s;
    const i = this.i;
    if (i >= s.length) return undefined;
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        this.i = i + 2;
        return s.slice(i, i + 2);
      }
    }
    this.i = i + 1;
    return s[i];
  }
}

export class PyRangeIter extends PyIterator {
  cur: I.Int;
  left: I.Int;
  constructor(readonly step: I.Int, start: I.Int, length: I.Int) {
    super(rangeIteratorType);
    this.cur = start;
    this.left = length;
  }
  next(): IterStep {
    const left = this.left;
    if (typeof left === "number") {
      if (left <= 0) return undefined;
      this.left = left - 1;
    } else {
      if (left <= 0n) return undefined;
      this.left = I.sub(left, 1);
    }
    const v = this.cur;
    if (typeof v === "number" && typeof this.step === "number") {
      const n = v + this.step;
      this.cur = n <= 9007199254740991 && n >= -9007199254740991 ? n : I.add(v, this.step);
    } else this.cur = I.add(v, this.step);
    return v;
  }
}

export function rangeIter(r: PyRange): PyRangeIter {
  return new PyRangeIter(r.step, r.start, r.length);
}

export function rangeRevIter(r: PyRange): PyRangeIter {
  const last = r.length === 0 ? r.start : r.at(I.sub(r.length, 1));
  return new PyRangeIter(I.neg(r.step), last, r.length);
}

export const enum DictIterKind { Keys, Values, Items }

export class PyDictIter extends PyIterator {
  it: Iterator<[unknown, PyObject]> | null;
  readonly size: number;
  constructor(readonly dict: PyDict, readonly kind: DictIterKind, reverse = false) {
    super(kind === DictIterKind.Keys ? (reverse ? dictRevKeyIteratorType : dictKeyIteratorType)
      : kind === DictIterKind.Values ? dictValueIteratorType : dictItemIteratorType);
    this.it = reverse ? Array.from(dict.map.entries()).reverse()[Symbol.iterator]() : dict.map.entries();
    this.size = dict.map.size;
  }
  next(): IterStep {
    const it = this.it;
    if (it === null) return undefined;
    if (this.dict.map.size !== this.size) {
      this.it = null;
      throw runtimeError("dictionary changed size during iteration");
    }
    const r = it.next();
    if (r.done) {
      this.it = null;
      return undefined;
    }
    const [norm, value] = r.value;
    if (this.kind === DictIterKind.Values) return value;
    const key = this.dict.keyOf(norm);
    return this.kind === DictIterKind.Keys ? key : newTuple([key, value]);
  }
}

export class PySetIter extends PyIterator {
  it: Iterator<PyObject> | null;
  readonly size: number;
  constructor(readonly set: PySet) {
    super(setIteratorType);
    this.it = setOrder(set)[Symbol.iterator]();
    this.size = set.map.size;
  }
  next(): IterStep {
    const it = this.it;
    if (it === null) return undefined;
    if (this.set.map.size !== this.size) {
      this.it = null;
      throw runtimeError("Set changed size during iteration");
    }
    const r = it.next();
    if (r.done) {
      this.it = null;
      return undefined;
    }
    return r.value;
  }
}

function isStopIteration(e: unknown): boolean {
  return e instanceof PyBaseException && e.type.isSubtypeOf(StopIteration);
}
function isIndexError(e: unknown): boolean {
  return e instanceof PyBaseException && e.type.isSubtypeOf(IndexError);
}

/** The iterator over an object that has __getitem__ but no __iter__. */
export class PySeqIter extends PyIterator {
  i = 0;
  constructor(public seq: PyObject | null) {
    super(seqIteratorType);
  }
  next(): IterStep {
    return this.seq === null ? undefined : ITER_SLOW;
  }
  override *nextGen(): Gen<PyObject | undefined> {
    if (this.seq === null) return undefined;
    try {
      return yield* getItemHook(this.seq, this.i++);
    } catch (e) {
      if (isIndexError(e) || isStopIteration(e)) {
        this.seq = null;
        return undefined;
      }
      throw e;
    }
  }
}

/** iter(callable, sentinel). */
export class PyCallableIter extends PyIterator {
  constructor(public fn: PyObject | null, readonly sentinel: PyObject) {
    super(callableIteratorType);
  }
  next(): IterStep {
    return this.fn === null ? undefined : ITER_SLOW;
  }
  override *nextGen(): Gen<PyObject | undefined> {
    if (this.fn === null) return undefined;
    let v: PyObject;
    try {
      v = yield* callGen(this.fn, []);
    } catch (e) {
      if (isStopIteration(e)) {
        this.fn = null;
        return undefined;
      }
      throw e;
    }
    if (yield* eqGen(v, this.sentinel)) {
      this.fn = null;
      return undefined;
    }
    return v;
  }
}

export class PyEnumerate extends PyIterator {
  constructor(readonly it: PyObject, public count: I.Int, type: PyType = enumerateType) {
    super(type);
  }
  next(): IterStep {
    const it = this.it;
    const v = it instanceof PyIterator ? it.next() : ITER_SLOW;
    if (v === undefined || v === ITER_SLOW) return v;
    return this.pair(v);
  }
  private pair(v: PyObject): PyObject {
    const c = this.count;
    this.count = typeof c === "number" && c < 9007199254740991 ? c + 1 : I.add(c, 1);
    return new PyTuple([c, v]);
  }
  override *nextGen(): Gen<PyObject | undefined> {
    const v = yield* iterNextGenHook(this.it);
    return v === undefined ? undefined : this.pair(v);
  }
}

export class PyZip extends PyIterator {
  constructor(public its: PyObject[] | null, readonly strict: boolean) {
    super(zipType);
  }
  next(): IterStep {
    return this.its === null ? undefined : ITER_SLOW;
  }
  override *nextGen(): Gen<PyObject | undefined> {
    const its = this.its;
    if (its === null || its.length === 0) return undefined;
    const out: PyObject[] = new Array(its.length);
    for (let i = 0; i < its.length; i++) {
      const v = yield* iterNextGenHook(its[i]);
      if (v === undefined) {
        this.its = null;
        if (this.strict) {
          if (i > 0) {
            const plural = i === 1 ? " " : "s 1-";
            throw new ZipStrictError(`zip() argument ${i + 1} is shorter than argument${plural}${i}`).exc();
          }
          for (let j = 1; j < its.length; j++) {
            const w = yield* iterNextGenHook(its[j]);
            if (w !== undefined) {
              const plural = j === 1 ? " " : "s 1-";
              throw new ZipStrictError(`zip() argument ${j + 1} is longer than argument${plural}${j}`).exc();
            }
          }
        }
        return undefined;
      }
      out[i] = v;
    }
    return newTuple(out);
  }
}

class ZipStrictError {
  constructor(readonly msg: string) {}
  exc(): PyBaseException {
    return valueErrorHook(this.msg);
  }
}

export class PyMap extends PyIterator {
  constructor(readonly fn: PyObject, public its: PyObject[] | null) {
    super(mapType);
  }
  next(): IterStep {
    return this.its === null ? undefined : ITER_SLOW;
  }
  override *nextGen(): Gen<PyObject | undefined> {
    const its = this.its;
    if (its === null) return undefined;
    const args: PyObject[] = new Array(its.length);
    for (let i = 0; i < its.length; i++) {
      const v = yield* iterNextGenHook(its[i]);
      if (v === undefined) {
        this.its = null;
        return undefined;
      }
      args[i] = v;
    }
    return yield* callGen(this.fn, args);
  }
}

export class PyFilter extends PyIterator {
  constructor(readonly fn: PyObject, public it: PyObject | null) {
    super(filterType);
  }
  next(): IterStep {
    return this.it === null ? undefined : ITER_SLOW;
  }
  override *nextGen(): Gen<PyObject | undefined> {
    const it = this.it;
    if (it === null) return undefined;
    for (;;) {
      const v = yield* iterNextGenHook(it);
      if (v === undefined) {
        this.it = null;
        return undefined;
      }
      let keep: boolean;
      if (this.fn === None) {
        const t = truthy(v);
        keep = t !== undefined ? t : yield* truthGen(v);
      } else {
        const r = yield* callGen(this.fn, [v]);
        const t = truthy(r);
        keep = t !== undefined ? t : yield* truthGen(r);
      }
      if (keep) return v;
    }
  }
}

/** reversed(seq) for objects with __len__ and __getitem__. */
export class PyReversed extends PyIterator {
  constructor(public seq: PyObject | null, public i: number) {
    super(reversedType);
  }
  next(): IterStep {
    return this.seq === null || this.i < 0 ? undefined : ITER_SLOW;
  }
  override *nextGen(): Gen<PyObject | undefined> {
    if (this.seq === null || this.i < 0) return undefined;
    try {
      return yield* getItemHook(this.seq, this.i--);
    } catch (e) {
      if (isIndexError(e) || isStopIteration(e)) {
        this.seq = null;
        return undefined;
      }
      throw e;
    }
  }
}

// ---- hooks to ops-iter / ops-item (they import this file) ----
let iterNextHook: (it: PyObject) => IterStep;
let iterNextGenHook: (it: PyObject) => Gen<PyObject | undefined>;
let getItemHook: (obj: PyObject, i: number) => Gen<PyObject>;
let valueErrorHook: (msg: string) => PyBaseException;
export function setIteratorHooks(
  next: (it: PyObject) => IterStep,
  nextGen: (it: PyObject) => Gen<PyObject | undefined>,
  getItem: (obj: PyObject, i: number) => Gen<PyObject>,
  valueError: (msg: string) => PyBaseException,
): void {
  iterNextHook = next;
  iterNextGenHook = nextGen;
  getItemHook = getItem;
  valueErrorHook = valueError;
}

// ---- Python-visible methods: every iterator is its own iterator; __next__ raises StopIteration ----

const iterSelf = ([self]: PyObject[]) => self;
function* nextMethod([self]: PyObject[]): Gen<PyObject> {
  const v = yield* (self as PyIterator).nextGen();
  if (v === undefined) throw stopIteration();
  return v;
}
for (const t of [
  listIteratorType, listReverseIteratorType, tupleIteratorType, strIteratorType, rangeIteratorType,
  dictKeyIteratorType, dictValueIteratorType, dictItemIteratorType, dictRevKeyIteratorType, setIteratorType,
  seqIteratorType, callableIteratorType, enumerateType, zipType, mapType, filterType, reversedType,
]) {
  defineMethods(t, { __iter__: iterSelf });
  defineGenMethods(t, { __next__: nextMethod });
}

// Constructors (each builtin's __new__ receives [cls, ...args]).
let getIterGenHook: (x: PyObject) => Gen<PyObject>;
export function setGetIterHook(g: (x: PyObject) => Gen<PyObject>): void {
  getIterGenHook = g;
}

function newGen(t: PyType, fn: (cls: PyType, args: PyObject[], kwargs: KwArgs | null) => Gen<PyObject>): void {
  t.dict.set("__new__", new PyBuiltin("__new__", ((args: PyObject[], kwargs: KwArgs | null) =>
    fn(args[0] as PyType, args.slice(1), kwargs)) as never, true));
}

newGen(enumerateType, function* (cls, args, kwargs) {
  let [iterable, start] = args;
  if (kwargs !== null && kwargs.size > 0) {
    const [it2, st2] = kwOnly("enumerate", kwargs, ["iterable", "start"]);
    if (it2 !== undefined) iterable = it2;
    if (st2 !== undefined) start = st2;
  }
  if (iterable === undefined) throw typeError("enumerate() missing required argument 'iterable' (pos 1)");
  if (args.length > 2) throw typeError(`enumerate() takes at most 2 arguments (${args.length} given)`);
  let n: I.Int = 0;
  if (start !== undefined) {
    const v = asIndex(start);
    if (v === null) throw typeError(`'${typeOf(start).name}' object cannot be interpreted as an integer`);
    n = v;
  }
  return new PyEnumerate(yield* getIterGenHook(iterable), n, cls);
});

newGen(zipType, function* (_cls, args, kwargs) {
  const [strict] = kwOnly("zip", kwargs, ["strict"]);
  const its: PyObject[] = [];
  for (const a of args) its.push(yield* getIterGenHook(a));
  return new PyZip(its, strict !== undefined && truthy(strict) === true);
});

newGen(mapType, function* (_cls, args, kwargs) {
  if (kwargs !== null && kwargs.size > 0) throw typeError("map() takes no keyword arguments");
  if (args.length < 2) throw typeError("map() must have at least two arguments.");
  const its: PyObject[] = [];
  for (let i = 1; i < args.length; i++) its.push(yield* getIterGenHook(args[i]));
  return new PyMap(args[0], its);
});

newGen(filterType, function* (_cls, args, kwargs) {
  if (kwargs !== null && kwargs.size > 0) throw typeError("filter() takes no keyword arguments");
  if (args.length !== 2) throw typeError(`filter expected 2 arguments, got ${args.length}`);
  return new PyFilter(args[0], yield* getIterGenHook(args[1]));
});

export { PyTuple, GenericKey };
