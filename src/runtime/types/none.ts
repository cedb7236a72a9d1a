// none.ts (types) — None, NotImplemented and Ellipsis: their constructors (which return the singleton),
// repr and truth.
import { PyObject, KwArgs, None, NotImplemented, Ellipsis, noneType, notImplementedType, ellipsisType, PyType } from "../object.js";
import { PyBuiltin, defineMethods } from "../builtin-function.js";
import { typeError } from "../exceptions.js";
import { makeUnion } from "./generic-alias.js";

function singletonNew(t: PyType, value: PyObject): void {
  t.dict.set("__new__", new PyBuiltin("__new__", (args: PyObject[], kwargs: KwArgs | null) => {
    if (args.length > 1 || (kwargs !== null && kwargs.size > 0)) throw typeError(`${t.name} takes no arguments`);
    return value;
  }, false, t, `${t.name}.__new__`));
}
singletonNew(noneType, None);
singletonNew(notImplementedType, NotImplemented);
singletonNew(ellipsisType, Ellipsis);

defineMethods(noneType, {
  __repr__: () => "None",
  __bool__: () => false,
  __or__: ([a, b]) => makeUnion(a, b),
  __ror__: ([a, b]) => makeUnion(b, a),
});
defineMethods(notImplementedType, { __repr__: () => "NotImplemented", __reduce__: () => "NotImplemented" });
defineMethods(ellipsisType, { __repr__: () => "Ellipsis", __reduce__: () => "Ellipsis" });
