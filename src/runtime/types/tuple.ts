// tuple.ts (types) — the methods of tuple: construction, index/count, item access, +, *, comparisons,
// hash and repr.
import { PyObject, PyType, PyTuple, KwArgs, NotImplemented, typeName, tupleType, newTuple } from "../object.js";
import { PyBuiltin, defineMethods, defineGenMethods, defineClassMethods } from "../builtin-function.js";
import { typeError } from "../exceptions.js";
import { noKw } from "../arg-parse.js";
import { toArrayGen } from "../ops-iter.js";
import { seqCompareGen, containsGen, cmpNames } from "../ops-compare.js";
import { tupleGetItem } from "../ops-item.js";
import { seqRepeat, seqSlots } from "../ops-arith.js";
import { hashGen } from "../ops-object.js";
import { tupleReprGen } from "../ops-repr.js";
import { PyListIter } from "./iterators.js";
import { seqIndexGen, seqCountGen } from "./list.js";
import { genericAlias } from "./generic-alias.js";
import type { NativeGen } from "../protocol.js";

function T(x: PyObject): PyTuple {
  return x as PyTuple;
}

function* tupleNew(args: PyObject[], kwargs: KwArgs | null): NativeGen {
  const cls = args[0] as PyType;
  noKw("tuple", kwargs);
  if (args.length > 2) throw typeError(`tuple expected at most 1 argument, got ${args.length - 1}`);
  if (args.length === 1) return cls === tupleType ? newTuple([]) : new PyTuple([], cls);
  const x = args[1];
  if (cls === tupleType && x instanceof PyTuple && x.type === tupleType) return x;
  const items = yield* toArrayGen(x);
  return cls === tupleType ? newTuple(items) : new PyTuple(items, cls);
}
tupleType.dict.set("__new__", new PyBuiltin("__new__", tupleNew as never, true, tupleType, "tuple.__new__"));

defineMethods(tupleType, {
  __len__: ([self]) => T(self).items.length,
  __getitem__: ([self, key]) => tupleGetItem(T(self), key),
  __iter__: ([self]) => new PyListIter(T(self).items, undefined),
  __add__: ([self, other]) => {
    if (!(other instanceof PyTuple)) throw typeError(`can only concatenate tuple (not "${typeName(other)}") to tuple`);
    return newTuple(T(self).items.concat(other.items));
  },
  __mul__: ([self, n]) => seqRepeat(self, n),
  __rmul__: ([self, n]) => seqRepeat(self, n),
  __getnewargs__: ([self]) => newTuple([newTuple(T(self).items.slice())]),
});
for (const n of ["__add__", "__mul__", "__rmul__"]) seqSlots.add(tupleType.dict.get(n)!);

defineGenMethods(tupleType, {
  index: function* (args) {
    return yield* seqIndexGen(T(args[0]).items, args.slice(1), "tuple");
  },
  count: function* ([self, x]) {
    return yield* seqCountGen(T(self).items, x);
  },
  __contains__: function* ([self, x]) {
    return yield* containsGen(newTuple(T(self).items), x);
  },
  __hash__: function* ([self]) {
    return yield* hashGen(newTuple(T(self).items));
  },
  __repr__: function* ([self]) {
    return yield* tupleReprGen(T(self));
  },
});
for (let op = 0; op < 6; op++) {
  defineGenMethods(tupleType, {
    [cmpNames[op]]: function* ([self, other]) {
      if (!(other instanceof PyTuple)) return NotImplemented;
      return yield* seqCompareGen(T(self).items, other.items, op);
    },
  });
}
defineClassMethods(tupleType, {
  __class_getitem__: ([cls, item]) => genericAlias(cls, item),
});
