// heapq.ts — the heapq module (native): a binary min-heap on a plain list with the sift order of CPython
// 3.11's Modules/_heapqmodule.c (so the list looks the same after every call), comparisons through Python
// `<` (resumable, so a user __lt__ runs on the VM), plus nlargest/nsmallest and merge.
// nlargest/nsmallest return what the docs promise they equal — sorted(iterable, key=key[, reverse=True])[:n]
// — with a stable sort; merge yields the smallest head each step, ties going to the earlier iterable.
import { PyObject, PyModule, PyList, KwArgs, None, listType, typeName, newList, makeBuiltinType, TypeFlag } from "../runtime/object.js";
import { typeError, indexError } from "../runtime/exceptions.js";
import { compareBoolGen, CmpOp } from "../runtime/ops-compare.js";
import { lenFast } from "../runtime/ops-object.js";
import { sortItemsGen } from "../runtime/ops-repr.js";
import { getIterGen, iterNextGen, PyIterator, ITER_SLOW, type IterStep } from "../runtime/ops-iter.js";
import { kwOnly, bindArgs, argRange } from "../runtime/arg-parse.js";
import { defineMethods, defineGenMethods } from "../runtime/builtin-function.js";
import { stopIteration } from "../runtime/exceptions.js";
import { genFn, lessGen, callObj, itemsOf, equalGen, isNone, truthOfGen, type Gen } from "./native-helpers.js";

function heapArg(fname: string, x: PyObject, argWord = "argument 1"): PyObject[] {
  if (!(x instanceof PyList)) throw typeError(`${fname}() ${argWord} must be list, not ${typeName(x)}`);
  return x.items;
}

/** A `<` that is reversed for the max-heap helpers. */
type Less = (a: PyObject, b: PyObject) => Gen<boolean>;
const maxLess: Less = (a, b) => lessGen(b, a);

/** Moves heap[pos] up towards `start` while it is smaller than its parent. */
function* siftDown(h: PyObject[], start: number, pos: number, lt: Less): Gen<void> {
  const item = h[pos];
  while (pos > start) {
    const parentPos = (pos - 1) >> 1;
    const parent = h[parentPos];
    if (!(yield* lt(item, parent))) break;
    h[pos] = parent;
    pos = parentPos;
  }
  h[pos] = item;
}

/** Moves the smaller child up until heap[pos]'s item reaches a leaf, then sifts it back down. */
function* siftUp(h: PyObject[], pos: number, lt: Less): Gen<void> {
  const end = h.length;
  const start = pos;
  const item = h[pos];
  let child = 2 * pos + 1;
  while (child < end) {
    const right = child + 1;
    if (right < end && !(yield* lt(h[child], h[right]))) child = right;
    h[pos] = h[child];
    pos = child;
    child = 2 * pos + 1;
  }
  h[pos] = item;
  yield* siftDown(h, start, pos, lt);
}

function* heapPop(h: PyObject[], lt: Less): Gen<PyObject> {
  if (h.length === 0) throw indexError("index out of range");
  const last = h.pop()!;
  if (h.length === 0) return last;
  const top = h[0];
  h[0] = last;
  yield* siftUp(h, 0, lt);
  return top;
}

function* heapify(h: PyObject[], lt: Less): Gen<void> {
  for (let i = (h.length >> 1) - 1; i >= 0; i--) yield* siftUp(h, i, lt);
}

function* heapReplace(h: PyObject[], item: PyObject, lt: Less): Gen<PyObject> {
  if (h.length === 0) throw indexError("index out of range");
  const top = h[0];
  h[0] = item;
  yield* siftUp(h, 0, lt);
  return top;
}

// ---- nlargest / nsmallest ----

function* nBest(fname: string, args: PyObject[], kwargs: KwArgs | null, largest: boolean): Gen<PyObject> {
  const [n, iterable, key] = bindArgs(fname, args, kwargs, ["n", "iterable", "key"], 2);
  const keyFn = isNone(key) ? null : key!;
  if (n === undefined || iterable === undefined) throw typeError(`${fname}() missing required argument`);
  const size = lenFast(iterable!);
  if (size !== undefined && (yield* compareBoolGen(n, size, CmpOp.Ge))) {
    const all = yield* itemsOf(iterable);
    yield* sortItemsGen(all, keyFn, largest);
    return newList(all);
  }
  if (yield* compareBoolGen(n, 0, CmpOp.Le)) return newList([]);
  const all = yield* itemsOf(iterable);
  yield* sortItemsGen(all, keyFn, largest);
  const count = typeof n === "number" ? n : all.length;
  return newList(all.slice(0, count));
}

// ---- merge ----

const mergeType = makeBuiltinType("generator", undefined, TypeFlag.None);

class PyMerge extends PyIterator {
  heads: (PyObject | undefined)[] | null = null;
  keys: PyObject[] = [];
  its: PyObject[] = [];
  constructor(readonly sources: PyObject[], readonly key: PyObject | null, readonly reverse: boolean) {
    super(mergeType);
  }
  next(): IterStep {
    return ITER_SLOW;
  }
  override *nextGen(): Gen<PyObject | undefined> {
    if (this.heads === null) {
      this.heads = [];
      for (const s of this.sources) {
        const it = yield* getIterGen(s);
        this.its.push(it);
        const v = yield* iterNextGen(it);
        this.heads.push(v);
        this.keys.push(v === undefined || this.key === null ? v! : yield* callObj(this.key, [v]));
      }
    }
    const heads = this.heads;
    let best = -1;
    for (let i = 0; i < heads.length; i++) {
      if (heads[i] === undefined) continue;
      if (best < 0) best = i;
      else if (this.reverse ? yield* lessGen(this.keys[best], this.keys[i]) : yield* lessGen(this.keys[i], this.keys[best])) best = i;
    }
    if (best < 0) return undefined;
    const out = heads[best]!;
    const v = yield* iterNextGen(this.its[best]);
    heads[best] = v;
    if (v !== undefined) this.keys[best] = this.key === null ? v : yield* callObj(this.key, [v]);
    return out;
  }
}
defineMethods(mergeType, { __iter__: ([self]) => self });
defineGenMethods(mergeType, {
  __next__: function* ([self]) {
    const v = yield* (self as PyMerge).nextGen();
    if (v === undefined) throw stopIteration();
    return v;
  },
});

export function createHeapq(): PyModule {
  const m = new PyModule("heapq");
  m.dict.set("__all__", newList(["heappush", "heappop", "heapify", "heapreplace", "merge", "nlargest", "nsmallest", "heappushpop"]));
  genFn(m, "heappush", function* (args) {
    argRange("heappush", args.length, 2, 2);
    const h = heapArg("heappush", args[0]);
    h.push(args[1]);
    yield* siftDown(h, 0, h.length - 1, lessGen);
    return None;
  });
  genFn(m, "heappop", function* (args) {
    if (args.length !== 1) throw typeError(`_heapq.heappop() takes exactly one argument (${args.length} given)`);
    return yield* heapPop(heapArg("heappop", args[0], "argument"), lessGen);
  });
  genFn(m, "heapify", function* (args) {
    if (args.length !== 1) throw typeError(`_heapq.heapify() takes exactly one argument (${args.length} given)`);
    yield* heapify(heapArg("heapify", args[0], "argument"), lessGen);
    return None;
  });
  genFn(m, "heapreplace", function* (args) {
    argRange("heapreplace", args.length, 2, 2);
    return yield* heapReplace(heapArg("heapreplace", args[0]), args[1], lessGen);
  });
  genFn(m, "heappushpop", function* (args) {
    argRange("heappushpop", args.length, 2, 2);
    const h = heapArg("heappushpop", args[0]);
    let item = args[1];
    if (h.length === 0 || !(yield* lessGen(h[0], item))) return item;
    const top = h[0];
    h[0] = item;
    item = top;
    yield* siftUp(h, 0, lessGen);
    return item;
  });
  genFn(m, "_heappop_max", function* (args) {
    return yield* heapPop(heapArg("_heappop_max", args[0], "argument"), maxLess);
  });
  genFn(m, "_heapify_max", function* (args) {
    yield* heapify(heapArg("_heapify_max", args[0], "argument"), maxLess);
    return None;
  });
  genFn(m, "_heapreplace_max", function* (args) {
    return yield* heapReplace(heapArg("_heapreplace_max", args[0]), args[1], maxLess);
  });
  genFn(m, "nlargest", (args, kw) => nBest("nlargest", args, kw, true));
  genFn(m, "nsmallest", (args, kw) => nBest("nsmallest", args, kw, false));
  genFn(m, "merge", function* (args, kw) {
    const [key, reverse] = kwOnly("merge", kw, ["key", "reverse"]);
    const rev = reverse === undefined ? false : yield* truthOfGen(reverse);
    return new PyMerge(args, isNone(key) ? null : key!, rev);
  });
  void equalGen;
  return m;
}
