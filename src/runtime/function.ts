// function.ts — Python function objects (`def`, lambda) and bound methods; the VM calls them by pushing
// a frame. (Skeleton from the runtime contract; the VM owner extends this file.)
import { PyObj, PyObject, PyType, PyTuple, PyCell, AttrMap, makeBuiltinType, TypeFlag, None } from "./object.js";
import type { PyDict } from "./dict.js";
import type { CodeObject } from "../interpreter/code.js";

export const functionType = makeBuiltinType("function", undefined, TypeFlag.HasDict);
export const methodType = makeBuiltinType("method", undefined, TypeFlag.None);

export class PyFunction extends PyObj {
  name: string;
  qualname: string;
  /** Positional defaults (a tuple) or null. */
  defaults: PyTuple | null;
  /** Keyword-only defaults or null. */
  kwdefaults: PyDict | null;
  annotations: PyObject;
  doc: PyObject;
  module: PyObject;
  /** Function attributes (f.x = 1). */
  dict: AttrMap;
  constructor(
    public code: CodeObject,
    /** The module namespace the function's globals live in. */
    public globals: AttrMap,
    public closure: PyCell[] | null,
  ) {
    super(functionType);
    this.name = code.name;
    this.qualname = code.qualname;
    this.defaults = null;
    this.kwdefaults = null;
    this.annotations = None;
    this.doc = None;
    this.module = globals.get("__name__") ?? None;
    this.dict = new Map();
  }
}

/** A function bound to an instance (obj.method). */
export class PyMethod {
  /** Same shape as PyObj without extending it (see PyFloat in object.ts): bound methods are made often. */
  type: PyType;
  constructor(
    readonly func: PyObject,
    readonly self: PyObject,
  ) {
    this.type = methodType;
  }
}

export type { PyType };
