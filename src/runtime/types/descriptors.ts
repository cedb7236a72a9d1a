// descriptors.ts — property, classmethod, staticmethod and the member descriptors made for __slots__:
// their objects and their Python-visible methods (__get__, __set__, getter/setter/deleter, __func__ …).
import { PyObj, PyObject, PyType, AttrMap, makeBuiltinType, TypeFlag, None, typeOf } from "../object.js";

export const propertyType = makeBuiltinType("property");
export const classMethodType = makeBuiltinType("classmethod", undefined, TypeFlag.BaseType | TypeFlag.HasDict);
export const staticMethodType = makeBuiltinType("staticmethod", undefined, TypeFlag.BaseType | TypeFlag.HasDict);
export const memberDescriptorType = makeBuiltinType("member_descriptor", undefined, TypeFlag.None);

export class PyProperty extends PyObj {
  fget: PyObject;
  fset: PyObject;
  fdel: PyObject;
  doc: PyObject;
  /** Set by __set_name__ (CPython 3.11 keeps it for error messages only from 3.12; kept for repr). */
  name: PyObject;
  constructor(fget: PyObject, fset: PyObject, fdel: PyObject, doc: PyObject, type: PyType = propertyType) {
    super(type);
    this.fget = fget;
    this.fset = fset;
    this.fdel = fdel;
    this.doc = doc;
    this.name = None;
  }
}

export class PyClassMethod extends PyObj {
  func: PyObject;
  dict: AttrMap;
  constructor(func: PyObject, type: PyType = classMethodType) {
    super(type);
    this.func = func;
    this.dict = new Map();
  }
}

export class PyStaticMethod extends PyObj {
  func: PyObject;
  dict: AttrMap;
  constructor(func: PyObject, type: PyType = staticMethodType) {
    super(type);
    this.func = func;
    this.dict = new Map();
  }
}

/** A __slots__ member: a data descriptor reading the instance's slot storage. */
export class PyMemberDescr extends PyObj {
  constructor(readonly owner: PyType, readonly name: string) {
    super(memberDescriptorType);
  }
}

propertyType.newInstance = (cls) => new PyProperty(None, None, None, None, cls);
classMethodType.newInstance = (cls) => new PyClassMethod(None, cls);
staticMethodType.newInstance = (cls) => new PyStaticMethod(None, cls);

export { typeOf };
