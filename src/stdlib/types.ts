// types.ts — the types module in TypeScript: the interpreter's own type objects under their documented
// names, SimpleNamespace, and new_class/prepare_class/resolve_bases (docs.python.org/3.11/library/types.html).
// Native, so importing it costs no parsing; class creation goes through the same class-builder as `class`.
import {
  PyObject, PyInstance, PyModule, PyType, PyTuple, KwArgs, None, NotImplemented, makeBuiltinType, objectType,
  typeType, TypeFlag, typeOf, moduleType, cellType, noneType, notImplementedType, ellipsisType,
} from "../runtime/object.js";
import { typeError } from "../runtime/exceptions.js";
import { defineMethods, defineGenMethods, defineModuleFunctions, defineModuleGenFunctions } from "../runtime/builtin-function.js";
import {
  builtinFunctionType, methodDescriptorType, classMethodDescriptorType, getSetDescriptorType,
} from "../runtime/builtin-function.js";
import { functionType, methodType, PyFunction } from "../runtime/function.js";
import { generatorType, coroutineType, asyncGeneratorType } from "../runtime/generator.js";
import { memberDescriptorType, propertyType } from "../runtime/types/descriptors.js";
import { genericAliasType, unionType } from "../runtime/types/generic-alias.js";
import { PyDict, dictType } from "../runtime/dict.js";
import { callGen } from "../runtime/ops-call.js";
import { getAttrDefaultGen, setAttrGen } from "../runtime/ops-attr.js";
import { reprGen } from "../runtime/ops-object.js";
import { richCompareGen, CmpOp } from "../runtime/ops-compare.js";
import { setItemGen } from "../runtime/ops-item.js";
import { containsGen } from "../runtime/ops-compare.js";
import { calculateMetaclass, prepareGen, updateFlags } from "../runtime/class-builder.js";
import { codeType, CodeObject } from "../interpreter/code.js";
import { tracebackType, frameType } from "../interpreter/traceback.js";
import type { NativeGen } from "../runtime/protocol.js";
import type { RuntimeContext } from "../runtime/runtime-context.js";
import { iterate } from "./support.js";

// ---- SimpleNamespace ----

export const simpleNamespaceType: PyType = makeBuiltinType("SimpleNamespace", objectType, TypeFlag.BaseType | TypeFlag.HasDict);
simpleNamespaceType.module = "types";
simpleNamespaceType.newInstance = (cls) => new PyInstance(cls);

/** Namespaces whose repr is being built, so a namespace containing itself shows as `namespace(...)`. */
const reprInProgress = new Set<PyObject>();

function namespaceDict(self: PyObject): Map<string, PyObject> {
  const d = self instanceof PyInstance ? self.dict : null;
  if (d === null) throw typeError("SimpleNamespace object has no __dict__");
  return d;
}

defineGenMethods(simpleNamespaceType, {
  *__init__(args: PyObject[], kwargs: KwArgs | null): NativeGen {
    if (args.length > 1) throw typeError("no positional arguments expected");
    if (kwargs !== null) for (const [k, v] of kwargs) yield* setAttrGen(args[0], k, v);
    return None;
  },
  *__repr__([self]: PyObject[]): NativeGen {
    const t = typeOf(self);
    const name = t === simpleNamespaceType ? "namespace" : t.name;
    if (reprInProgress.has(self)) return `${name}(...)`;
    reprInProgress.add(self);
    try {
      const parts: string[] = [];
      for (const [k, v] of namespaceDict(self)) parts.push(`${k}=${yield* reprGen(v)}`);
      return `${name}(${parts.join(", ")})`;
    } finally {
      reprInProgress.delete(self);
    }
  },
  *__eq__([self, other]: PyObject[]): NativeGen {
    if (!isNamespace(self) || !isNamespace(other)) return NotImplemented;
    return yield* richCompareGen(PyDict.fromAttrs(namespaceDict(self)), PyDict.fromAttrs(namespaceDict(other)), CmpOp.Eq);
  },
});
defineMethods(simpleNamespaceType, {
  __reduce__: ([self]) => new PyTuple([typeOf(self), new PyTuple([]), PyDict.fromAttrs(new Map(namespaceDict(self)))]),
});
// Mutable and compared by value, hence unhashable (CPython's namespace type sets tp_hash to NULL too).
simpleNamespaceType.dict.set("__hash__", None);
updateFlags(simpleNamespaceType);

function isNamespace(x: PyObject): boolean {
  return typeOf(x).mro.includes(simpleNamespaceType);
}

// ---- DynamicClassAttribute ----

// A property subclass; gilpy's enum does not rely on its class-level AttributeError, so it behaves as property.
const dynamicClassAttributeType = makeBuiltinType("DynamicClassAttribute", propertyType, TypeFlag.BaseType);
dynamicClassAttributeType.module = "types";
dynamicClassAttributeType.newInstance = (cls) => propertyType.newInstance!(cls);

// ---- class creation ----

function kwargsFromDict(d: PyObject): KwArgs | null {
  if (d === None) return null;
  if (!(d instanceof PyDict)) throw typeError("new_class() kwds must be a dict");
  const out: KwArgs = new Map();
  for (const [norm, v] of d.map) {
    const k = d.keyOf(norm);
    if (typeof k !== "string") throw typeError("keywords must be strings");
    out.set(k, v);
  }
  return out;
}

/** resolve_bases: non-class bases may stand for other classes through __mro_entries__ (PEP 560). */
function* resolveBases(bases: PyObject[]): Generator<any, PyObject[], any> {
  const out: PyObject[] = [];
  for (const base of bases) {
    if (base instanceof PyType) {
      out.push(base);
      continue;
    }
    const hook = yield* getAttrDefaultGen(base, "__mro_entries__", None);
    if (hook === None) {
      out.push(base);
      continue;
    }
    const entries = yield* callGen(hook, [new PyTuple(bases)]);
    if (!(entries instanceof PyTuple)) throw typeError("__mro_entries__ must return a tuple");
    out.push(...entries.items);
  }
  return out;
}

/** prepare_class: the metaclass (from kwds or the bases), the namespace from its __prepare__, the other kwds. */
function* prepareClass(name: PyObject, bases: PyObject[], kwds: KwArgs | null): Generator<any, [PyObject, PyObject, KwArgs | null], any> {
  let rest = kwds === null ? null : new Map(kwds);
  let meta: PyObject | undefined = rest?.get("metaclass");
  if (meta !== undefined) {
    rest!.delete("metaclass");
    if (rest!.size === 0) rest = null;
  } else {
    meta = bases.length > 0 ? typeOf(bases[0]) : typeType;
  }
  if (meta instanceof PyType) meta = calculateMetaclass(meta, bases);
  const ns = yield* prepareGen(meta, name, new PyTuple(bases), rest);
  return [meta, ns, rest];
}

function kwargsAsDict(kw: KwArgs | null): PyDict {
  return PyDict.fromAttrs(new Map(kw ?? []));
}

export function createTypes(_rt: RuntimeContext): PyModule {
  const m = new PyModule("types");
  const names: [string, PyObject][] = [
    ["FunctionType", functionType], ["LambdaType", functionType], ["CodeType", codeType],
    // gilpy exposes class namespaces as plain dicts, so the read-only proxy type is dict itself.
    ["MappingProxyType", dictType],
    ["CellType", cellType], ["GeneratorType", generatorType], ["CoroutineType", coroutineType],
    ["AsyncGeneratorType", asyncGeneratorType], ["MethodType", methodType],
    ["BuiltinFunctionType", builtinFunctionType], ["BuiltinMethodType", builtinFunctionType],
    // Slot wrappers and bound slot wrappers are ordinary builtin methods in gilpy.
    ["WrapperDescriptorType", methodDescriptorType], ["MethodWrapperType", builtinFunctionType],
    ["MethodDescriptorType", methodDescriptorType], ["ClassMethodDescriptorType", classMethodDescriptorType],
    ["ModuleType", moduleType], ["TracebackType", tracebackType], ["FrameType", frameType],
    ["GetSetDescriptorType", getSetDescriptorType], ["MemberDescriptorType", memberDescriptorType],
    ["NoneType", noneType], ["NotImplementedType", notImplementedType], ["EllipsisType", ellipsisType],
    ["GenericAlias", genericAliasType], ["UnionType", unionType],
    ["SimpleNamespace", simpleNamespaceType], ["DynamicClassAttribute", dynamicClassAttributeType],
  ];
  for (const [name, value] of names) m.dict.set(name, value);

  defineModuleFunctions(m, {
    coroutine: (args) => {
      if (args.length !== 1) throw typeError(`coroutine() takes exactly one argument (${args.length} given)`);
      // A generator function's generators become awaitable: CPython (Lib/types.py) marks its code
      // CO_ITERABLE_COROUTINE (0x100), which GET_AWAITABLE accepts; gilpy marks the code in place.
      const f = args[0];
      if (f instanceof PyFunction && (f.code as CodeObject).flags & 0x20) (f.code as CodeObject).flags |= 0x100;
      return f;
    },
  });
  defineModuleGenFunctions(m, {
    *resolve_bases(args: PyObject[]): NativeGen {
      if (args.length !== 1) throw typeError(`resolve_bases() takes exactly one argument (${args.length} given)`);
      const given = yield* iterate(_rt, args[0]);
      const out = yield* resolveBases(given);
      return out.length === given.length && out.every((b, i) => b === given[i]) && args[0] instanceof PyTuple
        ? args[0] : new PyTuple(out);
    },
    *prepare_class(args: PyObject[], kwargs: KwArgs | null): NativeGen {
      const [name, basesObj = new PyTuple([]), kwdsObj = None] = args;
      const kw = kwargsFromDict(kwargs?.get("kwds") ?? kwdsObj);
      const bases = yield* iterate(_rt, kwargs?.get("bases") ?? basesObj);
      const [meta, ns, rest] = yield* prepareClass(name, bases, kw);
      return new PyTuple([meta, ns, kwargsAsDict(rest)]);
    },
    *new_class(args: PyObject[], kwargs: KwArgs | null): NativeGen {
      const pick = (i: number, key: string): PyObject => kwargs?.get(key) ?? (i < args.length ? args[i] : None);
      const name = args[0] ?? kwargs?.get("name");
      if (name === undefined) throw typeError("new_class() missing required argument 'name' (pos 1)");
      const basesObj = pick(1, "bases");
      const original = basesObj === None ? [] : yield* iterate(_rt, basesObj);
      const resolved = yield* resolveBases(original);
      const [meta, ns, rest] = yield* prepareClass(name, resolved, kwargsFromDict(pick(2, "kwds")));
      const body = pick(3, "exec_body");
      if (body !== None) yield* callGen(body, [ns]);
      if (resolved.length !== original.length || resolved.some((b, i) => b !== original[i])) {
        yield* setItemGen(ns, "__orig_bases__", new PyTuple(original));
      }
      // type() takes __module__ from the running Python frame, which in CPython is types.new_class itself.
      if (!(yield* containsGen(ns, "__module__"))) yield* setItemGen(ns, "__module__", "types");
      return yield* callGen(meta, [name, new PyTuple(resolved), ns], rest);
    },
  });
  return m;
}
