// list.ts (types) — the methods of list: construction, append/extend/insert/pop/remove/index/count/
// clear/copy/reverse/sort, item access, +, *, comparisons and repr.
import {
  PyObject, PyType, PyList, PyTuple, KwArgs, None, NotImplemented, TypeFlag, typeName, listType, typeOf,
} from "../object.js";
import { PyBuiltin, defineMethods, defineGenMethods, defineClassMethods } from "../builtin-function.js";
import { typeError, valueError, indexError } from "../exceptions.js";
import { noKw, argRange, kwOnly, exactlyOne } from "../arg-parse.js";
import { toArrayGen } from "../ops-iter.js";
import { eqGen, seqCompareGen, containsGen, cmpNames, eqFast } from "../ops-compare.js";
import { listGetItem, listSetItemGen } from "../ops-item.js";
import { seqRepeat, seqSlots } from "../ops-arith.js";
import { asIndex, truthGen, toSize } from "../ops-object.js";
import { listReprGen, listSortGen } from "../ops-repr.js";
import { PyListLiveIter, PyListRevIter } from "./iterators.js";
import { PySlice } from "./slice.js";
import { genericAlias } from "./generic-alias.js";
import type { Gen } from "../ops-call.js";

function L(x: PyObject): PyList {
  return x as PyList;
}

listType.dict.set("__new__", new PyBuiltin("__new__", (args: PyObject[]) => {
  return new PyList([], args[0] as PyType);
}, false, listType, "list.__new__"));

/** Clamps a start/stop argument of index()/count() like CPython's slice-index conversion. */
export function clampIndex(x: PyObject | undefined, len: number, dflt: number): number {
  if (x === undefined || x === None) return dflt;
  const v = asIndex(x);
  if (v === null) throw typeError("slice indices must be integers or have an __index__ method");
  let i = typeof v === "bigint" ? (v < 0n ? -Infinity : Infinity) : v;
  if (i < 0) {
    i += len;
    if (i < 0) i = 0;
  }
  return Math.min(i, len);
}

/** index(x, start, stop) over items with == (shared by list and tuple). */
export function* seqIndexGen(items: PyObject[], args: PyObject[], what: string): Gen<PyObject> {
  argRange("index", args.length, 1, 3);
  const x = args[0];
  const start = clampIndex(args[1], items.length, 0);
  const stop = clampIndex(args[2], items.length, items.length);
  for (let i = start; i < stop && i < items.length; i++) {
    if (items[i] === x) return i;
    const f = eqFast(items[i], x);
    if (f === true || (f === undefined && (yield* eqGen(items[i], x)))) return i;
  }
  throw valueError(what === "list" ? `${reprShort(x)} is not in list` : "tuple.index(x): x not in tuple");
}

function reprShort(x: PyObject): string {
  switch (typeof x) {
    case "number":
    case "bigint":
      return String(x);
    case "string":
      return `'${x}'`;
    case "boolean":
      return x ? "True" : "False";
  }
  return x === None ? "None" : `<${typeName(x)} object>`;
}

export function* seqCountGen(items: PyObject[], x: PyObject): Gen<PyObject> {
  let n = 0;
  for (let i = 0; i < items.length; i++) {
    if (items[i] === x) {
      n++;
      continue;
    }
    const f = eqFast(items[i], x);
    if (f === true || (f === undefined && (yield* eqGen(items[i], x)))) n++;
  }
  return n;
}

defineMethods(listType, {
  append: (args) => {
    exactlyOne("list.append", args.length - 1);
    L(args[0]).items.push(args[1]);
    return None;
  },
  insert: (args) => {
    argRange("insert", args.length - 1, 2, 2);
    const items = L(args[0]).items;
    let i = toSize(args[1]);
    if (i < 0) {
      i += items.length;
      if (i < 0) i = 0;
    } else if (i > items.length) i = items.length;
    items.splice(i, 0, args[2]);
    return None;
  },
  pop: (args) => {
    argRange("pop", args.length - 1, 0, 1);
    const items = L(args[0]).items;
    if (items.length === 0) throw indexError("pop from empty list");
    if (args.length === 1) return items.pop()!;
    let i = toSize(args[1]);
    if (i < 0) i += items.length;
    if (i < 0 || i >= items.length) throw indexError("pop index out of range");
    return items.splice(i, 1)[0];
  },
  clear: ([self]) => {
    L(self).items.length = 0;
    return None;
  },
  copy: ([self]) => new PyList(L(self).items.slice()),
  reverse: ([self]) => {
    L(self).items.reverse();
    return None;
  },
  __len__: ([self]) => L(self).items.length,
  __getitem__: ([self, key]) => listGetItem(L(self), key),
  __iter__: ([self]) => new PyListLiveIter(L(self)),
  __reversed__: ([self]) => new PyListRevIter(L(self)),
  __add__: ([self, other]) => {
    if (!(other instanceof PyList)) throw typeError(`can only concatenate list (not "${typeName(other)}") to list`);
    return new PyList(L(self).items.concat(other.items));
  },
  __mul__: ([self, n]) => seqRepeat(self, n),
  __rmul__: ([self, n]) => seqRepeat(self, n),
  __imul__: ([self, n]) => {
    const r = seqRepeat(self, n) as PyList;
    L(self).items = r.items;
    return self;
  },
  __sizeof__: ([self]) => 40 + 8 * L(self).items.length,
});
for (const n of ["__add__", "__mul__", "__rmul__"]) seqSlots.add(listType.dict.get(n)!);
listType.dict.set("__hash__", None);
listType.flags |= TypeFlag.Unhashable;

defineGenMethods(listType, {
  __init__: function* (args, kwargs) {
    noKw("list", kwargs);
    if (args.length > 2) throw typeError(`list expected at most 1 argument, got ${args.length - 1}`);
    const l = L(args[0]);
    const items = args.length === 2 ? yield* toArrayGen(args[1]) : [];
    l.items = items;
    return None;
  },
  extend: function* ([self, it]) {
    const l = L(self);
    if (it === self) l.items.push(...l.items.slice());
    else l.items.push(...(yield* toArrayGen(it)));
    return None;
  },
  __iadd__: function* ([self, it]) {
    const l = L(self);
    const add = it === self ? l.items.slice() : yield* toArrayGen(it);
    for (const x of add) l.items.push(x);
    return self;
  },
  remove: function* ([self, x]) {
    const items = L(self).items;
    for (let i = 0; i < items.length; i++) {
      if (items[i] === x || (yield* eqGen(items[i], x))) {
        items.splice(i, 1);
        return None;
      }
    }
    throw valueError("list.remove(x): x not in list");
  },
  index: function* (args) {
    return yield* seqIndexGen(L(args[0]).items, args.slice(1), "list");
  },
  count: function* ([self, x]) {
    return yield* seqCountGen(L(self).items, x);
  },
  sort: function* (args, kwargs) {
    if (args.length > 1) throw typeError("sort() takes no positional arguments");
    const [key, reverse] = kwOnly("sort", kwargs, ["key", "reverse"]);
    const rev = reverse === undefined ? false : yield* truthGen(reverse);
    yield* listSortGen(L(args[0]), key === undefined || key === None ? null : key, rev);
    return None;
  },
  __setitem__: function* ([self, key, value]) {
    yield* listSetItemGen(L(self), key, value);
    return None;
  },
  __delitem__: function* ([self, key]) {
    yield* listSetItemGen(L(self), key, undefined);
    return None;
  },
  __contains__: function* ([self, x]) {
    return yield* containsGen(new PyList(L(self).items), x);
  },
  __repr__: function* ([self]) {
    return yield* listReprGen(L(self));
  },
});

for (let op = 0; op < 6; op++) {
  defineGenMethods(listType, {
    [cmpNames[op]]: function* ([self, other]) {
      if (!(other instanceof PyList)) return NotImplemented;
      return yield* seqCompareGen(L(self).items, other.items, op);
    },
  });
}

defineClassMethods(listType, {
  __class_getitem__: ([cls, item]) => genericAlias(cls, item),
});

export { PyTuple, PySlice, typeOf };
