// operator.ts — the operator module (native): every operator as a function (comparisons, arithmetic,
// in-place forms, item access, truth, index, length_hint, call) and the itemgetter/attrgetter/
// methodcaller types, with the names, reprs and errors of docs.python.org/3.11/library/operator.html as
// python3 3.11 prints them. Each function is the generic operation the VM itself uses.
import {
  PyObj, PyObject, PyType, PyModule, PyTuple, KwArgs, None, NotImplemented, TypeFlag, typeOf, typeName, newTuple, newList,
} from "../runtime/object.js";
import { typeError, valueError } from "../runtime/exceptions.js";
import { defineMethods, defineGenMethods, PyBuiltin } from "../runtime/builtin-function.js";
import { binaryOpFast, binaryOpGen, unaryOpGen, absGen, BinOp, UnOp, INPLACE } from "../runtime/ops-arith.js";
import { compareFast, richCompareGen, containsGen } from "../runtime/ops-compare.js";
import { getItemFast, getItemGen, setItemGen } from "../runtime/ops-item.js";
import { getAttr, getAttrGen } from "../runtime/ops-attr.js";
import { indexGen, asIndex, lenGen } from "../runtime/ops-object.js";
import { callGen, callMethodGen } from "../runtime/ops-call.js";
import { getIterGen, iterNextGen } from "../runtime/ops-iter.js";
import { PyListIter, PyListLiveIter } from "../runtime/types/iterators.js";
import { argRange } from "../runtime/arg-parse.js";
import { nativeType, genFn, fn, reprOfGen, truthOfGen, equalGen, type Gen } from "./native-helpers.js";

const m2 = (name: string, args: PyObject[]) => argRange(name, args.length, 2, 2);

function* binary(a: PyObject, b: PyObject, op: number): Gen<PyObject> {
  const r = binaryOpFast(a, b, op);
  return r !== undefined ? r : yield* binaryOpGen(a, b, op);
}

// Binary operator functions by name, with the BINARY_OP argument they compute.
const BINARY: [string, number][] = [
  ["add", BinOp.Add], ["and_", BinOp.And], ["floordiv", BinOp.FloorDiv], ["lshift", BinOp.LShift],
  ["matmul", BinOp.MatMul], ["mod", BinOp.Mod], ["mul", BinOp.Mul], ["or_", BinOp.Or], ["pow", BinOp.Pow],
  ["rshift", BinOp.RShift], ["sub", BinOp.Sub], ["truediv", BinOp.TrueDiv], ["xor", BinOp.Xor],
];
const COMPARE = ["lt", "le", "eq", "ne", "gt", "ge"];

function hasGetItem(x: PyObject): boolean {
  return typeOf(x).lookup("__getitem__") !== undefined;
}

/** operator.length_hint(obj, default=0): len(), then __length_hint__, then the default. */
function* lengthHint(args: PyObject[]): Gen<PyObject> {
  argRange("length_hint", args.length, 1, 2);
  const [obj, dflt = 0] = args;
  if (asIndex(dflt) === null) throw typeError(`'${typeName(dflt)}' object cannot be interpreted as an integer`);
  const t = typeOf(obj);
  if (t.lookup("__len__") !== undefined) return yield* lenGen(obj);
  // Builtin list/tuple iterators know how much is left (CPython's listiter_len).
  if (obj instanceof PyListIter) return obj.seq === null ? 0 : Math.max(0, obj.seq.length - obj.i);
  if (obj instanceof PyListLiveIter) return obj.list === null ? 0 : Math.max(0, obj.list.items.length - obj.i);
  const h = t.lookup("__length_hint__");
  if (h === undefined) return dflt;
  const r = yield* callMethodGen(h, obj, []);
  if (r === NotImplemented) return dflt;
  const n = asIndex(r);
  if (n === null) throw typeError(`__length_hint__ must be an integer, not ${typeName(r)}`);
  if (n < 0) throw valueError("__length_hint__() should return >= 0");
  return n;
}

// ---- itemgetter / attrgetter / methodcaller ----

const itemgetterType = nativeType("itemgetter", "operator", undefined, TypeFlag.None);
const attrgetterType = nativeType("attrgetter", "operator", undefined, TypeFlag.None);
const methodcallerType = nativeType("methodcaller", "operator", undefined, TypeFlag.None);

class PyItemGetter extends PyObj {
  constructor(readonly items: PyObject[]) {
    super(itemgetterType);
  }
}
class PyAttrGetter extends PyObj {
  constructor(readonly names: string[]) {
    super(attrgetterType);
  }
}
class PyMethodCaller extends PyObj {
  constructor(readonly name: string, readonly args: PyObject[], readonly kwargs: KwArgs | null) {
    super(methodcallerType);
  }
}

function newFn(t: PyType, f: (args: PyObject[], kwargs: KwArgs | null) => PyObject): void {
  t.dict.set("__new__", new PyBuiltin("__new__", (args: PyObject[], kwargs: KwArgs | null) => f(args.slice(1), kwargs), false, t, `${t.name}.__new__`));
}

newFn(itemgetterType, (args, kwargs) => {
  if (kwargs !== null && kwargs.size > 0) throw typeError("itemgetter() takes no keyword arguments");
  if (args.length === 0) throw typeError("itemgetter expected 1 argument, got 0");
  return new PyItemGetter(args);
});
newFn(attrgetterType, (args, kwargs) => {
  if (kwargs !== null && kwargs.size > 0) throw typeError("attrgetter() takes no keyword arguments");
  if (args.length === 0) throw typeError("attrgetter expected 1 argument, got 0");
  for (const a of args) if (typeof a !== "string") throw typeError("attribute name must be a string");
  return new PyAttrGetter(args as string[]);
});
newFn(methodcallerType, (args, kwargs) => {
  if (args.length === 0) throw typeError("methodcaller needs at least one argument, the method name");
  if (typeof args[0] !== "string") throw typeError("method name must be a string");
  return new PyMethodCaller(args[0], args.slice(1), kwargs !== null && kwargs.size > 0 ? new Map(kwargs) : null);
});

function* itemOf(obj: PyObject, key: PyObject): Gen<PyObject> {
  const f = getItemFast(obj, key);
  return f !== undefined ? f : yield* getItemGen(obj, key);
}

function* dotted(obj: PyObject, name: string): Gen<PyObject> {
  for (const part of name.split(".")) {
    const f = getAttr(obj, part);
    obj = f !== undefined ? f : yield* getAttrGen(obj, part);
  }
  return obj;
}

function oneArg(name: string, args: PyObject[], kwargs: KwArgs | null): PyObject {
  if (kwargs !== null && kwargs.size > 0) throw typeError(`${name}() takes no keyword arguments`);
  if (args.length !== 2) throw typeError(`${name} expected 1 argument, got ${args.length - 1}`);
  return args[1];
}

defineGenMethods(itemgetterType, {
  __call__: function* (args, kwargs) {
    const g = args[0] as PyItemGetter;
    const obj = oneArg("itemgetter", args, kwargs);
    if (g.items.length === 1) return yield* itemOf(obj, g.items[0]);
    const out: PyObject[] = [];
    for (const k of g.items) out.push(yield* itemOf(obj, k));
    return newTuple(out);
  },
  __repr__: function* ([self]) {
    const parts: string[] = [];
    for (const k of (self as PyItemGetter).items) parts.push(yield* reprOfGen(k));
    return `operator.itemgetter(${parts.join(", ")})`;
  },
});
defineGenMethods(attrgetterType, {
  __call__: function* (args, kwargs) {
    const g = args[0] as PyAttrGetter;
    const obj = oneArg("attrgetter", args, kwargs);
    if (g.names.length === 1) return yield* dotted(obj, g.names[0]);
    const out: PyObject[] = [];
    for (const n of g.names) out.push(yield* dotted(obj, n));
    return newTuple(out);
  },
  __repr__: function* ([self]) {
    const parts: string[] = [];
    for (const n of (self as PyAttrGetter).names) parts.push(yield* reprOfGen(n));
    return `operator.attrgetter(${parts.join(", ")})`;
  },
});
defineGenMethods(methodcallerType, {
  __call__: function* (args, kwargs) {
    const c = args[0] as PyMethodCaller;
    const obj = oneArg("methodcaller", args, kwargs);
    return yield* callGen(yield* getAttrGen(obj, c.name), c.args, c.kwargs);
  },
  __repr__: function* ([self]) {
    const c = self as PyMethodCaller;
    const parts = [yield* reprOfGen(c.name)];
    for (const a of c.args) parts.push(yield* reprOfGen(a));
    if (c.kwargs !== null) for (const [k, v] of c.kwargs) parts.push(`${k}=${yield* reprOfGen(v)}`);
    return `operator.methodcaller(${parts.join(", ")})`;
  },
});
defineMethods(itemgetterType, { __reduce__: ([self]) => newTuple([itemgetterType, newTuple((self as PyItemGetter).items.slice())]) });
defineMethods(attrgetterType, { __reduce__: ([self]) => newTuple([attrgetterType, newTuple((self as PyAttrGetter).names.slice())]) });

// ---- the module ----

export function createOperator(): PyModule {
  const m = new PyModule("operator");
  const names: string[] = [];
  const add = (name: string, b: PyBuiltin) => {
    names.push(name);
    return b;
  };
  for (const [name, op] of BINARY) {
    add(name, genFn(m, name, (args) => (m2(name, args), binary(args[0], args[1], op))));
    const iname = "i" + name.replace(/_$/, "");
    add(iname, genFn(m, iname, (args) => (m2(iname, args), binary(args[0], args[1], op + INPLACE))));
  }
  COMPARE.forEach((name, op) => add(name, genFn(m, name, function* (args) {
    m2(name, args);
    const f = op === 2 || op === 3 ? undefined : compareFast(args[0], args[1], op);
    return f !== undefined ? f : yield* richCompareGen(args[0], args[1], op);
  })));
  add("not_", genFn(m, "not_", function* ([x]) { return !(yield* truthOfGen(x)); }));
  add("truth", genFn(m, "truth", function* ([x]) { return yield* truthOfGen(x); }));
  add("is_", fn(m, "is_", (args) => (m2("is_", args), args[0] === args[1])));
  add("is_not", fn(m, "is_not", (args) => (m2("is_not", args), args[0] !== args[1])));
  add("abs", genFn(m, "abs", ([x]) => absGen(x)));
  add("index", genFn(m, "index", function* ([x]) {
    const i = yield* indexGen(x);
    if (i === null) throw typeError(`'${typeName(x)}' object cannot be interpreted as an integer`);
    return i;
  }));
  for (const [name, op] of [["inv", UnOp.Invert], ["invert", UnOp.Invert], ["neg", UnOp.Neg], ["pos", UnOp.Pos]] as const) {
    add(name, genFn(m, name, ([x]) => unaryOpGen(x, op)));
  }
  add("concat", genFn(m, "concat", function* (args) {
    m2("concat", args);
    if (!hasGetItem(args[0])) throw typeError(`'${typeName(args[0])}' object can't be concatenated`);
    return yield* binary(args[0], args[1], BinOp.Add);
  }));
  add("iconcat", genFn(m, "iconcat", function* (args) {
    m2("iconcat", args);
    if (!hasGetItem(args[0])) throw typeError(`'${typeName(args[0])}' object can't be concatenated`);
    return yield* binary(args[0], args[1], BinOp.InplaceAdd);
  }));
  add("contains", genFn(m, "contains", (args) => (m2("contains", args), containsGen(args[0], args[1]))));
  add("countOf", genFn(m, "countOf", function* (args) {
    m2("countOf", args);
    let n = 0;
    const it = yield* getIterGen(args[0]);
    for (let v = yield* iterNextGen(it); v !== undefined; v = yield* iterNextGen(it)) if (yield* equalGen(v, args[1])) n++;
    return n;
  }));
  add("indexOf", genFn(m, "indexOf", function* (args) {
    m2("indexOf", args);
    const it = yield* getIterGen(args[0]);
    let i = 0;
    for (let v = yield* iterNextGen(it); v !== undefined; v = yield* iterNextGen(it), i++) if (yield* equalGen(v, args[1])) return i;
    throw valueError("sequence.index(x): x not in sequence");
  }));
  add("getitem", genFn(m, "getitem", (args) => (m2("getitem", args), itemOf(args[0], args[1]))));
  add("setitem", genFn(m, "setitem", function* (args) {
    argRange("setitem", args.length, 3, 3);
    yield* setItemGen(args[0], args[1], args[2]);
    return None;
  }));
  add("delitem", genFn(m, "delitem", function* (args) {
    m2("delitem", args);
    yield* setItemGen(args[0], args[1], undefined);
    return None;
  }));
  add("length_hint", genFn(m, "length_hint", (args) => lengthHint(args)));
  add("call", genFn(m, "call", (args, kwargs) => {
    if (args.length === 0) throw typeError("call() missing 1 required positional argument: 'obj'");
    return callGen(args[0], args.slice(1), kwargs);
  }));
  m.dict.set("itemgetter", itemgetterType);
  m.dict.set("attrgetter", attrgetterType);
  m.dict.set("methodcaller", methodcallerType);
  names.push("attrgetter", "itemgetter", "methodcaller");
  // The dunder aliases (operator.__add__ is operator.add), except the ones Python never had.
  for (const n of names.slice()) {
    if (["is_", "is_not", "truth", "countOf", "indexOf", "length_hint", "attrgetter", "itemgetter", "methodcaller"].includes(n)) continue;
    m.dict.set(`__${n.replace(/_$/, "")}__`, m.dict.get(n)!);
  }
  m.dict.set("__call__", m.dict.get("call")!);
  m.dict.set("__all__", newList(names.sort()));
  void PyTuple;
  return m;
}
