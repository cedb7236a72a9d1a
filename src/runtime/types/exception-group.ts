// exception-group.ts — BaseExceptionGroup/ExceptionGroup (PEP 654) without `except*`: construction with
// CPython 3.11's validation, .message/.exceptions, str(), derive(), split() and subgroup().
// Behaviour learned from CPython's Objects/exceptions.c (BaseExceptionGroup_new, exceptiongroup_split_recursive).
import { PyObject, PyType, PyTuple, PyList, KwArgs, None, typeOf, typeName, newTuple, emptyTuple, isInstance } from "../object.js";
import {
  PyBaseException, BaseException, BaseExceptionGroup, ExceptionGroup, Exception, typeError, valueError,
  attributeError,
} from "../exceptions.js";
import { PyBuiltin, defineGenMethods, defineGetters, defineClassMethods } from "../builtin-function.js";
import { strGen, asStr, truthGen } from "../ops-object.js";
import { toArrayGen } from "../ops-iter.js";
import { callGen, isCallable, type Gen } from "../ops-call.js";
import { getAttrGen } from "../ops-attr.js";
import { genericAlias } from "./generic-alias.js";
import { dictType } from "../dict.js";
import type { NativeGen } from "../protocol.js";

/** An exception group: its message and its sub-exceptions (args keeps what the caller passed). */
export class PyExceptionGroup extends PyBaseException {
  msg: PyObject = "";
  excs: PyTuple = emptyTuple;
}

BaseExceptionGroup.newInstance = (cls) => new PyExceptionGroup(cls);
ExceptionGroup.newInstance = (cls) => new PyExceptionGroup(cls);

function G(x: PyObject): PyExceptionGroup {
  return x as PyExceptionGroup;
}

/** PySequence_Check: a type with __getitem__ that is not a dict. */
function isSequence(x: PyObject): boolean {
  if (x instanceof PyList || x instanceof PyTuple || typeof x === "string") return true;
  const t = typeOf(x);
  return t.lookup("__getitem__") !== undefined && !t.isSubtypeOf(dictType);
}

function* egNew(args: PyObject[], kwargs: KwArgs | null): NativeGen {
  let cls = args[0] as PyType;
  if (!(cls instanceof PyType) || !cls.isSubtypeOf(BaseExceptionGroup)) {
    const n = cls instanceof PyType ? cls.name : typeName(cls);
    throw typeError(`BaseExceptionGroup.__new__(${n}): ${n} is not a subtype of BaseExceptionGroup`);
  }
  if (kwargs !== null && kwargs.size > 0) throw typeError(`${cls.name}() takes no keyword arguments`);
  const a = args.slice(1);
  if (a.length !== 2) throw typeError(`BaseExceptionGroup.__new__() takes exactly 2 arguments (${a.length} given)`);
  const [msg, excsArg] = a;
  if (asStr(msg) === null) throw typeError(`BaseExceptionGroup.__new__() argument 1 must be str, not ${typeName(msg)}`);
  if (!isSequence(excsArg)) throw typeError("second argument (exceptions) must be a sequence");
  const excs = excsArg instanceof PyTuple && typeOf(excsArg) === typeOf(emptyTuple)
    ? excsArg : newTuple(yield* toArrayGen(excsArg));
  if (excs.items.length === 0) throw valueError("second argument (exceptions) must be a non-empty sequence");
  let nestedBase = false;
  for (let i = 0; i < excs.items.length; i++) {
    const e = excs.items[i];
    if (!(e instanceof PyBaseException)) throw valueError(`Item ${i} of second argument (exceptions) is not an exception`);
    if (!isInstance(e, Exception)) nestedBase = true;
  }
  if (cls === BaseExceptionGroup) {
    if (!nestedBase) cls = ExceptionGroup;
  } else if (cls === ExceptionGroup) {
    if (nestedBase) throw typeError("Cannot nest BaseExceptions in an ExceptionGroup");
  } else if (nestedBase && cls.isSubtypeOf(Exception)) {
    throw typeError(`Cannot nest BaseExceptions in '${cls.name}'`);
  }
  let base: PyType | null = cls;
  while (base !== null && base.newInstance === null) base = base.bases[0] ?? null;
  const made = base !== null ? base.newInstance!(cls) : new PyExceptionGroup(cls);
  const g = made instanceof PyExceptionGroup ? made : new PyExceptionGroup(cls);
  g.args = newTuple([msg, excsArg]);
  g.msg = msg;
  g.excs = excs;
  return g;
}
BaseExceptionGroup.dict.set("__new__",
  new PyBuiltin("__new__", egNew, true, BaseExceptionGroup, "BaseExceptionGroup.__new__"));

const matcherError = () => typeError("expected a function, exception type or tuple of exception types");

function isExcType(x: PyObject): x is PyType {
  return x instanceof PyType && x.isSubtypeOf(BaseException);
}

/** Checks the condition once, as CPython does before walking the group. */
function checkCondition(cond: PyObject): void {
  if (isExcType(cond)) return;
  if (cond instanceof PyTuple && typeOf(cond) === typeOf(emptyTuple)) {
    if (cond.items.every(isExcType)) return;
    throw matcherError();
  }
  if (isCallable(cond) && !(cond instanceof PyType)) return;
  throw matcherError();
}

function* matchesGen(cond: PyObject, e: PyBaseException): Gen<boolean> {
  if (cond instanceof PyType) return isInstance(e, cond);
  if (cond instanceof PyTuple) return cond.items.some((t) => isInstance(e, t as PyType));
  return yield* truthGen(yield* callGen(cond, [e]));
}

/** derive(excs) on the original, then the copy of its cause, context, traceback and notes. */
function* deriveAndCopyGen(orig: PyExceptionGroup, excs: PyObject[]): NativeGen {
  const derive = yield* getAttrGen(orig, "derive");
  const eg = yield* callGen(derive, [new PyList(excs)]);
  if (!(eg instanceof PyBaseException) || !isInstance(eg, BaseExceptionGroup)) {
    throw typeError("derive must return an instance of BaseExceptionGroup");
  }
  // PyException_SetCause also sets __suppress_context__.
  eg.cause = orig.cause;
  eg.suppressContext = true;
  eg.context = orig.context;
  eg.traceback = orig.traceback;
  const notes = orig.dict.get("__notes__");
  if (notes instanceof PyList || notes instanceof PyTuple) eg.dict.set("__notes__", new PyList(notes.items.slice()));
  return eg;
}

interface SplitResult { match: PyObject | null; rest: PyObject | null }

function* splitGen(e: PyBaseException, cond: PyObject, withRest: boolean): Gen<SplitResult> {
  if (yield* matchesGen(cond, e)) return { match: e, rest: null };
  if (!(e instanceof PyExceptionGroup)) return { match: null, rest: withRest ? e : null };
  const matched: PyObject[] = [];
  const rests: PyObject[] = [];
  for (const sub of e.excs.items) {
    const r = yield* splitGen(sub as PyBaseException, cond, withRest);
    if (r.match !== null) matched.push(r.match);
    if (r.rest !== null) rests.push(r.rest);
  }
  const match = matched.length > 0 ? yield* deriveAndCopyGen(e, matched) : null;
  const rest = withRest && rests.length > 0 ? yield* deriveAndCopyGen(e, rests) : null;
  return { match, rest };
}

function noKeywords(method: string, kwargs: KwArgs | null): void {
  if (kwargs !== null && kwargs.size > 0) throw typeError(`BaseExceptionGroup.${method}() takes no keyword arguments`);
}

defineGenMethods(BaseExceptionGroup, {
  __str__: function* ([self]) {
    const g = G(self);
    const n = g.excs.items.length;
    return `${yield* strGen(g.msg)} (${n} sub-exception${n > 1 ? "s" : ""})`;
  },
  derive: function* (args, kwargs) {
    noKeywords("derive", kwargs);
    if (args.length !== 2) throw typeError(`function takes exactly 1 argument (${args.length - 1} given)`);
    const [self, excs] = args;
    return yield* callGen(BaseExceptionGroup, [G(self).msg, excs]);
  },
  split: function* (args, kwargs) {
    noKeywords("split", kwargs);
    if (args.length !== 2) throw typeError(`split expected 1 argument, got ${args.length - 1}`);
    const [self, cond] = args;
    checkCondition(cond);
    const r = yield* splitGen(G(self), cond, true);
    return newTuple([r.match ?? None, r.rest ?? None]);
  },
  subgroup: function* (args, kwargs) {
    noKeywords("subgroup", kwargs);
    if (args.length !== 2) throw typeError(`subgroup expected 1 argument, got ${args.length - 1}`);
    const [self, cond] = args;
    checkCondition(cond);
    return (yield* splitGen(G(self), cond, false)).match ?? None;
  },
});

const readonly = () => {
  throw attributeError("readonly attribute");
};
defineGetters(BaseExceptionGroup, {
  message: (self) => G(self).msg,
  exceptions: (self) => G(self).excs,
}, { message: readonly, exceptions: readonly });

defineClassMethods(BaseExceptionGroup, {
  __class_getitem__: ([cls, item]) => genericAlias(cls, item),
});
