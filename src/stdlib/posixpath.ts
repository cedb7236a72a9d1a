// posixpath.ts — the posixpath module (os.path) in TypeScript: pure string functions on '/'-separated
// paths (join, split, splitext, normpath, relpath, commonpath, expandvars …) and the file tests, which ask
// the host through the _os module. Results and messages follow docs.python.org/3.11/library/os.path.html
// and python3 3.11; str paths and os.PathLike objects are accepted (bytes paths are not).
import { PyObject, PyModule, PyList, PyTuple, KwArgs, None, newList, newTuple, typeName } from "../runtime/object.js";
import { typeError, valueError, newException, FileNotFoundError } from "../runtime/exceptions.js";
import { defineModuleGenFunctions, defineModuleFunctions } from "../runtime/builtin-function.js";
import { PyDict } from "../runtime/dict.js";
import { callGen } from "../runtime/ops-call.js";
import { getAttrDefaultGen } from "../runtime/ops-attr.js";
import { toArrayGen } from "../runtime/ops-iter.js";
import type { RuntimeContext } from "../runtime/runtime-context.js";
import { bindArgs, strValue } from "./support.js";

type Gen<T> = Generator<any, T, any>;

/** os.fspath for str paths: a str, or what an object's __fspath__ returns. */
function* fspath(x: PyObject): Gen<string> {
  const s = strValue(x);
  if (s !== undefined) return s;
  const hook = yield* getAttrDefaultGen(x, "__fspath__", None);
  if (hook !== None) {
    const r = yield* callGen(hook, []);
    const rs = strValue(r);
    if (rs !== undefined) return rs;
    throw typeError(`expected ${typeName(x)}.__fspath__() to return str or bytes, not ${typeName(r)}`);
  }
  throw typeError(`expected str, bytes or os.PathLike object, not ${typeName(x)}`);
}

/** fspath for the extra arguments of join/relpath/commonpath, with genericpath's wording. */
function* fspathArg(fname: string, x: PyObject): Gen<string> {
  try {
    return yield* fspath(x);
  } catch {
    throw typeError(`${fname}() argument must be str, bytes, or os.PathLike object, not '${typeName(x)}'`);
  }
}

export function joinPaths(first: string, rest: string[]): string {
  let out = first;
  for (const part of rest) {
    if (part.startsWith("/")) out = part;
    else if (out === "" || out.endsWith("/")) out += part;
    else out += "/" + part;
  }
  return out;
}

function splitPath(p: string): [string, string] {
  const cut = p.lastIndexOf("/") + 1;
  let head = p.slice(0, cut);
  // "a/b//" keeps one slash-free head, but "///" stays all slashes
  if (head !== "" && !/^\/+$/.test(head)) head = head.replace(/\/+$/, "");
  return [head, p.slice(cut)];
}

function splitExt(p: string): [string, string] {
  const slash = p.lastIndexOf("/");
  const dot = p.lastIndexOf(".");
  if (dot > slash) {
    // a dot only starts an extension when something other than dots comes before it in the name
    for (let i = slash + 1; i < dot; i++) if (p[i] !== ".") return [p.slice(0, dot), p.slice(dot)];
  }
  return [p, ""];
}

export function normPath(p: string): string {
  if (p === "") return ".";
  let lead = 0;
  if (p.startsWith("/")) lead = p.startsWith("//") && !p.startsWith("///") ? 2 : 1;
  const kept: string[] = [];
  for (const part of p.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (kept.length > 0 && kept[kept.length - 1] !== "..") {
        kept.pop();
        continue;
      }
      if (lead > 0) continue; // nothing is above the root
    }
    kept.push(part);
  }
  return "/".repeat(lead) + kept.join("/") || ".";
}

/** The longest common leading run of a list of str or of sequences (compared with ===). */
function commonLead<T>(items: ArrayLike<T>[]): number {
  if (items.length === 0) return 0;
  let n = Math.min(...items.map((x) => x.length));
  for (const x of items) {
    let i = 0;
    while (i < n && x[i] === items[0][i]) i++;
    n = i;
  }
  return n;
}

interface PathEnv {
  rt: RuntimeContext;
}

function* osModule(env: PathEnv, name: string): Gen<PyModule> {
  const m = yield* env.rt.importModule(name);
  return m as PyModule;
}

function* cwdOf(env: PathEnv): Gen<string> {
  const os = yield* osModule(env, "_os");
  const r = yield* callGen(os.dict.get("getcwd")!, []);
  return strValue(r) ?? "/";
}

function* absPath(env: PathEnv, p: string): Gen<string> {
  return normPath(p.startsWith("/") ? p : joinPaths(yield* cwdOf(env), [p]));
}

/** os.environ when os is imported (it may have been changed), else the native environment. */
function* environLookup(env: PathEnv, name: string): Gen<string | undefined> {
  const os = env.rt.modules.map.get("os");
  const source = os instanceof PyModule ? os : yield* osModule(env, "_os");
  const environ = source.dict.get("environ");
  if (!(environ instanceof PyDict)) return undefined;
  const v = environ.getNorm(name);
  return v === undefined ? undefined : strValue(v);
}

function* fileTest(env: PathEnv, helper: string, x: PyObject): Gen<boolean> {
  let p: string;
  try {
    p = yield* fspath(x);
  } catch {
    return false;
  }
  const os = yield* osModule(env, "_os");
  return (yield* callGen(os.dict.get(helper)!, [p])) === true;
}

function* expandVars(env: PathEnv, p: string): Gen<string> {
  if (!p.includes("$")) return p;
  let out = "";
  let i = 0;
  const word = /^[A-Za-z0-9_]+/;
  while (i < p.length) {
    const dollar = p.indexOf("$", i);
    if (dollar < 0) break;
    out += p.slice(i, dollar);
    let name: string | null = null;
    let end = dollar + 1;
    if (p[dollar + 1] === "{") {
      const close = p.indexOf("}", dollar + 2);
      if (close >= 0) {
        name = p.slice(dollar + 2, close);
        end = close + 1;
      }
    } else {
      const m = word.exec(p.slice(dollar + 1));
      if (m !== null) {
        name = m[0];
        end = dollar + 1 + m[0].length;
      }
    }
    const value = name === null ? undefined : yield* environLookup(env, name);
    out += value === undefined ? p.slice(dollar, name === null ? dollar + 1 : end) : value;
    i = name === null ? dollar + 1 : end;
  }
  return out + p.slice(i);
}

function* expandUser(env: PathEnv, p: string): Gen<string> {
  if (!p.startsWith("~")) return p;
  let cut = p.indexOf("/", 1);
  if (cut < 0) cut = p.length;
  if (cut !== 1) return p; // ~user: gilpy has no password database
  const home = (yield* environLookup(env, "HOME")) ?? "/root";
  return home.replace(/\/+$/, "") + p.slice(cut) || "/";
}

function one(fname: string, args: PyObject[]): PyObject {
  if (args.length !== 1) throw typeError(`${fname}() takes 1 positional argument but ${args.length} were given`);
  return args[0];
}

export function createPosixpath(rt: RuntimeContext): PyModule {
  const env: PathEnv = { rt };
  const m = new PyModule("posixpath");
  const d = m.dict;
  const constants: [string, PyObject][] = [
    ["sep", "/"], ["curdir", "."], ["pardir", ".."], ["extsep", "."], ["pathsep", ":"], ["altsep", None],
    ["defpath", "/bin:/usr/bin"], ["devnull", "/dev/null"], ["supports_unicode_filenames", false],
  ];
  for (const [k, v] of constants) d.set(k, v);
  d.set("__all__", newList(["normcase", "isabs", "join", "splitdrive", "split", "splitext", "basename", "dirname",
    "commonprefix", "getsize", "exists", "lexists", "isdir", "isfile", "islink", "ismount", "expanduser",
    "expandvars", "normpath", "abspath", "relpath", "commonpath", "realpath", "sep", "curdir", "pardir",
    "extsep", "pathsep", "altsep", "defpath", "devnull"]));
  defineModuleGenFunctions(m, {
    normcase: function* (args) {
      return yield* fspath(one("normcase", args));
    },
    isabs: function* (args) {
      return (yield* fspath(one("isabs", args))).startsWith("/");
    },
    join: function* (args) {
      if (args.length === 0) throw typeError("join() missing 1 required positional argument: 'a'");
      const first = yield* fspath(args[0]);
      const rest: string[] = [];
      for (const x of args.slice(1)) rest.push(yield* fspathArg("join", x));
      return joinPaths(first, rest);
    },
    split: function* (args) {
      return newTuple(splitPath(yield* fspath(one("split", args))));
    },
    splitext: function* (args) {
      return newTuple(splitExt(yield* fspath(one("splitext", args))));
    },
    splitdrive: function* (args) {
      return newTuple(["", yield* fspath(one("splitdrive", args))]);
    },
    basename: function* (args) {
      return splitPath(yield* fspath(one("basename", args)))[1];
    },
    dirname: function* (args) {
      return splitPath(yield* fspath(one("dirname", args)))[0];
    },
    normpath: function* (args) {
      return normPath(yield* fspath(one("normpath", args)));
    },
    abspath: function* (args) {
      return yield* absPath(env, yield* fspath(one("abspath", args)));
    },
    realpath: function* (args, kw) {
      const [path] = bindArgs("realpath", args, kw, ["path", "strict"]);
      return yield* absPath(env, yield* fspath(path ?? None));
    },
    relpath: function* (args, kw) {
      const [path, start] = bindArgs("relpath", args, kw, ["path", "start"]);
      const target = yield* fspathArg("relpath", path ?? None);
      if (target === "") throw valueError("no path specified");
      const from = start === undefined || start === None ? "." : yield* fspathArg("relpath", start);
      const a = (yield* absPath(env, from)).split("/").filter((x) => x !== "");
      const b = (yield* absPath(env, target)).split("/").filter((x) => x !== "");
      const shared = commonLead([a, b]);
      const parts = [...Array(a.length - shared).fill(".."), ...b.slice(shared)];
      return parts.length === 0 ? "." : joinPaths(parts[0], parts.slice(1));
    },
    commonpath: function* (args) {
      const items = yield* toArrayGen(one("commonpath", args));
      if (items.length === 0) throw valueError("commonpath() arg is an empty sequence");
      const paths: string[] = [];
      for (const x of items) paths.push(yield* fspathArg("commonpath", x));
      const absolute = paths.map((p) => p.startsWith("/"));
      if (absolute.some((a) => a !== absolute[0])) throw valueError("Can't mix absolute and relative paths");
      const parts = paths.map((p) => p.split("/").filter((x) => x !== "" && x !== "."));
      const shared = parts[0].slice(0, commonLead(parts));
      return (absolute[0] ? "/" : "") + shared.join("/");
    },
    commonprefix: function* (args) {
      const items = yield* toArrayGen(one("commonprefix", args));
      if (items.length === 0) return "";
      const strs = items.map((x) => strValue(x));
      if (strs.every((s) => s !== undefined)) {
        const chars = (strs as string[]).map((s) => Array.from(s));
        return chars[0].slice(0, commonLead(chars)).join("");
      }
      const seqs = items.map((x) => (x instanceof PyList || x instanceof PyTuple ? x.items : null));
      if (seqs.some((s) => s === null)) throw typeError("commonprefix() expects a list of str or of sequences");
      const lead = commonLead(seqs as PyObject[][]);
      const first = items[0];
      return first instanceof PyList ? newList(first.items.slice(0, lead)) : newTuple((first as PyTuple).items.slice(0, lead));
    },
    expanduser: function* (args) {
      return yield* expandUser(env, yield* fspath(one("expanduser", args)));
    },
    expandvars: function* (args) {
      return yield* expandVars(env, yield* fspath(one("expandvars", args)));
    },
    exists: function* (args) {
      const x = one("exists", args);
      return (yield* fileTest(env, "_gilpy_isfile", x)) || (yield* fileTest(env, "_gilpy_isdir", x));
    },
    lexists: function* (args) {
      const x = one("lexists", args);
      return (yield* fileTest(env, "_gilpy_isfile", x)) || (yield* fileTest(env, "_gilpy_isdir", x));
    },
    isdir: function* (args) {
      return yield* fileTest(env, "_gilpy_isdir", one("isdir", args));
    },
    isfile: function* (args) {
      return yield* fileTest(env, "_gilpy_isfile", one("isfile", args));
    },
    ismount: function* (args) {
      return (yield* fspath(one("ismount", args))) === "/";
    },
    getsize: function* (args) {
      const p = yield* fspath(one("getsize", args));
      const e = newException(FileNotFoundError, 2, "No such file or directory");
      e.dict.set("filename", p);
      throw e;
    },
  });
  defineModuleFunctions(m, {
    islink: (args: PyObject[], _kw: KwArgs | null) => {
      one("islink", args);
      return false;
    },
  });
  return m;
}

