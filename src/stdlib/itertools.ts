// itertools.ts — the itertools module (native): count, cycle, repeat, accumulate, chain(.from_iterable),
// compress, dropwhile, takewhile, filterfalse, groupby, islice, starmap, tee, zip_longest, pairwise, and
// the combinatoric ones from itertools-combinatorics.ts. Each object is a PyIterator: steps that need no
// Python are plain, the rest are resumable (the predicate, key or source iterator may be Python code).
// Reprs, argument errors and laziness follow docs.python.org/3.11/library/itertools.html and python3 3.11.
import { PyObject, PyModule, PyFloat, PyComplex, PyTuple, None, TypeFlag, newTuple, objectType } from "../runtime/object.js";
import { typeError, valueError, stopIteration } from "../runtime/exceptions.js";
import { defineMethods, defineGenMethods, defineClassMethods } from "../runtime/builtin-function.js";
import { PyIterator, ITER_SLOW, getIterGen, iterNextGen, iterNext, type IterStep } from "../runtime/ops-iter.js";
import { binaryOpFast, binaryOpGen, BinOp } from "../runtime/ops-arith.js";
import { asIndex } from "../runtime/ops-object.js";
import { bindArgs, argRange } from "../runtime/arg-parse.js";
import { nativeType, genFn, reprOfGen, truthOfGen, equalGen, callObj, itemsOf, isNone, intArg, type Gen } from "./native-helpers.js";
import { iterType, newGen } from "./itertools-support.js";
import { productType, permutationsType, combinationsType, cwrType } from "./itertools-combinatorics.js";

/** One step of a source iterator: plain when it can be, else through the VM. */
function* step(it: PyObject): Gen<PyObject | undefined> {
  const v = iterNext(it);
  return v !== ITER_SLOW ? v : yield* iterNextGen(it);
}

function* add(a: PyObject, b: PyObject): Gen<PyObject> {
  const r = binaryOpFast(a, b, BinOp.Add);
  return r !== undefined ? r : yield* binaryOpGen(a, b, BinOp.Add);
}

function isNumber(x: PyObject): boolean {
  return typeof x === "number" || typeof x === "bigint" || typeof x === "boolean" || x instanceof PyFloat || x instanceof PyComplex ||
    (typeof x === "object" && x.type.lookup("__index__") !== undefined) || (typeof x === "object" && x.type.lookup("__float__") !== undefined);
}

// ---- count / cycle / repeat ----

const countType = iterType("count");
class PyCount extends PyIterator {
  constructor(public n: PyObject, readonly step: PyObject) {
    super(countType);
  }
  next(): IterStep {
    const v = this.n;
    const r = binaryOpFast(v, this.step, BinOp.Add);
    if (r === undefined) return ITER_SLOW;
    this.n = r;
    return v;
  }
  override *nextGen(): Gen<PyObject | undefined> {
    const v = this.n;
    this.n = yield* add(v, this.step);
    return v;
  }
}
newGen(countType, function* (_cls, args, kwargs) {
  const [start = 0, stp = 1] = bindArgs("count", args, kwargs, ["start", "step"], 0);
  if (!isNumber(start) || !isNumber(stp)) throw typeError("a number is required");
  return new PyCount(start, stp);
});
defineGenMethods(countType, {
  __repr__: function* ([self]) {
    const c = self as PyCount;
    const s = yield* reprOfGen(c.n);
    const one = c.step === 1;
    return one ? `count(${s})` : `count(${s}, ${yield* reprOfGen(c.step)})`;
  },
});

const cycleType = iterType("cycle");
class PyCycle extends PyIterator {
  saved: PyObject[] = [];
  i = 0;
  constructor(public it: PyObject | null) {
    super(cycleType);
  }
  next(): IterStep {
    if (this.it !== null) return ITER_SLOW;
    if (this.saved.length === 0) return undefined;
    const v = this.saved[this.i];
    this.i = (this.i + 1) % this.saved.length;
    return v;
  }
  override *nextGen(): Gen<PyObject | undefined> {
    if (this.it !== null) {
      const v = yield* step(this.it);
      if (v !== undefined) {
        this.saved.push(v);
        return v;
      }
      this.it = null;
    }
    return this.next() as PyObject | undefined;
  }
}
newGen(cycleType, function* (_cls, args, kwargs) {
  if (kwargs !== null && kwargs.size > 0) throw typeError("cycle() takes no keyword arguments");
  argRange("cycle", args.length, 1, 1);
  return new PyCycle(yield* getIterGen(args[0]));
});

const repeatType = iterType("repeat");
class PyRepeat extends PyIterator {
  constructor(readonly obj: PyObject, public left: number | null) {
    super(repeatType);
  }
  next(): IterStep {
    if (this.left === null) return this.obj;
    if (this.left <= 0) return undefined;
    this.left--;
    return this.obj;
  }
}
newGen(repeatType, function* (_cls, args, kwargs) {
  const [obj, times] = bindArgs("repeat", args, kwargs, ["object", "times"], 1);
  return new PyRepeat(obj!, times === undefined ? null : Math.max(0, Number(intArg(times))));
});
defineGenMethods(repeatType, {
  __repr__: function* ([self]) {
    const r = self as PyRepeat;
    const o = yield* reprOfGen(r.obj);
    return r.left === null ? `repeat(${o})` : `repeat(${o}, ${r.left})`;
  },
});
defineMethods(repeatType, {
  __length_hint__: ([self]) => {
    const r = self as PyRepeat;
    if (r.left === null) throw typeError("len() of unsized object");
    return r.left;
  },
});

// ---- accumulate / chain / compress / dropwhile / takewhile / filterfalse / starmap / pairwise ----

const accumulateType = iterType("accumulate");
class PyAccumulate extends PyIterator {
  total: PyObject | undefined;
  constructor(readonly it: PyObject, readonly func: PyObject | null, initial: PyObject | undefined) {
    super(accumulateType);
    this.total = undefined;
    this.initial = initial;
  }
  initial: PyObject | undefined;
  next(): IterStep {
    return ITER_SLOW;
  }
  override *nextGen(): Gen<PyObject | undefined> {
    if (this.initial !== undefined) {
      this.total = this.initial;
      this.initial = undefined;
      return this.total;
    }
    const v = yield* step(this.it);
    if (v === undefined) return undefined;
    if (this.total === undefined) this.total = v;
    else this.total = this.func === null ? yield* add(this.total, v) : yield* callObj(this.func, [this.total, v]);
    return this.total;
  }
}
newGen(accumulateType, function* (_cls, args, kwargs) {
  const rest = kwargs === null ? null : new Map([...kwargs].filter(([k]) => k !== "initial"));
  const [it, func] = bindArgs("accumulate", args, rest, ["iterable", "func"], 1);
  const initial = kwargs?.get("initial");
  return new PyAccumulate(yield* getIterGen(it!), isNone(func) ? null : func!, isNone(initial) ? undefined : initial);
});

const chainType = iterType("chain");
class PyChain extends PyIterator {
  cur: PyObject | null = null;
  constructor(public sources: PyObject | null) {
    super(chainType);
  }
  next(): IterStep {
    return this.sources === null && this.cur === null ? undefined : ITER_SLOW;
  }
  override *nextGen(): Gen<PyObject | undefined> {
    for (;;) {
      if (this.cur !== null) {
        const v = yield* step(this.cur);
        if (v !== undefined) return v;
        this.cur = null;
      }
      if (this.sources === null) return undefined;
      const src = yield* step(this.sources);
      if (src === undefined) {
        this.sources = null;
        return undefined;
      }
      this.cur = yield* getIterGen(src);
    }
  }
}
newGen(chainType, function* (_cls, args, kwargs) {
  if (kwargs !== null && kwargs.size > 0) throw typeError("chain() takes no keyword arguments");
  return new PyChain(yield* getIterGen(newTuple(args)));
});
defineClassMethods(chainType, {
  from_iterable: (args) => {
    argRange("from_iterable", args.length - 1, 1, 1);
    return new PyLazyChain(args[1]) as PyObject;
  },
});
/** chain.from_iterable(x) calls iter(x) on its first step only when x is not iterable plainly. */
class PyLazyChain extends PyChain {
  constructor(readonly src: PyObject) {
    super(null);
    this.pending = true;
  }
  pending: boolean;
  override next(): IterStep {
    return ITER_SLOW;
  }
  override *nextGen(): Gen<PyObject | undefined> {
    if (this.pending) {
      this.pending = false;
      this.sources = yield* getIterGen(this.src);
    }
    return yield* super.nextGen();
  }
}

const compressType = iterType("compress");
class PyCompress extends PyIterator {
  constructor(readonly data: PyObject, readonly sel: PyObject) {
    super(compressType);
  }
  next(): IterStep {
    return ITER_SLOW;
  }
  override *nextGen(): Gen<PyObject | undefined> {
    for (;;) {
      const d = yield* step(this.data);
      if (d === undefined) return undefined;
      const s = yield* step(this.sel);
      if (s === undefined) return undefined;
      if (yield* truthOfGen(s)) return d;
    }
  }
}
newGen(compressType, function* (_cls, args, kwargs) {
  const [data, sel] = bindArgs("compress", args, kwargs, ["data", "selectors"], 2);
  return new PyCompress(yield* getIterGen(data!), yield* getIterGen(sel!));
});

const enum Pred { DropWhile, TakeWhile, FilterFalse }
const dropwhileType = iterType("dropwhile");
const takewhileType = iterType("takewhile");
const filterfalseType = iterType("filterfalse");
class PyPredIter extends PyIterator {
  switched = false;
  constructor(readonly kind: Pred, readonly pred: PyObject, readonly it: PyObject) {
    super(kind === Pred.DropWhile ? dropwhileType : kind === Pred.TakeWhile ? takewhileType : filterfalseType);
  }
  next(): IterStep {
    return this.kind === Pred.TakeWhile && this.switched ? undefined : ITER_SLOW;
  }
  override *nextGen(): Gen<PyObject | undefined> {
    for (;;) {
      if (this.kind === Pred.TakeWhile && this.switched) return undefined;
      const v = yield* step(this.it);
      if (v === undefined) return undefined;
      if (this.kind === Pred.DropWhile && this.switched) return v;
      const t = yield* truthOfGen(this.pred === None ? v : yield* callObj(this.pred, [v]));
      switch (this.kind) {
        case Pred.DropWhile:
          if (!t) {
            this.switched = true;
            return v;
          }
          break;
        case Pred.TakeWhile:
          if (t) return v;
          this.switched = true;
          return undefined;
        default:
          if (!t) return v;
      }
    }
  }
}
for (const [t, kind, name] of [[dropwhileType, Pred.DropWhile, "dropwhile"], [takewhileType, Pred.TakeWhile, "takewhile"], [filterfalseType, Pred.FilterFalse, "filterfalse"]] as const) {
  newGen(t, function* (_cls, args, kwargs) {
    if (kwargs !== null && kwargs.size > 0) throw typeError(`${name}() takes no keyword arguments`);
    argRange(name, args.length, 2, 2);
    return new PyPredIter(kind, args[0], yield* getIterGen(args[1]));
  });
}

const starmapType = iterType("starmap");
class PyStarmap extends PyIterator {
  constructor(readonly fn: PyObject, readonly it: PyObject) {
    super(starmapType);
  }
  next(): IterStep {
    return ITER_SLOW;
  }
  override *nextGen(): Gen<PyObject | undefined> {
    const v = yield* step(this.it);
    if (v === undefined) return undefined;
    return yield* callObj(this.fn, v instanceof PyTuple ? v.items : yield* itemsOf(v));
  }
}
newGen(starmapType, function* (_cls, args, kwargs) {
  if (kwargs !== null && kwargs.size > 0) throw typeError("starmap() takes no keyword arguments");
  argRange("starmap", args.length, 2, 2);
  return new PyStarmap(args[0], yield* getIterGen(args[1]));
});

const pairwiseType = iterType("pairwise");
class PyPairwise extends PyIterator {
  prev: PyObject | undefined = undefined;
  constructor(public it: PyObject | null) {
    super(pairwiseType);
  }
  next(): IterStep {
    return this.it === null ? undefined : ITER_SLOW;
  }
  override *nextGen(): Gen<PyObject | undefined> {
    if (this.it === null) return undefined;
    if (this.prev === undefined) {
      this.prev = yield* step(this.it);
      if (this.prev === undefined) {
        this.it = null;
        return undefined;
      }
    }
    const v = yield* step(this.it);
    if (v === undefined) {
      this.it = null;
      return undefined;
    }
    const r = newTuple([this.prev, v]);
    this.prev = v;
    return r;
  }
}
newGen(pairwiseType, function* (_cls, args, kwargs) {
  if (kwargs !== null && kwargs.size > 0) throw typeError("pairwise() takes no keyword arguments");
  argRange("pairwise", args.length, 1, 1);
  return new PyPairwise(yield* getIterGen(args[0]));
});

// ---- groupby ----

const groupbyType = iterType("groupby");
const grouperType = iterType("_grouper");
class PyGroupBy extends PyIterator {
  tgtkey: PyObject | undefined = undefined;
  currkey: PyObject | undefined = undefined;
  currvalue: PyObject | undefined = undefined;
  current: PyGrouper | null = null;
  constructor(readonly it: PyObject, readonly key: PyObject | null) {
    super(groupbyType);
  }
  next(): IterStep {
    return ITER_SLOW;
  }
  /** Reads the next value and its key; false when the source is exhausted. */
  *advance(): Gen<boolean> {
    const v = yield* step(this.it);
    if (v === undefined) return false;
    this.currkey = this.key === null ? v : yield* callObj(this.key, [v]);
    this.currvalue = v;
    return true;
  }
  override *nextGen(): Gen<PyObject | undefined> {
    this.current = null;
    // Skip what is left of the current group.
    for (;;) {
      if (this.currkey === undefined) {
        if (!(yield* this.advance())) return undefined;
      } else if (this.tgtkey === undefined) break;
      else if (!(yield* equalGen(this.tgtkey, this.currkey))) break;
      else if (!(yield* this.advance())) return undefined;
    }
    this.tgtkey = this.currkey;
    const g = new PyGrouper(this, this.tgtkey!);
    this.current = g;
    return newTuple([this.currkey!, g]);
  }
}
class PyGrouper extends PyIterator {
  constructor(readonly parent: PyGroupBy, readonly tgtkey: PyObject) {
    super(grouperType);
  }
  next(): IterStep {
    return this.parent.current !== this ? undefined : ITER_SLOW;
  }
  override *nextGen(): Gen<PyObject | undefined> {
    const p = this.parent;
    if (p.current !== this) return undefined;
    if (p.currvalue === undefined && !(yield* p.advance())) return undefined;
    if (!(yield* equalGen(this.tgtkey, p.currkey!))) return undefined;
    const v = p.currvalue!;
    p.currvalue = undefined;
    p.currkey = undefined;
    return v;
  }
}
newGen(groupbyType, function* (_cls, args, kwargs) {
  const [it, key] = bindArgs("groupby", args, kwargs, ["iterable", "key"], 1);
  return new PyGroupBy(yield* getIterGen(it!), isNone(key) ? null : key!);
});

// ---- islice ----

const isliceType = iterType("islice");
class PyIslice extends PyIterator {
  cnt = 0;
  constructor(public it: PyObject | null, public nextAt: number, readonly stop: number, readonly step: number) {
    super(isliceType);
  }
  next(): IterStep {
    return this.it === null ? undefined : ITER_SLOW;
  }
  override *nextGen(): Gen<PyObject | undefined> {
    const it = this.it;
    if (it === null) return undefined;
    while (this.cnt < this.nextAt) {
      const skipped = yield* step(it);
      if (skipped === undefined) {
        this.it = null;
        return undefined;
      }
      this.cnt++;
    }
    if (this.cnt >= this.stop) {
      this.it = null;
      return undefined;
    }
    const v = yield* step(it);
    if (v === undefined) {
      this.it = null;
      return undefined;
    }
    this.cnt++;
    this.nextAt = Math.min(this.nextAt + this.step, this.stop);
    return v;
  }
}
function sliceArg(x: PyObject | undefined, dflt: number, msg: string): number {
  if (x === undefined || x === None) return dflt;
  const v = asIndex(x);
  if (v === null || v < 0) throw valueError(msg);
  return Number(v);
}
newGen(isliceType, function* (_cls, args, kwargs) {
  if (kwargs !== null && kwargs.size > 0) throw typeError("islice() takes no keyword arguments");
  if (args.length < 2) throw typeError(`islice expected at least 2 arguments, got ${args.length}`);
  if (args.length > 4) throw typeError(`islice expected at most 4 arguments, got ${args.length}`);
  const STOP = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
  const IDX = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
  let start = 0, stop: number, stp = 1;
  if (args.length === 2) stop = sliceArg(args[1], Infinity, STOP);
  else {
    start = sliceArg(args[1], 0, IDX);
    stop = sliceArg(args[2], Infinity, STOP);
    if (args.length === 4) {
      const s = args[3];
      if (s !== None) {
        const v = asIndex(s);
        if (v === null || v <= 0) throw valueError("Step for islice() must be a positive integer or None.");
        stp = Number(v);
      }
    }
  }
  return new PyIslice(yield* getIterGen(args[0]), start, stop, stp);
});

// ---- tee / zip_longest ----

const teeType = nativeType("_tee", "itertools", objectType, TypeFlag.None);
defineMethods(teeType, { __iter__: ([self]) => self });
defineGenMethods(teeType, {
  __next__: function* ([self]) {
    const v = yield* (self as PyTee).nextGen();
    if (v === undefined) throw stopIteration();
    return v;
  },
  __copy__: function* ([self]) {
    const t = self as PyTee;
    const c = new PyTee(t.shared);
    c.i = t.i;
    return c;
  },
});
interface TeeShared { it: PyObject; items: PyObject[]; done: boolean }
class PyTee extends PyIterator {
  i = 0;
  constructor(readonly shared: TeeShared) {
    super(teeType);
  }
  next(): IterStep {
    const s = this.shared;
    if (this.i < s.items.length) return s.items[this.i++];
    return s.done ? undefined : ITER_SLOW;
  }
  override *nextGen(): Gen<PyObject | undefined> {
    const s = this.shared;
    if (this.i < s.items.length) return s.items[this.i++];
    if (s.done) return undefined;
    const v = yield* step(s.it);
    if (v === undefined) {
      s.done = true;
      return undefined;
    }
    s.items.push(v);
    this.i++;
    return v;
  }
}

const zipLongestType = iterType("zip_longest");
class PyZipLongest extends PyIterator {
  active: number;
  constructor(readonly its: (PyObject | null)[], readonly fill: PyObject) {
    super(zipLongestType);
    this.active = its.length;
  }
  next(): IterStep {
    return this.active === 0 ? undefined : ITER_SLOW;
  }
  override *nextGen(): Gen<PyObject | undefined> {
    if (this.active === 0 || this.its.length === 0) return undefined;
    const out: PyObject[] = [];
    for (let i = 0; i < this.its.length; i++) {
      const it = this.its[i];
      let v: PyObject | undefined = undefined;
      if (it !== null) {
        v = yield* step(it);
        if (v === undefined) {
          this.its[i] = null;
          if (--this.active === 0) return undefined;
        }
      }
      out.push(v === undefined ? this.fill : v);
    }
    return newTuple(out);
  }
}
newGen(zipLongestType, function* (_cls, args, kwargs) {
  let fill: PyObject = None;
  if (kwargs !== null) {
    for (const [k, v] of kwargs) {
      if (k !== "fillvalue") throw typeError("zip_longest() got an unexpected keyword argument");
      fill = v;
    }
  }
  const its: PyObject[] = [];
  for (const a of args) its.push(yield* getIterGen(a));
  return new PyZipLongest(its, fill);
});

// ---- the module ----

export function createItertools(): PyModule {
  const m = new PyModule("itertools");
  for (const t of [countType, cycleType, repeatType, accumulateType, chainType, compressType, dropwhileType, takewhileType,
    filterfalseType, starmapType, pairwiseType, groupbyType, isliceType, zipLongestType, productType, permutationsType,
    combinationsType, cwrType]) m.dict.set(t.name, t);
  m.dict.set("_grouper", grouperType);
  m.dict.set("_tee", teeType);
  genFn(m, "tee", function* (args) {
    argRange("tee", args.length, 1, 2);
    const n = args.length > 1 ? Number(intArg(args[1])) : 2;
    if (n < 0) throw valueError("n must be >= 0");
    const shared: TeeShared = { it: yield* getIterGen(args[0]), items: [], done: false };
    const out: PyObject[] = [];
    for (let i = 0; i < n; i++) out.push(new PyTee(shared));
    return newTuple(out);
  });
  return m;
}
