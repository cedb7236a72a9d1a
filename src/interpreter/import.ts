// import.ts — the import system: sys.modules, the script's folder (.py files and packages), the stdlib
// registry (native and Python-source modules), relative imports, `from x import y` / `*` with CPython
// 3.11's ImportError wording, and compiling source text into a code object (SyntaxError on bad input).
import { PyObject, PyModule, PyTuple, PyList, None, AttrMap, typeName } from "../runtime/object.js";
import { PyDict } from "../runtime/dict.js";
import {
  PyBaseException, ImportError, ModuleNotFoundError, newException, SyntaxError, IndentationError, TabError,
  AttributeError, typeError, valueError,
} from "../runtime/exceptions.js";
import type { NativeGen } from "../runtime/protocol.js";
import type { RuntimeContext } from "../runtime/runtime-context.js";
import { getAttrGen } from "../runtime/ops-attr.js";
import { toArrayGen } from "../runtime/ops-iter.js";
import { stdlibModules, builtinModuleNames, stdlibFilename } from "../stdlib/index.js";
import { parse } from "./parser.js";
import { SyntaxErrorInfo } from "./ast.js";
import { compileAst, type CompileMode } from "./compiler.js";
import type { CodeObject } from "./code.js";
import { deserializeCode, sourceLinesOf, type SerializedCode } from "./code-serial.js";
import { ExecRequest } from "./frame.js";

/** Turns a parser/compiler SyntaxErrorInfo into the Python exception with CPython's attributes. */
export function syntaxErrorFrom(info: SyntaxErrorInfo, filename: string): PyBaseException {
  const t = info.type === "IndentationError" ? IndentationError : info.type === "TabError" ? TabError : SyntaxError;
  const details = new PyTuple([filename, info.lineno, info.offset, info.text ?? None, info.end_lineno, info.end_offset]);
  const e = newException(t, info.msg, details);
  e.dict.set("msg", info.msg);
  e.dict.set("filename", filename);
  e.dict.set("lineno", info.lineno);
  e.dict.set("offset", info.offset);
  e.dict.set("text", info.text ?? None);
  e.dict.set("end_lineno", info.end_lineno);
  e.dict.set("end_offset", info.end_offset);
  e.dict.set("print_file_and_line", None);
  return e;
}

/**
 * parse + compile; throws a Python SyntaxError. `fromFile`: the main script, which CPython tokenizes from
 * the open file; that tokenizer stands at column 0 at end of input, so errors found there have offset 0
 * (and print without a caret), where compile() and imports of the same text report the line's end.
 */
export function compileSource(source: string, filename: string, mode: CompileMode = "exec", fromFile = false): CodeObject {
  try {
    const tree = parse(source, filename, mode);
    return compileAst(tree, filename, source);
  } catch (e) {
    if (e instanceof SyntaxErrorInfo && fromFile && e.atEnd) e.offset = 0;
    if (e instanceof SyntaxErrorInfo) throw syntaxErrorFrom(e, filename);
    throw e;
  }
}

/**
 * Optional Host method: the compiled form of a Python-source stdlib module (code-serial.ts's format) when the
 * host keeps a cache made from exactly `source` by this compiler, else null. Node's host reads the cache that
 * `npm run build` writes (src/stdlib-cache-node.ts); hosts without one (the browser) compile from source.
 */
export interface StdlibCodeCacheHost {
  readStdlibCache?(name: string, source: string, filename: string): unknown;
}

export class Importer {
  constructor(
    readonly rt: RuntimeContext,
    readonly builtinsModule: PyModule,
    /** Folder of the main script ("" = current folder). */
    readonly scriptDir: string,
  ) {}

  private get modules(): PyDict {
    return this.rt.modules;
  }

  /** A module registered in sys.modules, or undefined. */
  lookup(name: string): PyObject | undefined {
    return this.modules.map.get(name);
  }

  /** The module object for a new Python module `name` (sys.modules entry made by the caller). */
  newModule(name: string, file: string | null): PyModule {
    const m = new PyModule(name);
    m.dict.set("__doc__", None);
    m.dict.set("__package__", name.includes(".") ? name.slice(0, name.lastIndexOf(".")) : "");
    m.dict.set("__loader__", None);
    m.dict.set("__spec__", None);
    if (file !== null) m.dict.set("__file__", file);
    m.dict.set("__builtins__", this.builtinsModule);
    return m;
  }

  /** Runs `source` as the body of module `m` (registered in sys.modules first, removed if it fails). */
  *execModule(m: PyModule, source: string, filename: string, compiled: CodeObject | null = null): NativeGen {
    const name = m.name;
    this.modules.setNorm(name, name, m);
    try {
      const code = compiled ?? compileSource(source, filename);
      yield new ExecRequest(code, m.dict, m.dict, null) as never;
    } catch (e) {
      this.modules.deleteNorm(name);
      throw e;
    }
    return this.modules.map.get(name) ?? m;
  }

  private readFile(path: string): string | null {
    const h = this.rt.host;
    return h.readTextFile ? h.readTextFile(path) : null;
  }

  private join(dir: string, rel: string): string {
    return dir === "" ? rel : dir.endsWith("/") ? dir + rel : dir + "/" + rel;
  }

  /** Loads one module whose parent (if any) is already imported. */
  private *load(name: string): NativeGen {
    const have = this.lookup(name);
    if (have !== undefined) {
      if (have === None) throw notFound(name, `import of ${name} halted; None in sys.modules`);
      return have;
    }
    const dot = name.lastIndexOf(".");
    let searchDir = this.scriptDir;
    if (dot >= 0) {
      const parent = this.lookup(name.slice(0, dot));
      const path = parent instanceof PyModule ? parent.dict.get("__path__") : undefined;
      if (path === undefined) {
        // not a package: a stdlib entry may still exist for it (os.path)
        if (stdlibModules.has(name)) return yield* this.loadStdlib(name);
        throw notFound(name, `No module named '${name}'; '${name.slice(0, dot)}' is not a package`);
      }
      const dir = (path as { items?: PyObject[] }).items?.[0];
      searchDir = typeof dir === "string" ? dir : "";
    }
    const leaf = name.slice(dot + 1);
    if (!builtinModuleNames.has(name) && (dot < 0 || searchDir !== "<stdlib>")) {
      const dir = dot < 0 ? this.scriptDir : searchDir;
      const file = this.join(dir, leaf + ".py");
      const src = this.readFile(file);
      if (src !== null) {
        const m = this.newModule(name, file);
        return yield* this.finish(name, yield* this.execModule(m, src, file));
      }
      const pkgDir = this.join(dir, leaf);
      const init = this.join(pkgDir, "__init__.py");
      const isrc = this.readFile(init);
      if (isrc !== null) {
        const m = this.newModule(name, init);
        m.dict.set("__path__", newListOf([pkgDir]));
        m.dict.set("__package__", name);
        return yield* this.finish(name, yield* this.execModule(m, isrc, init));
      }
    }
    if (stdlibModules.has(name)) return yield* this.loadStdlib(name);
    throw notFound(name, `No module named '${name}'`);
  }

  private *loadStdlib(name: string): NativeGen {
    const entry = stdlibModules.get(name)!;
    if (entry.kind === "native") {
      const m = entry.create(this.rt);
      this.modules.setNorm(name, name, m);
      return yield* this.finish(name, m);
    }
    const file = stdlibFilename(name);
    const m = this.newModule(name, file);
    if (entry.isPackage) {
      m.dict.set("__path__", newListOf(["<stdlib>"]));
      m.dict.set("__package__", name);
    }
    const source = entry.source();
    return yield* this.finish(name, yield* this.execModule(m, source, file, this.cachedStdlibCode(name, source, file)));
  }

  /** The stdlib module's code object from the host's cache, or null (then it is compiled from source). */
  private cachedStdlibCode(name: string, source: string, file: string): CodeObject | null {
    const host = this.rt.host as StdlibCodeCacheHost;
    if (host.readStdlibCache === undefined) return null;
    try {
      const data = host.readStdlibCache(name, source, file);
      if (data === null || data === undefined) return null;
      return deserializeCode(data as SerializedCode, { filename: file, sourceLines: sourceLinesOf(source) });
    } catch {
      return null; // an unreadable entry is only a slower import: compiling gives the same code object
    }
  }

  /** Binds a submodule as an attribute of its parent package. */
  private *finish(name: string, m: PyObject): NativeGen {
    const dot = name.lastIndexOf(".");
    if (dot >= 0) {
      const parent = this.lookup(name.slice(0, dot));
      if (parent instanceof PyModule) parent.dict.set(name.slice(dot + 1), m);
    }
    return m;
  }

  /** Imports `name` and all its parents; returns the leaf module. */
  *importModule(name: string): NativeGen {
    const parts = name.split(".");
    let m: PyObject = None;
    for (let i = 1; i <= parts.length; i++) m = yield* this.load(parts.slice(0, i).join("."));
    return m;
  }

  /** The package a relative import starts from (CPython's resolve_name / calc___package__). */
  private resolve(name: string, level: number, globals: AttrMap): string {
    if (level === 0) return name;
    let pkg = globals.get("__package__");
    if (typeof pkg !== "string" || pkg === "") {
      const modName = globals.get("__name__");
      if (typeof modName !== "string") throw newException(ImportError, "attempted relative import with no known parent package");
      pkg = globals.has("__path__") ? modName : modName.includes(".") ? modName.slice(0, modName.lastIndexOf(".")) : "";
    }
    if (pkg === "") throw newException(ImportError, "attempted relative import with no known parent package");
    const bits = (pkg as string).split(".");
    if (level - 1 >= bits.length) throw newException(ImportError, "attempted relative import beyond top-level package");
    const base = bits.slice(0, bits.length - (level - 1)).join(".");
    return name === "" ? base : `${base}.${name}`;
  }

  /** IMPORT_NAME: the top package for `import a.b`, the module itself when there is a fromlist. */
  *importName(name: string, fromlist: PyObject, level: number, globals: AttrMap): NativeGen {
    if (level < 0) throw valueError("level must be >= 0");
    const full = this.resolve(name, level, globals);
    if (full === "") throw valueError("Empty module name");
    const m = yield* this.importModule(full);
    const hasFrom = fromlist instanceof PyTuple ? fromlist.items.length > 0 : fromlist !== None && fromlist !== false;
    if (!hasFrom) {
      if (level === 0) return this.lookup(full.split(".")[0]) ?? m;
      return m;
    }
    // from package import submodule: import submodules named in the fromlist
    if (m instanceof PyModule && m.dict.has("__path__") && fromlist instanceof PyTuple) {
      for (const x of fromlist.items) {
        if (typeof x !== "string" || x === "*" || m.dict.has(x)) continue;
        try {
          yield* this.importModule(`${full}.${x}`);
        } catch (e) {
          if (!(e instanceof PyBaseException && e.type.isSubtypeOf(ModuleNotFoundError))) throw e;
        }
      }
    }
    return m;
  }

  *importFrom(module: PyObject, name: string): NativeGen {
    try {
      return yield* getAttrGen(module, name);
    } catch (e) {
      if (!(e instanceof PyBaseException && e.type.isSubtypeOf(AttributeError))) throw e;
    }
    const modName = module instanceof PyModule ? module.name : null;
    if (modName !== null) {
      const sub = this.lookup(`${modName}.${name}`);
      if (sub !== undefined) return sub;
    }
    const file = module instanceof PyModule ? module.dict.get("__file__") : undefined;
    const where = typeof file === "string" ? file : "unknown location";
    const e = newException(ImportError, `cannot import name '${name}' from '${modName ?? "?"}' (${where})`);
    e.dict.set("name", modName ?? None);
    e.dict.set("name_from", name);
    e.dict.set("path", typeof file === "string" ? file : None);
    throw e;
  }

  *importStar(module: PyObject, locals: AttrMap): NativeGen {
    if (!(module instanceof PyModule)) throw typeError(`'${typeName(module)}' object is not a module`);
    const all = module.dict.get("__all__");
    if (all !== undefined) {
      const names = yield* toArrayGen(all);
      for (const n of names) {
        if (typeof n !== "string") throw typeError(`Item in ${module.name}.__all__ must be str, not ${typeName(n)}`);
        locals.set(n, yield* getAttrGen(module, n));
      }
      return None;
    }
    for (const [k, v] of module.dict) if (!k.startsWith("_")) locals.set(k, v);
    return None;
  }
}

function notFound(name: string, msg: string): PyBaseException {
  const e = newException(ModuleNotFoundError, msg);
  e.dict.set("name", name);
  return e;
}

function newListOf(items: PyObject[]): PyObject {
  return new PyList(items);
}
