// ops-attr.ts — the attribute protocol: object.__getattribute__ with data/non-data descriptor priority,
// __getattr__ fallback, type and module attribute lookup, __setattr__/__delattr__, and method loading
// without bound-method allocation. Each operation has a plain path (returns undefined / false when Python
// must run) and a resumable form.
import {
  PyObject, PyObj, PyType, PyModule, PyInstance, AttrMap, None, TypeFlag, typeOf, typeName, typeType, objectType,
} from "./object.js";
import type { PySlotValues } from "./object.js";
import type { NativeGen } from "./protocol.js";
import { PyBuiltin, PyMethodDescr, PyClassMethodDescr, PyGetSetDescr, bindMethodDescr } from "./builtin-function.js";
import { PyFunction, PyMethod } from "./function.js";
import { PyBaseException, AttributeError, newException, typeError, attributeError } from "./exceptions.js";
import { PyProperty, PyClassMethod, PyStaticMethod, PyMemberDescr } from "./types/descriptors.js";
import { callGen, callMethodGen, setBindGen, type Gen } from "./ops-call.js";

/** The attribute dict of an instance, or null when it has none (slots, builtins). */
export function instanceDict(obj: PyObj): AttrMap | null {
  const d = (obj as { dict?: unknown }).dict;
  return d instanceof Map ? (d as AttrMap) : null;
}

/** AttributeError "'X' object has no attribute 'y'" with .name and .obj set, as CPython 3.11 does. */
export function noAttribute(obj: PyObject, name: string): PyBaseException {
  let msg: string;
  if (obj instanceof PyType) msg = `type object '${obj.name}' has no attribute '${name}'`;
  else if (obj instanceof PyModule) msg = `module '${obj.name}' has no attribute '${name}'`;
  else msg = `'${typeName(obj)}' object has no attribute '${name}'`;
  const e = newException(AttributeError, msg);
  e.dict.set("name", name);
  e.dict.set("obj", obj);
  return e;
}

function isAttributeError(e: unknown): boolean {
  return e instanceof PyBaseException && e.type.isSubtypeOf(AttributeError);
}

/** True when `d` (found on a type) takes priority over the instance dict. */
export function isDataDescr(d: PyObject): boolean {
  if (typeof d !== "object") return false;
  if (d instanceof PyGetSetDescr || d instanceof PyMemberDescr || d instanceof PyProperty) return true;
  if (d instanceof PyFunction || d instanceof PyMethodDescr || d instanceof PyBuiltin) return false;
  const t = d.type;
  return t.lookup("__set__") !== undefined || t.lookup("__delete__") !== undefined;
}

// Descriptor application without Python; NEEDS_PY when a Python __get__ (or property getter) must run.
const NEEDS_PY = undefined;
const NOT_DESCR: unique symbol = Symbol("not-a-descriptor");

function descrGetFast(d: PyObject, obj: PyObject, tp: PyType): PyObject | undefined | typeof NOT_DESCR {
  if (typeof d !== "object") return NOT_DESCR;
  if (d instanceof PyFunction) return new PyMethod(d, obj);
  if (d instanceof PyMethodDescr) return bindMethodDescr(d, obj);
  if (d instanceof PyGetSetDescr) return d.get(obj);
  if (d instanceof PyMemberDescr) return slotGet(d, obj);
  if (d instanceof PyClassMethodDescr) return new PyBuiltin(d.name, d.fn, d.isGen, tp, `${d.owner.name}.${d.name}`, true);
  if (d instanceof PyStaticMethod) return d.func;
  if (d instanceof PyClassMethod) return new PyMethod(d.func, tp);
  if (d instanceof PyProperty || d instanceof PyBuiltin) return d instanceof PyBuiltin ? NOT_DESCR : NEEDS_PY;
  if (d.type.lookup("__get__") !== undefined) return NEEDS_PY;
  return NOT_DESCR;
}

function slotGet(d: PyMemberDescr, obj: PyObject): PyObject {
  const sv = (obj as { slotValues?: PySlotValues | null }).slotValues;
  const v = sv ? sv.get(d.name) : undefined;
  if (v === undefined) throw noAttribute(obj, d.name);
  return v;
}

/** Applies descriptor `d` found on `tp` for instance `obj` (obj None = access through the class). */
export function* descrGetGen(d: PyObject, obj: PyObject, tp: PyType): NativeGen {
  if (d instanceof PyProperty) {
    if (obj === None) return d;
    if (d.fget === None) throw attributeError(`property ${propName(d)}of '${tp.name}' object has no getter`);
    return yield* callGen(d.fget, [obj]);
  }
  const r = descrGetFast(d, obj, tp);
  if (r === NOT_DESCR) return d;
  if (r !== undefined) return r;
  const g = typeOf(d).lookup("__get__")!;
  return yield* callMethodGen(g, d, [obj, tp]);
}

function propName(p: PyProperty): string {
  return typeof p.name === "string" ? `'${p.name}' ` : "";
}

setBindGen(function* (d, self) {
  return yield* descrGetGen(d, self, typeOf(self));
});

// ---- getattr ----

/**
 * getattr(obj, name) when no Python code needs to run; undefined means "use getAttrGen". Raises
 * AttributeError directly when the answer is certain.
 */
export function getAttr(obj: PyObject, name: string): PyObject | undefined {
  const tp = typeOf(obj);
  if (tp.flags & TypeFlag.UserGetattr) return undefined;
  if (typeof obj === "object") {
    if (obj instanceof PyType) return typeGetAttr(obj, name);
    if (obj instanceof PyModule) {
      const v = obj.dict.get(name);
      if (v !== undefined) return v;
    }
  }
  const d = tp.lookup(name);
  let isData = false;
  if (d !== undefined && typeof d === "object" && !(d instanceof PyFunction)) {
    isData = isDataDescr(d);
    if (isData) {
      if (d instanceof PyGetSetDescr) return d.get(obj);
      if (d instanceof PyMemberDescr) return slotGet(d, obj);
      return undefined;
    }
  }
  if (typeof obj === "object") {
    const dict = instanceDict(obj);
    if (dict !== null) {
      const v = dict.get(name);
      if (v !== undefined) return v;
    }
  }
  if (d !== undefined) {
    const r = descrGetFast(d, obj, tp);
    return r === NOT_DESCR ? d : r;
  }
  if (obj instanceof PyModule) return undefined; // module __getattr__ or its error message
  throw noAttribute(obj, name);
}

/** getattr(obj, name) in full: __getattribute__ overrides, descriptors, __getattr__. */
export function* getAttrGen(obj: PyObject, name: string): NativeGen {
  const tp = typeOf(obj);
  if (!(tp.flags & TypeFlag.UserGetattr)) {
    if (obj instanceof PyType) return yield* typeGetAttrGen(obj, name);
    if (obj instanceof PyModule) return yield* moduleGetAttrGen(obj, name);
    return yield* genericGetAttrGen(obj, name);
  }
  const ga = tp.lookup("__getattribute__");
  const ga0 = objectType.dict.get("__getattribute__");
  const hook = tp.lookup("__getattr__");
  try {
    if (ga === ga0 || ga === undefined) {
      if (obj instanceof PyType) return yield* typeGetAttrGen(obj, name);
      return yield* genericGetAttrGen(obj, name);
    }
    return yield* callMethodGen(ga, obj, [name]);
  } catch (e) {
    if (hook === undefined || !isAttributeError(e)) throw e;
  }
  return yield* callMethodGen(hook, obj, [name]);
}

/** object.__getattribute__(obj, name) (no __getattr__ fallback). */
export function* genericGetAttrGen(obj: PyObject, name: string): NativeGen {
  const tp = typeOf(obj);
  const d = tp.lookup(name);
  if (d !== undefined && isDataDescr(d)) return yield* descrGetGen(d, obj, tp);
  if (typeof obj === "object") {
    const dict = instanceDict(obj);
    if (dict !== null) {
      const v = dict.get(name);
      if (v !== undefined) return v;
    }
  }
  if (d !== undefined) return yield* descrGetGen(d, obj, tp);
  throw noAttribute(obj, name);
}

function* moduleGetAttrGen(m: PyModule, name: string): NativeGen {
  const v = m.dict.get(name);
  if (v !== undefined) return v;
  try {
    return yield* genericGetAttrGen(m, name);
  } catch (e) {
    if (!isAttributeError(e)) throw e;
  }
  const hook = m.dict.get("__getattr__");
  if (hook !== undefined) return yield* callGen(hook, [name]);
  throw noAttribute(m, name);
}

/** type.__getattribute__ without Python: undefined when a Python descriptor is involved. */
function typeGetAttr(cls: PyType, name: string): PyObject | undefined {
  const meta = cls.type;
  const md = meta === typeType ? typeType.lookup(name) : meta.lookup(name);
  if (md !== undefined && isDataDescr(md)) {
    if (md instanceof PyGetSetDescr) return md.get(cls);
    return undefined;
  }
  const v = cls.lookup(name);
  if (v !== undefined) return classGetFast(v, cls);
  if (md !== undefined) {
    const r = descrGetFast(md, cls, meta);
    return r === NOT_DESCR ? md : r;
  }
  if (meta !== typeType && meta.lookup("__getattr__") !== undefined) return undefined;
  throw noAttribute(cls, name);
}

/** What `C.attr` gives for a value found on C's MRO: descriptors see (None, C). */
function classGetFast(v: PyObject, cls: PyType): PyObject | undefined {
  if (typeof v !== "object") return v;
  if (v instanceof PyFunction || v instanceof PyMethodDescr || v instanceof PyGetSetDescr || v instanceof PyBuiltin) return v;
  if (v instanceof PyClassMethod) return new PyMethod(v.func, cls);
  if (v instanceof PyStaticMethod) return v.func;
  if (v instanceof PyClassMethodDescr) return new PyBuiltin(v.name, v.fn, v.isGen, cls, `${v.owner.name}.${v.name}`, true);
  if (v instanceof PyProperty || v instanceof PyMemberDescr) return v;
  if (v.type.lookup("__get__") !== undefined) return undefined;
  return v;
}

export function* typeGetAttrGen(cls: PyType, name: string): NativeGen {
  const meta = cls.type;
  const md = meta.lookup(name);
  if (md !== undefined && isDataDescr(md)) return yield* descrGetGen(md, cls, meta);
  const v = cls.lookup(name);
  if (v !== undefined) {
    const r = classGetFast(v, cls);
    if (r !== undefined) return r;
    const g = typeOf(v).lookup("__get__")!;
    return yield* callMethodGen(g, v, [None, cls]);
  }
  if (md !== undefined) return yield* descrGetGen(md, cls, meta);
  const hook = meta !== typeType ? meta.lookup("__getattr__") : undefined;
  if (hook !== undefined) return yield* callMethodGen(hook, cls, [name]);
  throw noAttribute(cls, name);
}

/** getattr with a default: returns `dflt` instead of raising AttributeError. */
export function* getAttrDefaultGen(obj: PyObject, name: string, dflt: PyObject): NativeGen {
  try {
    const v = getAttr(obj, name);
    if (v !== undefined) return v;
    return yield* getAttrGen(obj, name);
  } catch (e) {
    if (isAttributeError(e)) return dflt;
    throw e;
  }
}

/** Attribute lookup that yields only when needed: the plain path first, then the resumable one. */
export function* loadAttrGen(obj: PyObject, name: string): NativeGen {
  const v = getAttr(obj, name);
  if (v !== undefined) return v;
  return yield* getAttrGen(obj, name);
}

// ---- LOAD_METHOD support ----

/**
 * For `obj.name(...)`: when `name` resolves to a plain function or builtin method descriptor on the type
 * and the instance does not shadow it, returns that unbound callable and sets `methodNeedsSelf` (the
 * caller passes obj as first argument); otherwise returns the attribute as getAttr would (or undefined).
 */
export let methodNeedsSelf = false;
export function getMethod(obj: PyObject, name: string): PyObject | undefined {
  if (obj instanceof PyInstance) {
    // plain instances first: one monomorphic `dict` read instead of instanceDict's probe of any object
    const tp = obj.type;
    if (!(tp.flags & TypeFlag.UserGetattr)) {
      const d = tp.lookup(name);
      if (d instanceof PyFunction || d instanceof PyMethodDescr) {
        const dict = obj.dict;
        if (dict === null || !dict.has(name)) {
          methodNeedsSelf = true;
          return d;
        }
      }
    }
    methodNeedsSelf = false;
    return getAttr(obj, name);
  }
  const tp = typeOf(obj);
  if (!(tp.flags & TypeFlag.UserGetattr) && !(obj instanceof PyType) && !(obj instanceof PyModule)) {
    const d = tp.lookup(name);
    if (d instanceof PyFunction || d instanceof PyMethodDescr) {
      const dict = typeof obj === "object" ? instanceDict(obj) : null;
      if (dict === null || !dict.has(name)) {
        methodNeedsSelf = true;
        return d;
      }
    }
  }
  methodNeedsSelf = false;
  return getAttr(obj, name);
}

// ---- setattr / delattr ----

/** obj.name = value without Python; false means "use setAttrGen". value undefined deletes. */
export function setAttr(obj: PyObject, name: string, value: PyObject | undefined): boolean {
  const tp = typeOf(obj);
  if (tp.flags & TypeFlag.UserSetattr) return false;
  if (obj instanceof PyType) {
    typeSetAttr(obj, name, value);
    return true;
  }
  const d = tp.lookup(name);
  if (d !== undefined && typeof d === "object" && !(d instanceof PyFunction) && isDataDescr(d)) {
    if (d instanceof PyGetSetDescr) {
      getSetSet(d, obj, value);
      return true;
    }
    if (d instanceof PyMemberDescr) {
      slotSet(d, obj, value);
      return true;
    }
    return false;
  }
  storeInDict(obj, name, value);
  return true;
}

function getSetSet(d: PyGetSetDescr, obj: PyObject, value: PyObject | undefined): void {
  if (d.set === null) {
    throw attributeError(`attribute '${d.name}' of '${d.owner.name}' objects is not writable`);
  }
  d.set(obj, value);
}

function slotSet(d: PyMemberDescr, obj: PyObject, value: PyObject | undefined): void {
  const sv = (obj as { slotValues?: PySlotValues | null }).slotValues;
  if (!sv) throw noAttribute(obj, d.name);
  if (value === undefined) {
    // CPython 3.11 member_set: deleting an unset slot raises AttributeError(name), no .name/.obj
    if (!sv.delete(d.name)) throw attributeError(d.name);
  } else sv.set(d.name, value);
}

function storeInDict(obj: PyObject, name: string, value: PyObject | undefined): void {
  const dict = typeof obj === "object" ? instanceDict(obj) : null;
  if (dict === null) throw noAttribute(obj, name);
  if (value === undefined) {
    if (!dict.delete(name)) throw noAttribute(obj, name);
  } else dict.set(name, value);
}

/** Hook from class-builder: refreshes a heap type's flags after one of its attributes changed. */
export let typeAttrChanged: (cls: PyType, name: string) => void = (cls) => cls.changed();
export function setTypeAttrChanged(f: (cls: PyType, name: string) => void): void {
  typeAttrChanged = f;
}

function typeSetAttr(cls: PyType, name: string, value: PyObject | undefined): void {
  const md = cls.type.lookup(name);
  if (md instanceof PyGetSetDescr) {
    getSetSet(md, cls, value);
    return;
  }
  if (!(cls.flags & TypeFlag.Heap)) {
    if (value === undefined) throw typeError(`cannot delete '${name}' attribute of immutable type '${cls.name}'`);
    throw typeError(`cannot set '${name}' attribute of immutable type '${cls.name}'`);
  }
  if (value === undefined) {
    if (!cls.dict.delete(name)) throw noAttribute(cls, name);
  } else cls.dict.set(name, value);
  typeAttrChanged(cls, name);
}

/** setattr(obj, name, value) in full (value undefined: delattr). */
export function* setAttrGen(obj: PyObject, name: string, value: PyObject | undefined): Gen<void> {
  const tp = typeOf(obj);
  if (tp.flags & TypeFlag.UserSetattr) {
    const which = value === undefined ? "__delattr__" : "__setattr__";
    const m = tp.lookup(which);
    if (m !== undefined && m !== objectType.dict.get(which)) {
      yield* callMethodGen(m, obj, value === undefined ? [name] : [name, value]);
      return;
    }
  }
  yield* genericSetAttrGen(obj, name, value);
}

/** object.__setattr__ / object.__delattr__. */
export function* genericSetAttrGen(obj: PyObject, name: string, value: PyObject | undefined): Gen<void> {
  if (obj instanceof PyType) {
    const md = obj.type.lookup(name);
    if (md !== undefined && !(md instanceof PyGetSetDescr) && typeof md === "object" && isDataDescr(md)) {
      yield* descrSetGen(md, obj, value);
      return;
    }
    typeSetAttr(obj, name, value);
    return;
  }
  const tp = typeOf(obj);
  const d = tp.lookup(name);
  if (d !== undefined && typeof d === "object" && isDataDescr(d)) {
    yield* descrSetGen(d, obj, value);
    return;
  }
  storeInDict(obj, name, value);
}

function* descrSetGen(d: PyObj, obj: PyObject, value: PyObject | undefined): Gen<void> {
  if (d instanceof PyGetSetDescr) return getSetSet(d, obj, value);
  if (d instanceof PyMemberDescr) return slotSet(d, obj, value);
  if (d instanceof PyProperty) {
    const f = value === undefined ? d.fdel : d.fset;
    if (f === None) {
      const what = value === undefined ? "deleter" : "setter";
      throw attributeError(`property ${propName(d)}of '${typeName(obj)}' object has no ${what}`);
    }
    yield* callGen(f, value === undefined ? [obj] : [obj, value]);
    return;
  }
  const which = value === undefined ? "__delete__" : "__set__";
  const m = d.type.lookup(which);
  if (m === undefined) {
    throw attributeError(value === undefined ? "__delete__" : "__set__");
  }
  yield* callMethodGen(m, d, value === undefined ? [obj] : [obj, value]);
}

/** hasattr(obj, name). */
export function* hasAttrGen(obj: PyObject, name: string): Gen<boolean> {
  try {
    const v = getAttr(obj, name);
    if (v === undefined) yield* getAttrGen(obj, name);
    return true;
  } catch (e) {
    if (isAttributeError(e)) return false;
    throw e;
  }
}
