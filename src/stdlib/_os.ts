// _os.ts — the native part of the os module, as far as a sandboxed interpreter can honour it: process facts from the host
// (pid, cwd, environment, cpu count), path constants, getenv/putenv, urandom from the seeded generator.
// os.path is the Python-source posixpath module.
import { PyObject, PyModule, PyBytes, None, newList, typeName } from "../runtime/object.js";
import { typeError, valueError, newException, SystemExit, FileNotFoundError } from "../runtime/exceptions.js";
import { defineModuleFunctions, defineModuleGenFunctions } from "../runtime/builtin-function.js";
import { PyDict } from "../runtime/dict.js";
import type { RuntimeContext } from "../runtime/runtime-context.js";
import { arity, strValue, toIndex, bindArgs } from "./support.js";

function pathArg(name: string, x: PyObject | undefined): string {
  const s = x === undefined ? undefined : strValue(x);
  if (s === undefined) throw typeError(`${name}: path should be string, bytes or os.PathLike, not ${x === undefined ? "NoneType" : typeName(x)}`);
  return s;
}

export function createOs(rt: RuntimeContext): PyModule {
  const m = new PyModule("_os");
  const d = m.dict;
  const host = rt.host;
  const environ = new PyDict();
  for (const [k, v] of host.env) environ.setNorm(k, k, v);
  d.set("environ", environ);
  d.set("name", "posix");
  d.set("sep", "/");
  d.set("altsep", None);
  d.set("extsep", ".");
  d.set("pathsep", ":");
  d.set("linesep", "\n");
  d.set("curdir", ".");
  d.set("pardir", "..");
  d.set("devnull", "/dev/null");
  d.set("defpath", "/bin:/usr/bin");
  for (const [k, v] of [["F_OK", 0], ["R_OK", 4], ["W_OK", 2], ["X_OK", 1], ["O_RDONLY", 0], ["O_WRONLY", 1], ["O_RDWR", 2], ["SEEK_SET", 0], ["SEEK_CUR", 1], ["SEEK_END", 2]] as const) d.set(k, v);
  let cwd = host.cwd;
  const isDir = (p: string) => (host.isDirectory ? host.isDirectory(p) : false);
  const isFile = (p: string) => (host.readTextFile ? host.readTextFile(p) !== null : false);
  defineModuleFunctions(m, {
    getpid: () => host.pid,
    getppid: () => (host.pid > 1 ? host.pid - 1 : 1),
    getuid: () => 1000,
    geteuid: () => 1000,
    getgid: () => 1000,
    getlogin: () => host.env.get("USER") ?? "user",
    getcwd: () => cwd,
    chdir: (args) => {
      arity("chdir", args, 1);
      const p = pathArg("chdir", args[0]);
      const full = p.startsWith("/") ? p : cwd.replace(/\/$/, "") + "/" + p;
      if (!isDir(full)) {
        const e = newException(FileNotFoundError, 2, "No such file or directory");
        e.dict.set("filename", p);
        throw e;
      }
      cwd = full;
      return None;
    },
    cpu_count: () => host.cpuCount,
    getenv: (args, kw) => {
      const [key, dflt] = bindArgs("getenv", args, kw, ["key", "default"]);
      const k = key === undefined ? undefined : strValue(key);
      if (k === undefined) throw typeError(`str expected, not ${key === undefined ? "NoneType" : typeName(key)}`);
      return environ.getNorm(k) ?? dflt ?? None;
    },
    putenv: (args) => {
      arity("putenv", args, 2);
      const k = pathArg("putenv", args[0]);
      environ.setNorm(k, k, args[1]);
      return None;
    },
    unsetenv: (args) => {
      arity("unsetenv", args, 1);
      environ.deleteNorm(pathArg("unsetenv", args[0]));
      return None;
    },
    urandom: (args) => {
      arity("urandom", args, 1);
      const n = Number(toIndex(args[0]));
      if (n < 0) throw valueError("negative argument not allowed");
      const out = new Uint8Array(n);
      for (let i = 0; i < n; i += 4) {
        const r = rt.entropy();
        for (let j = 0; j < 4 && i + j < n; j++) out[i + j] = (r >>> (8 * j)) & 0xff;
      }
      return new PyBytes(out);
    },
    listdir: (args) => {
      const p = args.length > 0 ? pathArg("listdir", args[0]) : ".";
      const e = newException(FileNotFoundError, 2, "No such file or directory");
      e.dict.set("filename", p);
      throw e;
    },
    _exit: (args) => {
      arity("_exit", args, 1);
      throw newException(SystemExit, toIndex(args[0]));
    },
    strerror: (args) => {
      arity("strerror", args, 1);
      const codes: Record<number, string> = { 1: "Operation not permitted", 2: "No such file or directory", 13: "Permission denied", 17: "File exists" };
      const c = Number(toIndex(args[0]));
      return codes[c] ?? `Unknown error ${c}`;
    },
    fspath: (args) => {
      arity("fspath", args, 1);
      if (strValue(args[0]) === undefined && !(args[0] instanceof PyBytes)) {
        throw typeError(`expected str, bytes or os.PathLike object, not ${typeName(args[0])}`);
      }
      return args[0];
    },
    // Helpers for posixpath (os.path): what the host can tell about files.
    _gilpy_isdir: (args) => isDir(pathArg("isdir", args[0])),
    _gilpy_isfile: (args) => isFile(pathArg("isfile", args[0])),
  });
  defineModuleGenFunctions(m, {});
  d.set("supports_follow_symlinks", newList([]));
  // `import os` makes os.path available, as in CPython (os imports posixpath at start-up).
  return m;
}
