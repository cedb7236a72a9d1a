// itertools-support.ts — how the native itertools types are made: each is a builtin iterator type of
// module itertools whose instances are PyIterators (plain `next()`, resumable `nextGen()`), built by a
// `__new__` that receives (cls, args, kwargs) and may run Python (iter() of its arguments).
import { PyObject, PyType, KwArgs, TypeFlag } from "../runtime/object.js";
import { stopIteration } from "../runtime/exceptions.js";
import { defineMethods, defineGenMethods, PyBuiltin } from "../runtime/builtin-function.js";
import { PyIterator } from "../runtime/ops-iter.js";
import { nativeType, type Gen } from "./native-helpers.js";

export function iterType(name: string): PyType {
  const t = nativeType(name, "itertools", undefined, TypeFlag.BaseType);
  defineMethods(t, { __iter__: ([self]) => self });
  defineGenMethods(t, {
    __next__: function* ([self]) {
      const v = yield* (self as PyIterator).nextGen();
      if (v === undefined) throw stopIteration();
      return v;
    },
  });
  return t;
}

/** Installs `__new__`; `make` gets the class and the arguments after it. */
export function newGen(t: PyType, make: (cls: PyType, args: PyObject[], kwargs: KwArgs | null) => Gen<PyObject>): void {
  t.dict.set("__new__", new PyBuiltin("__new__", function* (args: PyObject[], kwargs: KwArgs | null): Gen<PyObject> {
    const cls = args[0] as PyType;
    const o = yield* make(cls, args.slice(1), kwargs);
    if (cls !== t && o instanceof PyIterator) {
      // An instance of a user subclass: same iterator, the subclass's type and an attribute dict.
      o.type = cls;
      (o as unknown as { dict: Map<string, PyObject> }).dict = new Map();
    }
    return o;
  } as never, true, t, `${t.name}.__new__`));
  t.changed();
}
