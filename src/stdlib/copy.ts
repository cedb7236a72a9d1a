// copy.ts — the copy module (native): copy, deepcopy with a memo dict keyed by id(), __copy__/__deepcopy__,
// copy.Error. Builtin containers are copied directly; other objects are rebuilt the way
// docs.python.org/3.11/library/copy.html describes — a class's own __reduce__ when it defines one
// (deque, defaultdict …), else cls.__new__(cls) plus a copy of the instance __dict__ and __slots__ values
// (through __getstate__/__setstate__ when the class defines them), tuple items and list/dict/set contents.
import {
  PyObject, PyObj, PyModule, PyType, PyTuple, PyList, PyFloat, PyComplex, PyBytes, PyByteArray, PyInstance, KwArgs,
  None, NotImplemented, Ellipsis, TypeFlag, objectType, tupleType, listType, bytesType, typeOf, newTuple, newList,
} from "../runtime/object.js";
import { PyDict, PySet, dictType, setType, frozensetType } from "../runtime/dict.js";
import { Exception, PyBaseException } from "../runtime/exceptions.js";
import { PyBuiltin, PyMethodDescr } from "../runtime/builtin-function.js";
import { PyFunction } from "../runtime/function.js";
import { PyRange } from "../runtime/types/range.js";
import { PyProperty } from "../runtime/types/descriptors.js";
import { dictCopy } from "../runtime/types/dict-methods.js";
import { idOf } from "../runtime/ops-object.js";
import { callGen, callMethodGen } from "../runtime/ops-call.js";
import { getAttrGen, getAttrDefaultGen, setAttrGen, hasAttrGen, instanceDict } from "../runtime/ops-attr.js";
import { setItemGen } from "../runtime/ops-item.js";
import { nativeType, genFn, itemsOf, type Gen } from "./native-helpers.js";

export const copyError = nativeType("Error", "copy", Exception, TypeFlag.BaseType | TypeFlag.HasDict | TypeFlag.Exception | TypeFlag.Heap);
copyError.newInstance = (cls) => new PyBaseException(cls);

/** Values copy and deepcopy return as they are. */
function isAtomic(x: PyObject): boolean {
  if (typeof x !== "object") return true;
  if (x === None || x === NotImplemented || x === Ellipsis) return true;
  const t = x.type;
  if (x instanceof PyType || x instanceof PyFunction || x instanceof PyBuiltin || x instanceof PyMethodDescr) return true;
  if (x instanceof PyRange || x instanceof PyProperty) return true;
  if ((x instanceof PyFloat || x instanceof PyComplex) && !(t.flags & TypeFlag.Heap)) return true;
  if (x instanceof PyBytes && t === bytesType) return true;
  return x instanceof PySet && t === frozensetType;
}

/** The first __reduce__ a class (not object) defines in its own namespace: how it wants to be rebuilt. */
function ownReduce(cls: PyType): PyObject | undefined {
  for (const k of cls.mro) {
    if (k === objectType) return undefined;
    const r = k.dict.get("__reduce__");
    if (r !== undefined) return r;
  }
  return undefined;
}

type Memo = PyDict | null;

function* copyOf(x: PyObject, memo: Memo): Gen<PyObject> {
  return memo === null ? x : yield* deepcopyGen(x, memo);
}

function slotNames(cls: PyType): string[] {
  const out: string[] = [];
  for (const k of cls.mro) if (k.slots !== null) for (const s of k.slots) if (s !== "__dict__" && !out.includes(s)) out.push(s);
  return out;
}

/** Rebuilds an object that has no copy method of its own (shallow when memo is null). */
function* reconstruct(x: PyObject, memo: Memo): Gen<PyObject> {
  const cls = typeOf(x);
  const reducer = ownReduce(cls);
  let y: PyObject;
  let state: PyObject = None;
  let listItems: PyObject | null = null, dictItems: PyObject | null = null;
  if (reducer !== undefined) {
    const rv = yield* callMethodGen(reducer, x, []);
    const parts = rv instanceof PyTuple ? rv.items : yield* itemsOf(rv);
    let args = parts[1];
    if (memo !== null) args = yield* deepcopyGen(args, memo);
    y = yield* callGen(parts[0], args instanceof PyTuple ? args.items : yield* itemsOf(args));
    if (memo !== null) memo.setNorm(idOf(x), idOf(x), y);
    state = parts.length > 2 ? parts[2] : None;
    listItems = parts.length > 3 && parts[3] !== None ? parts[3] : null;
    dictItems = parts.length > 4 && parts[4] !== None ? parts[4] : null;
  } else {
    const newFn = yield* getAttrGen(cls, "__new__");
    if (x instanceof PyTuple) {
      const items: PyObject[] = [];
      for (const it of x.items) items.push(yield* copyOf(it, memo));
      const make = cls.lookup("_make");
      y = make !== undefined ? yield* callGen(yield* getAttrGen(cls, "_make"), [newList(items)]) : yield* callGen(newFn, [cls, newTuple(items)]);
    } else {
      y = yield* callGen(newFn, [cls]);
    }
    if (memo !== null) memo.setNorm(idOf(x), idOf(x), y);
    const getState = cls.lookup("__getstate__");
    if (getState !== undefined && getState !== objectType.dict.get("__getstate__")) {
      state = yield* callMethodGen(getState, x, []);
    } else {
      const d = typeof x === "object" ? instanceDict(x as PyObj) : null;
      if (d !== null && d.size > 0) {
        const sd = new PyDict();
        for (const [k, v] of d) sd.setNorm(k, k, v);
        state = sd;
      }
      const slots = slotNames(cls);
      if (slots.length > 0) {
        const ss = new PyDict();
        for (const s of slots) {
          const v = (x as PyInstance).slotValues?.get(s);
          if (v !== undefined) ss.setNorm(s, s, v);
        }
        if (ss.map.size > 0) state = newTuple([state, ss]);
      }
    }
    if (x instanceof PyList) listItems = x;
    else if (x instanceof PyDict) dictItems = newList(Array.from(x.map, ([n, v]) => newTuple([x.keyOf(n), v])));
    else if (x instanceof PySet && y instanceof PySet) {
      for (const it of Array.from(x.map.values())) yield* y.addGen(yield* copyOf(it, memo));
    }
  }
  if (state !== None) {
    if (memo !== null) state = yield* deepcopyGen(state, memo);
    if (typeOf(y).lookup("__setstate__") !== undefined) {
      yield* callGen(yield* getAttrGen(y, "__setstate__"), [state]);
    } else {
      let slotState: PyObject = None;
      if (state instanceof PyTuple && state.items.length === 2) [state, slotState] = state.items;
      if (state instanceof PyDict) {
        const yd = typeof y === "object" ? instanceDict(y as PyObj) : null;
        for (const [n, v] of state.map) {
          const k = state.keyOf(n);
          if (yd !== null && typeof k === "string") yd.set(k, v);
          else yield* setAttrGen(y, k as string, v);
        }
      }
      if (slotState instanceof PyDict) for (const [n, v] of slotState.map) yield* setAttrGen(y, slotState.keyOf(n) as string, v);
    }
  }
  if (listItems !== null) {
    const append = yield* getAttrGen(y, "append");
    for (const it of yield* itemsOf(listItems)) yield* callGen(append, [yield* copyOf(it, memo)]);
  }
  if (dictItems !== null) {
    for (const pair of yield* itemsOf(dictItems)) {
      const [k, v] = pair instanceof PyTuple ? pair.items : yield* itemsOf(pair);
      yield* setItemGen(y, yield* copyOf(k, memo), yield* copyOf(v, memo));
    }
  }
  return y;
}

export function* shallowCopyGen(x: PyObject): Gen<PyObject> {
  if (isAtomic(x)) return x;
  const t = typeOf(x);
  if (x instanceof PyTuple && t === tupleType) return x;
  if (x instanceof PyList && t === listType) return newList(x.items.slice());
  if (x instanceof PyDict && t === dictType) return dictCopy(x);
  if (x instanceof PySet && t === setType) {
    const s = new PySet(new Map(x.map));
    s.buckets = x.buckets === null ? null : new Map(Array.from(x.buckets, ([h, b]) => [h, b.slice()]));
    return s;
  }
  if (x instanceof PyByteArray && !(t.flags & TypeFlag.Heap)) return new PyByteArray(x.data.slice(0, x.length));
  const copier = t.lookup("__copy__");
  if (copier !== undefined) return yield* callMethodGen(copier, x, []);
  return yield* reconstruct(x, null);
}

export function* deepcopyGen(x: PyObject, memo: PyDict): Gen<PyObject> {
  const id = idOf(x);
  const seen = memo.map.get(id);
  if (seen !== undefined) return seen;
  const t = typeOf(x);
  let y: PyObject;
  if (isAtomic(x)) y = x;
  else if (x instanceof PyList && t === listType) {
    const l = newList([]);
    memo.setNorm(id, id, l);
    for (const it of x.items.slice()) l.items.push(yield* deepcopyGen(it, memo));
    y = l;
  } else if (x instanceof PyTuple && t === tupleType) {
    const items: PyObject[] = [];
    for (const it of x.items) items.push(yield* deepcopyGen(it, memo));
    const again = memo.map.get(id);
    if (again !== undefined) return again;
    y = items.every((v, i) => v === x.items[i]) ? x : newTuple(items);
  } else if (x instanceof PyDict && t === dictType) {
    const d = new PyDict();
    memo.setNorm(id, id, d);
    for (const [n, v] of Array.from(x.map)) yield* d.setGen(yield* deepcopyGen(x.keyOf(n), memo), yield* deepcopyGen(v, memo));
    y = d;
  } else if (x instanceof PyByteArray && !(t.flags & TypeFlag.Heap)) {
    y = new PyByteArray(x.data.slice(0, x.length));
  } else {
    const copier = t.lookup("__deepcopy__");
    y = copier !== undefined ? yield* callMethodGen(copier, x, [memo]) : yield* reconstruct(x, memo);
  }
  if (y !== x) {
    memo.setNorm(id, id, y);
    // CPython keeps the originals alive in memo[id(memo)] so ids stay unique during the copy.
    const mid = idOf(memo);
    const keep = memo.map.get(mid);
    if (keep instanceof PyList) keep.items.push(x);
    else memo.setNorm(mid, mid, newList([x]));
  }
  return y;
}

export function createCopy(): PyModule {
  const m = new PyModule("copy");
  m.dict.set("__all__", newList(["Error", "copy", "deepcopy"]));
  m.dict.set("Error", copyError);
  m.dict.set("error", copyError);
  genFn(m, "copy", (args) => shallowCopyGen(args[0]));
  genFn(m, "deepcopy", function* (args: PyObject[], kwargs: KwArgs | null) {
    const memoArg = args.length > 1 ? args[1] : kwargs?.get("memo") ?? None;
    const memo = memoArg instanceof PyDict ? memoArg : new PyDict();
    return yield* deepcopyGen(args[0], memo);
  });
  void getAttrDefaultGen;
  void hasAttrGen;
  return m;
}
