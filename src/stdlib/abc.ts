// abc.ts — the abc module in TypeScript: ABCMeta (a metaclass built on type), ABC, abstractmethod and its
// deprecated classmethod/staticmethod/property forms, update_abstractmethods, get_cache_token.
// Behaviour from docs.python.org/3.11/library/abc.html and python3 3.11. object.__new__ (ops-call.ts)
// refuses a class whose own __abstractmethods__ is non-empty; this module keeps that set right and answers
// isinstance/issubclass through __subclasshook__, registration and real subclasses (CPython's _abc is in C
// too, so no abc.py frames show in tracebacks either way).
import {
  PyObject, PyModule, PyType, PyTuple, KwArgs, None, NotImplemented, makeBuiltinType, typeType, objectType,
  TypeFlag, typeOf,
} from "../runtime/object.js";
import { typeError } from "../runtime/exceptions.js";
import { PyBuiltin, defineGenMethods, defineModuleFunctions, defineModuleGenFunctions } from "../runtime/builtin-function.js";
import { PySet, PyDict, frozensetType } from "../runtime/dict.js";
import { PyProperty, PyClassMethod, PyStaticMethod, classMethodType, staticMethodType, propertyType } from "../runtime/types/descriptors.js";
import { typeNewGen } from "../runtime/class-builder.js";
import { callGen, callMethodGen } from "../runtime/ops-call.js";
import { getAttrDefaultGen, setAttrGen } from "../runtime/ops-attr.js";
import { truthGen } from "../runtime/ops-object.js";
import { isSubclassGen } from "../runtime/types/type.js";
import { writeToSys } from "./sys.js";
import type { NativeGen } from "../runtime/protocol.js";
import type { RuntimeContext } from "../runtime/runtime-context.js";
import { toArrayGen } from "../runtime/ops-iter.js";

/** Classes registered as virtual subclasses, per ABC (CPython keeps them in the class's _abc_impl). */
const registries = new WeakMap<PyType, PyType[]>();

/** Runs a generator that cannot reach Python code (class creation with builtin bases only). */
function runNow<T>(gen: Generator<any, T, any>): T {
  const step = gen.next();
  if (!step.done) throw new Error("abc: module set-up tried to run Python code");
  return step.value;
}

function* isAbstract(value: PyObject): Generator<any, boolean, any> {
  if (yield* truthGen(yield* getAttrDefaultGen(value, "__isabstractmethod__", false))) return true;
  // A property or class/static method is abstract when what it wraps is.
  const wrapped = value instanceof PyProperty ? [value.fget, value.fset, value.fdel]
    : value instanceof PyClassMethod || value instanceof PyStaticMethod ? [value.func] : [];
  for (const f of wrapped) {
    if (f !== None && (yield* truthGen(yield* getAttrDefaultGen(f, "__isabstractmethod__", false)))) return true;
  }
  return false;
}

/** The class's own abstract attributes plus the inherited abstract names it has not overridden. */
function* computeAbstracts(cls: PyType): Generator<any, PySet, any> {
  const found = new PySet(new Map(), frozensetType);
  for (const [name, value] of cls.dict) {
    if (yield* isAbstract(value)) yield* found.addGen(name);
  }
  for (const base of cls.bases) {
    const inherited = yield* getAttrDefaultGen(base, "__abstractmethods__", None);
    if (inherited === None) continue;
    for (const name of yield* toArrayGen(inherited)) {
      if (typeof name !== "string") continue;
      if (yield* isAbstract(yield* getAttrDefaultGen(cls, name, None))) yield* found.addGen(name);
    }
  }
  return found;
}

function setAbstracts(cls: PyType, names: PySet): void {
  cls.dict.set("__abstractmethods__", names);
  cls.changed();
}

function* subclassCheck(cls: PyType, sub: PyObject): Generator<any, boolean, any> {
  if (!(sub instanceof PyType)) throw typeError("issubclass() arg 1 must be a class");
  if (sub.isSubtypeOf(cls)) return true;
  const hook = yield* getAttrDefaultGen(cls, "__subclasshook__", None);
  if (hook !== None) {
    const verdict = yield* callGen(hook, [sub]);
    if (verdict !== NotImplemented) return yield* truthGen(verdict);
  }
  for (const registered of registries.get(cls) ?? []) {
    if (yield* isSubclassGen(sub, registered)) return true;
  }
  for (const child of cls.subclasses.slice()) {
    if (child !== cls && (yield* isSubclassGen(sub, child))) return true;
  }
  return false;
}

export const abcMetaType: PyType = makeBuiltinType("ABCMeta", typeType, TypeFlag.BaseType);
abcMetaType.module = "abc";
abcMetaType.solidBase = typeType; // adds no instance layout of its own

/** The interpreter that imported abc last (only _dump_registry's default output needs one). */
let lastRt: RuntimeContext | null = null;

// ABCMeta.__new__: type.__new__, then the abstract names of the new class.
abcMetaType.dict.set("__new__", new PyBuiltin("__new__", function* (args: PyObject[], kwargs: KwArgs | null): NativeGen {
  if (args.length !== 4) throw typeError(`ABCMeta.__new__() takes exactly 4 positional arguments (${args.length} given)`);
  const meta = args[0];
  if (!(meta instanceof PyType)) throw typeError("ABCMeta.__new__(X): X is not a type object");
  const cls = yield* typeNewGen(meta, args[1], args[2], args[3], kwargs);
  if (cls instanceof PyType) setAbstracts(cls, yield* computeAbstracts(cls));
  return cls;
}, true, abcMetaType, "ABCMeta.__new__"));
defineGenMethods(abcMetaType, {
  *register([cls, sub]: PyObject[]): NativeGen {
    if (!(sub instanceof PyType)) throw typeError("Can only register classes");
    if (yield* isSubclassGen(sub, cls)) return sub;
    if (yield* isSubclassGen(cls, sub)) throw typeError("Refusing to create an inheritance cycle");
    const list = registries.get(cls as PyType) ?? [];
    list.push(sub);
    registries.set(cls as PyType, list);
    return sub;
  },
  *__instancecheck__([cls, instance]: PyObject[]): NativeGen {
    const kind = typeOf(instance);
    if (yield* subclassCheck(cls as PyType, kind)) return true;
    // A proxy may report another __class__; CPython's check looks at that too.
    const claimed = yield* getAttrDefaultGen(instance, "__class__", kind);
    return claimed !== kind && claimed instanceof PyType && (yield* subclassCheck(cls as PyType, claimed));
  },
  *__subclasscheck__([cls, sub]: PyObject[]): NativeGen {
    return yield* subclassCheck(cls as PyType, sub);
  },
  *_dump_registry(args: PyObject[], kwargs: KwArgs | null): NativeGen {
    const cls = args[0] as PyType;
    const file = kwargs?.get("file") ?? args[1] ?? None;
    const where = cls.dict.get("__module__") ?? cls.module;
    const text = `Class: ${typeof where === "string" ? where : cls.module}.${cls.qualname}\n`;
    if (file !== None) yield* callGen(yield* getAttrDefaultGen(file, "write", None), [text]);
    else if (lastRt !== null) writeToSys(lastRt, "stdout", text);
    return None;
  },
});
abcMetaType.changed();

export function createAbc(rt: RuntimeContext): PyModule {
  const m = new PyModule("abc");
  lastRt = rt;

  // ABC: a helper class whose metaclass is ABCMeta, so subclassing it is enough.
  const ns = new PyDict();
  const abcBody: [string, PyObject][] = [
    ["__module__", "abc"], ["__qualname__", "ABC"], ["__slots__", new PyTuple([])],
    ["__doc__", "Subclass this (instead of naming metaclass=ABCMeta) to make an abstract base class."],
  ];
  for (const [k, v] of abcBody) runNow(ns.setGen(k, v));
  const abc = runNow(typeNewGen(abcMetaType, "ABC", new PyTuple([objectType]), ns, null)) as PyType;
  setAbstracts(abc, new PySet(new Map(), frozensetType));

  // The deprecated wrappers: builtin descriptor types with __isabstractmethod__ set.
  const wrapper = (name: string, base: PyType): PyType => {
    const t = makeBuiltinType(name, base, TypeFlag.BaseType | TypeFlag.HasDict);
    t.module = "abc";
    t.newInstance = base.newInstance;
    t.solidBase = base.solidBase;
    t.dict.set("__isabstractmethod__", true);
    if (base !== propertyType) {
      const init = base.lookup("__init__");
      defineGenMethods(t, {
        *__init__([self, fn]: PyObject[]): NativeGen {
          yield* setAttrGen(fn, "__isabstractmethod__", true);
          if (init !== undefined) yield* callMethodGen(init, self, [fn]);
          return None;
        },
      });
    }
    t.changed();
    return t;
  };

  for (const [k, v] of [
    ["ABCMeta", abcMetaType], ["ABC", abc],
    ["abstractclassmethod", wrapper("abstractclassmethod", classMethodType)],
    ["abstractstaticmethod", wrapper("abstractstaticmethod", staticMethodType)],
    ["abstractproperty", wrapper("abstractproperty", propertyType)],
  ] as [string, PyObject][]) m.dict.set(k, v);

  defineModuleFunctions(m, {
    // No isinstance cache is kept, so nothing ever invalidates a token.
    get_cache_token: () => 0,
  });
  defineModuleGenFunctions(m, {
    *abstractmethod(args: PyObject[]): NativeGen {
      if (args.length !== 1) throw typeError(`abstractmethod() takes exactly one argument (${args.length} given)`);
      yield* setAttrGen(args[0], "__isabstractmethod__", true);
      return args[0];
    },
    *update_abstractmethods(args: PyObject[]): NativeGen {
      const cls = args[0];
      if (!(cls instanceof PyType)) return cls;
      if ((yield* getAttrDefaultGen(cls, "__abstractmethods__", None)) === None) return cls;
      setAbstracts(cls, yield* computeAbstracts(cls));
      return cls;
    },
  });
  return m;
}
