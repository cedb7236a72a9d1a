// collections-namedtuple.ts — collections.namedtuple (native): each call builds a real tuple subclass with
// type(), whose namespace holds builtin methods (__new__, _make, _replace, _asdict, __repr__,
// __getnewargs__), _fields/_field_defaults/__match_args__ and one read-only descriptor per field.
// Validation messages and the argument errors of __new__ follow what python3 3.11 prints
// (docs.python.org/3.11/library/collections.html#collections.namedtuple).
import {
  PyObject, PyType, PyTuple, KwArgs, None, TypeFlag, typeType, tupleType, typeOf, newTuple, newList,
} from "../runtime/object.js";
import { PyDict } from "../runtime/dict.js";
import { typeError, valueError, attributeError } from "../runtime/exceptions.js";
import {
  PyBuiltin, PyMethodDescr, PyClassMethodDescr, PyGetSetDescr, getSetDescriptorType, defineGetters, defineMethods,
} from "../runtime/builtin-function.js";
import { typeNewGen } from "../runtime/class-builder.js";
import { strGen } from "../runtime/ops-object.js";
import { getAttr } from "../runtime/ops-attr.js";
import { kwOnly } from "../runtime/arg-parse.js";
import { callGen } from "../runtime/ops-call.js";
import type { RuntimeContext } from "../runtime/runtime-context.js";
import { isKeyword } from "./keyword.js";
import { nativeType, reprOfGen, itemsOf, truthOfGen, isNone, type Gen } from "./native-helpers.js";

const IDENT = /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u;
function isIdentifier(s: string): boolean {
  return IDENT.test(s);
}

/** "'x'", "'x' and 'y'", "'x', 'y', and 'z'" — how CPython lists missing parameters. */
function nameList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(", ")}, and ${q[q.length - 1]}`;
}

/** Binds __new__(_cls, f1, f2, ...) arguments with a Python function's error messages. */
function bindFields(typename: string, fields: string[], defaults: PyObject[], args: PyObject[], kwargs: KwArgs | null): PyObject[] {
  const n = fields.length;
  const fname = `${typename}.__new__()`;
  if (args.length > n) {
    const req = n - defaults.length;
    const takes = defaults.length > 0 ? `from ${req + 1} to ${n + 1}` : `${n + 1}`;
    throw typeError(`${fname} takes ${takes} positional argument${n + 1 === 1 && defaults.length === 0 ? "" : "s"} but ${args.length + 1} were given`);
  }
  const out: (PyObject | undefined)[] = args.slice();
  out.length = n;
  if (kwargs !== null) {
    for (const [k, v] of kwargs) {
      const i = fields.indexOf(k);
      if (i < 0) throw typeError(`${fname} got an unexpected keyword argument '${k}'`);
      if (out[i] !== undefined) throw typeError(`${fname} got multiple values for argument '${k}'`);
      out[i] = v;
    }
  }
  const firstDefault = n - defaults.length;
  const missing: string[] = [];
  for (let i = 0; i < n; i++) {
    if (out[i] !== undefined) continue;
    if (i >= firstDefault) out[i] = defaults[i - firstDefault];
    else missing.push(fields[i]);
  }
  if (missing.length > 0) {
    throw typeError(`${fname} missing ${missing.length} required positional argument${missing.length === 1 ? "" : "s"}: ${nameList(missing)}`);
  }
  return out as PyObject[];
}

/**
 * A field's descriptor (CPython's _collections._tuplegetter): a getset descriptor to the attribute
 * machinery, with its own type for repr and __doc__.
 */
const tupleGetterType = nativeType("_tuplegetter", "_collections", getSetDescriptorType, TypeFlag.None);
class PyTupleGetter extends PyGetSetDescr {
  constructor(owner: PyType, name: string, readonly index: number) {
    super(owner, name, (self) => (self as PyTuple).items[index], () => {
      throw attributeError("can't set attribute");
    });
    this.type = tupleGetterType;
  }
}
defineGetters(tupleGetterType, { __doc__: (self) => `Alias for field number ${(self as PyTupleGetter).index}` });
defineMethods(tupleGetterType, {
  __repr__: ([self]) => `_tuplegetter(${(self as PyTupleGetter).index}, 'Alias for field number ${(self as PyTupleGetter).index}')`,
});

/** A tuple of `cls`; instances of user subclasses without __slots__ get their __dict__. */
function makeInstance(cls: PyType, items: PyObject[]): PyTuple {
  const t = new PyTuple(items, cls);
  if (cls.slots === null) (t as unknown as { dict: Map<string, PyObject> }).dict = new Map();
  return t;
}

function* fieldNamesOf(x: PyObject): Gen<string[]> {
  const items = typeof x === "string" ? x.replace(/,/g, " ").split(/\s+/).filter((s) => s !== "") : yield* itemsOf(x);
  const out: string[] = [];
  for (const it of items) out.push(typeof it === "string" ? it : yield* strGen(it));
  return out;
}

/** The __name__ of the module whose code called namedtuple (sys._getframe(1) in CPython). */
function callerModule(rt: RuntimeContext): PyObject {
  const f = rt.currentFrame?.(0);
  if (f === undefined || f === None) return "__main__";
  const g = getAttr(f, "f_globals");
  if (g instanceof PyDict) return g.map.get("__name__") ?? "__main__";
  return "__main__";
}

export function* namedtupleGen(rt: RuntimeContext, args: PyObject[], kwargs: KwArgs | null): Gen<PyObject> {
  if (args.length !== 2) {
    const kwTypename = kwargs?.get("typename"), kwFields = kwargs?.get("field_names");
    if (args.length < 2 && (kwTypename !== undefined || kwFields !== undefined)) {
      args = [args[0] ?? kwTypename!, args[1] ?? kwFields!];
      kwargs = new Map([...kwargs!].filter(([k]) => k !== "typename" && k !== "field_names"));
    }
    if (args.length > 2) throw typeError(`namedtuple() takes 2 positional arguments but ${args.length} were given`);
    if (args[0] === undefined) throw typeError("namedtuple() missing 2 required positional arguments: 'typename' and 'field_names'");
    if (args[1] === undefined) throw typeError("namedtuple() missing 1 required positional argument: 'field_names'");
  }
  const [renameArg, defaultsArg, moduleArg] = kwOnly("namedtuple", kwargs, ["rename", "defaults", "module"]);
  const rename = renameArg === undefined ? false : yield* truthOfGen(renameArg);
  const fields = yield* fieldNamesOf(args[1]);
  const typename = typeof args[0] === "string" ? args[0] : yield* strGen(args[0]);

  if (rename) {
    const seen = new Set<string>();
    fields.forEach((name, i) => {
      if (!isIdentifier(name) || isKeyword(name) || name.startsWith("_") || seen.has(name)) fields[i] = `_${i}`;
      seen.add(name);
    });
  }
  for (const name of [typename, ...fields]) {
    if (!isIdentifier(name)) throw valueError(`Type names and field names must be valid identifiers: ${yield* reprOfGen(name)}`);
    if (isKeyword(name)) throw valueError(`Type names and field names cannot be a keyword: ${yield* reprOfGen(name)}`);
  }
  const seen = new Set<string>();
  for (const name of fields) {
    if (name.startsWith("_") && !rename) throw valueError(`Field names cannot start with an underscore: ${yield* reprOfGen(name)}`);
    if (seen.has(name)) throw valueError(`Encountered duplicate field name: ${yield* reprOfGen(name)}`);
    seen.add(name);
  }
  let defaults: PyObject[] = [];
  const fieldDefaults = new PyDict();
  if (!isNone(defaultsArg)) {
    defaults = yield* itemsOf(defaultsArg!);
    if (defaults.length > fields.length) throw typeError("Got more default values than field names");
    const first = fields.length - defaults.length;
    for (let i = 0; i < defaults.length; i++) fieldDefaults.setNorm(fields[first + i], fields[first + i], defaults[i]);
  }

  const n = fields.length;
  const argList = fields.join(", ") + (n === 1 ? "," : "");
  const fieldsTuple = newTuple(fields.slice());
  const ns = new PyDict();
  const put = (k: string, v: PyObject) => ns.setNorm(k, k, v);
  let cls!: PyType;

  const newFn = new PyBuiltin("__new__", (a, kw) => {
    const c = a[0];
    if (!(c instanceof PyType)) throw typeError(`${typename}.__new__(X): X is not a type object`);
    return makeInstance(c, bindFields(typename, fields, defaults, a.slice(1), kw));
  }, false, null, `${typename}.__new__`);
  put("__doc__", `${typename}(${argList})`);
  put("__slots__", newTuple([]));
  put("_fields", fieldsTuple);
  put("_field_defaults", fieldDefaults);
  put("__new__", newFn);
  put("__match_args__", fieldsTuple);
  put("__module__", isNone(moduleArg) ? callerModule(rt) : moduleArg!);
  const placeholder = typeType;
  const methods = {
    _make: new PyClassMethodDescr(placeholder, "_make", function* (a: PyObject[]): Gen<PyObject> {
      const items = yield* itemsOf(a[1]);
      if (items.length !== n) throw typeError(`Expected ${n} arguments, got ${items.length}`);
      return makeInstance(a[0] as PyType, items);
    }, true),
    _replace: new PyMethodDescr(placeholder, "_replace", function* (a: PyObject[], kw: KwArgs | null): Gen<PyObject> {
      const self = a[0] as PyTuple;
      if (a.length > 1) throw typeError(`${typename}._replace() takes 1 positional argument but ${a.length} were given`);
      const rest = new Map(kw ?? []);
      const items = fields.map((f, i) => {
        const v = rest.get(f);
        rest.delete(f);
        return v === undefined ? self.items[i] : v;
      });
      if (rest.size > 0) throw valueError(`Got unexpected field names: ${yield* reprOfGen(newList([...rest.keys()]))}`);
      const make = typeOf(self).lookup("_make");
      if (make === methods._make) return makeInstance(typeOf(self), items);
      return yield* callGen(getAttr(typeOf(self), "_make")!, [newList(items)]);
    }, true),
    __repr__: new PyMethodDescr(placeholder, "__repr__", function* (a: PyObject[]): Gen<PyObject> {
      const self = a[0] as PyTuple;
      const parts: string[] = [];
      for (let i = 0; i < n; i++) parts.push(`${fields[i]}=${yield* reprOfGen(self.items[i])}`);
      return `${typeOf(self).name}(${parts.join(", ")})`;
    }, true),
    _asdict: new PyMethodDescr(placeholder, "_asdict", (a: PyObject[]) => {
      const self = a[0] as PyTuple;
      const d = new PyDict();
      for (let i = 0; i < n; i++) d.setNorm(fields[i], fields[i], self.items[i]);
      return d;
    }, false),
    __getnewargs__: new PyMethodDescr(placeholder, "__getnewargs__", (a: PyObject[]) => newTuple((a[0] as PyTuple).items.slice()), false),
  };
  for (const [k, v] of Object.entries(methods)) put(k, v);
  fields.forEach((f, i) => put(f, new PyTupleGetter(placeholder, f, i)));

  cls = (yield* typeNewGen(typeType, typename, newTuple([tupleType]), ns, null)) as PyType;
  // The descriptors were made before their class existed: point them at it (error messages name it).
  for (const v of cls.dict.values()) {
    if (v instanceof PyMethodDescr || v instanceof PyClassMethodDescr || v instanceof PyGetSetDescr) {
      (v as { owner: PyType }).owner = cls;
    }
  }
  return cls;
}
