// generic-alias.ts — types.GenericAlias, what `list[int]` and `dict[str, int]` evaluate to: it prints as
// the parameterized type, calls the origin, and compares by origin and arguments.
import { PyObj, PyObject, PyType, PyTuple, makeBuiltinType, TypeFlag, newTuple, KwArgs, NotImplemented, None, noneType } from "../object.js";
import { PyBuiltin, defineMethods, defineGetters, defineGenMethods } from "../builtin-function.js";
import { typeError } from "../exceptions.js";
import { reprGen } from "../ops-object.js";
import { callGen } from "../ops-call.js";
import { typeRepr } from "./type.js";

export const genericAliasType = makeBuiltinType("GenericAlias", undefined, TypeFlag.None);
genericAliasType.module = "types";

export class PyGenericAlias extends PyObj {
  constructor(readonly origin: PyObject, readonly args: PyTuple) {
    super(genericAliasType);
  }
}

export function genericAlias(origin: PyObject, item: PyObject): PyGenericAlias {
  return new PyGenericAlias(origin, item instanceof PyTuple ? item : newTuple([item]));
}

function* argRepr(x: PyObject): Generator<any, string, any> {
  if (x instanceof PyType) return x.module === "builtins" ? x.qualname : `${x.module}.${x.qualname}`;
  return yield* reprGen(x);
}

// types.GenericAlias(origin, args): what `__class_getitem__ = classmethod(GenericAlias)` relies on
// (collections.abc, contextlib, dataclasses.Field). Objects/genericaliasobject.c ga_new.
genericAliasType.dict.set("__new__", new PyBuiltin("__new__", (args: PyObject[], kwargs: KwArgs | null) => {
  if (kwargs !== null && kwargs.size > 0) throw typeError("GenericAlias() takes no keyword arguments");
  if (args.length !== 3) throw typeError(`GenericAlias expected 2 arguments, got ${args.length - 1}`);
  return genericAlias(args[1], args[2]);
}, false, genericAliasType, "GenericAlias.__new__"));

defineGenMethods(genericAliasType, {
  __repr__: function* ([self]) {
    const g = self as PyGenericAlias;
    const o = yield* argRepr(g.origin);
    const parts: string[] = [];
    for (const a of g.args.items) parts.push(yield* argRepr(a));
    return `${o}[${parts.length ? parts.join(", ") : "()"}]`;
  },
  __call__: function* (args: PyObject[], kwargs: KwArgs | null) {
    return yield* callGen((args[0] as PyGenericAlias).origin, args.slice(1), kwargs);
  },
});
defineMethods(genericAliasType, {
  __eq__: ([a, b]) => b instanceof PyGenericAlias
    ? (a as PyGenericAlias).origin === b.origin && (a as PyGenericAlias).args.items.every((x, i) => x === b.args.items[i])
    : NotImplemented,
});
defineGetters(genericAliasType, {
  __origin__: (self) => (self as PyGenericAlias).origin,
  __args__: (self) => (self as PyGenericAlias).args,
});

export { typeRepr };

// ---- types.UnionType: `int | str` ----

export const unionType = makeBuiltinType("UnionType", undefined, TypeFlag.None);
unionType.module = "types";

export class PyUnion extends PyObj {
  constructor(readonly args: PyTuple) {
    super(unionType);
  }
}

function unionArgs(x: PyObject): PyObject[] | null {
  if (x instanceof PyUnion) return x.args.items;
  if (x instanceof PyType || x instanceof PyGenericAlias) return [x];
  if (x === None || x === noneType) return [noneType];
  return null;
}

/** X | Y for types (type.__or__ / __ror__); NotImplemented when an operand is not a type. */
export function makeUnion(a: PyObject, b: PyObject): PyObject {
  const x = unionArgs(a), y = unionArgs(b);
  if (x === null || y === null) return NotImplemented;
  const all: PyObject[] = [];
  for (const t of [...x, ...y]) if (!all.includes(t)) all.push(t);
  return all.length === 1 ? all[0] : new PyUnion(newTuple(all));
}

defineGenMethods(unionType, {
  __repr__: function* ([self]) {
    const parts: string[] = [];
    for (const a of (self as PyUnion).args.items) parts.push(a === noneType ? "None" : yield* argRepr(a));
    return parts.join(" | ");
  },
});
defineMethods(unionType, {
  __or__: ([a, b]) => makeUnion(a, b),
  __ror__: ([a, b]) => makeUnion(b, a),
  __eq__: ([a, b]) => b instanceof PyUnion
    ? (a as PyUnion).args.items.length === b.args.items.length && (a as PyUnion).args.items.every((x) => b.args.items.includes(x))
    : NotImplemented,
  __hash__: ([a]) => (a as PyUnion).args.items.length,
});
defineGetters(unionType, { __args__: (self) => (self as PyUnion).args });
