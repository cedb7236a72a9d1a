// builtins.ts — the `builtins` module: the builtin functions (print, len, sorted, min/max, sum, round,
// isinstance, getattr …), the builtin types and exceptions, and the constants. The VM adds the ones that
// need the compiler or frames (__build_class__, exec, eval, compile, globals, locals, vars, __import__).
import "./types/index.js";
import {
  PyObject, PyModule, PyType, PyFloat, PyTuple, PyList, KwArgs, None, NotImplemented, Ellipsis, typeOf, typeName,
  intType, boolType, floatType, complexType, strType, bytesType, byteArrayType, tupleType, listType, objectType,
  typeType, newTuple, TypeFlag,
} from "./object.js";
import { PyDict, dictType, setType, frozensetType } from "./dict.js";
import { PyBuiltin, PyMethodDescr } from "./builtin-function.js";
import {
  builtinExceptionTypes, typeError, valueError, overflowError, eofError, notImplementedError, osError,
  PyBaseException, AttributeError, SystemExit, newException,
} from "./exceptions.js";
import type { NativeGen } from "./protocol.js";
import type { RuntimeContext } from "./runtime-context.js";
import { exactlyOne, argRange, kwOnly, noKw, bindArgs } from "./arg-parse.js";
import { callGen, callMethodGen, isCallable, type Gen } from "./ops-call.js";
import { getAttr, getAttrGen, getAttrDefaultGen, setAttrGen, hasAttrGen, loadAttrGen, instanceDict } from "./ops-attr.js";
import { absGen, ternaryPowGen, binaryOpGen, BinOp, numBinary } from "./ops-arith.js";
import { richCompareGen, compareBoolGen, CmpOp } from "./ops-compare.js";
import {
  truthGen, truthy, lenGen, lenFast, hashGen, idOf, reprGen, strGen, asStr, asIndex, indexGen, reprFast, strFast,
} from "./ops-object.js";
import { getIterGen, iterNextGen, iterBuiltinGen, toArrayGen, nextOrRaiseGen, PyIterator, ITER_SLOW } from "./ops-iter.js";
import { formatGen } from "./ops-format.js";
import { sortItemsGen } from "./ops-repr.js";
import { asciiEscape } from "./str-repr.js";
import { intToPrefixed } from "./int-str.js";
import * as I from "./int-ops.js";
import { rethrowAlgo } from "./ops-error.js";
import { rangeType } from "./types/range.js";
import { sliceType } from "./types/slice.js";
import { enumerateType, zipType, mapType, filterType, reversedType } from "./types/iterators.js";
import { propertyType, classMethodType, staticMethodType } from "./types/descriptors.js";
import { superType } from "./types/super.js";
import { memoryviewType } from "./types/memoryview.js";
import { checkBuiltinFunctions } from "./method-arity.js";
import { installBuiltinFastCalls } from "./fast-calls.js";
import { isInstanceGen, isSubclassGen } from "./types/type.js";
import { dictObjectOf } from "./types/object.js";
import { intRound } from "./types/int.js";
import { aiterBuiltin, anextBuiltin } from "./async-generator.js";

type Fn = (args: PyObject[], kwargs: KwArgs | null) => PyObject;
type GenFn = (args: PyObject[], kwargs: KwArgs | null) => NativeGen;

function attrName(x: PyObject, fname: string): string {
  const s = asStr(x);
  if (s === null) throw typeError(`attribute name must be string, not '${typeName(x)}'`);
  return s;
}

function isAttributeError(e: unknown): boolean {
  return e instanceof PyBaseException && e.type.isSubtypeOf(AttributeError);
}

// ---- min / max ----

function* minMax(args: PyObject[], kwargs: KwArgs | null, name: "min" | "max"): NativeGen {
  const [key, dflt] = kwOnly(name, kwargs, ["key", "default"]);
  let items: PyObject[];
  if (args.length === 0) throw typeError(`${name} expected at least 1 argument, got 0`);
  if (args.length === 1) items = yield* toArrayGen(args[0]);
  else {
    if (dflt !== undefined) throw typeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
    items = args;
  }
  if (items.length === 0) {
    if (dflt !== undefined) return dflt;
    throw valueError(`${name}() arg is an empty sequence`);
  }
  const op = name === "min" ? CmpOp.Lt : CmpOp.Gt;
  const k = key === undefined || key === None ? null : key;
  let best = items[0];
  let bestKey = k === null ? best : yield* callGen(k, [best]);
  for (let i = 1; i < items.length; i++) {
    const it = items[i];
    const ik = k === null ? it : yield* callGen(k, [it]);
    if (yield* compareBoolGen(ik, bestKey, op)) {
      best = it;
      bestKey = ik;
    }
  }
  return best;
}

// ---- sum ----

function* sumGen(args: PyObject[], kwargs: KwArgs | null): NativeGen {
  const [iterable, startArg] = bindArgs("sum", args, kwargs, ["iterable", "start"], 1);
  let acc: PyObject = startArg === undefined ? 0 : startArg;
  if (asStr(acc) !== null) throw typeError("sum() can't sum strings [use ''.join(seq) instead]");
  if (acc instanceof PyTuple === false && (typeOf(acc) === bytesType)) throw typeError("sum() can't sum bytes [use b''.join(seq) instead]");
  if (typeOf(acc) === byteArrayType) throw typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
  const it = yield* getIterGen(iterable!);
  // CPython 3.11 sums floats with plain double addition (compensated summation came in 3.12).
  // Builtin iterators (list, range, tuple …) step without a generator per item; `next()` answers ITER_SLOW
  // only when Python must run, and then that one step goes through nextGen.
  const fastIt = it instanceof PyIterator ? it : null;
  for (;;) {
    let v: PyObject | undefined;
    if (fastIt !== null) {
      const s = fastIt.next();
      v = s === ITER_SLOW ? yield* fastIt.nextGen() : s;
    } else v = yield* iterNextGen(it);
    if (v === undefined) return acc;
    if (typeof acc === "number" && typeof v === "number") {
      const r: number = acc + v;
      acc = r <= 9007199254740991 && r >= -9007199254740991 ? r : I.add(acc, v);
      continue;
    }
    if (acc instanceof PyFloat && acc.type === floatType && v instanceof PyFloat && v.type === floatType) {
      acc = new PyFloat(acc.value + v.value);
      continue;
    }
    acc = yield* binaryOpGen(acc, v, BinOp.Add);
  }
}

// ---- round ----

function* roundGen(args: PyObject[], kwargs: KwArgs | null): NativeGen {
  const [x, nd] = bindArgs("round", args, kwargs, ["number", "ndigits"], 1);
  const num = x!;
  if (typeof num === "number" || typeof num === "bigint" || typeof num === "boolean") {
    const v = asIndex(num)!;
    if (nd === undefined || nd === None) return v;
    const n = asIndex(nd);
    if (n === null) throw typeError(`'${typeName(nd)}' object cannot be interpreted as an integer`);
    try {
      return intRound(v, n);
    } catch (e) {
      return rethrowAlgo(e);
    }
  }
  const m = typeOf(num).lookup("__round__");
  if (m === undefined) throw typeError(`type ${typeName(num)} doesn't define __round__ method`);
  return yield* callMethodGen(m, num, nd === undefined ? [] : [nd]);
}

// ---- print / input ----

function* streamWrite(file: PyObject, text: string): Gen<void> {
  const w = yield* loadAttrGen(file, "write");
  yield* callGen(w, [text]);
}

function sysStream(rt: RuntimeContext, name: string): PyObject {
  const sys = rt.sys;
  if (sys === null) throw runtimeErr(`lost sys.${name}`);
  const s = sys.dict.get(name);
  if (s === undefined) throw runtimeErr(`lost sys.${name}`);
  return s;
}

import { runtimeError } from "./exceptions.js";
function runtimeErr(msg: string): PyBaseException {
  return runtimeError(msg);
}

function isBuiltinWriter(file: PyObject): boolean {
  if (typeof file !== "object") return false;
  const w = typeOf(file).lookup("write");
  return w instanceof PyMethodDescr;
}

function* printGen(rt: RuntimeContext, args: PyObject[], kwargs: KwArgs | null): NativeGen {
  const [sepA, endA, fileA, flushA] = kwOnly("print", kwargs, ["sep", "end", "file", "flush"]);
  const sep = sepA === undefined || sepA === None ? " " : asStr(sepA);
  if (sep === null) throw typeError(`sep must be None or a string, not ${typeName(sepA!)}`);
  const end = endA === undefined || endA === None ? "\n" : asStr(endA);
  if (end === null) throw typeError(`end must be None or a string, not ${typeName(endA!)}`);
  const file = fileA === undefined || fileA === None ? sysStream(rt, "stdout") : fileA;
  if (file === None) return None;
  const parts: string[] = new Array(args.length);
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    parts[i] = typeof a === "string" ? a : strFast(a) ?? (yield* strGen(a));
  }
  if (isBuiltinWriter(file)) yield* streamWrite(file, parts.join(sep) + end);
  else {
    for (let i = 0; i < parts.length; i++) {
      if (i > 0) yield* streamWrite(file, sep);
      yield* streamWrite(file, parts[i]);
    }
    yield* streamWrite(file, end);
  }
  if (flushA !== undefined && (yield* truthGen(flushA))) {
    const f = yield* loadAttrGen(file, "flush");
    yield* callGen(f, []);
  }
  return None;
}

function* inputGen(rt: RuntimeContext, args: PyObject[], kwargs: KwArgs | null): NativeGen {
  noKw("input", kwargs);
  argRange("input", args.length, 0, 1);
  const out = sysStream(rt, "stdout");
  if (args.length === 1) {
    yield* streamWrite(out, yield* strGen(args[0]));
    const fl = yield* getAttrDefaultGen(out, "flush", None);
    if (fl !== None) yield* callGen(fl, []);
  }
  const inp = sysStream(rt, "stdin");
  const line = yield* callGen(yield* loadAttrGen(inp, "readline"), []);
  const s = asStr(line);
  if (s === null) throw typeError("object.readline() returned non-string");
  if (s === "") throw eofError("EOF when reading a line");
  return s.endsWith("\n") ? s.slice(0, -1) : s;
}

// ---- dir ----

/** locals() of the calling frame, through the VM's `locals` builtin in sys.modules['builtins']. */
function* callerLocalsGen(rt: RuntimeContext): NativeGen {
  const b = rt.modules.getNorm("builtins");
  const loc = b instanceof PyModule ? b.dict.get("locals") : undefined;
  if (loc === undefined) throw notImplementedError("locals() is not available");
  return yield* callGen(loc, []);
}

function* dirGen(rt: RuntimeContext, args: PyObject[]): NativeGen {
  argRange("dir", args.length, 0, 1);
  if (args.length === 0) {
    const l = new PyList(yield* toArrayGen(yield* callerLocalsGen(rt)));
    yield* sortItemsGen(l.items, null, false);
    return l;
  }
  const x = args[0];
  let names: PyObject[];
  if (x instanceof PyType) {
    const set = new Set<string>();
    for (const t of x.mro) for (const k of t.dict.keys()) set.add(k);
    names = Array.from(set);
  } else if (x instanceof PyModule) names = Array.from(x.dict.keys());
  else {
    const m = typeOf(x).lookup("__dir__");
    names = m === undefined ? [] : yield* toArrayGen(yield* callMethodGen(m, x, []));
  }
  const l = new PyList(names.slice());
  yield* sortItemsGen(l.items, null, false);
  return l;
}

function* varsGen(rt: RuntimeContext, args: PyObject[]): NativeGen {
  if (args.length === 0) return yield* callerLocalsGen(rt);
  if (args.length > 1) throw typeError(`vars expected at most 1 argument, got ${args.length}`);
  const x = args[0];
  if (x instanceof PyType) return dictObjectOf(x.dict);
  const d = typeof x === "object" ? instanceDict(x) : null;
  if (d === null) throw typeError("vars() argument must have __dict__ attribute");
  return dictObjectOf(d);
}

// ---- chr / ord / bin / oct / hex ----

function chr(args: PyObject[]): PyObject {
  exactlyOne("chr", args.length);
  const v = asIndex(args[0]);
  if (v === null) {
    if (args[0] instanceof PyFloat) throw typeError("integer argument expected, got float");
    throw typeError(`'${typeName(args[0])}' object cannot be interpreted as an integer`);
  }
  if (v < 0 || v > 0x10ffff) throw valueError("chr() arg not in range(0x110000)");
  return String.fromCodePoint(Number(v));
}

function ord(args: PyObject[]): PyObject {
  exactlyOne("ord", args.length);
  const x = args[0];
  const s = asStr(x);
  if (s !== null) {
    const n = Array.from(s).length;
    if (n !== 1) throw typeError(`ord() expected a character, but string of length ${n} found`);
    return s.codePointAt(0)!;
  }
  const b = (x as { data?: Uint8Array }).data;
  if (b instanceof Uint8Array && (typeOf(x) === bytesType || typeOf(x) === byteArrayType)) {
    const len = typeOf(x) === byteArrayType ? (x as unknown as { length: number }).length : b.length;
    if (len !== 1) throw typeError(`ord() expected a character, but string of length ${len} found`);
    return b[0];
  }
  throw typeError(`ord() expected string of length 1, but ${typeName(x)} found`);
}

function* prefixedGen(args: PyObject[], name: string, base: 2 | 8 | 16): NativeGen {
  exactlyOne(name, args.length);
  const v = yield* indexGen(args[0]);
  if (v === null) throw typeError(`'${typeName(args[0])}' object cannot be interpreted as an integer`);
  return intToPrefixed(v, base);
}

// ---- the module ----

/** Creates the builtins module for one interpreter. */
export function createBuiltins(rt: RuntimeContext): PyModule {
  const m = new PyModule("builtins");
  const d = m.dict;
  const fn = (name: string, f: Fn) => d.set(name, new PyBuiltin(name, f, false, m));
  const gen = (name: string, f: GenFn) => d.set(name, new PyBuiltin(name, f, true, m));

  for (const t of [
    intType, boolType, floatType, complexType, strType, bytesType, byteArrayType, tupleType, listType, dictType,
    setType, frozensetType, objectType, typeType, rangeType, sliceType, enumerateType, zipType, mapType,
    filterType, reversedType, propertyType, classMethodType, staticMethodType, superType, memoryviewType,
  ]) d.set(t.name, t);
  for (const t of builtinExceptionTypes) d.set(t.name, t);
  d.set("EnvironmentError", d.get("OSError")!);
  d.set("IOError", d.get("OSError")!);
  d.set("None", None);
  d.set("Ellipsis", Ellipsis);
  d.set("NotImplemented", NotImplemented);
  d.set("True", true);
  d.set("False", false);
  d.set("__debug__", true);
  d.set("__doc__", None);
  d.set("__package__", "");

  gen("print", (a, k) => printGen(rt, a, k));
  gen("input", (a, k) => inputGen(rt, a, k));
  gen("len", function* (args, kwargs) {
    noKw("len", kwargs);
    exactlyOne("len", args.length);
    const x = args[0];
    // builtin containers answer at once: no second generator for lenGen
    if (typeof x === "string" || (typeof x === "object" && !(x.type.flags & TypeFlag.Heap))) {
      const n = lenFast(x);
      if (n !== undefined) return n;
    }
    return yield* lenGen(x);
  });
  gen("repr", function* (args) {
    exactlyOne("repr", args.length);
    return reprFast(args[0]) ?? (yield* reprGen(args[0]));
  });
  gen("ascii", function* (args) {
    exactlyOne("ascii", args.length);
    return asciiEscape(yield* reprGen(args[0]));
  });
  gen("abs", function* (args) {
    exactlyOne("abs", args.length);
    return yield* absGen(args[0]);
  });
  gen("hash", function* (args) {
    exactlyOne("hash", args.length);
    return yield* hashGen(args[0]);
  });
  fn("id", (args) => {
    exactlyOne("id", args.length);
    return idOf(args[0]);
  });
  fn("callable", (args) => {
    exactlyOne("callable", args.length);
    return isCallable(args[0]);
  });
  fn("chr", chr);
  fn("ord", ord);
  gen("bin", (a) => prefixedGen(a, "bin", 2));
  gen("oct", (a) => prefixedGen(a, "oct", 8));
  gen("hex", (a) => prefixedGen(a, "hex", 16));
  gen("format", function* (args, kwargs) {
    const [v, spec] = bindArgs("format", args, kwargs, ["value", "format_spec"], 1);
    let s = "";
    if (spec !== undefined) {
      const ss = asStr(spec);
      if (ss === null) throw typeError(`format() argument 2 must be str, not ${typeName(spec)}`);
      s = ss;
    }
    return yield* formatGen(v!, s);
  });
  gen("divmod", function* (args) {
    argRange("divmod", args.length, 2, 2);
    const [a, b] = args;
    const r = numBinary(a, b, BinOp.FloorDiv);
    if (r !== NotImplemented && (typeof a !== "object" || a instanceof PyFloat) && (typeof b !== "object" || b instanceof PyFloat)) {
      return newTuple([r, numBinary(a, b, BinOp.Mod)]);
    }
    const ta = typeOf(a), tb = typeOf(b);
    const m = ta.lookup("__divmod__");
    if (m !== undefined) {
      const x = yield* callMethodGen(m, a, [b]);
      if (x !== NotImplemented) return x;
    }
    const rm = tb.lookup("__rdivmod__");
    if (rm !== undefined && tb !== ta) {
      const x = yield* callMethodGen(rm, b, [a]);
      if (x !== NotImplemented) return x;
    }
    throw typeError(`unsupported operand type(s) for divmod(): '${ta.name}' and '${tb.name}'`);
  });
  gen("pow", function* (args, kwargs) {
    const [base, exp, mod] = bindArgs("pow", args, kwargs, ["base", "exp", "mod"], 2);
    if (mod === undefined || mod === None) return yield* binaryOpGen(base!, exp!, BinOp.Pow);
    return yield* ternaryPowGen(base!, exp!, mod);
  });
  gen("round", roundGen);
  gen("sum", sumGen);
  gen("min", (a, k) => minMax(a, k, "min"));
  gen("max", (a, k) => minMax(a, k, "max"));
  gen("all", function* (args) {
    exactlyOne("all", args.length);
    const it = yield* getIterGen(args[0]);
    for (;;) {
      const v = yield* iterNextGen(it);
      if (v === undefined) return true;
      const t = truthy(v);
      if (!(t !== undefined ? t : yield* truthGen(v))) return false;
    }
  });
  gen("any", function* (args) {
    exactlyOne("any", args.length);
    const it = yield* getIterGen(args[0]);
    for (;;) {
      const v = yield* iterNextGen(it);
      if (v === undefined) return false;
      const t = truthy(v);
      if (t !== undefined ? t : yield* truthGen(v)) return true;
    }
  });
  gen("sorted", function* (args, kwargs) {
    if (args.length !== 1) throw typeError(`sorted expected 1 argument, got ${args.length}`);
    const [key, reverse] = kwOnly("sort", kwargs, ["key", "reverse"]);
    const items = yield* toArrayGen(args[0]);
    const rev = reverse === undefined ? false : yield* truthGen(reverse);
    yield* sortItemsGen(items, key === undefined || key === None ? null : key, rev);
    return new PyList(items);
  });
  gen("iter", iterBuiltinGen);
  gen("next", function* (args) {
    argRange("next", args.length, 1, 2);
    const it = args[0];
    if (args.length === 1) return yield* nextOrRaiseGen(it);
    if (typeOf(it).lookup("__next__") === undefined) throw typeError(`'${typeName(it)}' object is not an iterator`);
    const v = yield* iterNextGen(it);
    return v === undefined ? args[1] : v;
  });
  gen("isinstance", function* (args) {
    argRange("isinstance", args.length, 2, 2);
    return yield* isInstanceGen(args[0], args[1]);
  });
  gen("issubclass", function* (args) {
    argRange("issubclass", args.length, 2, 2);
    return yield* isSubclassGen(args[0], args[1]);
  });
  gen("getattr", function* (args) {
    argRange("getattr", args.length, 2, 3);
    const name = attrName(args[1], "getattr");
    if (args.length === 3) return yield* getAttrDefaultGen(args[0], name, args[2]);
    const v = getAttr(args[0], name);
    return v !== undefined ? v : yield* getAttrGen(args[0], name);
  });
  gen("hasattr", function* (args) {
    argRange("hasattr", args.length, 2, 2);
    return yield* hasAttrGen(args[0], attrName(args[1], "hasattr"));
  });
  gen("setattr", function* (args) {
    argRange("setattr", args.length, 3, 3);
    yield* setAttrGen(args[0], attrName(args[1], "setattr"), args[2]);
    return None;
  });
  gen("delattr", function* (args) {
    argRange("delattr", args.length, 2, 2);
    yield* setAttrGen(args[0], attrName(args[1], "delattr"), undefined);
    return None;
  });
  gen("dir", (a) => dirGen(rt, a));
  gen("vars", (a) => varsGen(rt, a));
  fn("open", () => {
    throw osError("gilpy: files are not supported yet");
  });
  for (const name of ["exit", "quit"]) {
    fn(name, (args) => {
      throw newException(SystemExit, ...args.slice(0, 1));
    });
  }
  fn("breakpoint", () => None);
  fn("help", () => None);
  gen("aiter", aiterBuiltin);
  gen("anext", anextBuiltin);
  checkBuiltinFunctions(d);
  installBuiltinFastCalls(d);
  return m;
}

export { isAttributeError, richCompareGen, overflowError, PyDict };
