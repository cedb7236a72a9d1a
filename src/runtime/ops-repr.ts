// ops-repr.ts — repr of containers whose items may need Python (list, tuple, dict, set and the dict
// views), with CPython's recursion markers `[...]`, `{...}`, and the sort used by list.sort/sorted.
import { PyObject, PyList, PyTuple, typeOf, typeName } from "./object.js";
import { PyDict } from "./dict.js";
import { reprGen, reprFast, reprActive } from "./ops-object.js";
import { compareBoolGen, compareFast, CmpOp } from "./ops-compare.js";
import { callGen, type Gen } from "./ops-call.js";
import { valueError } from "./exceptions.js";

/** "[a, b]" / "(a,)" / "{a, b}" over items, `self` guarding recursion. */
export function* reprItemsGen(self: PyObject, items: PyObject[], open: string, close: string, recur: string): Gen<string> {
  if (reprActive.has(self)) return recur;
  reprActive.add(self);
  try {
    let s = open;
    for (let i = 0; i < items.length; i++) {
      const it = items[i];
      const r = reprFast(it);
      s += (i === 0 ? "" : ", ") + (r !== undefined ? r : yield* reprGen(it));
    }
    return s + close;
  } finally {
    reprActive.delete(self);
  }
}

export function* listReprGen(l: PyList): Gen<string> {
  if (l.items.length === 0) return "[]";
  return yield* reprItemsGen(l, l.items.slice(), "[", "]", "[...]");
}

export function* tupleReprGen(t: PyTuple): Gen<string> {
  if (t.items.length === 0) return "()";
  return yield* reprItemsGen(t, t.items, "(", t.items.length === 1 ? ",)" : ")", "(...)");
}

export function* dictReprGen(d: PyDict): Gen<string> {
  if (d.map.size === 0) return "{}";
  if (reprActive.has(d)) return "{...}";
  reprActive.add(d);
  try {
    let s = "{";
    let first = true;
    for (const [n, v] of Array.from(d.map.entries())) {
      const k = d.keyOf(n);
      const kr = reprFast(k) ?? (yield* reprGen(k));
      const vr = reprFast(v) ?? (yield* reprGen(v));
      s += (first ? "" : ", ") + kr + ": " + vr;
      first = false;
    }
    return s + "}";
  } finally {
    reprActive.delete(d);
  }
}

// ---- sorting ----

function strCmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Sorts `items` in place by `keyFn` (None: the items) with Python's `<`, stable, honouring reverse the
 * way CPython does (reverse, stable sort, reverse). Comparisons that need Python are resumable.
 */
export function* sortItemsGen(items: PyObject[], keyFn: PyObject | null, reverse: boolean): Gen<void> {
  const n = items.length;
  if (n < 2) return;
  let keys: PyObject[];
  if (keyFn === null) keys = items;
  else {
    keys = new Array(n);
    for (let i = 0; i < n; i++) keys[i] = yield* callGen(keyFn, [items[i]]);
  }
  if (reverse) {
    items.reverse();
    if (keys !== items) keys.reverse();
  }
  // Plain path: all keys are JS numbers, or all are str.
  let kind = typeof keys[0];
  for (let i = 1; i < n && (kind === "number" || kind === "string"); i++) if (typeof keys[i] !== kind) kind = "object";
  const idx: number[] = new Array(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  if (kind === "number") idx.sort((a, b) => (keys[a] as number) - (keys[b] as number));
  else if (kind === "string") idx.sort((a, b) => strCmp(keys[a] as string, keys[b] as string));
  else yield* mergeSortGen(idx, keys);
  const src = items.slice();
  for (let i = 0; i < n; i++) items[i] = src[idx[i]];
  if (reverse) items.reverse();
}

function* lessGen(a: PyObject, b: PyObject): Gen<boolean> {
  return yield* compareBoolGen(a, b, CmpOp.Lt);
}

/** Bottom-up stable merge sort of index array `idx` by keys, with `<` only. */
function* mergeSortGen(idx: number[], keys: PyObject[]): Gen<void> {
  const n = idx.length;
  let src = idx.slice();
  let dst = new Array<number>(n);
  // Insertion-sort runs of 8 first: fewer comparisons on small lists.
  const RUN = 8;
  for (let lo = 0; lo < n; lo += RUN) {
    const hi = Math.min(lo + RUN, n);
    for (let i = lo + 1; i < hi; i++) {
      const x = src[i];
      let j = i - 1;
      while (j >= lo && (compareFast(keys[x], keys[src[j]], CmpOp.Lt) ?? (yield* lessGen(keys[x], keys[src[j]])))) {
        src[j + 1] = src[j];
        j--;
      }
      src[j + 1] = x;
    }
  }
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n), hi = Math.min(lo + 2 * width, n);
      let i = lo, j = mid, k = lo;
      while (i < mid && j < hi) {
        // the plain comparison first: no generator per step for tuples of numbers and strings
        if (compareFast(keys[src[j]], keys[src[i]], CmpOp.Lt) ?? (yield* lessGen(keys[src[j]], keys[src[i]]))) dst[k++] = src[j++];
        else dst[k++] = src[i++];
      }
      while (i < mid) dst[k++] = src[i++];
      while (j < hi) dst[k++] = src[j++];
    }
    const t = src;
    src = dst;
    dst = t;
  }
  for (let i = 0; i < n; i++) idx[i] = src[i];
}

/** list.sort on a list: the list reads as empty while sorting, as in CPython. */
export function* listSortGen(l: PyList, keyFn: PyObject | null, reverse: boolean): Gen<void> {
  const items = l.items;
  l.items = [];
  try {
    yield* sortItemsGen(items, keyFn, reverse);
  } finally {
    const modified = l.items.length > 0;
    l.items = items;
    if (modified) throw valueError("list modified during sort");
  }
}

export { typeOf, typeName };
