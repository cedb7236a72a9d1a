// fallback-builtins.ts — a minimal builtins module (print, len, range, repr, isinstance, the core types and
// exceptions) used only when src/runtime/builtins.ts (the types engineer's full module) is absent.
import {
  PyObject, PyModule, PyType, None, NotImplemented, Ellipsis, intType, boolType, floatType, strType, listType,
  tupleType, objectType, typeType, typeOf, KwArgs,
} from "../runtime/object.js";
import { dictType, setType, frozensetType } from "../runtime/dict.js";
import { builtinExceptionTypes, typeError } from "../runtime/exceptions.js";
import { PyBuiltin } from "../runtime/builtin-function.js";
import type { NativeGen } from "../runtime/protocol.js";
import type { RuntimeContext } from "../runtime/runtime-context.js";
import { strGen, reprGen, lenGen } from "../runtime/ops-object.js";
import { makeRange, rangeType } from "../runtime/types/range.js";
import { writeToSys } from "../stdlib/sys.js";

export function makeFallbackBuiltins(rt: RuntimeContext): PyModule {
  const m = new PyModule("builtins");
  const d = m.dict;
  for (const t of [intType, boolType, floatType, strType, listType, tupleType, objectType, typeType, dictType, setType, frozensetType, rangeType]) d.set(t.name, t);
  for (const t of builtinExceptionTypes) d.set(t.name, t);
  d.set("None", None);
  d.set("NotImplemented", NotImplemented);
  d.set("Ellipsis", Ellipsis);
  const gen = (name: string, fn: (a: PyObject[], k: KwArgs | null) => NativeGen) => d.set(name, new PyBuiltin(name, fn, true, m));
  gen("print", function* (args, kw) {
    const sep = kw?.get("sep");
    const end = kw?.get("end");
    const parts: string[] = [];
    for (const a of args) parts.push(typeof a === "string" ? a : yield* strGen(a));
    yield* writeToSys(rt, "stdout", parts.join(typeof sep === "string" ? sep : " ") + (typeof end === "string" ? end : "\n"));
    return None;
  });
  gen("repr", function* (args) {
    return yield* reprGen(args[0]);
  });
  gen("len", function* (args) {
    return yield* lenGen(args[0]);
  });
  d.set("range", new PyBuiltin("range", (args) => makeRange(args), false, m));
  d.set("isinstance", new PyBuiltin("isinstance", (args) => {
    const t = args[1];
    if (!(t instanceof PyType)) throw typeError("isinstance() arg 2 must be a type");
    return typeOf(args[0]).isSubtypeOf(t);
  }, false, m));
  return m;
}
