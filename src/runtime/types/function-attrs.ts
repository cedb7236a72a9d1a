// function-attrs.ts — Python-visible attributes and methods of function-like objects: functions
// (__name__, __qualname__, __doc__, __defaults__, __globals__, __closure__, __get__ …), bound methods,
// builtin functions and method descriptors, getset descriptors, cells and modules (repr, ModuleType()).
import {
  PyObject, PyType, PyModule, PyCell, PyTuple, PyList, KwArgs, None, NotImplemented, typeOf, typeName, moduleType,
  cellType, newTuple,
} from "../object.js";
import { PyDict } from "../dict.js";
import {
  PyBuiltin, PyMethodDescr, PyClassMethodDescr, PyGetSetDescr, builtinFunctionType, methodDescriptorType,
  getSetDescriptorType, classMethodDescriptorType, defineMethods, defineGenMethods, defineGetters, bindMethodDescr,
} from "../builtin-function.js";
import { PyFunction, PyMethod, functionType, methodType } from "../function.js";
import { typeError, valueError } from "../exceptions.js";
import { defaultRepr, idOf, asStr, reprGen, hashFast } from "../ops-object.js";
import { callGen } from "../ops-call.js";
import { dictObjectOf } from "./object.js";
import { PyDictView } from "./dict-methods.js";

function F(x: PyObject): PyFunction {
  return x as PyFunction;
}
function hex(x: PyObject): string {
  return "0x" + idOf(x).toString(16).padStart(12, "0");
}
function strOr(v: PyObject | undefined, what: string, t: string): string {
  const s = v === undefined ? null : asStr(v);
  if (s === null) throw typeError(`${t}.${what} must be set to a string object`);
  return s;
}

defineMethods(functionType, {
  __repr__: ([self]) => `<function ${F(self).qualname} at ${hex(self)}>`,
  __get__: ([self, obj]) => (obj === None || obj === undefined ? self : new PyMethod(self, obj)),
});
defineGetters(functionType, {
  __name__: (self) => F(self).name,
  __qualname__: (self) => F(self).qualname,
  __doc__: (self) => F(self).doc,
  __module__: (self) => F(self).module,
  __defaults__: (self) => F(self).defaults ?? None,
  __kwdefaults__: (self) => F(self).kwdefaults ?? None,
  __globals__: (self) => dictObjectOf(F(self).globals),
  __closure__: (self) => (F(self).closure === null ? None : newTuple(F(self).closure!.slice())),
  __annotations__: (self) => {
    const f = F(self);
    if (f.annotations === None) f.annotations = new PyDict();
    return f.annotations;
  },
  __dict__: (self) => dictObjectOf(F(self).dict),
  __code__: (self) => F(self).code as unknown as PyObject,
  __builtins__: (self) => F(self).globals.get("__builtins__") ?? None,
}, {
  __name__: (self, v) => {
    F(self).name = strOr(v, "__name__", "function");
  },
  __qualname__: (self, v) => {
    F(self).qualname = strOr(v, "__qualname__", "function");
  },
  __doc__: (self, v) => {
    F(self).doc = v ?? None;
  },
  __module__: (self, v) => {
    F(self).module = v ?? None;
  },
  __defaults__: (self, v) => {
    if (v !== undefined && v !== None && !(v instanceof PyTuple)) throw typeError("__defaults__ must be set to a tuple object");
    F(self).defaults = v === undefined || v === None ? null : (v as PyTuple);
  },
  __kwdefaults__: (self, v) => {
    if (v !== undefined && v !== None && !(v instanceof PyDict)) throw typeError("__kwdefaults__ must be set to a dict object");
    F(self).kwdefaults = v === undefined || v === None ? null : (v as PyDict);
  },
  __annotations__: (self, v) => {
    F(self).annotations = v ?? None;
  },
  __code__: (self, v) => {
    if (v === undefined) throw typeError("__code__ must be set to a code object");
    F(self).code = v as never;
  },
});

function M(x: PyObject): PyMethod {
  return x as PyMethod;
}
defineGenMethods(methodType, {
  __repr__: function* ([self]) {
    const m = M(self);
    const f = m.func;
    const name = f instanceof PyFunction ? f.qualname : typeName(f);
    return `<bound method ${name} of ${yield* reprGen(m.self)}>`;
  },
  __call__: function* (args: PyObject[], kwargs: KwArgs | null) {
    const m = M(args[0]);
    return yield* callGen(m.func, [m.self, ...args.slice(1)], kwargs);
  },
});
defineMethods(methodType, {
  __eq__: ([a, b]) => (b instanceof PyMethod ? M(a).func === b.func && M(a).self === b.self : NotImplemented),
  __hash__: ([a]) => {
    const h1 = hashFast(M(a).func) as number, h2 = idOf(M(a).self);
    return (Number(h1) ^ h2) | 0;
  },
  __get__: ([self]) => self,
});
defineGetters(methodType, {
  __func__: (self) => M(self).func,
  __self__: (self) => M(self).self,
  __name__: (self) => (M(self).func instanceof PyFunction ? F(M(self).func).name : None),
  __qualname__: (self) => (M(self).func instanceof PyFunction ? F(M(self).func).qualname : None),
  __doc__: (self) => (M(self).func instanceof PyFunction ? F(M(self).func).doc : None),
  __module__: (self) => (M(self).func instanceof PyFunction ? F(M(self).func).module : None),
});

function B(x: PyObject): PyBuiltin {
  return x as PyBuiltin;
}
defineMethods(builtinFunctionType, {
  __repr__: ([self]) => {
    const b = B(self);
    if (b.self === null || b.self instanceof PyModule) return `<built-in function ${b.name}>`;
    const s = b.self;
    if (s instanceof PyType) return `<built-in method ${b.name} of type object at ${hex(s)}>`;
    return `<built-in method ${b.name} of ${typeName(s)} object at ${hex(s)}>`;
  },
});
defineGetters(builtinFunctionType, {
  __name__: (self) => B(self).name,
  __qualname__: (self) => B(self).qualname,
  __self__: (self) => (B(self).self === null ? None : B(self).self!),
  __module__: (self) => (B(self).self instanceof PyModule ? (B(self).self as PyModule).name : B(self).self === null ? "builtins" : None),
  __doc__: () => None,
  __text_signature__: () => None,
});

defineMethods(methodDescriptorType, {
  __repr__: ([self]) => `<method '${(self as PyMethodDescr).name}' of '${(self as PyMethodDescr).owner.name}' objects>`,
  __get__: ([self, obj]) => (obj === None || obj === undefined ? self : bindMethodDescr(self as PyMethodDescr, obj)),
});
defineGetters(methodDescriptorType, {
  __name__: (self) => (self as PyMethodDescr).name,
  __qualname__: (self) => `${(self as PyMethodDescr).owner.name}.${(self as PyMethodDescr).name}`,
  __objclass__: (self) => (self as PyMethodDescr).owner,
  __doc__: () => None,
});
defineMethods(classMethodDescriptorType, {
  __repr__: ([self]) => `<method '${(self as PyClassMethodDescr).name}' of '${(self as PyClassMethodDescr).owner.name}' objects>`,
});
defineMethods(getSetDescriptorType, {
  __repr__: ([self]) => `<attribute '${(self as PyGetSetDescr).name}' of '${(self as PyGetSetDescr).owner.name}' objects>`,
  __get__: ([self, obj]) => (obj === None || obj === undefined ? self : (self as PyGetSetDescr).get(obj)),
  __set__: ([self, obj, v]) => {
    const d = self as PyGetSetDescr;
    if (d.set === null) throw typeError(`attribute '${d.name}' of '${d.owner.name}' objects is not writable`);
    d.set(obj, v);
    return None;
  },
});
defineGetters(getSetDescriptorType, {
  __name__: (self) => (self as PyGetSetDescr).name,
  __objclass__: (self) => (self as PyGetSetDescr).owner,
});

// ---- cells and modules ----
defineGetters(cellType, {
  cell_contents: (self) => {
    const v = (self as PyCell).value;
    if (v === undefined) throw valueError("Cell is empty");
    return v;
  },
}, {
  cell_contents: (self, v) => {
    (self as PyCell).value = v;
  },
});
defineMethods(cellType, {
  __repr__: ([self]) => {
    const v = (self as PyCell).value;
    return v === undefined ? `<cell at ${hex(self)}: empty>` : `<cell at ${hex(self)}: ${typeName(v)} object at ${hex(v)}>`;
  },
});

moduleType.dict.set("__new__", new PyBuiltin("__new__", (args: PyObject[]) => {
  const m = new PyModule("?");
  if ((args[0] as PyType) !== moduleType) m.type = args[0] as PyType;
  return m;
}, false, moduleType));
defineMethods(moduleType, {
  __init__: (args, kwargs) => {
    const m = args[0] as PyModule;
    const name = args[1] ?? kwargs?.get("name");
    if (name === undefined || asStr(name) === null) throw typeError("module.__init__() argument 'name' must be str");
    m.dict.set("__name__", name);
    m.dict.set("__doc__", args[2] ?? kwargs?.get("doc") ?? None);
    if (!m.dict.has("__package__")) m.dict.set("__package__", None);
    if (!m.dict.has("__loader__")) m.dict.set("__loader__", None);
    if (!m.dict.has("__spec__")) m.dict.set("__spec__", None);
    return None;
  },
  __repr__: ([self]) => {
    const m = self as PyModule;
    const file = m.dict.get("__file__");
    if (typeof file === "string") return `<module '${m.name}' from '${file}'>`;
    return `<module '${m.name}' (built-in)>`;
  },
  __dir__: ([self]) => new PyList(Array.from((self as PyModule).dict.keys())),
});

export { defaultRepr, PyDictView };
