// collections-deque.ts — collections.deque (native): a double-ended queue with an optional maxlen, with
// the methods, errors and repr of CPython 3.11's Modules/_collectionsmodule.c as documented at
// docs.python.org/3.11/library/collections.html#collections.deque. Items live in a JS array; `state`
// counts structural changes so an iterator can report "deque mutated during iteration".
import {
  PyObj, PyObject, PyType, PyTuple, KwArgs, AttrMap, None, NotImplemented, TypeFlag, typeOf, typeName,
  newTuple, newList,
} from "../runtime/object.js";
import { typeError, valueError, indexError, runtimeError, stopIteration } from "../runtime/exceptions.js";
import { defineMethods, defineGenMethods, defineGetters, defineClassMethods } from "../runtime/builtin-function.js";
import { PyIterator, ITER_SLOW, type IterStep } from "../runtime/ops-iter.js";
import { seqCompareGen, cmpNames } from "../runtime/ops-compare.js";
import { reprItemsGen } from "../runtime/ops-repr.js";
import { asIndex } from "../runtime/ops-object.js";
import { PySlice } from "../runtime/types/slice.js";
import { genericAlias } from "../runtime/types/generic-alias.js";
import { typeCallGen } from "../runtime/ops-call.js";
import { nativeType, reprOfGen, equalGen, itemsOf, intArg, isNone, forEachGen, type Gen } from "./native-helpers.js";

export const dequeType = nativeType("deque", "collections", undefined, TypeFlag.BaseType);
const dequeIterType = nativeType("_deque_iterator", "_collections", undefined, TypeFlag.None);
const dequeRevIterType = nativeType("_deque_reverse_iterator", "_collections", undefined, TypeFlag.None);

export class PyDeque extends PyObj {
  /** Items live in buf[head..]: popleft and appendleft move `head` instead of shifting the array. */
  buf: PyObject[] = [];
  head = 0;
  maxlen: number | null = null;
  state = 0;
  /** Instance attributes of user subclasses. */
  dict: AttrMap | null;
  constructor(type: PyType) {
    super(type);
    this.dict = type === dequeType ? null : new Map();
  }
  get length(): number {
    return this.buf.length - this.head;
  }
  /** The items as one plain array (compacted first), for the operations that are not at the ends. */
  get items(): PyObject[] {
    this.compact();
    return this.buf;
  }
  compact(): void {
    if (this.head > 0) {
      this.buf = this.buf.slice(this.head);
      this.head = 0;
    }
  }
  set items(v: PyObject[]) {
    this.buf = v;
    this.head = 0;
  }
  at(i: number): PyObject {
    return this.buf[this.head + i];
  }
  popLeft(): PyObject {
    const v = this.buf[this.head];
    this.buf[this.head++] = undefined as unknown as PyObject;
    if (this.head === this.buf.length) this.items = [];
    else if (this.head > 64 && this.head * 2 > this.buf.length) this.compact(); // half the array is dead
    return v;
  }
  pushLeft(x: PyObject): void {
    if (this.head === 0) {
      // Make room in front: as much again as the deque holds, so repeated appendleft stays linear.
      const n = this.buf.length;
      const pad = Math.max(8, n);
      const nb: PyObject[] = new Array(pad + n);
      for (let i = 0; i < n; i++) nb[pad + i] = this.buf[i];
      this.buf = nb;
      this.head = pad;
    }
    this.buf[--this.head] = x;
  }
}
dequeType.newInstance = (cls) => new PyDeque(cls);

class PyDequeIter extends PyIterator {
  i = 0;
  readonly state: number;
  constructor(readonly d: PyDeque, readonly reverse: boolean) {
    super(reverse ? dequeRevIterType : dequeIterType);
    this.state = d.state;
  }
  next(): IterStep {
    const d = this.d;
    if (d.state !== this.state) throw runtimeError("deque mutated during iteration");
    const n = d.length;
    if (this.i >= n) return undefined;
    return this.reverse ? d.at(n - 1 - this.i++) : d.at(this.i++);
  }
}
for (const t of [dequeIterType, dequeRevIterType]) {
  defineMethods(t, {
    __iter__: ([self]) => self,
    __next__: ([self]) => {
      const v = (self as PyDequeIter).next();
      if (v === undefined || v === ITER_SLOW) throw stopIteration();
      return v;
    },
    __length_hint__: ([self]) => Math.max(0, (self as PyDequeIter).d.length - (self as PyDequeIter).i),
  });
}

function D(x: PyObject): PyDeque {
  if (!(x instanceof PyDeque)) throw typeError(`descriptor requires a 'collections.deque' object but received a '${typeName(x)}'`);
  return x;
}

/** Appends on the right, dropping from the left past maxlen. */
function pushRight(d: PyDeque, x: PyObject): void {
  if (d.maxlen === 0) return;
  d.buf.push(x);
  if (d.maxlen !== null && d.length > d.maxlen) d.popLeft();
  d.state++;
}
function pushLeft(d: PyDeque, x: PyObject): void {
  if (d.maxlen === 0) return;
  d.pushLeft(x);
  if (d.maxlen !== null && d.length > d.maxlen) d.buf.pop();
  d.state++;
}

function* extend(d: PyDeque, iterable: PyObject, left: boolean): Gen<void> {
  // Extending a deque with itself reads a snapshot first, as CPython does.
  const src = iterable === d ? d.items.slice() : null;
  if (src !== null) {
    for (const x of src) left ? pushLeft(d, x) : pushRight(d, x);
    return;
  }
  yield* forEachGen(iterable, function* (x) {
    left ? pushLeft(d, x) : pushRight(d, x);
  });
}

/** A valid index into d for item access ("deque index out of range"). */
function indexOf(d: PyDeque, key: PyObject): number {
  const v = asIndex(key);
  if (v === null) throw typeError(`sequence index must be integer, not '${typeName(key)}'`);
  const n = d.length;
  let i = typeof v === "bigint" ? (v < 0n ? -Infinity : Infinity) : v;
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw indexError("deque index out of range");
  return i;
}

function rotate(d: PyDeque, k: number): void {
  const n = d.items.length;
  if (n <= 1) return;
  k %= n;
  if (k < 0) k += n;
  if (k === 0) return;
  d.items = d.items.slice(n - k).concat(d.items.slice(0, n - k));
  d.state++;
}

/** A new deque of type(self) holding `items` (the copy/+/* results keep the subclass and maxlen). */
function* sameKind(d: PyDeque, items: PyObject[]): Gen<PyObject> {
  const t = typeOf(d);
  if (t === dequeType) {
    const r = new PyDeque(dequeType);
    r.maxlen = d.maxlen;
    for (const x of items) pushRight(r, x);
    return r;
  }
  const args: PyObject[] = [newList(items)];
  if (d.maxlen !== null) args.push(d.maxlen);
  return yield* typeCallGen(t, args, null);
}

function* dequeRepr(d: PyDeque): Gen<string> {
  const name = typeOf(d).name;
  const body = yield* reprItemsGen(d, d.items, "[", "]", "[...]");
  if (body === "[...]") return body;
  return d.maxlen === null ? `${name}(${body})` : `${name}(${body}, maxlen=${d.maxlen})`;
}

function maxlenArg(x: PyObject | undefined): number | null {
  if (isNone(x)) return null;
  const v = asIndex(x!);
  if (v === null) throw typeError("an integer is required");
  if (v < 0) throw valueError("maxlen must be non-negative");
  return Number(v);
}

function* dequeIndex(args: PyObject[]): Gen<PyObject> {
  if (args.length < 2) throw typeError(`index expected at least 1 argument, got ${args.length - 1}`);
  if (args.length > 4) throw typeError(`index expected at most 3 arguments, got ${args.length - 1}`);
  const d = D(args[0]);
  const n = d.items.length;
  const bound = (x: PyObject | undefined, dflt: number): number => {
    if (x === undefined) return dflt;
    const v = asIndex(x);
    if (v === null) throw typeError("slice indices must be integers or have an __index__ method");
    let i = Number(v);
    if (i < 0) i = Math.max(0, i + n);
    return Math.min(i, n);
  };
  const start = bound(args[2], 0), stop = bound(args[3], n);
  const state = d.state;
  for (let i = start; i < stop && i < d.items.length; i++) {
    if (yield* equalGen(d.items[i], args[1])) return i;
    if (d.state !== state) throw runtimeError("deque mutated during iteration");
  }
  throw valueError(`${yield* reprOfGen(args[1])} is not in deque`);
}


defineGenMethods(dequeType, {
  __init__: function* (args, kwargs) {
    const d = D(args[0]);
    if (args.length > 3) throw typeError(`deque() takes at most 2 arguments (${args.length - 1} given)`);
    let iterable = args[1];
    let maxlen = args[2];
    if (kwargs !== null) {
      for (const [k, v] of kwargs) {
        if (k === "iterable" && iterable === undefined) iterable = v;
        else if (k === "maxlen" && maxlen === undefined) maxlen = v;
        else throw typeError(`deque() got an unexpected keyword argument '${k}'`);
      }
    }
    d.maxlen = maxlenArg(maxlen);
    if (d.items.length > 0) {
      d.items = [];
      d.state++;
    }
    if (iterable !== undefined) yield* extend(d, iterable, false);
    return None;
  },
  extend: function* ([self, it]) {
    yield* extend(D(self), it, false);
    return None;
  },
  extendleft: function* ([self, it]) {
    yield* extend(D(self), it, true);
    return None;
  },
  count: function* (args) {
    if (args.length !== 2) throw typeError(`deque.count() takes exactly one argument (${args.length - 1} given)`);
    const d = D(args[0]);
    const state = d.state;
    let c = 0;
    for (const x of d.items.slice()) {
      if (yield* equalGen(x, args[1])) c++;
      if (d.state !== state) throw runtimeError("deque mutated during iteration");
    }
    return c;
  },
  index: (args) => dequeIndex(args),
  remove: function* ([self, x]) {
    const d = D(self);
    for (let i = 0; i < d.items.length; i++) {
      if (yield* equalGen(d.items[i], x)) {
        d.items.splice(i, 1);
        d.state++;
        return None;
      }
    }
    throw valueError(`${yield* reprOfGen(x)} is not in deque`);
  },
  __contains__: function* ([self, x]) {
    const d = D(self);
    const state = d.state;
    for (const y of d.items.slice()) {
      if (yield* equalGen(y, x)) return true;
      if (d.state !== state) throw runtimeError("deque mutated during iteration");
    }
    return false;
  },
  __repr__: ([self]) => dequeRepr(D(self)),
  __copy__: ([self]) => sameKind(D(self), D(self).items.slice()),
  copy: ([self]) => sameKind(D(self), D(self).items.slice()),
  __add__: function* ([self, other]) {
    const d = D(self);
    if (!(other instanceof PyDeque)) throw typeError(`can only concatenate deque (not "${typeName(other)}") to deque`);
    return yield* sameKind(d, d.items.concat(other.items));
  },
  __iadd__: function* ([self, other]) {
    yield* extend(D(self), other, false);
    return self;
  },
  __mul__: function* ([self, n]) {
    const d = D(self);
    const k = Math.max(0, Number(intArg(n)));
    const out: PyObject[] = [];
    for (let i = 0; i < k; i++) for (const x of d.items) out.push(x);
    return yield* sameKind(d, out);
  },
  __rmul__: function* ([self, n]) {
    const d = D(self);
    const k = Math.max(0, Number(intArg(n)));
    const out: PyObject[] = [];
    for (let i = 0; i < k; i++) for (const x of d.items) out.push(x);
    return yield* sameKind(d, out);
  },
  __imul__: function* ([self, n]) {
    const d = D(self);
    const k = Math.max(0, Number(intArg(n)));
    const src = d.items.slice();
    d.items = [];
    for (let i = 0; i < k; i++) for (const x of src) pushRight(d, x);
    d.state++;
    return self;
  },
});

// Rich comparisons: deque against deque only, item by item like lists.
for (let op = 0; op < 6; op++) {
  defineGenMethods(dequeType, {
    [cmpNames[op]]: function* ([self, other]): Gen<PyObject> {
      if (!(other instanceof PyDeque)) return NotImplemented;
      return yield* seqCompareGen(D(self).items.slice(), other.items.slice(), op);
    },
  });
}

defineMethods(dequeType, {
  append: ([self, x]) => (pushRight(D(self), x), None),
  appendleft: ([self, x]) => (pushLeft(D(self), x), None),
  pop: (args) => {
    if (args.length !== 1) throw typeError(`deque.pop() takes no arguments (${args.length - 1} given)`);
    const d = D(args[0]);
    if (d.length === 0) throw indexError("pop from an empty deque");
    d.state++;
    const v = d.buf.pop()!;
    if (d.length === 0) d.items = [];
    return v;
  },
  popleft: (args) => {
    if (args.length !== 1) throw typeError(`deque.popleft() takes no arguments (${args.length - 1} given)`);
    const d = D(args[0]);
    if (d.length === 0) throw indexError("pop from an empty deque");
    d.state++;
    return d.popLeft();
  },
  clear: ([self]) => {
    const d = D(self);
    d.items = [];
    d.state++;
    return None;
  },
  rotate: (args) => {
    if (args.length > 2) throw typeError(`rotate expected at most 1 argument, got ${args.length - 1}`);
    const d = D(args[0]);
    const k = args.length > 1 ? intArg(args[1]) : 1;
    rotate(d, typeof k === "bigint" ? Number(k % BigInt(Math.max(1, d.items.length))) : k);
    return None;
  },
  reverse: ([self]) => {
    const d = D(self);
    d.items.reverse();
    d.state++;
    return None;
  },
  insert: ([self, i, x]) => {
    const d = D(self);
    const n = d.items.length;
    if (d.maxlen !== null && n >= d.maxlen) throw indexError("deque already at its maximum size");
    let k = Number(intArg(i));
    if (k < 0) k = Math.max(0, k + n);
    d.items.splice(Math.min(k, n), 0, x);
    d.state++;
    return None;
  },
  __len__: ([self]) => D(self).length,
  __bool__: ([self]) => D(self).length > 0,
  __getitem__: ([self, key]) => {
    const d = D(self);
    if (key instanceof PySlice) throw typeError("sequence index must be integer, not 'slice'");
    return d.at(indexOf(d, key));
  },
  __setitem__: ([self, key, v]) => {
    const d = D(self);
    d.buf[d.head + indexOf(d, key)] = v;
    return None;
  },
  __delitem__: ([self, key]) => {
    const d = D(self);
    d.items.splice(indexOf(d, key), 1);
    d.state++;
    return None;
  },
  __iter__: ([self]) => new PyDequeIter(D(self), false),
  __reversed__: ([self]) => new PyDequeIter(D(self), true),
  __reduce__: ([self]) => {
    const d = D(self);
    return newTuple([typeOf(d), d.maxlen === null ? newTuple([newList(d.items.slice())]) : newTuple([newList(d.items.slice()), d.maxlen]), None]);
  },
});
dequeType.dict.set("__hash__", None);
dequeType.flags |= TypeFlag.Unhashable;
defineGetters(dequeType, { maxlen: (self) => (D(self).maxlen === null ? None : D(self).maxlen!) });
defineClassMethods(dequeType, { __class_getitem__: ([cls, item]) => genericAlias(cls, item) });
dequeType.dict.set("__doc__", "A list-like sequence optimized for data accesses near its endpoints.");
dequeType.changed();

export { PyTuple, itemsOf };
