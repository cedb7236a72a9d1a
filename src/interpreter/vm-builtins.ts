// vm-builtins.ts — the builtins that need the VM or the compiler: __build_class__ (runs a class body with
// its namespace), exec, eval, compile, globals, locals, vars() and __import__. run.ts adds them to the
// builtins module.
import {
  PyObject, PyType, PyTuple, PyList, PyModule, PyCell, None, AttrMap, KwArgs, typeOf, typeName, typeType, newTuple,
} from "../runtime/object.js";
import { PyDict } from "../runtime/dict.js";
import { PyFunction } from "../runtime/function.js";
import { PyBuiltin } from "../runtime/builtin-function.js";
import { typeError } from "../runtime/exceptions.js";
import type { NativeGen } from "../runtime/protocol.js";
import { callGen } from "../runtime/ops-call.js";
import { calculateMetaclass, prepareGen } from "../runtime/class-builder.js";
import { getAttrGen } from "../runtime/ops-attr.js";
import { CodeObject } from "./code.js";
import { ExecRequest, Frame } from "./frame.js";
import { compileSource, Importer } from "./import.js";
import { FastKind } from "./opcodes.js";
import { setLocalsHook } from "./traceback.js";
import type { CompileMode } from "./compiler.js";

/** __build_class__(func, name, *bases, metaclass=…, **kwds) as CPython's builtin___build_class__. */
export function* buildClass(args: PyObject[], kwargs: KwArgs | null): NativeGen {
  if (args.length < 2) throw typeError("__build_class__: not enough arguments");
  const func = args[0];
  const name = args[1];
  if (!(func instanceof PyFunction)) throw typeError("__build_class__: func must be a function");
  if (typeof name !== "string") throw typeError("__build_class__: name is not a string");
  const original = args.slice(2);
  const bases = yield* resolveBases(original);
  let kw: KwArgs | null = kwargs === null ? null : new Map(kwargs);
  let meta: PyObject | undefined = kw?.get("metaclass");
  if (meta !== undefined) kw!.delete("metaclass");
  if (kw !== null && kw.size === 0) kw = null;
  if (meta === undefined) meta = bases.items.length ? typeOf(bases.items[0]) : typeType;
  if (meta instanceof PyType) meta = calculateMetaclass(meta, bases.items);
  const ns = yield* prepareGen(meta, name, bases, kw);
  if (!(ns instanceof PyDict)) {
    throw typeError(`${meta instanceof PyType ? meta.name : typeName(meta)}.__prepare__() must return a mapping, not ${typeName(ns)}`);
  }
  const cell = (yield new ExecRequest(func.code, func.globals, ns.map as AttrMap, func.closure) as never) as PyObject;
  // PEP 560 (Python/bltinmodule.c builtin___build_class__): bases replaced through __mro_entries__ are kept
  // as __orig_bases__ (typing.Generic reads its type variables from there).
  if (bases.items.length !== original.length || bases.items.some((b, i) => b !== original[i])) {
    yield* ns.setGen("__orig_bases__", newTuple(original));
  }
  const cls = yield* callGen(meta, [name, bases, ns], kw);
  if (cell instanceof PyCell && cls instanceof PyType && cell.value === undefined) cell.value = cls;
  return cls;
}

/** PEP 560: bases that are not classes may supply __mro_entries__. */
function* resolveBases(bases: PyObject[]): Generator<any, PyTuple, any> {
  let changed = false;
  const out: PyObject[] = [];
  for (const b of bases) {
    if (b instanceof PyType) {
      out.push(b);
      continue;
    }
    const me = typeOf(b).lookup("__mro_entries__");
    if (me === undefined) {
      out.push(b);
      continue;
    }
    const r = yield* callGen(yield* getAttrGen(b, "__mro_entries__"), [newTuple(bases)]);
    if (!(r instanceof PyTuple)) throw typeError("__mro_entries__ must return a tuple");
    out.push(...r.items);
    changed = true;
  }
  void changed;
  return newTuple(out);
}

export interface FrameAccess {
  /** The innermost Python frame of the running thread (the caller of a builtin). */
  currentFrame(): Frame | null;
}

/** A snapshot dict of a function frame's local variables (CPython's f_locals for optimized frames). */
export function localsOf(f: Frame): PyDict {
  if (f.locals !== null) return PyDict.fromAttrs(f.locals);
  const code = f.code!;
  const d = new PyDict();
  for (let i = 0; i < code.nlocalsplus; i++) {
    let v = f.fast[i];
    const kind = code.localspluskinds[i];
    if (kind & (FastKind.CELL | FastKind.FREE) && v instanceof PyCell) v = v.value as PyObject;
    if (v === undefined || (kind & FastKind.FREE && !(code.flags & 0))) {
      if (v === undefined) continue;
    }
    const n = code.localsplusnames[i];
    d.setNorm(n, n, v);
  }
  return d;
}

setLocalsHook((f) => localsOf(f));

function asNamespace(x: PyObject, what: string): AttrMap {
  if (x instanceof PyDict) return x.map as AttrMap;
  throw typeError(`${what} must be a dict, not ${typeName(x)}`);
}

function* sourceToCode(src: PyObject, mode: CompileMode, fname: string): Generator<any, CodeObject, any> {
  if (src instanceof CodeObject) return src;
  let text: string;
  if (typeof src === "string") text = src;
  else if ((src as { data?: unknown }).data instanceof Uint8Array) text = new TextDecoder().decode((src as unknown as { data: Uint8Array }).data); // no Buffer: browsers too
  else throw typeError(`${fname}() arg 1 must be a string, bytes or code object`);
  if (mode === "eval") text = text.replace(/^[ \t]+/, "");
  return compileSource(text, "<string>", mode);
}

/** Builds the frame-aware builtins. */
export function makeVmBuiltins(access: FrameAccess, importer: Importer, builtinsModule: PyModule): Map<string, PyObject> {
  const out = new Map<string, PyObject>();
  const frameGlobals = (): AttrMap => access.currentFrame()?.globals ?? builtinsModule.dict;

  function* execOrEval(args: PyObject[], kwargs: KwArgs | null, mode: CompileMode): NativeGen {
    const fname = mode === "eval" ? "eval" : "exec";
    if (args.length < 1) throw typeError(`${fname} expected at least 1 argument, got 0`);
    const g = args.length > 1 ? args[1] : kwargs?.get("globals") ?? None;
    const l = args.length > 2 ? args[2] : kwargs?.get("locals") ?? None;
    const code = yield* sourceToCode(args[0], mode, fname);
    let globals: AttrMap, locals: AttrMap;
    const f = access.currentFrame();
    if (g === None) {
      globals = f?.globals ?? builtinsModule.dict;
      locals = l !== None ? asNamespace(l, "locals") : f === null ? globals : f.locals ?? (localsOf(f).map as AttrMap);
    } else {
      if (!(g instanceof PyDict)) throw typeError(`${fname}() globals must be a dict, not ${typeName(g)}`);
      globals = g.map as AttrMap;
      locals = l === None ? globals : asNamespace(l, "locals");
    }
    if (!globals.has("__builtins__")) globals.set("__builtins__", builtinsModule);
    const r = (yield new ExecRequest(code, globals, locals, null) as never) as PyObject;
    return mode === "eval" ? r : None;
  }

  out.set("__build_class__", new PyBuiltin("__build_class__", buildClass, true, builtinsModule));
  out.set("exec", new PyBuiltin("exec", (a, k) => execOrEval(a, k, "exec"), true, builtinsModule));
  out.set("eval", new PyBuiltin("eval", (a, k) => execOrEval(a, k, "eval"), true, builtinsModule));
  out.set("compile", new PyBuiltin("compile", (args, kwargs) => {
    const get = (i: number, n: string) => (args.length > i ? args[i] : kwargs?.get(n));
    const src = get(0, "source"), filename = get(1, "filename"), mode = get(2, "mode");
    if (src === undefined || filename === undefined || mode === undefined) throw typeError("compile() missing required argument");
    if (mode !== "exec" && mode !== "eval" && mode !== "single") throw typeError("compile() mode must be 'exec', 'eval' or 'single'");
    if (src instanceof CodeObject) return src;
    return compileSource(String(src), String(filename), mode);
  }, false, builtinsModule));
  out.set("globals", new PyBuiltin("globals", () => PyDict.fromAttrs(frameGlobals()), false, builtinsModule));
  out.set("locals", new PyBuiltin("locals", () => {
    const f = access.currentFrame();
    return f === null ? PyDict.fromAttrs(builtinsModule.dict) : localsOf(f);
  }, false, builtinsModule));
  out.set("__import__", new PyBuiltin("__import__", function* (args, kwargs) {
    const get = (i: number, n: string, d: PyObject) => (args.length > i ? args[i] : kwargs?.get(n) ?? d);
    const name = get(0, "name", None);
    if (typeof name !== "string") throw typeError("__import__() argument 1 must be str");
    const g = get(1, "globals", None);
    const fromlist = get(3, "fromlist", None);
    const level = get(4, "level", 0) as number;
    const globals = g instanceof PyDict ? (g.map as AttrMap) : frameGlobals();
    return yield* importer.importName(name, fromlist, level, globals);
  }, true, builtinsModule));
  // dir() and vars() without arguments look at the caller's frame; with one they are the runtime's
  const dir0 = builtinsModule.dict.get("dir");
  const vars0 = builtinsModule.dict.get("vars");
  out.set("dir", new PyBuiltin("dir", function* (args, kwargs) {
    if (args.length === 0 && (kwargs === null || kwargs.size === 0)) {
      const f = access.currentFrame();
      const d = f === null ? PyDict.fromAttrs(builtinsModule.dict) : localsOf(f);
      const names: PyObject[] = [];
      for (const n of d.map.keys()) names.push(d.keyOf(n));
      names.sort((a, b) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0));
      return newListOfItems(names);
    }
    if (dir0 === undefined) throw typeError("dir() is not available");
    return yield* callGen(dir0, args, kwargs);
  }, true, builtinsModule));
  out.set("vars", new PyBuiltin("vars", function* (args, kwargs) {
    if (args.length === 0) {
      const f = access.currentFrame();
      return f === null ? PyDict.fromAttrs(builtinsModule.dict) : localsOf(f);
    }
    if (vars0 === undefined) throw typeError("vars() is not available");
    return yield* callGen(vars0, args, kwargs);
  }, true, builtinsModule));
  return out;
}

function newListOfItems(items: PyObject[]): PyObject {
  return new PyList(items);
}

export { PyTuple };
