// code.ts — CodeObject: the compiled form of a module, class body, function, lambda or comprehension:
// instructions, constants, names, the localsplus layout, the position table and the exception table.
import { PyObj, PyObject, makeBuiltinType, TypeFlag, PyTuple, None } from "../runtime/object.js";
import { defineGetters } from "../runtime/builtin-function.js";

export const codeType = makeBuiltinType("code", undefined, TypeFlag.None);

/** One exception-table entry, as CPython 3.11's co_exceptiontable (instruction indexes, end exclusive). */
export interface ExcEntry {
  start: number;
  end: number;
  target: number;
  depth: number;
  lasti: boolean;
}

export class CodeObject extends PyObj {
  /** Instructions as (op, arg) pairs: instruction i is code[2i], its argument code[2i+1]. */
  code: Int32Array = new Int32Array(0);
  /** Per instruction: lineno, end_lineno, col, end_col (col -1 when unknown); 4 ints each. */
  positions: Int32Array = new Int32Array(0);
  /** Per instruction: index into excTable of the innermost handler covering it, or -1. */
  handlers: Int32Array = new Int32Array(0);
  excTable: ExcEntry[] = [];
  /** Names used by LOAD_NAME/LOAD_GLOBAL/LOAD_ATTR/IMPORT_NAME …. */
  names: string[] = [];
  /** All fast slots: plain locals (parameters first), then cells that are not parameters, then free vars. */
  localsplusnames: string[] = [];
  /** FastKind bits per localsplus slot. */
  localspluskinds: number[] = [];
  varnames: string[] = [];
  cellvars: string[] = [];
  freevars: string[] = [];
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  flags = 0;
  stacksize = 0;
  /** Size of the frame's fast area (localsplus), the stack follows it in the same array. */
  nlocalsplus = 0;
  /** Number of parameters including *args and **kwargs slots. */
  totalargs = 0;
  /** True when a call can copy exactly `argcount` positional arguments into fast slots and start. */
  simpleArgs = false;
  /** Source lines of the file, for tracebacks (shared by all code objects of a file). */
  sourceLines: string[] | null = null;
  docstring: PyObject | null = null;
  /** Caret anchors for tracebacks of BinOp/Subscript instructions: [kind (0 binop, 1 subscript), a, b]. */
  anchors: Map<number, number[]> = new Map();

  constructor(
    public name: string,
    public qualname: string,
    public filename: string,
    public firstlineno: number,
    /** Constants referenced by LOAD_CONST (PyObjects: numbers, strings, PyFloat, PyTuple, CodeObject…). */
    public consts: (PyObject | CodeObject)[],
  ) {
    super(codeType);
  }

  /** Line number of instruction `i` (or of the first line when none is recorded). */
  lineOf(i: number): number {
    const l = this.positions[i * 4];
    return l > 0 ? l : this.firstlineno;
  }
}

const tupleOfStrings = (a: string[]) => new PyTuple(a.slice());
defineGetters(codeType, {
  co_name: (c) => (c as CodeObject).name,
  co_qualname: (c) => (c as CodeObject).qualname,
  co_filename: (c) => (c as CodeObject).filename,
  co_firstlineno: (c) => (c as CodeObject).firstlineno,
  co_argcount: (c) => (c as CodeObject).argcount,
  co_posonlyargcount: (c) => (c as CodeObject).posonlyargcount,
  co_kwonlyargcount: (c) => (c as CodeObject).kwonlyargcount,
  co_nlocals: (c) => (c as CodeObject).varnames.length,
  co_flags: (c) => (c as CodeObject).flags,
  co_stacksize: (c) => (c as CodeObject).stacksize,
  co_varnames: (c) => tupleOfStrings((c as CodeObject).varnames),
  co_cellvars: (c) => tupleOfStrings((c as CodeObject).cellvars),
  co_freevars: (c) => tupleOfStrings((c as CodeObject).freevars),
  co_names: (c) => tupleOfStrings((c as CodeObject).names),
  co_consts: (c) => new PyTuple((c as CodeObject).consts.map((x) => x as PyObject)),
  __doc__: () => None,
});
