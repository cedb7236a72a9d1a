// vm-ops.ts — the VM's slow paths and error helpers: raise/except matching, with-statement setup, **/*
// call unpacking, f-string formatting, set/dict building with Python-hashed keys, await/yield-from
// plumbing, and CPython's NameError/UnboundLocalError/RecursionError messages.
import {
  PyObject, PyType, PyTuple, PyList, None, typeOf, typeName, listType, KwArgs,
} from "../runtime/object.js";
import { PyDict, PySet, normKey, NEEDS_PY, dictType } from "../runtime/dict.js";
import { PyThrowMarker } from "../runtime/async-generator.js";
import { PyFunction, PyMethod } from "../runtime/function.js";
import { PyMethodDescr, bindMethodDescr } from "../runtime/builtin-function.js";
import {
  PyBaseException, BaseException, StopIteration, StopAsyncIteration, typeError, newException, NameError,
  UnboundLocalError, RecursionError, RuntimeError, ValueError,
} from "../runtime/exceptions.js";
import type { NativeGen } from "../runtime/protocol.js";
import { callGen, callMethodGen } from "../runtime/ops-call.js";
import { getAttrGen } from "../runtime/ops-attr.js";
import { strGen, reprGen } from "../runtime/ops-object.js";
import { toArrayGen, getIterGen } from "../runtime/ops-iter.js";
import { getItemGen } from "../runtime/ops-item.js";
import { asciiEscape } from "../runtime/str-repr.js";
import { PyGenerator, coroutineType } from "../runtime/generator.js";
import type { CodeObject } from "./code.js";
import { CO } from "./opcodes.js";
import { setContext } from "./traceback.js";

export { listType };
export const ValueErrorT = ValueError;

export function unboundLocal(code: CodeObject, i: number): PyBaseException {
  const name = code.localsplusnames[i];
  const e = newException(UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
  e.dict.set("name", name);
  return e;
}

export function unboundDeref(code: CodeObject, i: number): PyBaseException {
  const name = code.localsplusnames[i];
  if (i < code.nlocalsplus - code.freevars.length) return unboundLocal(code, i);
  const e = newException(NameError, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
  e.dict.set("name", name);
  return e;
}

/** NameError "name 'x' is not defined" with .name set (the traceback printer adds "Did you mean"). */
export function nameNotDefined(name: string, _g: unknown, _b: unknown): PyBaseException {
  const e = newException(NameError, `name '${name}' is not defined`);
  e.dict.set("name", name);
  return e;
}

/** CPython 3.11 Python/ceval.c: Python-to-Python calls say nothing more; calls from C add "while calling". */
export function recursion(fromNative: boolean): PyBaseException {
  return newException(RecursionError, fromNative ? "maximum recursion depth exceeded while calling a Python object" : "maximum recursion depth exceeded");
}

export function kwMap(names: string[], vals: PyObject[]): KwArgs {
  const m: KwArgs = new Map();
  for (let i = 0; i < names.length; i++) m.set(names[i], vals[i]);
  return m;
}

export function stopIterationFor(v: PyObject): PyBaseException {
  const e = v === None ? newException(StopIteration) : newException(StopIteration, v);
  e.dict.set("value", v);
  return e;
}

/** What leaves a generator frame: StopIteration raised inside becomes RuntimeError (PEP 479). */
export function genExitException(exc: PyBaseException, gen: PyGenerator): PyBaseException {
  const isCoro = gen.type === coroutineType;
  const isAsync = gen.type.name === "async_generator";
  let msg: string | null = null;
  if (exc.type.isSubtypeOf(StopIteration)) {
    msg = isAsync ? "async generator raised StopIteration" : isCoro ? "coroutine raised StopIteration" : "generator raised StopIteration";
  } else if (isAsync && exc.type.isSubtypeOf(StopAsyncIteration)) {
    msg = "async generator raised StopAsyncIteration";
  }
  if (msg === null) return exc;
  const r = newException(RuntimeError, msg);
  r.cause = exc;
  r.context = exc;
  r.suppressContext = true;
  return r;
}

export function excMatches(e: PyObject, tp: PyObject): boolean {
  const et = typeOf(e);
  if (tp instanceof PyTuple) {
    for (const x of tp.items) checkCatchable(x);
    for (const x of tp.items) if (et.isSubtypeOf(x as PyType)) return true;
    return false;
  }
  checkCatchable(tp);
  return et.isSubtypeOf(tp as PyType);
}

function checkCatchable(x: PyObject): void {
  if (!(x instanceof PyType) || !x.isSubtypeOf(BaseException)) {
    throw typeError("catching classes that do not inherit from BaseException is not allowed");
  }
}

/** Turns the operand of `raise` into an exception instance (calling a class), as CPython's do_raise. */
function* toException(x: PyObject, what: "raise" | "cause"): Generator<any, PyBaseException, any> {
  if (x instanceof PyType && x.isSubtypeOf(BaseException)) {
    const e = yield* callGen(x, []);
    if (!(e instanceof PyBaseException)) {
      throw typeError(`calling ${x.name} should have returned an instance of BaseException, not ${typeName(e)}`);
    }
    return e;
  }
  if (x instanceof PyBaseException) return x;
  throw typeError(what === "raise" ? "exceptions must derive from BaseException" : "exception causes must derive from BaseException");
}

export function* raiseGen(exc: PyObject, cause: PyObject | undefined, handled: PyObject): NativeGen {
  const e = yield* toException(exc, "raise");
  if (cause !== undefined) {
    if (cause === None) e.cause = None;
    else e.cause = yield* toException(cause, "cause");
    e.suppressContext = true;
  }
  setContext(e, handled);
  throw e;
}

/** BEFORE_WITH: returns [enter(), bound __exit__] (the VM pushes them exit first). */
export function* beforeWithGen(mgr: PyObject): NativeGen {
  const t = typeOf(mgr);
  const enter = t.lookup("__enter__");
  const exit = t.lookup("__exit__");
  if (enter === undefined) throw typeError(`'${t.name}' object does not support the context manager protocol`);
  if (exit === undefined) {
    throw typeError(`'${t.name}' object does not support the context manager protocol (missed __exit__ method)`);
  }
  const boundExit = yield* bind(exit, mgr, "__exit__");
  const res = yield* callMethodGen(enter, mgr, []);
  return [res, boundExit] as unknown as PyObject;
}

export function* beforeAsyncWithGen(mgr: PyObject): NativeGen {
  const t = typeOf(mgr);
  const enter = t.lookup("__aenter__");
  const exit = t.lookup("__aexit__");
  if (enter === undefined || exit === undefined) {
    throw typeError(`'${t.name}' object does not support the asynchronous context manager protocol`);
  }
  const boundExit = yield* bind(exit, mgr, "__aexit__");
  const res = yield* callMethodGen(enter, mgr, []);
  return [res, boundExit] as unknown as PyObject;
}

function* bind(m: PyObject, self: PyObject, name: string): NativeGen {
  if (m instanceof PyFunction) return new PyMethod(m, self);
  if (m instanceof PyMethodDescr) return bindMethodDescr(m, self);
  return yield* getAttrGen(self, name);
}

/** f(*args, **kwargs): normalizes both and calls. */
export function* callExGen(callable: PyObject, argsObj: PyObject, kw: PyDict | null): NativeGen {
  let args: PyObject[];
  if (argsObj instanceof PyTuple) args = argsObj.items;
  else {
    const t = typeOf(argsObj);
    if (typeof argsObj !== "string" && t.lookup("__iter__") === undefined && t.lookup("__getitem__") === undefined) {
      throw typeError(`${funcDesc(callable)} argument after * must be an iterable, not ${t.name}`);
    }
    args = yield* toArrayGen(argsObj);
  }
  let kwargs: KwArgs | null = null;
  if (kw !== null && kw.size > 0) {
    kwargs = new Map();
    for (const [n, v] of kw.map) {
      const k = kw.keyOf(n);
      if (typeof k !== "string") throw typeError("keywords must be strings");
      kwargs.set(k, v);
    }
  }
  return yield* callGen(callable, args, kwargs);
}

/** "f()" / "A.m()" — how CPython names a callable in argument errors (_PyObject_FunctionStr). */
export function funcDesc(c: PyObject): string {
  if (c instanceof PyFunction) {
    const m = c.module;
    return typeof m === "string" && m !== "builtins" ? `${m}.${c.qualname}()` : `${c.qualname}()`;
  }
  if (c instanceof PyMethod) return funcDesc(c.func);
  if (c instanceof PyType) return `${c.qualname}()`;
  const q = (c as { qualname?: string; name?: string });
  if (typeof q === "object" && q !== null && typeof q.name === "string") return `${q.name}()`;
  return `${typeName(c)} object`;
}

/** {**m} and f(**m): copies a mapping's items; `merge` forbids duplicates (keyword arguments). */
export function* dictUpdateGen(d: PyDict, m: PyObject, merge: boolean, fn: PyObject | null): NativeGen {
  if (m instanceof PyDict && (m.type === dictType || typeOf(m).lookup("keys") === dictType.dict.get("keys"))) {
    for (const [n, v] of m.map) {
      const k = m.keyOf(n);
      if (merge) {
        if (typeof k !== "string") throw typeError(`keywords must be strings`);
        if (d.map.has(k)) throw typeError(`${fn !== null ? funcDesc(fn) : "function"} got multiple values for keyword argument '${k}'`);
      }
      yield* d.setGen(k, v);
    }
    return None;
  }
  const keysFn = typeOf(m).lookup("keys");
  if (keysFn === undefined) {
    if (merge) throw typeError(`${fn !== null ? funcDesc(fn) : "function"} argument after ** must be a mapping, not ${typeName(m)}`);
    throw typeError(`'${typeName(m)}' object is not a mapping`);
  }
  const keys = yield* toArrayGen(yield* callMethodGen(keysFn, m, []));
  for (const k of keys) {
    if (merge) {
      if (typeof k !== "string") throw typeError(`keywords must be strings`);
      if (d.map.has(k)) throw typeError(`${fn !== null ? funcDesc(fn) : "function"} got multiple values for keyword argument '${k}'`);
    }
    const v = yield* getItemGen(m, k);
    yield* d.setGen(k, v);
  }
  return None;
}

export function setAddAllFast(s: PySet, items: PyObject[]): boolean {
  if (s.buckets !== null) return false;
  for (const x of items) if (normKey(x) === NEEDS_PY) return false;
  for (const x of items) {
    const n = normKey(x);
    if (!s.map.has(n)) s.map.set(n, x);
  }
  return true;
}

/** SET_ADD's plain form for one item (no array per item, as setAddAllFast would need). */
export function setAddOneFast(s: PySet, x: PyObject): boolean {
  if (s.buckets !== null) return false;
  const n = normKey(x);
  if (n === NEEDS_PY) return false;
  if (!s.map.has(n)) s.map.set(n, x);
  return true;
}

export function* setAddAllGen(s: PySet, items: PyObject[]): NativeGen {
  for (const x of items) yield* s.addGen(x);
  return s;
}

export function* setUpdateGen(s: PySet, it: PyObject): NativeGen {
  const items = yield* toArrayGen(it);
  for (const x of items) yield* s.addGen(x);
  return None;
}

export function* listExtendGen(l: PyList, it: PyObject): NativeGen {
  const t = typeOf(it);
  if (typeof it !== "string" && t.lookup("__iter__") === undefined && t.lookup("__getitem__") === undefined) {
    throw typeError(`Value after * must be an iterable, not ${t.name}`);
  }
  const items = yield* toArrayGen(it);
  for (const x of items) l.items.push(x);
  return None;
}

export function* dictFromPairsGen(items: PyObject[]): NativeGen {
  const d = new PyDict();
  for (let i = 0; i < items.length; i += 2) yield* d.setGen(items[i], items[i + 1]);
  return d;
}

export function annotationsDict(t: PyTuple): PyDict {
  const d = new PyDict();
  const a = t.items;
  for (let i = 0; i < a.length; i += 2) d.setNorm(a[i], a[i], a[i + 1]);
  return d;
}

/** FORMAT_VALUE's slow path: conversion, then format(value, spec). */
export function* formatValueGen(v: PyObject, conv: number, spec: PyObject, builtins: Map<string, PyObject>): NativeGen {
  if (conv === 1) v = yield* strGen(v);
  else if (conv === 2) v = yield* reprGen(v);
  else if (conv === 3) v = asciiEscape(yield* reprGen(v));
  if (spec === "" && typeof v === "string") return v;
  if (spec === "") {
    const r = yield* strGenViaFormat(v, builtins);
    return r;
  }
  const fmt = builtins.get("format");
  if (fmt === undefined) return yield* strGen(v);
  return yield* callGen(fmt, [v, spec]);
}

function* strGenViaFormat(v: PyObject, builtins: Map<string, PyObject>): NativeGen {
  const fmt = builtins.get("format");
  if (fmt === undefined) return yield* strGen(v);
  return yield* callGen(fmt, [v, ""]);
}

/** SEND to something that is not a generator: [done, value]. */
export function* sendGen(recv: PyObject, v: PyObject): NativeGen {
  const t = typeOf(recv);
  try {
    let r: PyObject;
    if (v instanceof PyThrowMarker) {
      // an exception thrown into the frame waiting on recv (VM.resumeGenerator)
      const m = t.lookup("throw");
      if (m === undefined) throw v.exc;
      r = yield* callMethodGen(m, recv, [v.exc]);
    } else if (v === None) {
      const m = t.lookup("__next__");
      if (m === undefined) throw typeError(`'${t.name}' object is not an iterator`);
      r = yield* callMethodGen(m, recv, []);
    } else {
      const m = t.lookup("send");
      if (m === undefined) throw typeError(`'${t.name}' object has no attribute 'send'`);
      r = yield* callMethodGen(m, recv, [v]);
    }
    return [false, r] as unknown as PyObject;
  } catch (e) {
    if (e instanceof PyBaseException && e.type.isSubtypeOf(StopIteration)) {
      const a = e.args.items;
      return [true, a.length ? a[0] : None] as unknown as PyObject;
    }
    throw e;
  }
}

/** GET_AWAITABLE for anything but a coroutine: __await__() must give an iterator. */
export function* getAwaitableGen(o: PyObject, _where: number): NativeGen {
  if (o instanceof PyGenerator && (o.code as CodeObject).flags & CO.ITERABLE_COROUTINE) return o;
  const m = typeOf(o).lookup("__await__");
  if (m === undefined) throw typeError(`object ${typeName(o)} can't be used in 'await' expression`);
  const it = yield* callMethodGen(m, o, []);
  if (it instanceof PyGenerator && it.type === coroutineType) throw typeError("__await__() returned a coroutine");
  if (typeOf(it).lookup("__next__") === undefined) {
    throw typeError(`__await__() returned non-iterator of type '${typeName(it)}'`);
  }
  return it;
}

export function* getAIterGen(o: PyObject): NativeGen {
  const m = typeOf(o).lookup("__aiter__");
  if (m === undefined) throw typeError(`'async for' requires an object with __aiter__ method, got ${typeName(o)}`);
  return yield* callMethodGen(m, o, []);
}

export function* getANextGen(o: PyObject): NativeGen {
  const m = typeOf(o).lookup("__anext__");
  if (m === undefined) throw typeError(`'async for' requires an iterator with __anext__ method, got ${typeName(o)}`);
  const aw = yield* callMethodGen(m, o, []);
  if (aw instanceof PyGenerator && aw.type === coroutineType) return aw;
  return yield* getAwaitableGen(aw, 0);
}

export { getIterGen };
