// code.ts — CodeObject: the compiled form of a module, class body, function, lambda or comprehension.
// (Skeleton from the runtime contract; the compiler owns and extends this file.)
import type { PyObject } from "../runtime/object.js";

export class CodeObject {
  constructor(
    public name: string,
    public qualname: string,
    public filename: string,
    public firstlineno: number,
    /** Constants referenced by LOAD_CONST (PyObjects: numbers, strings, PyFloat, PyTuple, CodeObject…). */
    public consts: (PyObject | CodeObject)[],
  ) {}
}
