// exception-methods.ts — the Python-visible behaviour of exceptions: BaseException's construction, args,
// __str__/__repr__, __traceback__/__cause__/__context__/__suppress_context__, with_traceback, add_note;
// and the extra fields of KeyError (repr str), OSError (errno/strerror/filename), StopIteration.value,
// SystemExit.code, NameError.name, AttributeError.name/obj, ImportError.name/path, SyntaxError's location.
import { PyObject, PyType, PyTuple, PyList, KwArgs, None, typeOf, typeName, newTuple, emptyTuple } from "../object.js";
import {
  PyBaseException, BaseException, KeyError, OSError, StopIteration, StopAsyncIteration, SystemExit, NameError,
  AttributeError, ImportError, SyntaxError, typeError, UnicodeDecodeError, UnicodeEncodeError,
  FileNotFoundError, FileExistsError, PermissionError, IsADirectoryError, NotADirectoryError, TimeoutError,
  InterruptedError, ChildProcessError, ProcessLookupError, BlockingIOError, BrokenPipeError,
  ConnectionAbortedError, ConnectionRefusedError, ConnectionResetError,
} from "../exceptions.js";
import { PyBuiltin, PyGetSetDescr, defineMethods, defineGenMethods, defineGetters } from "../builtin-function.js";
import { strGen, reprGen, asStr, asIndex } from "../ops-object.js";
import { toArrayGen } from "../ops-iter.js";
import { tupleReprGen } from "../ops-repr.js";
import type { NativeGen } from "../protocol.js";

function E(x: PyObject): PyBaseException {
  return x as PyBaseException;
}

// OSError(errno, ...) picks the subclass for the errno, as CPython's OSError.__new__ does.
const errnoSubclass = new Map<number, PyType>([
  [2, FileNotFoundError], [17, FileExistsError], [1, PermissionError], [13, PermissionError],
  [21, IsADirectoryError], [20, NotADirectoryError], [110, TimeoutError], [4, InterruptedError],
  [10, ChildProcessError], [3, ProcessLookupError], [11, BlockingIOError], [32, BrokenPipeError],
  [103, ConnectionAbortedError], [111, ConnectionRefusedError], [104, ConnectionResetError],
]);

function excNew(args: PyObject[], _kwargs: KwArgs | null): PyObject {
  let cls = args[0] as PyType;
  const a = args.slice(1);
  if (cls === OSError && a.length >= 2) {
    const n = asIndex(a[0]);
    if (typeof n === "number") cls = errnoSubclass.get(n) ?? cls;
  }
  let base: PyType | null = cls;
  while (base !== null && base.newInstance === null) base = base.bases[0] ?? null;
  const e = (base !== null ? base.newInstance!(cls) : new PyBaseException(cls)) as PyBaseException;
  e.args = a.length === 0 ? emptyTuple : newTuple(a);
  if (cls.isSubtypeOf(OSError)) initOSError(e, a);
  return e;
}
BaseException.dict.set("__new__", new PyBuiltin("__new__", excNew, false, BaseException, "BaseException.__new__"));

function initOSError(e: PyBaseException, a: PyObject[]): void {
  if (a.length >= 2 && a.length <= 5) {
    e.dict.set("errno", a[0]);
    e.dict.set("strerror", a[1]);
    if (a.length >= 3) {
      e.dict.set("filename", a[2]);
      e.args = newTuple([a[0], a[1]]);
    }
    if (a.length >= 5) e.dict.set("filename2", a[4]);
  }
}

defineMethods(BaseException, {
  __init__: (args, kwargs) => {
    const e = E(args[0]);
    if (kwargs !== null && kwargs.size > 0) throw typeError(`${typeName(e)}() takes no keyword arguments`);
    e.args = args.length === 1 ? emptyTuple : newTuple(args.slice(1));
    if (typeOf(e).isSubtypeOf(OSError)) initOSError(e, args.slice(1));
    return None;
  },
  with_traceback: ([self, tb]) => {
    E(self).traceback = tb;
    return self;
  },
  add_note: ([self, note]) => {
    if (asStr(note) === null) throw typeError(`note must be a str, not '${typeName(note)}'`);
    const e = E(self);
    let notes = e.dict.get("__notes__");
    if (notes === undefined) {
      notes = new PyList([]);
      e.dict.set("__notes__", notes);
    }
    if (!(notes instanceof PyList)) throw typeError("Cannot add note: __notes__ is not a list");
    notes.items.push(note);
    return None;
  },
});

/** str(exc) for BaseException: '', str(arg) or str(args). */
export function* excStrGen(e: PyBaseException): NativeGen {
  const a = e.args.items;
  if (a.length === 0) return "";
  if (a.length === 1) return yield* strGen(a[0]);
  return yield* strGen(e.args);
}

defineGenMethods(BaseException, {
  __str__: function* ([self]) {
    return yield* excStrGen(E(self));
  },
  __repr__: function* ([self]) {
    const e = E(self);
    const name = typeOf(e).name;
    const a = e.args.items;
    if (a.length === 1) return `${name}(${yield* reprGen(a[0])})`;
    return name + (yield* tupleReprGen(e.args));
  },
  __reduce__: function* ([self]) {
    return newTuple([typeOf(self), E(self).args]);
  },
});

function dictAttr(name: string, dflt: PyObject = None) {
  return [(self: PyObject) => E(self).dict.get(name) ?? dflt, (self: PyObject, v: PyObject | undefined) => {
    if (v === undefined) E(self).dict.delete(name);
    else E(self).dict.set(name, v);
  }] as const;
}

defineGetters(BaseException, {
  args: (self) => E(self).args,
  __traceback__: (self) => E(self).traceback,
  __cause__: (self) => E(self).cause,
  __context__: (self) => E(self).context,
  __suppress_context__: (self) => E(self).suppressContext,
}, {
  args: () => undefined,
  __traceback__: (self, v) => {
    if (v !== None && v !== undefined && typeOf(v).name !== "traceback") throw typeError("__traceback__ must be a traceback or None");
    E(self).traceback = v ?? None;
  },
  __cause__: (self, v) => {
    if (v !== None && v !== undefined && !(v instanceof PyBaseException)) throw typeError("exception cause must be None or derive from BaseException");
    E(self).cause = v ?? None;
    E(self).suppressContext = true;
  },
  __context__: (self, v) => {
    if (v !== None && v !== undefined && !(v instanceof PyBaseException)) throw typeError("exception context must be None or derive from BaseException");
    E(self).context = v ?? None;
  },
  __suppress_context__: (self, v) => {
    E(self).suppressContext = v === true;
  },
});
// args is settable: any iterable becomes the tuple.
BaseException.dict.set("args", new PyGetSetDescr(BaseException, "args", (self) => E(self).args, (self, v) => {
  if (v === undefined) throw typeError("args may not be deleted");
  E(self).args = v instanceof PyTuple ? v : newTuple(v instanceof PyList ? v.items.slice() : [v]);
}));
BaseException.changed();

defineGenMethods(KeyError, {
  __str__: function* ([self]) {
    const a = E(self).args.items;
    if (a.length === 1) return yield* reprGen(a[0]);
    return yield* excStrGen(E(self));
  },
});

defineGetters(StopIteration, {
  value: (self) => E(self).dict.get("value") ?? (E(self).args.items.length > 0 ? E(self).args.items[0] : None),
}, {
  value: (self, v) => {
    E(self).dict.set("value", v ?? None);
  },
});
defineGetters(StopAsyncIteration, {});
defineGetters(SystemExit, {
  code: (self) => {
    const c = E(self).dict.get("code");
    if (c !== undefined) return c;
    const a = E(self).args.items;
    return a.length === 0 ? None : a.length === 1 ? a[0] : E(self).args;
  },
}, {
  code: (self, v) => {
    E(self).dict.set("code", v ?? None);
  },
});

const nameAttr = dictAttr("name");
defineGetters(NameError, { name: nameAttr[0] }, { name: nameAttr[1] });
const objAttr = dictAttr("obj");
defineGetters(AttributeError, { name: nameAttr[0], obj: objAttr[0] }, { name: nameAttr[1], obj: objAttr[1] });
const pathAttr = dictAttr("path");
const msgAttr = dictAttr("msg");
defineGetters(ImportError, { name: nameAttr[0], path: pathAttr[0], msg: (self) => E(self).dict.get("msg") ?? (E(self).args.items[0] ?? None) }, { name: nameAttr[1], path: pathAttr[1], msg: msgAttr[1] });
defineMethods(ImportError, {
  __init__: (args, kwargs) => {
    const e = E(args[0]);
    e.args = args.length === 1 ? emptyTuple : newTuple(args.slice(1));
    if (kwargs !== null) {
      for (const [k, v] of kwargs) {
        if (k !== "name" && k !== "path") throw typeError(`'${k}' is an invalid keyword argument for ${typeName(e)}()`);
        e.dict.set(k, v);
      }
    }
    return None;
  },
});

const osAttrs = ["errno", "strerror", "filename", "filename2"];
const osGet: Record<string, (s: PyObject) => PyObject> = {};
const osSet: Record<string, (s: PyObject, v: PyObject | undefined) => void> = {};
for (const n of osAttrs) [osGet[n], osSet[n]] = dictAttr(n);
defineGetters(OSError, osGet, osSet);
defineGenMethods(OSError, {
  __str__: function* ([self]) {
    const e = E(self);
    const errno = e.dict.get("errno"), strerror = e.dict.get("strerror"), fn = e.dict.get("filename");
    const fn2 = e.dict.get("filename2");
    if (fn !== undefined && fn !== None) {
      if (fn2 !== undefined && fn2 !== None) {
        return `[Errno ${yield* strGen(errno ?? None)}] ${yield* strGen(strerror ?? None)}: ${yield* reprGen(fn)} -> ${yield* reprGen(fn2)}`;
      }
      return `[Errno ${yield* strGen(errno ?? None)}] ${yield* strGen(strerror ?? None)}: ${yield* reprGen(fn)}`;
    }
    if (errno !== undefined && strerror !== undefined) return `[Errno ${yield* strGen(errno)}] ${yield* strGen(strerror)}`;
    return yield* excStrGen(e);
  },
});

// SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset))
const synFields = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"];
defineGenMethods(SyntaxError, {
  __init__: function* (args) {
    const e = E(args[0]);
    e.args = args.length === 1 ? emptyTuple : newTuple(args.slice(1));
    if (args.length > 1) e.dict.set("msg", args[1]);
    if (args.length > 2) {
      const info = yield* toArrayGen(args[2]);
      if (info.length < 4 || info.length > 6) throw typeError("function takes at least 4 arguments and at most 6 arguments");
      for (let i = 0; i < info.length; i++) e.dict.set(synFields[i], info[i]);
    }
    return None;
  },
  __str__: function* ([self]) {
    const e = E(self);
    const msg = e.dict.get("msg") ?? (e.args.items[0] ?? None);
    const m = yield* strGen(msg);
    const fn = e.dict.get("filename"), ln = e.dict.get("lineno");
    const base = typeof fn === "string" ? fn.split("/").pop()! : null;
    if (base !== null && typeof ln === "number") return `${m} (${base}, line ${ln})`;
    if (base !== null) return `${m} (${base})`;
    if (typeof ln === "number") return `${m} (line ${ln})`;
    return m;
  },
});
const synGet: Record<string, (s: PyObject) => PyObject> = { msg: (self) => E(self).dict.get("msg") ?? (E(self).args.items[0] ?? None) };
const synSet: Record<string, (s: PyObject, v: PyObject | undefined) => void> = { msg: msgAttr[1] };
for (const n of synFields) [synGet[n], synSet[n]] = dictAttr(n);
defineGetters(SyntaxError, synGet, synSet);

for (const t of [UnicodeDecodeError, UnicodeEncodeError]) {
  const g: Record<string, (s: PyObject) => PyObject> = {};
  const s: Record<string, (s: PyObject, v: PyObject | undefined) => void> = {};
  for (const n of ["encoding", "object", "start", "end", "reason"]) {
    const idx = ["encoding", "object", "start", "end", "reason"].indexOf(n);
    g[n] = (self) => E(self).dict.get(n) ?? (E(self).args.items[idx] ?? None);
    s[n] = dictAttr(n)[1];
  }
  defineGetters(t, g, s);
  defineGenMethods(t, {
    __str__: function* ([self]) {
      const e = E(self);
      const a = e.args.items;
      if (a.length !== 5) return yield* excStrGen(e);
      const [enc, obj, start, end, reason] = a;
      const st = start as number, en = end as number;
      const verb = t === UnicodeDecodeError ? "decode" : "encode";
      if (t === UnicodeDecodeError) {
        const data = (obj as unknown as { data: Uint8Array }).data;
        const byte = data ? data[st] : 0;
        if (en - st === 1) return `'${yield* strGen(enc)}' codec can't ${verb} byte 0x${byte.toString(16).padStart(2, "0")} in position ${st}: ${yield* strGen(reason)}`;
        return `'${yield* strGen(enc)}' codec can't ${verb} bytes in position ${st}-${en - 1}: ${yield* strGen(reason)}`;
      }
      const ch = Array.from(obj as string)[st] ?? "";
      const cp = ch.codePointAt(0) ?? 0;
      const esc = cp < 0x100 ? `\\x${cp.toString(16).padStart(2, "0")}` : cp < 0x10000 ? `\\u${cp.toString(16).padStart(4, "0")}` : `\\U${cp.toString(16).padStart(8, "0")}`;
      if (en - st === 1) return `'${yield* strGen(enc)}' codec can't ${verb} character '${esc}' in position ${st}: ${yield* strGen(reason)}`;
      return `'${yield* strGen(enc)}' codec can't ${verb} characters in position ${st}-${en - 1}: ${yield* strGen(reason)}`;
    },
  });
}
