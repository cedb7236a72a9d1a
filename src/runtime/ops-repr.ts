// ops-repr.ts — repr of containers whose items may need Python (list, tuple, dict, set and the dict
// views), with CPython's recursion markers `[...]`, `{...}`, and the sort used by list.sort/sorted.
import { PyObject, PyList, PyTuple, PyFloat, typeOf, typeName, floatType, tupleType } from "./object.js";
import { PyDict } from "./dict.js";
import { reprGen, reprFast, reprActive } from "./ops-object.js";
import { compareBoolGen, compareFast, strCmp, CmpOp } from "./ops-compare.js";
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

/** Any UTF-16 surrogate: where JS's `<` on strings (code units) and Python's (code points) may disagree. */
const SURROGATE = /[\uD800-\uDFFF]/;

/** Plain keys for sorting without Python: how to compare them. */
const enum SortKind { Generic, Number, Numeric, Str, Tuple }

/** A tuple item that compares without Python: 1 numeric (int, bool, float but nan), 2 str, 0 anything else. */
function plainItemKind(x: PyObject): number {
  switch (typeof x) {
    case "number":
    case "bigint":
    case "boolean":
      return 1;
    case "string":
      return 2;
  }
  return x instanceof PyFloat && x.type === floatType && x.value === x.value ? 1 : 0;
}

function numOf(x: PyObject): number | bigint {
  return typeof x === "object" ? (x as PyFloat).value : typeof x === "boolean" ? (x ? 1 : 0) : (x as number | bigint);
}

/**
 * How `keys` can be sorted in JS: all ints (JS numbers), all str, or all exact tuples whose items at each
 * position are all numeric or all str (then `<` is a total order and any stable sort gives CPython's result).
 */
function sortKind(keys: PyObject[]): SortKind {
  const k0 = keys[0];
  const t0 = typeof k0;
  if (t0 === "number" || t0 === "string") {
    let i = 1;
    while (i < keys.length && typeof keys[i] === t0) i++;
    if (i === keys.length) return t0 === "number" ? SortKind.Number : SortKind.Str;
    if (t0 === "string") return SortKind.Generic;
  }
  if (plainItemKind(k0) === 1) {
    // ints, bools and floats (no nan) mixed: one numeric order
    for (let i = 1; i < keys.length; i++) if (plainItemKind(keys[i]) !== 1) return SortKind.Generic;
    return SortKind.Numeric;
  }
  const kinds: number[] = [];
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (!(k instanceof PyTuple) || k.type !== tupleType) return SortKind.Generic;
    const items = k.items;
    for (let j = 0; j < items.length; j++) {
      const c = plainItemKind(items[j]);
      if (c === 0) return SortKind.Generic;
      if (j >= kinds.length) kinds.push(c);
      else if (kinds[j] !== c) return SortKind.Generic;
    }
  }
  return SortKind.Tuple;
}

/** Python's `<` order of two plain tuples (see sortKind) as -1/0/1; `native`: no surrogates in any str. */
function plainTupleCmp(x: PyObject[], y: PyObject[], native: boolean): number {
  const n = x.length < y.length ? x.length : y.length;
  for (let i = 0; i < n; i++) {
    const a = x[i], b = y[i];
    if (a === b) continue;
    if (typeof a === "string") {
      if (native) return a < (b as string) ? -1 : 1;
      return strCmp(a, b as string);
    }
    const na = numOf(a), nb = numOf(b);
    if (na < nb) return -1;
    if (na > nb) return 1;
  }
  return x.length - y.length;
}

function anySurrogate(keys: PyObject[], tuples: boolean): boolean {
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (typeof k === "string") {
      if (SURROGATE.test(k)) return true;
    } else if (tuples) {
      const items = (k as PyTuple).items;
      for (let j = 0; j < items.length; j++) if (typeof items[j] === "string" && SURROGATE.test(items[j] as string)) return true;
    }
  }
  return false;
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
  // Plain paths (Array.prototype.sort is stable): ints, str, tuples of those; the rest by merge sort with `<`.
  const kind = sortKind(keys);
  const idx: number[] = new Array(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  if (kind === SortKind.Number) idx.sort((a, b) => (keys[a] as number) - (keys[b] as number));
  else if (kind === SortKind.Numeric) {
    idx.sort((a, b) => { const x = numOf(keys[a]), y = numOf(keys[b]); return x < y ? -1 : x > y ? 1 : 0; });
  } else if (kind === SortKind.Str) {
    if (anySurrogate(keys, false)) idx.sort((a, b) => strCmp(keys[a] as string, keys[b] as string));
    else idx.sort((a, b) => { const x = keys[a] as string, y = keys[b] as string; return x < y ? -1 : x > y ? 1 : 0; });
  } else if (kind === SortKind.Tuple) {
    const tk: PyObject[][] = new Array(n);
    for (let i = 0; i < n; i++) tk[i] = (keys[i] as PyTuple).items;
    const native = !anySurrogate(keys, true);
    idx.sort((a, b) => plainTupleCmp(tk[a], tk[b], native));
  } else yield* mergeSortGen(idx, keys);
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
