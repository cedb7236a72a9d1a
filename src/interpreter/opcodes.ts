// opcodes.ts — the bytecode instruction set: CPython 3.11's opcode names with their stack effects, the
// BINARY_OP (NB_*) and COMPARE_OP argument numbering, and the code-object flags.
//
// Numbering is dense (not CPython's numbers) and Op is a const enum, so the VM's switch has literal case labels
// and V8 compiles it to a jump table; names are CPython's so `dis` reads like CPython's.
// Jump arguments are absolute instruction indexes (dis shows them as offsets).
// Stack effects below: (inputs -- outputs), top of stack rightmost.

export const enum Op {
  NOP,                 // ( -- )
  POP_TOP,             // (x -- )
  PUSH_NULL,           // ( -- NULL)  marks "no self" below a callable for CALL
  RESUME,              // ( -- )  function entry / after yield; a switch point (CPython 3.11's eval breaker)
  COPY,                // (x, [n-1 items] -- x, [items], x)  arg = n
  SWAP,                // swaps top with the n-th item
  UNARY_POSITIVE,      // (x -- +x)
  UNARY_NEGATIVE,      // (x -- -x)
  UNARY_NOT,           // (x -- not x)
  UNARY_INVERT,        // (x -- ~x)
  BINARY_OP,           // (a, b -- a op b)  arg = NB_* below (inplace variants are NB_INPLACE_*)
  BINARY_SUBSCR,       // (container, key -- container[key])
  STORE_SUBSCR,        // (value, container, key -- )
  DELETE_SUBSCR,       // (container, key -- )
  COMPARE_OP,          // (a, b -- a cmp b)  arg = CMP_* below
  IS_OP,               // (a, b -- a is b)  arg 1 inverts
  CONTAINS_OP,         // (a, b -- a in b)  arg 1 inverts
  LOAD_CONST,          // ( -- consts[arg])
  LOAD_FAST,           // ( -- fast[arg])  UnboundLocalError when unset
  STORE_FAST,          // (x -- )
  DELETE_FAST,         // ( -- )
  LOAD_NAME,           // ( -- value)  locals, globals, builtins (module and class bodies)
  STORE_NAME,          // (x -- )
  DELETE_NAME,         // ( -- )
  LOAD_GLOBAL,         // ( -- [NULL], value)  arg>>1 = name index; arg&1 pushes NULL first (as 3.11)
  STORE_GLOBAL,        // (x -- )
  DELETE_GLOBAL,       // ( -- )
  LOAD_ATTR,           // (obj -- obj.name)
  STORE_ATTR,          // (value, obj -- )
  DELETE_ATTR,         // (obj -- )
  LOAD_METHOD,         // (obj -- meth, obj) for a plain method found on the type, else (obj -- NULL, obj.name)
  MAKE_CELL,           // ( -- )  wraps fast[arg] into a new cell
  LOAD_CLOSURE,        // ( -- cell)  the cell object in fast[arg]
  LOAD_DEREF,          // ( -- cell.value)
  LOAD_CLASSDEREF,     // ( -- value)  class body: namespace first, then the cell
  STORE_DEREF,         // (x -- )
  DELETE_DEREF,        // ( -- )
  COPY_FREE_VARS,      // ( -- )  copies the function's closure cells into the last arg slots of fast
  BUILD_TUPLE,         // (items*arg -- tuple)
  BUILD_LIST,          // (items*arg -- list)
  BUILD_SET,           // (items*arg -- set)
  BUILD_MAP,           // (k1, v1, … *arg -- dict)
  BUILD_CONST_KEY_MAP, // (values*arg, keys_tuple -- dict)
  BUILD_STRING,        // (strs*arg -- str)
  BUILD_SLICE,         // (start, stop[, step] -- slice)  arg = 2 or 3
  LIST_APPEND,         // (list, [arg-1 items], x -- list, [items])  comprehensions
  SET_ADD,             // likewise for sets
  MAP_ADD,             // (dict, [items], k, v -- dict, [items])
  LIST_EXTEND,         // (list, [arg-1 items], iterable -- list, [items])
  SET_UPDATE,          // (set, [items], iterable -- set, [items])
  DICT_UPDATE,         // (dict, [items], mapping -- dict, [items])  {**m}
  DICT_MERGE,          // like DICT_UPDATE but duplicate keys are an error (f(**a, **b))
  LIST_TO_TUPLE,       // (list -- tuple)
  FORMAT_VALUE,        // (value[, spec] -- str)  arg&3: conversion (0 none, 1 str, 2 repr, 3 ascii); arg&4: spec
  UNPACK_SEQUENCE,     // (seq -- item[arg-1] … item[0])
  UNPACK_EX,           // (seq -- …)  arg&0xff before the star, arg>>8 after it
  GET_ITER,            // (iterable -- iterator)
  GET_YIELD_FROM_ITER, // (iterable -- iterator)  generators and coroutines pass through
  FOR_ITER,            // (iter -- iter, next)  or, when exhausted, (iter -- ) and jump to arg
  JUMP_FORWARD,        // ( -- )  to arg
  JUMP_BACKWARD,       // ( -- )  to arg; a switch point
  JUMP_BACKWARD_NO_INTERRUPT, // ( -- )  to arg; not a switch point (yield from / await loops)
  POP_JUMP_FORWARD_IF_FALSE,  // (x -- )
  POP_JUMP_FORWARD_IF_TRUE,   // (x -- )
  POP_JUMP_FORWARD_IF_NONE,   // (x -- )
  POP_JUMP_FORWARD_IF_NOT_NONE, // (x -- )
  POP_JUMP_BACKWARD_IF_FALSE, // (x -- )  switch point
  POP_JUMP_BACKWARD_IF_TRUE,  // (x -- )  switch point
  POP_JUMP_BACKWARD_IF_NONE,  // (x -- )
  POP_JUMP_BACKWARD_IF_NOT_NONE, // (x -- )
  JUMP_IF_FALSE_OR_POP,       // (x -- x) and jump when false, else (x -- )
  JUMP_IF_TRUE_OR_POP,        // (x -- x) and jump when true, else (x -- )
  KW_NAMES,            // ( -- )  consts[arg] is the tuple of keyword names of the next CALL
  PRECALL,             // ( -- )  kept for dis parity; gilpy does the work in CALL
  CALL,                // (NULL|meth, callable|self, args*arg -- result)
  CALL_FUNCTION_EX,    // (NULL, func, args_tuple[, kwargs_dict] -- result)  arg&1: kwargs present
  MAKE_FUNCTION,       // (defaults?, kwdefaults?, annotations?, closure?, code -- function)  arg flags 1,2,4,8
  RETURN_VALUE,        // (x -- )  returns x to the caller
  RETURN_GENERATOR,    // ( -- )  not emitted: calling a generator function makes the generator directly
  YIELD_VALUE,         // (x -- sent)  suspends the generator frame; resumes with the sent value pushed
  SEND,                // (receiver, v -- receiver, yielded) or, when receiver returns, (receiver, v -- result) jump arg
  GET_AWAITABLE,       // (x -- awaitable iterator)  arg: 0 await, 1 after __aenter__, 2 after __aexit__
  GET_AITER,           // (x -- x.__aiter__())
  GET_ANEXT,           // (aiter -- aiter, awaitable)
  END_ASYNC_FOR,       // (aiter, exc -- )  StopAsyncIteration ends the loop, anything else re-raises
  BEFORE_ASYNC_WITH,   // (mgr -- __aexit__, awaitable of __aenter__())
  ASYNC_GEN_WRAP,      // (x -- wrapped)  marks a value yielded by an async generator
  BEFORE_WITH,         // (mgr -- __exit__, __enter__())
  WITH_EXCEPT_START,   // (exit, lasti, prev_exc, exc -- exit, lasti, prev_exc, exc, exit(type, exc, tb))
  PUSH_EXC_INFO,       // (exc -- prev_exc, exc)  exc becomes the thread's handled exception
  POP_EXCEPT,          // (prev_exc -- )  restores the handled exception
  CHECK_EXC_MATCH,     // (exc, type -- exc, bool)
  CHECK_EG_MATCH,      // (exc, type -- rest, match)  except*
  PREP_RERAISE_STAR,   // (orig, list -- exc)
  RERAISE,             // (exc -- )  re-raises without a new traceback entry; arg: set lasti from stack[-arg]
  RAISE_VARARGS,       // (exc?, cause? -- )  arg 0: bare raise, 1: raise exc, 2: raise exc from cause
  LOAD_ASSERTION_ERROR, // ( -- AssertionError)
  LOAD_BUILD_CLASS,    // ( -- __build_class__)
  SETUP_ANNOTATIONS,   // ( -- )  creates __annotations__ in the local namespace when missing
  PRINT_EXPR,          // (x -- )  interactive mode: sys.displayhook(x)
  IMPORT_NAME,         // (level, fromlist -- module)
  IMPORT_FROM,         // (module -- module, module.name)
  IMPORT_STAR,         // (module -- )
}

/** Op's names by number (a const enum has no runtime reverse map that TypeScript lets code read). */
export const opNames: string[] = [
  "NOP", "POP_TOP", "PUSH_NULL", "RESUME", "COPY", "SWAP", "UNARY_POSITIVE", "UNARY_NEGATIVE", "UNARY_NOT",
  "UNARY_INVERT", "BINARY_OP", "BINARY_SUBSCR", "STORE_SUBSCR", "DELETE_SUBSCR", "COMPARE_OP", "IS_OP",
  "CONTAINS_OP", "LOAD_CONST", "LOAD_FAST", "STORE_FAST", "DELETE_FAST", "LOAD_NAME", "STORE_NAME", "DELETE_NAME",
  "LOAD_GLOBAL", "STORE_GLOBAL", "DELETE_GLOBAL", "LOAD_ATTR", "STORE_ATTR", "DELETE_ATTR", "LOAD_METHOD",
  "MAKE_CELL", "LOAD_CLOSURE", "LOAD_DEREF", "LOAD_CLASSDEREF", "STORE_DEREF", "DELETE_DEREF", "COPY_FREE_VARS",
  "BUILD_TUPLE", "BUILD_LIST", "BUILD_SET", "BUILD_MAP", "BUILD_CONST_KEY_MAP", "BUILD_STRING", "BUILD_SLICE",
  "LIST_APPEND", "SET_ADD", "MAP_ADD", "LIST_EXTEND", "SET_UPDATE", "DICT_UPDATE", "DICT_MERGE", "LIST_TO_TUPLE",
  "FORMAT_VALUE", "UNPACK_SEQUENCE", "UNPACK_EX", "GET_ITER", "GET_YIELD_FROM_ITER", "FOR_ITER", "JUMP_FORWARD",
  "JUMP_BACKWARD", "JUMP_BACKWARD_NO_INTERRUPT", "POP_JUMP_FORWARD_IF_FALSE", "POP_JUMP_FORWARD_IF_TRUE",
  "POP_JUMP_FORWARD_IF_NONE", "POP_JUMP_FORWARD_IF_NOT_NONE", "POP_JUMP_BACKWARD_IF_FALSE",
  "POP_JUMP_BACKWARD_IF_TRUE", "POP_JUMP_BACKWARD_IF_NONE", "POP_JUMP_BACKWARD_IF_NOT_NONE", "JUMP_IF_FALSE_OR_POP",
  "JUMP_IF_TRUE_OR_POP", "KW_NAMES", "PRECALL", "CALL", "CALL_FUNCTION_EX", "MAKE_FUNCTION", "RETURN_VALUE",
  "RETURN_GENERATOR", "YIELD_VALUE", "SEND", "GET_AWAITABLE", "GET_AITER", "GET_ANEXT", "END_ASYNC_FOR",
  "BEFORE_ASYNC_WITH", "ASYNC_GEN_WRAP", "BEFORE_WITH", "WITH_EXCEPT_START", "PUSH_EXC_INFO", "POP_EXCEPT",
  "CHECK_EXC_MATCH", "CHECK_EG_MATCH", "PREP_RERAISE_STAR", "RERAISE", "RAISE_VARARGS", "LOAD_ASSERTION_ERROR",
  "LOAD_BUILD_CLASS", "SETUP_ANNOTATIONS", "PRINT_EXPR", "IMPORT_NAME", "IMPORT_FROM", "IMPORT_STAR",
];

/** BINARY_OP arguments, numbered as CPython 3.11's Include/opcode.h (NB_*). */
export const enum NB {
  ADD = 0, AND = 1, FLOOR_DIVIDE = 2, LSHIFT = 3, MATRIX_MULTIPLY = 4, MULTIPLY = 5, REMAINDER = 6, OR = 7,
  POWER = 8, RSHIFT = 9, SUBTRACT = 10, TRUE_DIVIDE = 11, XOR = 12,
  INPLACE_ADD = 13, INPLACE_AND = 14, INPLACE_FLOOR_DIVIDE = 15, INPLACE_LSHIFT = 16,
  INPLACE_MATRIX_MULTIPLY = 17, INPLACE_MULTIPLY = 18, INPLACE_REMAINDER = 19, INPLACE_OR = 20,
  INPLACE_POWER = 21, INPLACE_RSHIFT = 22, INPLACE_SUBTRACT = 23, INPLACE_TRUE_DIVIDE = 24, INPLACE_XOR = 25,
}

/** The operator text of each NB_* value, as dis prints it and as error messages spell it. */
export const nbSymbols = [
  "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
  "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
];

/** COMPARE_OP arguments (CPython's Py_LT … Py_GE). */
export const enum CMP { LT = 0, LE = 1, EQ = 2, NE = 3, GT = 4, GE = 5 }
export const cmpSymbols = ["<", "<=", "==", "!=", ">", ">="];

/** Code object flags, as CPython's Include/cpython/code.h. */
export const enum CO {
  OPTIMIZED = 0x1, NEWLOCALS = 0x2, VARARGS = 0x4, VARKEYWORDS = 0x8, NESTED = 0x10, GENERATOR = 0x20,
  NOFREE = 0x40, COROUTINE = 0x80, ITERABLE_COROUTINE = 0x100, ASYNC_GENERATOR = 0x200,
}

/** Kinds of localsplus slots (CPython's CO_FAST_LOCAL / CELL / FREE). */
export const enum FastKind { LOCAL = 0x20, CELL = 0x40, FREE = 0x80 }

/** Whether an op's argument is a jump target (absolute instruction index). */
export function isJump(op: Op): boolean {
  switch (op) {
    case Op.FOR_ITER: case Op.JUMP_FORWARD: case Op.JUMP_BACKWARD: case Op.JUMP_BACKWARD_NO_INTERRUPT:
    case Op.POP_JUMP_FORWARD_IF_FALSE: case Op.POP_JUMP_FORWARD_IF_TRUE: case Op.POP_JUMP_FORWARD_IF_NONE:
    case Op.POP_JUMP_FORWARD_IF_NOT_NONE: case Op.POP_JUMP_BACKWARD_IF_FALSE: case Op.POP_JUMP_BACKWARD_IF_TRUE:
    case Op.POP_JUMP_BACKWARD_IF_NONE: case Op.POP_JUMP_BACKWARD_IF_NOT_NONE: case Op.JUMP_IF_FALSE_OR_POP:
    case Op.JUMP_IF_TRUE_OR_POP: case Op.SEND:
      return true;
  }
  return false;
}

/** Whether an op has an argument at all (dis leaves it blank otherwise). */
export function hasArg(op: Op): boolean {
  switch (op) {
    case Op.NOP: case Op.POP_TOP: case Op.PUSH_NULL: case Op.UNARY_POSITIVE: case Op.UNARY_NEGATIVE:
    case Op.UNARY_NOT: case Op.UNARY_INVERT: case Op.BINARY_SUBSCR: case Op.STORE_SUBSCR: case Op.DELETE_SUBSCR:
    case Op.LIST_TO_TUPLE: case Op.GET_ITER: case Op.GET_YIELD_FROM_ITER: case Op.RETURN_VALUE:
    case Op.RETURN_GENERATOR: case Op.YIELD_VALUE: case Op.GET_AITER: case Op.GET_ANEXT: case Op.END_ASYNC_FOR:
    case Op.BEFORE_ASYNC_WITH: case Op.ASYNC_GEN_WRAP: case Op.BEFORE_WITH: case Op.WITH_EXCEPT_START:
    case Op.PUSH_EXC_INFO: case Op.POP_EXCEPT: case Op.CHECK_EXC_MATCH: case Op.CHECK_EG_MATCH:
    case Op.PREP_RERAISE_STAR: case Op.LOAD_ASSERTION_ERROR: case Op.LOAD_BUILD_CLASS: case Op.SETUP_ANNOTATIONS:
    case Op.PRINT_EXPR: case Op.IMPORT_STAR:
      return false;
  }
  return true;
}
