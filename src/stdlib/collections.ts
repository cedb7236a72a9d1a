// collections.ts — the collections package (native): gathers deque, defaultdict, OrderedDict, Counter,
// namedtuple, ChainMap and the User* wrappers from the collections-*.ts files into one module, and
// imports collections.abc on first use of `collections.abc` (a PEP 562 module __getattr__), so
// `import collections` compiles no Python at all.
import { PyModule, PyObject, newList } from "../runtime/object.js";
import { attributeError } from "../runtime/exceptions.js";
import type { RuntimeContext } from "../runtime/runtime-context.js";
import { markPackage } from "./concurrent/__init__.js";
import { genFn } from "./native-helpers.js";
import { dequeType } from "./collections-deque.js";
import { defaultdictType, orderedDictType } from "./collections-dicts.js";
import { counterType } from "./collections-counter.js";
import { namedtupleGen } from "./collections-namedtuple.js";
import { chainMapType, userDictType, userListType, userStringType } from "./collections-wrappers.js";

export function createCollections(rt: RuntimeContext): PyModule {
  const m = markPackage(new PyModule("collections"), "collections");
  m.dict.set("__all__", newList(["ChainMap", "Counter", "OrderedDict", "UserDict", "UserList", "UserString",
    "defaultdict", "deque", "namedtuple"]));
  m.dict.set("deque", dequeType);
  m.dict.set("defaultdict", defaultdictType);
  m.dict.set("OrderedDict", orderedDictType);
  m.dict.set("Counter", counterType);
  m.dict.set("ChainMap", chainMapType);
  m.dict.set("UserDict", userDictType);
  m.dict.set("UserList", userListType);
  m.dict.set("UserString", userStringType);
  genFn(m, "namedtuple", (args, kwargs) => namedtupleGen(rt, args, kwargs));
  genFn(m, "__getattr__", function* (args) {
    const name = args[0];
    if (name === "abc") return yield* rt.importModule("collections.abc");
    throw attributeError(`module 'collections' has no attribute '${String(name)}'`);
  });
  return m;
}

export type { PyObject };
