// descriptor-methods.ts — Python-visible methods of property, classmethod and staticmethod:
// construction, __get__/__set__/__delete__, getter/setter/deleter copies, __set_name__, __func__.
import { PyObject, PyType, KwArgs, None, typeOf, typeName, PyObj } from "../object.js";
import { PyBuiltin, defineMethods, defineGenMethods, defineGetters } from "../builtin-function.js";
import { attributeError, typeError } from "../exceptions.js";
import { bindArgs, exactlyOne } from "../arg-parse.js";
import { callGen } from "../ops-call.js";
import { descrGetGen, loadAttrGen, getAttrDefaultGen } from "../ops-attr.js";
import { truthGen, reprGen } from "../ops-object.js";
import { PyMethod } from "../function.js";
import {
  PyProperty, PyClassMethod, PyStaticMethod, PyMemberDescr, propertyType, classMethodType, staticMethodType,
  memberDescriptorType,
} from "./descriptors.js";

function P(x: PyObject): PyProperty {
  return x as PyProperty;
}

propertyType.dict.set("__new__", new PyBuiltin("__new__", (args: PyObject[]) => new PyProperty(None, None, None, None, args[0] as PyType), false, propertyType));

defineGenMethods(propertyType, {
  __init__: function* (args, kwargs) {
    const [fget, fset, fdel, doc] = bindArgs("property", args.slice(1), kwargs, ["fget", "fset", "fdel", "doc"], 0);
    const p = P(args[0]);
    p.fget = fget ?? None;
    p.fset = fset ?? None;
    p.fdel = fdel ?? None;
    p.doc = doc ?? None;
    if (p.doc === None && p.fget !== None) p.doc = yield* getAttrDefaultGen(p.fget, "__doc__", None);
    return None;
  },
  __get__: function* ([self, obj, type]) {
    if (obj === None || obj === undefined) return self;
    return yield* descrGetGen(self, obj, (type as PyType) ?? typeOf(obj));
  },
  __set__: function* ([self, obj, value]) {
    const p = P(self);
    if (p.fset === None) throw attributeError(`property ${typeof p.name === "string" ? `'${p.name}' ` : ""}of '${typeName(obj)}' object has no setter`);
    yield* callGen(p.fset, [obj, value]);
    return None;
  },
  __delete__: function* ([self, obj]) {
    const p = P(self);
    if (p.fdel === None) throw attributeError(`property ${typeof p.name === "string" ? `'${p.name}' ` : ""}of '${typeName(obj)}' object has no deleter`);
    yield* callGen(p.fdel, [obj]);
    return None;
  },
});

function copyWith(p: PyProperty, which: "fget" | "fset" | "fdel", f: PyObject): PyProperty {
  const q = new PyProperty(p.fget, p.fset, p.fdel, p.doc, p.type);
  q[which] = f;
  q.name = p.name;
  return q;
}

defineMethods(propertyType, {
  getter: ([self, f]) => copyWith(P(self), "fget", f),
  setter: ([self, f]) => copyWith(P(self), "fset", f),
  deleter: ([self, f]) => copyWith(P(self), "fdel", f),
  __set_name__: ([self, _owner, name]) => {
    P(self).name = name;
    return None;
  },
});
defineGetters(propertyType, {
  fget: (self) => P(self).fget,
  fset: (self) => P(self).fset,
  fdel: (self) => P(self).fdel,
  __doc__: (self) => P(self).doc,
  __isabstractmethod__: () => false,
}, {
  __doc__: (self, v) => {
    P(self).doc = v ?? None;
  },
});

for (const [t, Cls] of [[classMethodType, PyClassMethod], [staticMethodType, PyStaticMethod]] as const) {
  t.dict.set("__new__", new PyBuiltin("__new__", (args: PyObject[]) => new Cls(None, args[0] as PyType), false, t));
  defineMethods(t, {
    __init__: (args, kwargs) => {
      if (kwargs !== null && kwargs.size > 0) throw typeError(`${t.name}() takes no keyword arguments`);
      exactlyOne(t.name, args.length - 1);
      (args[0] as PyClassMethod).func = args[1];
      return None;
    },
  });
  defineGetters(t, {
    __func__: (self) => (self as PyClassMethod).func,
    __wrapped__: (self) => (self as PyClassMethod).func,
    __isabstractmethod__: () => false,
  });
}
defineMethods(classMethodType, {
  __get__: ([self, obj, type]) => new PyMethod((self as PyClassMethod).func, type === undefined || type === None ? typeOf(obj) : type),
});
defineMethods(staticMethodType, {
  __get__: ([self]) => (self as PyStaticMethod).func,
});
defineGenMethods(staticMethodType, {
  __call__: function* (args: PyObject[], kwargs: KwArgs | null) {
    return yield* callGen((args[0] as PyStaticMethod).func, args.slice(1), kwargs);
  },
});
defineGenMethods(classMethodType, {
  __repr__: function* ([self]) {
    return `<classmethod(${yield* reprGen((self as PyClassMethod).func)})>`;
  },
});

defineMethods(memberDescriptorType, {
  __repr__: ([self]) => `<member '${(self as PyMemberDescr).name}' of '${(self as PyMemberDescr).owner.name}' objects>`,
});

export { PyObj, loadAttrGen, truthGen };
