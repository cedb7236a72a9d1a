// functools-cache.ts — functools.lru_cache / cache (the _lru_cache_wrapper type with cache_info,
// cache_clear, cache_parameters, binding as a method) and singledispatch (dispatch on the MRO of the
// first argument's type, register by class or by annotation), as docs.python.org/3.11/library/functools.html
// describes. Cache keys are tuples of the arguments, kept in a PyDict whose Map order is the LRU order.
import {
  PyObject, PyType, PyInstance, PyTuple, KwArgs, None, TypeFlag, objectType, typeType, typeOf, newTuple,
} from "../runtime/object.js";
import { PyDict } from "../runtime/dict.js";
import { typeError } from "../runtime/exceptions.js";
import { defineMethods, defineGenMethods, PyBuiltin } from "../runtime/builtin-function.js";
import { PyMethod } from "../runtime/function.js";
import { callGen, callMethodGen, isCallable } from "../runtime/ops-call.js";
import { getAttrDefaultGen, setAttrGen } from "../runtime/ops-attr.js";
import { nativeType, reprOfGen, truthOfGen, isNone, type Gen } from "./native-helpers.js";

// ---- lru_cache ----

export const lruWrapperType = nativeType("_lru_cache_wrapper", "functools", objectType, TypeFlag.HasDict);

class PyLruWrapper extends PyInstance {
  cache = new PyDict();
  hits = 0;
  misses = 0;
  constructor(readonly func: PyObject, readonly maxsize: number | null, readonly typed: boolean, readonly infoType: PyType) {
    super(lruWrapperType);
  }
}

/** Separates positional from keyword arguments inside a key (CPython's kwd_mark). */
const KWD_MARK = new PyInstance(objectType);

function makeKey(args: PyObject[], kwargs: KwArgs | null, typed: boolean): PyObject {
  const parts = args.slice();
  if (kwargs !== null && kwargs.size > 0) {
    parts.push(KWD_MARK);
    for (const [k, v] of kwargs) parts.push(k, v);
  }
  if (typed) {
    for (const a of args) parts.push(typeOf(a));
    if (kwargs !== null) for (const v of kwargs.values()) parts.push(typeOf(v));
  } else if (parts.length === 1 && (typeof parts[0] === "string" || typeof parts[0] === "number")) {
    return parts[0];
  }
  return newTuple(parts);
}

function W(x: PyObject): PyLruWrapper {
  if (!(x instanceof PyLruWrapper)) throw typeError("descriptor requires a 'functools._lru_cache_wrapper' object");
  return x;
}

defineGenMethods(lruWrapperType, {
  __call__: function* (args, kwargs) {
    const w = W(args[0]);
    const a = args.slice(1);
    if (w.maxsize === 0) {
      w.misses++;
      return yield* callGen(w.func, a, kwargs);
    }
    const key = makeKey(a, kwargs, w.typed);
    const n = yield* w.cache.findNormGen(key);
    if (n !== undefined) {
      w.hits++;
      const v = w.cache.map.get(n)!;
      if (w.maxsize !== null) {
        // Most recently used goes last.
        w.cache.map.delete(n);
        w.cache.map.set(n, v);
      }
      return v;
    }
    w.misses++;
    const result = yield* callGen(w.func, a, kwargs);
    if ((yield* w.cache.findNormGen(key)) !== undefined) return result; // filled by a recursive call
    if (w.maxsize !== null && w.cache.map.size >= w.maxsize) {
      const oldest = w.cache.map.keys().next().value;
      w.cache.deleteNorm(oldest);
    }
    yield* w.cache.setGen(key, result);
    return result;
  },
  cache_info: function* ([self]) {
    const w = W(self);
    return new PyTuple([w.hits, w.misses, w.maxsize === null ? None : w.maxsize, w.cache.map.size], w.infoType);
  },
});
defineMethods(lruWrapperType, {
  cache_clear: ([self]) => {
    const w = W(self);
    w.cache = new PyDict();
    w.hits = w.misses = 0;
    return None;
  },
  cache_parameters: ([self]) => {
    const w = W(self);
    const d = new PyDict();
    d.setNorm("maxsize", "maxsize", w.maxsize === null ? None : w.maxsize);
    d.setNorm("typed", "typed", w.typed);
    return d;
  },
  // A cached function stored on a class binds like a function does.
  __get__: ([self, obj]) => (obj === None || obj === undefined ? self : new PyMethod(self, obj)),
  __copy__: ([self]) => self,
  __deepcopy__: ([self]) => self,
});

/** lru_cache(maxsize=128, typed=False) / @lru_cache / @lru_cache(...). */
export function* lruCacheGen(
  args: PyObject[], kwargs: KwArgs | null, infoType: PyType, updateWrapper: (w: PyObject, f: PyObject) => Gen<PyObject>,
): Gen<PyObject> {
  let maxArg: PyObject = args.length > 0 ? args[0] : kwargs?.get("maxsize") ?? 128;
  const typedArg = args.length > 1 ? args[1] : kwargs?.get("typed");
  const typed = typedArg === undefined ? false : yield* truthOfGen(typedArg);
  let userFn: PyObject | null = null;
  if (typeof maxArg === "number" || typeof maxArg === "bigint" || typeof maxArg === "boolean") {
    if (Number(maxArg) < 0) maxArg = 0;
  } else if (isCallable(maxArg) && typeof maxArg === "object" && maxArg !== None) {
    userFn = maxArg;
    maxArg = 128;
  } else if (maxArg !== None) {
    throw typeError("Expected first argument to be an integer, a callable, or None");
  }
  const maxsize = maxArg === None ? null : Number(maxArg);
  const decorate = function* (f: PyObject): Gen<PyObject> {
    const w = new PyLruWrapper(f, maxsize, typed, infoType);
    return yield* updateWrapper(w, f);
  };
  if (userFn !== null) return yield* decorate(userFn);
  return new PyBuiltin("decorating_function", function* (a: PyObject[]) {
    return yield* decorate(a[0]);
  }, true);
}

// ---- singledispatch ----

export const singleDispatchType = nativeType("_singledispatch_function", "functools", objectType, TypeFlag.HasDict);

class PySingleDispatch extends PyInstance {
  registry = new PyDict();
  constructor(readonly func: PyObject, readonly funcName: string) {
    super(singleDispatchType);
  }
}

/**
 * The implementation for `cls`: the nearest class on its MRO, then (before object's default) an abstract
 * base class it is a virtual subclass of — a simpler order than CPython's _compose_mro, same for the usual
 * one-ABC registrations.
 */
function* dispatch(sd: PySingleDispatch, cls: PyType): Gen<PyObject> {
  for (const t of cls.mro) {
    if (t === objectType) break;
    const f = sd.registry.map.get(t);
    if (f !== undefined) return f;
  }
  for (const [k, f] of sd.registry.map) {
    if (!(k instanceof PyType) || k === objectType || cls.mro.includes(k)) continue;
    const check = typeOf(k).lookup("__subclasscheck__");
    if (check === undefined || check === typeType.dict.get("__subclasscheck__")) continue;
    if (yield* truthOfGen(yield* callMethodGen(check, k, [cls]))) return f;
  }
  return sd.registry.map.get(objectType) ?? sd.func;
}

/** register(cls, func=None): by class, as a decorator factory, or from the first parameter's annotation. */
function* register(sd: PySingleDispatch, cls: PyObject, func: PyObject | undefined): Gen<PyObject> {
  if (cls instanceof PyType) {
    if (func === undefined || func === None) {
      return new PyBuiltin("register", function* (a: PyObject[]) {
        return yield* register(sd, cls, a[0]);
      }, true);
    }
    sd.registry.setNorm(cls, cls, func);
    return func;
  }
  const fn = cls;
  const ann = yield* getAttrDefaultGen(fn, "__annotations__", None);
  const first = ann instanceof PyDict ? [...ann.map.entries()].find(([k]) => k !== "return") : undefined;
  if (first === undefined) {
    throw typeError(`Invalid first argument to \`register()\`: ${yield* reprOfGen(fn)}. Use either \`@register(some_class)\` or plain \`@register\` on an annotated function.`);
  }
  const [argName, t] = first;
  if (!(t instanceof PyType)) {
    throw typeError(`Invalid annotation for ${yield* reprOfGen(argName as PyObject)}. ${yield* reprOfGen(t)} is not a class.`);
  }
  sd.registry.setNorm(t, t, fn);
  return fn;
}

function SD(x: PyObject): PySingleDispatch {
  if (!(x instanceof PySingleDispatch)) throw typeError("descriptor requires a singledispatch function");
  return x;
}

defineGenMethods(singleDispatchType, {
  __call__: function* (args, kwargs) {
    const sd = SD(args[0]);
    if (args.length < 2) throw typeError(`${sd.funcName} requires at least 1 positional argument`);
    const f = yield* dispatch(sd, typeOf(args[1]));
    return yield* callGen(f, args.slice(1), kwargs);
  },
  register: function* ([self, cls, func]) {
    return yield* register(SD(self), cls, func);
  },
  dispatch: function* ([self, cls]) {
    return yield* dispatch(SD(self), cls as PyType);
  },
});
defineMethods(singleDispatchType, {
  __get__: ([self, obj]) => (obj === None || obj === undefined ? self : new PyMethod(self, obj)),
});

export function* singledispatchGen(
  func: PyObject, updateWrapper: (w: PyObject, f: PyObject) => Gen<PyObject>,
): Gen<PyObject> {
  const name = yield* getAttrDefaultGen(func, "__name__", "singledispatch function");
  const sd = new PySingleDispatch(func, typeof name === "string" ? name : "singledispatch function");
  sd.registry.setNorm(objectType, objectType, func);
  sd.dict!.set("registry", sd.registry);
  yield* updateWrapper(sd, func);
  return sd;
}

export { setAttrGen, isNone };
