// index.ts (types) — loads every builtin type's methods (side-effect imports, in dependency order) and
// installs the Python-level hash/eq that dict and set use for keys defined in Python.
import "./object.js";
import "./type.js";
import "./none.js";
import "./int.js";
import "./float.js";
import "./range.js";
import "./slice.js";
import "./iterators.js";
import "./generic-alias.js";
import "./list.js";
import "./tuple.js";
import "./set.js";
import "./dict-methods.js";
import "./descriptor-methods.js";
import "./str.js";
import "./bytes.js";
import "./exception-methods.js";
import "./exception-group.js";
import "./function-attrs.js";
import "./super.js";
import "./memoryview.js";
import "../ops-iter.js";
import { setKeyHooks } from "../dict.js";
import { hashGen } from "../ops-object.js";
import { eqGen } from "../ops-compare.js";
import type { NativeGen } from "../protocol.js";

setKeyHooks({
  hash: hashGen as (k: never) => NativeGen,
  eq: eqGen as (a: never, b: never) => NativeGen,
});
import "../method-arity.js";
