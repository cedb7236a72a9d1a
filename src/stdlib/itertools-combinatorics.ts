// itertools-combinatorics.ts — itertools.product, permutations, combinations and
// combinations_with_replacement (native): the inputs are read into pools once, then index arrays step
// through the results in lexicographic order of positions, as docs.python.org/3.11/library/itertools.html
// specifies; no Python runs after construction, so each step is a plain `next()`.
import { PyObject, PyType, PyTuple, KwArgs, newTuple } from "../runtime/object.js";
import { typeError, valueError } from "../runtime/exceptions.js";
import { PyIterator, type IterStep } from "../runtime/ops-iter.js";
import { kwOnly, bindArgs } from "../runtime/arg-parse.js";
import { itemsOf, intArg, isNone, type Gen } from "./native-helpers.js";
import { iterType, newGen } from "./itertools-support.js";

export const productType = iterType("product");
export const permutationsType = iterType("permutations");
export const combinationsType = iterType("combinations");
export const cwrType = iterType("combinations_with_replacement");

/** Cartesian product: an odometer over the pools, rightmost wheel fastest. */
class PyProduct extends PyIterator {
  idx: number[] | null;
  constructor(readonly pools: PyObject[][]) {
    super(productType);
    this.idx = pools.some((p) => p.length === 0) ? null : new Array(pools.length).fill(0);
    this.started = false;
  }
  started: boolean;
  next(): IterStep {
    const idx = this.idx;
    if (idx === null) return undefined;
    if (this.started) {
      let i = idx.length - 1;
      while (i >= 0 && ++idx[i] === this.pools[i].length) idx[i--] = 0;
      if (i < 0) {
        this.idx = null;
        return undefined;
      }
    }
    this.started = true;
    return newTuple(idx.map((j, k) => this.pools[k][j]));
  }
}

/** r-length arrangements: CPython's cycles algorithm (docs' roughly-equivalent code), own wording. */
class PyPermutations extends PyIterator {
  indices: number[];
  cycles: number[];
  first = true;
  done: boolean;
  constructor(readonly pool: PyObject[], readonly r: number) {
    super(permutationsType);
    const n = pool.length;
    this.indices = Array.from({ length: n }, (_, i) => i);
    this.cycles = Array.from({ length: r }, (_, i) => n - i);
    this.done = r > n;
  }
  next(): IterStep {
    if (this.done) return undefined;
    const { indices, cycles, r } = this;
    const n = this.pool.length;
    if (!this.first) {
      let i = r - 1;
      for (; i >= 0; i--) {
        cycles[i]--;
        if (cycles[i] === 0) {
          // Rotate indices[i:] left by one and reset the cycle.
          const moved = indices[i];
          indices.splice(i, 1);
          indices.push(moved);
          cycles[i] = n - i;
        } else {
          const j = n - cycles[i];
          const t = indices[i];
          indices[i] = indices[j];
          indices[j] = t;
          break;
        }
      }
      if (i < 0) {
        this.done = true;
        return undefined;
      }
    }
    this.first = false;
    return newTuple(indices.slice(0, r).map((k) => this.pool[k]));
  }
}

/** r-combinations, with or without repeated elements: increasing (or non-decreasing) index tuples. */
class PyCombinations extends PyIterator {
  indices: number[];
  first = true;
  done: boolean;
  constructor(type: PyType, readonly pool: PyObject[], readonly r: number, readonly repeat: boolean) {
    super(type);
    this.indices = repeat ? new Array(r).fill(0) : Array.from({ length: r }, (_, i) => i);
    this.done = repeat ? pool.length === 0 && r > 0 : r > pool.length;
  }
  next(): IterStep {
    if (this.done) return undefined;
    const { indices, r } = this;
    const n = this.pool.length;
    if (!this.first) {
      let i = r - 1;
      // Find the rightmost index that can still move up.
      while (i >= 0 && indices[i] === (this.repeat ? n - 1 : i + n - r)) i--;
      if (i < 0) {
        this.done = true;
        return undefined;
      }
      indices[i]++;
      for (let j = i + 1; j < r; j++) indices[j] = this.repeat ? indices[i] : indices[j - 1] + 1;
    }
    this.first = false;
    return newTuple(indices.map((k) => this.pool[k]));
  }
}

function rArg(x: PyObject): number {
  const r = Number(intArg(x));
  if (r < 0) throw valueError("r must be non-negative");
  return r;
}

newGen(productType, function* (_cls, args, kwargs): Gen<PyObject> {
  const [rep] = kwOnly("product", kwargs, ["repeat"]);
  const repeat = rep === undefined ? 1 : Number(intArg(rep));
  if (repeat < 0) throw valueError("repeat argument cannot be negative");
  const pools: PyObject[][] = [];
  for (const a of args) pools.push(yield* itemsOf(a));
  const all: PyObject[][] = [];
  for (let i = 0; i < repeat; i++) all.push(...pools);
  return new PyProduct(all);
});

newGen(permutationsType, function* (_cls, args, kwargs): Gen<PyObject> {
  const [it, r] = bindArgs("permutations", args, kwargs, ["iterable", "r"], 1);
  const pool = yield* itemsOf(it!);
  return new PyPermutations(pool, isNone(r) ? pool.length : rArg(r!));
});

newGen(combinationsType, function* (_cls, args, kwargs): Gen<PyObject> {
  const [it, r] = bindArgs("combinations", args, kwargs, ["iterable", "r"], 2);
  const pool = yield* itemsOf(it!);
  return new PyCombinations(combinationsType, pool, rArg(r!), false);
});

newGen(cwrType, function* (_cls, args, kwargs): Gen<PyObject> {
  const [it, r] = bindArgs("combinations_with_replacement", args, kwargs, ["iterable", "r"], 2);
  const pool = yield* itemsOf(it!);
  return new PyCombinations(cwrType, pool, rArg(r!), true);
});

export { PyTuple, typeError, type KwArgs };
