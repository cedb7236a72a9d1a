// generator.ts — generator, coroutine and async-generator objects: a suspended frame plus the send/throw/
// close protocol. Resuming one is the VM's job: these methods yield a GenResumeRequest and the VM runs the
// generator's frame on the thread's own frame stack (no JS recursion), sending back what it yields.
import { PyObj, PyObject, PyType, None, makeBuiltinType, TypeFlag, typeName, PyTuple } from "./object.js";
import {
  PyBaseException, StopIteration, GeneratorExit, BaseException, typeError, runtimeError, newException,
  StopAsyncIteration,
} from "./exceptions.js";
import { defineGenMethods, defineMethods, defineGetters } from "./builtin-function.js";
import { PyIterator, type IterStep, ITER_SLOW } from "./types/iterators.js";
import type { NativeGen } from "./protocol.js";
import type { Gen } from "./ops-call.js";

export const generatorType = makeBuiltinType("generator", undefined, TypeFlag.None);
export const coroutineType = makeBuiltinType("coroutine", undefined, TypeFlag.None);
export const asyncGeneratorType = makeBuiltinType("async_generator", undefined, TypeFlag.None);

/** The VM-side frame of a generator; opaque here (src/interpreter/frame.ts). */
export interface GenFrame {
  pc: number;
  code: { name: string; qualname: string } | null;
}

/**
 * Not a PyIterator on purpose: next() must see the StopIteration (and its value) that __next__ raises, so
 * generic iteration goes through the __next__ method below; the VM's FOR_ITER resumes generators itself.
 */
export class PyGenerator extends PyObj {
  /** The suspended frame; null once the generator has finished. */
  frame: GenFrame | null;
  running = false;
  /** The exception being handled inside this generator while it is suspended (CPython's gi_exc_state). */
  excState: PyObject = None;
  /** The thread's handled exception when this generator was last resumed, put back when it yields or ends. */
  outerExc: PyObject = None;
  name: string;
  qualname: string;
  /** The code object (gi_code). */
  code: PyObject;
  constructor(type: PyType, frame: GenFrame, code: PyObject, name: string, qualname: string) {
    super(type);
    this.frame = frame;
    this.code = code;
    this.name = name;
    this.qualname = qualname;
  }
}

/** "Resume this generator with a value (or throw into it) and send me what it yields" (VM request). */
export class GenResumeRequest {
  constructor(
    readonly gen: PyGenerator,
    readonly value: PyObject,
    /** An exception to raise at the suspension point instead of sending `value`. */
    readonly exc: PyObject | null,
  ) {}
}

// A plain generator function, not a generator closure made per call: V8 (Node 20) gives every new
// generator-function closure its own prototype and generator map, ~1.7 µs per call and megamorphic callers
// (sum() over a generator expression paid it per item).
function* resume(gen: PyGenerator, value: PyObject, exc: PyObject | null): NativeGen {
  return (yield new GenResumeRequest(gen, value, exc) as never) as PyObject;
}

function self(args: PyObject[], t: PyType, meth: string): PyGenerator {
  const g = args[0];
  if (!(g instanceof PyGenerator)) throw typeError(`descriptor '${meth}' requires a '${t.name}' object but received a '${typeName(g)}'`);
  return g;
}

/** Makes the exception `gen.throw(typ[, val[, tb]])` raises, as CPython's _gen_throw normalizes it. */
export function throwArgs(args: PyObject[]): PyBaseException {
  const typ = args[0];
  const val = args.length > 1 ? args[1] : None;
  if (typ instanceof PyBaseException) {
    if (val !== None) throw typeError("instance exception may not have a separate value");
    return typ;
  }
  if (typ instanceof PyType && typ.isSubtypeOf(BaseException)) {
    if (val instanceof PyBaseException && val.type.isSubtypeOf(typ)) return val;
    if (val === None) return newException(typ);
    if (val instanceof PyTuple) return newException(typ, ...val.items);
    return newException(typ, val);
  }
  throw typeError(`exceptions must be classes or instances deriving from BaseException, not ${typeName(typ)}`);
}

function* closeGen(g: PyGenerator): NativeGen {
  if (g.frame === null) return None;
  if (g.frame.pc === 0) {
    g.frame = null;
    return None;
  }
  try {
    yield new GenResumeRequest(g, None, newException(GeneratorExit)) as never;
  } catch (e) {
    if (e instanceof PyBaseException && (e.type.isSubtypeOf(GeneratorExit) || e.type.isSubtypeOf(StopIteration))) return None;
    throw e;
  }
  throw runtimeError(g.type === asyncGeneratorType ? "async generator ignored GeneratorExit" : "generator ignored GeneratorExit");
}

/**
 * Closes a generator whose last reference went away (a `for` loop over `gen()` left early), as CPython's
 * finalizer does (Objects/genobject.c _PyGen_Finalize): an exception from the close is not raised to the
 * loop; CPython reports it as unraisable, gilpy drops it.
 */
export function* finalizeGen(g: PyGenerator): NativeGen {
  try {
    yield* closeGen(g);
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
  }
  return None;
}

for (const t of [generatorType, coroutineType]) {
  const isGen = t === generatorType;
  defineGenMethods(t, {
    send(args) {
      const g = self(args, t, "send");
      if (g.frame !== null && g.frame.pc === 0 && args[1] !== None) {
        throw typeError(`can't send non-None value to a just-started ${isGen ? "generator" : "coroutine"}`);
      }
      return resume(g, args[1], null);
    },
    throw(args) {
      const g = self(args, t, "throw");
      return resume(g, None, throwArgs(args.slice(1)));
    },
    close(args) {
      return closeGen(self(args, t, "close"));
    },
  });
  if (isGen) {
    defineGenMethods(t, {
      __next__(args) {
        return resume(self(args, t, "__next__"), None, null);
      },
    });
    defineMethods(t, { __iter__: (args) => args[0] });
  } else {
    defineMethods(t, { __await__: (args) => new PyCoroWrapper(self(args, t, "__await__")) });
  }
  defineGetters(t, {
    [isGen ? "gi_running" : "cr_running"]: (g) => (g as PyGenerator).running,
    [isGen ? "gi_code" : "cr_code"]: (g) => (g as PyGenerator).code,
    [isGen ? "gi_frame" : "cr_frame"]: (g) => ((g as PyGenerator).frame === null ? None : None),
    __name__: (g) => (g as PyGenerator).name,
    __qualname__: (g) => (g as PyGenerator).qualname,
  });
}

export const coroWrapperType = makeBuiltinType("coroutine_wrapper", undefined, TypeFlag.None);
/** What coroutine.__await__() returns: an iterator driving the coroutine. */
export class PyCoroWrapper extends PyIterator {
  constructor(readonly coro: PyGenerator) {
    super(coroWrapperType);
  }
  next(): IterStep {
    return ITER_SLOW;
  }
  override *nextGen(): Gen<PyObject | undefined> {
    try {
      return (yield new GenResumeRequest(this.coro, None, null) as never) as PyObject;
    } catch (e) {
      if (e instanceof PyBaseException && e.type.isSubtypeOf(StopIteration)) return undefined;
      throw e;
    }
  }
}
defineGenMethods(coroWrapperType, {
  __next__(args) {
    return resume((args[0] as PyCoroWrapper).coro, None, null);
  },
  send(args) {
    return resume((args[0] as PyCoroWrapper).coro, args[1], null);
  },
  throw(args) {
    return resume((args[0] as PyCoroWrapper).coro, None, throwArgs(args.slice(1)));
  },
  close(args) {
    return closeGen((args[0] as PyCoroWrapper).coro);
  },
});
defineMethods(coroWrapperType, { __iter__: (args) => args[0] });

export { StopAsyncIteration };
