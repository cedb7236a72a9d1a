// async-generator.ts — the async generator protocol (PEP 525): __aiter__/__anext__/asend/athrow/aclose, the
// awaitables they return, and the aiter()/anext() builtins. The compiler marks each value an async generator
// yields with ASYNC_GEN_WRAP; the awaitable ends with StopIteration(value) for a marked value and passes
// anything else (what the generator's own awaits yield) up to the event loop, as CPython's
// Objects/genobject.c async_gen_asend/athrow do.
import { PyObj, PyObject, None, makeBuiltinType, TypeFlag, typeOf, typeName } from "./object.js";
import { callMethodGen } from "./ops-call.js";
import {
  PyBaseException, StopIteration, StopAsyncIteration, GeneratorExit, runtimeError, newException, typeError,
} from "./exceptions.js";
import { defineGenMethods, defineMethods, defineGetters } from "./builtin-function.js";
import { PyGenerator, GenResumeRequest, asyncGeneratorType, throwArgs } from "./generator.js";
import type { NativeGen } from "./protocol.js";

const wrappedType = makeBuiltinType("async_generator_wrapped_value", undefined, TypeFlag.None);

/** A value yielded by an async generator (ASYNC_GEN_WRAP), as opposed to one its awaits pass up. */
export class PyAsyncGenWrapped extends PyObj {
  constructor(readonly value: PyObject) {
    super(wrappedType);
  }
}

const asendType = makeBuiltinType("async_generator_asend", undefined, TypeFlag.None);
const athrowType = makeBuiltinType("async_generator_athrow", undefined, TypeFlag.None);

const enum State { Init, Iter, Done }

/** What __anext__()/asend()/athrow()/aclose() return: one step of the generator, awaited. */
class PyAsyncGenStep extends PyObj {
  state = State.Init;
  constructor(
    readonly gen: PyGenerator,
    readonly first: PyObject,
    /** athrow's exception (GeneratorExit for aclose); null for asend. */
    readonly exc: PyObject | null,
    readonly closing: boolean,
  ) {
    super(exc === null ? asendType : athrowType);
  }
}

function* step(a: PyAsyncGenStep, value: PyObject, exc: PyObject | null): NativeGen {
  if (a.state === State.Done) {
    throw runtimeError(a.exc === null ? "cannot reuse already awaited __anext__()/asend()" : "cannot reuse already awaited aclose()/athrow()");
  }
  if (a.state === State.Init) {
    a.state = State.Iter;
    if (exc === null) {
      if (a.exc !== null) exc = a.exc;
      else if (value === None) value = a.first;
    }
  }
  const g = a.gen;
  if (g.frame === null) {
    a.state = State.Done;
    if (a.closing) throw newException(StopIteration);
    throw newException(StopAsyncIteration);
  }
  let r: PyObject;
  try {
    r = (yield new GenResumeRequest(g, value, exc) as never) as PyObject;
  } catch (e) {
    a.state = State.Done;
    if (e instanceof PyBaseException) {
      if (e.type.isSubtypeOf(StopIteration)) throw newException(a.closing ? StopIteration : StopAsyncIteration);
      if (a.closing && (e.type.isSubtypeOf(GeneratorExit) || e.type.isSubtypeOf(StopAsyncIteration))) {
        throw newException(StopIteration);
      }
    }
    throw e;
  }
  if (r instanceof PyAsyncGenWrapped) {
    a.state = State.Done;
    if (a.closing) throw runtimeError("async generator ignored GeneratorExit");
    throw newException(StopIteration, r.value);
  }
  return r;
}

for (const t of [asendType, athrowType]) {
  defineMethods(t, { __await__: (args) => args[0], __iter__: (args) => args[0] });
  defineGenMethods(t, {
    __next__(args) {
      return step(args[0] as PyAsyncGenStep, None, null);
    },
    send(args) {
      return step(args[0] as PyAsyncGenStep, args[1] ?? None, null);
    },
    throw(args) {
      return step(args[0] as PyAsyncGenStep, None, throwArgs(args.slice(1)));
    },
    *close(args): NativeGen {
      (args[0] as PyAsyncGenStep).state = State.Done;
      return None;
    },
  });
}

defineMethods(asyncGeneratorType, {
  __aiter__: (args) => args[0],
  __anext__: (args) => new PyAsyncGenStep(args[0] as PyGenerator, None, null, false),
  asend: (args) => new PyAsyncGenStep(args[0] as PyGenerator, args[1] ?? None, null, false),
  athrow: (args) => new PyAsyncGenStep(args[0] as PyGenerator, None, throwArgs(args.slice(1)), false),
  aclose: (args) => new PyAsyncGenStep(args[0] as PyGenerator, None, newException(GeneratorExit), true),
});
defineGetters(asyncGeneratorType, {
  ag_running: (g) => (g as PyGenerator).running,
  ag_code: (g) => (g as PyGenerator).code,
  ag_frame: () => None,
  __name__: (g) => (g as PyGenerator).name,
  __qualname__: (g) => (g as PyGenerator).qualname,
});

// ---- the aiter() and anext() builtins ----

const anextType = makeBuiltinType("anext_awaitable", undefined, TypeFlag.None);

/** anext(it, default): awaits it.__anext__() and turns its StopAsyncIteration into `default`. */
class PyANextAwaitable extends PyObj {
  iter: PyObject | null = null;
  constructor(readonly awaitable: PyObject, readonly dflt: PyObject) {
    super(anextType);
  }
}

function* anextStep(a: PyANextAwaitable, how: "send" | "throw", arg: PyObject[]): NativeGen {
  if (a.iter === null) {
    const aw = a.awaitable;
    const m = typeOf(aw).lookup("__await__");
    a.iter = m === undefined ? aw : yield* callMethodGen(m, aw, []);
  }
  const it = a.iter;
  const name = how === "throw" ? "throw" : arg[0] === None ? "__next__" : "send";
  const m = typeOf(it).lookup(name);
  if (m === undefined) throw typeError(`'${typeName(it)}' object has no attribute '${name}'`);
  try {
    return yield* callMethodGen(m, it, name === "__next__" ? [] : arg);
  } catch (e) {
    if (e instanceof PyBaseException && e.type.isSubtypeOf(StopAsyncIteration)) throw newException(StopIteration, a.dflt);
    throw e;
  }
}

defineMethods(anextType, { __await__: (args) => args[0], __iter__: (args) => args[0] });
defineGenMethods(anextType, {
  __next__: (args) => anextStep(args[0] as PyANextAwaitable, "send", [None]),
  send: (args) => anextStep(args[0] as PyANextAwaitable, "send", [args[1] ?? None]),
  throw: (args) => anextStep(args[0] as PyANextAwaitable, "throw", args.slice(1)),
});

export function* aiterBuiltin(args: PyObject[]): NativeGen {
  if (args.length !== 1) throw typeError(`aiter expected 1 argument, got ${args.length}`);
  const o = args[0];
  const m = typeOf(o).lookup("__aiter__");
  if (m === undefined) throw typeError(`'${typeName(o)}' object is not an async iterable`);
  const it = yield* callMethodGen(m, o, []);
  if (typeOf(it).lookup("__anext__") === undefined) throw typeError(`aiter() returned not an async iterator of type '${typeName(it)}'`);
  return it;
}

export function* anextBuiltin(args: PyObject[]): NativeGen {
  if (args.length < 1 || args.length > 2) throw typeError(`anext expected at least 1 argument, got ${args.length}`);
  const o = args[0];
  const m = typeOf(o).lookup("__anext__");
  if (m === undefined) throw typeError(`'${typeName(o)}' object is not an async iterator`);
  const aw = yield* callMethodGen(m, o, []);
  return args.length === 1 ? aw : new PyANextAwaitable(aw, args[1]);
}

const throwMarkerType = makeBuiltinType("throw_marker", undefined, TypeFlag.None);

/**
 * Sent by the VM's SEND to a delegate that is not a generator when an exception is thrown into the
 * waiting frame: the send turns into delegate.throw(exc), as CPython's gen_throw calls yf.throw.
 */
export class PyThrowMarker extends PyObj {
  constructor(readonly exc: PyObject) {
    super(throwMarkerType);
  }
}
