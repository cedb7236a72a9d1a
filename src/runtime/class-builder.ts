// class-builder.ts — making classes: type(name, bases, ns) / metaclass calls (Objects/typeobject.c
// type_new): metaclass resolution, base checks, instance layout conflicts, C3 MRO with CPython's error,
// __slots__, implicit staticmethod/classmethod wrapping, __classcell__, __set_name__, __init_subclass__,
// and the type flags (UserEq/UserHash/UserGetattr/UserSetattr/Unhashable) the fast paths rely on.
import {
  PyObject, PyType, PyTuple, PyCell, AttrMap, KwArgs, None, TypeFlag, typeOf, typeName, typeType, objectType,
  newTuple,
} from "./object.js";
import { PyDict } from "./dict.js";
import { BaseException, typeError, valueError } from "./exceptions.js";
import { PyFunction } from "./function.js";
import { PyGetSetDescr } from "./builtin-function.js";
import { PyClassMethod, PyStaticMethod, PyMemberDescr } from "./types/descriptors.js";
import { callMethodGen, callGen, type Gen } from "./ops-call.js";
import { setTypeAttrChanged } from "./ops-attr.js";
import { asStr } from "./ops-object.js";
import { toArrayGen } from "./ops-iter.js";
import type { NativeGen } from "./protocol.js";

/** Instance layout per user class: the class itself when it adds slots, else its best base's layout. */
const layouts = new WeakMap<PyType, PyType>();

function layoutOf(t: PyType): PyType {
  const l = layouts.get(t);
  if (l !== undefined) return l;
  if (t.flags & TypeFlag.Exception) return BaseException;
  return t.solidBase ?? objectType;
}

/** The most derived metaclass among `meta` and the bases' metaclasses (CPython _PyType_CalculateMetaclass). */
export function calculateMetaclass(meta: PyType, bases: PyObject[]): PyType {
  let winner = meta;
  for (const b of bases) {
    const t = typeOf(b);
    if (winner.isSubtypeOf(t)) continue;
    if (t.isSubtypeOf(winner)) {
      winner = t;
      continue;
    }
    throw typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
  }
  return winner;
}

/** C3 linearization; CPython's message on failure (with its line break). */
export function computeMro(cls: PyType, bases: PyType[]): PyType[] {
  const seqs: PyType[][] = bases.map((b) => b.mro.slice());
  seqs.push(bases.slice());
  const out: PyType[] = [cls];
  for (;;) {
    const live = seqs.filter((s) => s.length > 0);
    if (live.length === 0) return out;
    let cand: PyType | null = null;
    for (const s of live) {
      const head = s[0];
      if (!live.some((o) => o.indexOf(head) > 0)) {
        cand = head;
        break;
      }
    }
    if (cand === null) {
      const names: string[] = [];
      for (const s of live) if (!names.includes(s[0].name)) names.push(s[0].name);
      const remaining: string[] = [];
      for (const b of bases) if (live.some((s) => s[0] === b) && !remaining.includes(b.name)) remaining.push(b.name);
      throw typeError(`Cannot create a consistent method resolution\norder (MRO) for bases ${(remaining.length ? remaining : names).join(", ")}`);
    }
    out.push(cand);
    for (const s of live) if (s[0] === cand) s.shift();
  }
}

function ownDefines(cls: PyType, name: string): boolean {
  return cls.dict.has(name);
}

/** Recomputes the flags that depend on which dunders Python code defines along the MRO. */
export function updateFlags(cls: PyType): void {
  let f = cls.flags & ~(TypeFlag.UserEq | TypeFlag.UserHash | TypeFlag.UserGetattr | TypeFlag.UserSetattr | TypeFlag.Unhashable);
  for (const t of cls.mro) {
    if (!(t.flags & TypeFlag.Heap)) continue;
    const d = t.dict;
    if (d.has("__eq__")) f |= TypeFlag.UserEq;
    if (d.has("__hash__") && d.get("__hash__") !== None) f |= TypeFlag.UserHash;
    if (d.has("__getattribute__") || d.has("__getattr__")) f |= TypeFlag.UserGetattr;
    if (d.has("__setattr__") || d.has("__delattr__")) f |= TypeFlag.UserSetattr;
  }
  for (const t of cls.mro) if (t.flags & TypeFlag.UserGetattr && !(t.flags & TypeFlag.Heap)) f |= TypeFlag.UserGetattr;
  if (cls.lookup("__hash__") === None) f |= TypeFlag.Unhashable;
  cls.flags = f;
}

setTypeAttrChanged((cls, name) => {
  cls.changed();
  if (name.startsWith("__")) {
    updateFlags(cls);
    const stack = cls.subclasses.slice();
    while (stack.length) {
      const s = stack.pop()!;
      updateFlags(s);
      stack.push(...s.subclasses);
    }
  }
});

/** The namespace of a class body as an ordered list of (name, value). */
function nsEntries(ns: PyObject): [string, PyObject][] {
  if (!(ns instanceof PyDict)) throw typeError(`type.__new__() argument 3 must be dict, not ${typeName(ns)}`);
  const out: [string, PyObject][] = [];
  for (const [norm, v] of ns.map) {
    const k = asStr(ns.keyOf(norm));
    if (k === null) continue; // non-str keys are kept out of the type's namespace
    out.push([k, v]);
  }
  return out;
}

/**
 * type.__new__(meta, name, bases, ns, **kwargs): makes the class, then runs __set_name__ and the parent's
 * __init_subclass__(**kwargs).
 */
export function* typeNewGen(meta: PyType, name: PyObject, basesObj: PyObject, ns: PyObject, kwargs: KwArgs | null): NativeGen {
  const nm = asStr(name);
  if (nm === null) throw typeError(`type.__new__() argument 1 must be str, not ${typeName(name)}`);
  if (!(basesObj instanceof PyTuple)) throw typeError(`type.__new__() argument 2 must be tuple, not ${typeName(basesObj)}`);
  const entries = nsEntries(ns);
  let bases: PyType[] = [];
  const winner = calculateMetaclass(meta, basesObj.items);
  for (const b of basesObj.items) {
    if (!(b instanceof PyType)) throw typeError("bases must be types");
    bases.push(b);
  }
  if (winner !== meta) {
    const nw = winner.lookup("__new__");
    if (nw !== typeType.dict.get("__new__")) {
      return yield* callGen(nw instanceof PyStaticMethod ? nw.func : nw!, [winner, name, basesObj, ns], kwargs);
    }
    meta = winner;
  }
  for (let i = 0; i < bases.length; i++) {
    const b = bases[i];
    if (!(b.flags & TypeFlag.BaseType)) throw typeError(`type '${b.name}' is not an acceptable base type`);
    for (let j = 0; j < i; j++) if (bases[j] === b) throw typeError(`duplicate base class ${b.name}`);
  }
  if (bases.length === 0) bases = [objectType];

  // The best base supplies the instance layout; the others must be compatible with it.
  let best = layoutOf(bases[0]);
  let solid = bases[0].solidBase ?? objectType;
  for (const b of bases.slice(1)) {
    const l = layoutOf(b);
    if (l.isSubtypeOf(best)) {
      best = l;
      solid = b.solidBase ?? objectType;
    } else if (!best.isSubtypeOf(l)) throw typeError("multiple bases have instance lay-out conflict");
  }
  for (const b of bases) {
    const s = b.solidBase ?? objectType;
    if (s.isSubtypeOf(solid)) solid = s;
  }

  const dict: AttrMap = new Map();
  for (const [k, v] of entries) dict.set(k, v);
  let flags = TypeFlag.Heap | TypeFlag.BaseType | TypeFlag.HasDict;
  for (const b of bases) flags |= b.flags & TypeFlag.Exception;
  const cls = new PyType(nm, bases, dict, meta, flags);
  cls.solidBase = solid;
  cls.mro = computeMro(cls, bases);

  const qn = dict.get("__qualname__");
  if (qn !== undefined) {
    const q = asStr(qn);
    if (q === null) throw typeError(`type __qualname__ must be a str, not ${typeName(qn)}`);
    cls.qualname = q;
    dict.delete("__qualname__");
  }
  const mod = dict.get("__module__");
  if (mod !== undefined && asStr(mod) !== null) cls.module = asStr(mod)!;
  else cls.module = "__main__";
  if (!dict.has("__doc__")) dict.set("__doc__", None);

  // __slots__
  let inheritedSlots: string[] = [];
  let baseHasDict = false;
  for (const t of cls.mro.slice(1)) {
    if (t.slots !== null) for (const s of t.slots) if (!inheritedSlots.includes(s)) inheritedSlots.push(s);
    if (t.flags & TypeFlag.Heap && t.slots === null) baseHasDict = true;
    if (!(t.flags & TypeFlag.Heap) && t !== objectType && t.flags & TypeFlag.HasDict) baseHasDict = true;
  }
  inheritedSlots = inheritedSlots.filter((s) => s !== "__dict__" || baseHasDict);
  const slotsObj = dict.get("__slots__");
  let ownSlots: string[] = [];
  if (slotsObj !== undefined) {
    const items = typeof slotsObj === "string" ? [slotsObj] : yield* toArrayGen(slotsObj);
    for (const it of items) {
      const s = asStr(it);
      if (s === null) throw typeError(`__slots__ items must be strings, not '${typeName(it)}'`);
      if (!/^[A-Za-z_\p{L}][\w\p{L}\p{N}]*$/u.test(s)) throw typeError("__slots__ must be identifiers");
      if (ownSlots.includes(s)) throw typeError(`__slots__ items must be unique`);
      ownSlots.push(s);
    }
    for (const s of ownSlots) {
      if (s === "__dict__" || s === "__weakref__") continue;
      if (dict.has(s)) throw valueError(`'${s}' in __slots__ conflicts with class variable`);
      dict.set(s, new PyMemberDescr(cls, s));
    }
    const real = ownSlots.filter((s) => s !== "__dict__" && s !== "__weakref__");
    const wantsDict = ownSlots.includes("__dict__") || baseHasDict;
    cls.slots = [...inheritedSlots.filter((s) => s !== "__dict__"), ...real];
    if (wantsDict) cls.slots.push("__dict__");
    else cls.flags &= ~TypeFlag.HasDict;
    layouts.set(cls, real.length > 0 ? cls : best);
  } else {
    layouts.set(cls, best);
    if (inheritedSlots.length > 0) cls.slots = [...inheritedSlots.filter((s) => s !== "__dict__"), "__dict__"];
  }

  // Implicit wrappers (CPython type_new_set_attrs).
  const nw = dict.get("__new__");
  if (nw instanceof PyFunction) dict.set("__new__", new PyStaticMethod(nw));
  for (const n of ["__init_subclass__", "__class_getitem__"]) {
    const f = dict.get(n);
    if (f instanceof PyFunction) dict.set(n, new PyClassMethod(f));
  }
  if (dict.has("__eq__") && !dict.has("__hash__")) dict.set("__hash__", None);

  // The first class in a hierarchy to have instance dicts shows __dict__ and __weakref__ descriptors.
  if (cls.slots === null && !cls.mro.slice(1).some((t) => t.flags & TypeFlag.Heap && t.slots === null)) {
    const od = objectType.dict.get("__dict__");
    if (od instanceof PyGetSetDescr && !dict.has("__dict__")) dict.set("__dict__", new PyGetSetDescr(cls, "__dict__", od.get, od.set));
    if (!dict.has("__weakref__")) dict.set("__weakref__", new PyGetSetDescr(cls, "__weakref__", () => None));
  }

  const cell = dict.get("__classcell__");
  if (cell !== undefined) {
    if (!(cell instanceof PyCell)) throw typeError(`__classcell__ must be a nonlocal cell, not ${typeName(cell)}`);
    cell.value = cls;
    dict.delete("__classcell__");
  }
  cls.changed();
  updateFlags(cls);

  // __set_name__ on every attribute that has one, in definition order.
  for (const [k, v] of Array.from(dict.entries())) {
    if (typeof v !== "object") continue;
    const sn = typeOf(v).lookup("__set_name__");
    if (sn === undefined) continue;
    yield* callMethodGen(sn, v, [cls, k]);
  }

  // super(cls, cls).__init_subclass__(**kwargs)
  yield* initSubclassGen(cls, kwargs);
  return cls;
}

function* initSubclassGen(cls: PyType, kwargs: KwArgs | null): Gen<void> {
  const mro = cls.mro;
  for (let i = 1; i < mro.length; i++) {
    const f = mro[i].dict.get("__init_subclass__");
    if (f === undefined) continue;
    if (f instanceof PyClassMethod) yield* callGen(f.func, [cls], kwargs);
    else yield* callMethodGen(f, cls, [], kwargs);
    return;
  }
}

/** object.__init_subclass__(cls): accepts no keyword arguments. */
export function objectInitSubclass(args: PyObject[], kwargs: KwArgs | null): PyObject {
  if (kwargs !== null && kwargs.size > 0) {
    const cls = args[0] as PyType;
    throw typeError(`${cls.qualname}.__init_subclass__() takes no keyword arguments`);
  }
  return None;
}

/** __prepare__ of a metaclass (type's returns a new dict). */
export function* prepareGen(meta: PyObject, name: PyObject, bases: PyTuple, kwargs: KwArgs | null): NativeGen {
  const p = meta instanceof PyType ? meta.lookup("__prepare__") : undefined;
  if (p === undefined || p === typeType.dict.get("__prepare__")) return new PyDict();
  if (p instanceof PyClassMethod) return yield* callGen(p.func, [meta, name, bases], kwargs);
  return yield* callMethodGen(p, meta, [name, bases], kwargs);
}

export { newTuple };
