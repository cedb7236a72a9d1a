// sys.ts — the sys module: argv, exit, the standard streams, interpreter facts (version, limits, info
// struct sequences) and the interpreter state the runtime context exposes (recursion limit, switch
// interval, exception being handled, modules, hooks).
import {
  PyObject, PyModule, PyTuple, PyFloat, PyList, PyBytes, PyByteArray, PyInstance, None, newList, newTuple,
  newFloat, typeOf, typeName, PyType, KwArgs,
} from "../runtime/object.js";
import {
  newException, SystemExit, typeError, valueError, recursionError, PyBaseException,
} from "../runtime/exceptions.js";
import { defineModuleFunctions, defineModuleGenFunctions } from "../runtime/builtin-function.js";
import { call, NativeGen } from "../runtime/protocol.js";
import { PyDict, PySet } from "../runtime/dict.js";
import { getIntMaxStrDigits, setIntMaxStrDigits } from "../runtime/int-str.js";
import type { RuntimeContext } from "../runtime/runtime-context.js";
import { PyTextStream } from "./text-stream.js";
import { runningScheduler } from "../runtime/scheduler.js";
import { setHook, getHook } from "../interpreter/vm-trace.js";
import { ParkRequest } from "../runtime/protocol.js";

/**
 * sys.settrace/setprofile for the running thread. The VM reads the hooks when it (re-)enters a thread, so the
 * thread parks and is woken at once: the code after the call already runs traced.
 */
function* setHookGen(kind: "trace" | "profile", fn: PyObject): NativeGen {
  setHook(runningScheduler().current!, kind, fn);
  yield new ParkRequest(null, "settrace", (wake) => wake(None), None);
  return None;
}
import {
  arity, toIndex, toCInt, toDouble, strValue, makeStructSeq, structSeq, simpleNamespace, builtin, reprOf,
  cpLen, noKwargs,
} from "./support.js";

export const GILPY_VERSION = "0.1.0";
const VERSION_STRING = `3.11.7 (main, gilpy ${GILPY_VERSION}) [TypeScript]`;
const HEXVERSION = 0x030b07f0;

/** The current value of `sys.<name>` (after user reassignment), or None before sys exists. */
export function sysAttr(rt: RuntimeContext, name: string): PyObject {
  return rt.sys?.dict.get(name) ?? None;
}

/**
 * Writes `text` to sys.stdout / sys.stderr as they are now: the host stream directly, or any object's
 * write() method (a StringIO, a user class) through the VM.
 */
export function* writeToSys(rt: RuntimeContext, which: "stdout" | "stderr", text: string): NativeGen {
  const stream = sysAttr(rt, which);
  if (stream instanceof PyTextStream) {
    stream.writeText(text);
    return None;
  }
  if (stream === None) return None; // CPython silently drops output when sys.stdout is None
  const write = yield* call(builtin(rt, "getattr"), [stream, "write"]);
  return yield* call(write, [text]);
}

/** sys.excepthook's default behaviour: the traceback of `value` on sys.stderr. */
export function* printException(rt: RuntimeContext, value: PyObject): NativeGen {
  const lines = yield* rt.formatException(value, true, true);
  return yield* writeToSys(rt, "stderr", lines.join(""));
}

function exitCode(args: PyObject[]): PyBaseException {
  arity("exit", args, 0, 1);
  return newException(SystemExit, ...args);
}

/** sys.getsizeof's numbers for CPython 3.11 on 64-bit Linux (approximate for containers). */
function sizeOf(x: PyObject): number {
  switch (typeof x) {
    case "boolean":
      return 28;
    case "number":
    case "bigint": {
      if (x === 0) return 24;
      let v = typeof x === "bigint" ? (x < 0n ? -x : x) : BigInt(Math.abs(x));
      let digits = 0;
      while (v > 0n) { v >>= 30n; digits++; }
      return 24 + 4 * digits;
    }
    case "string": {
      let max = 0;
      for (const ch of x) max = Math.max(max, ch.codePointAt(0)!);
      const n = cpLen(x);
      if (max < 128) return 49 + n;
      if (max < 256) return 73 + n;
      if (max < 65536) return 74 + 2 * n;
      return 76 + 4 * n;
    }
  }
  if (x === None) return 16;
  if (x instanceof PyFloat) return 24;
  if (x instanceof PyTuple) return 40 + 8 * x.items.length;
  if (x instanceof PyList) return 56 + 8 * x.items.length;
  if (x instanceof PyDict) return x.size === 0 ? 64 : x.size <= 5 ? 224 : x.size <= 10 ? 352 : 64 + 40 * 2 ** Math.ceil(Math.log2((x.size * 3) / 2));
  if (x instanceof PySet) return x.size <= 4 ? 216 : 216 + 32 * 2 ** Math.ceil(Math.log2(x.size * 2));
  if (x instanceof PyBytes) return 33 + x.data.length;
  if (x instanceof PyByteArray) return 57 + x.length;
  if (x instanceof PyType) return 1072;
  if (x instanceof PyInstance) return 48;
  return 48;
}

export function createSys(rt: RuntimeContext): PyModule {
  const m = new PyModule("sys");
  const d = m.dict;
  rt.sys = m;
  const stdout = new PyTextStream(rt.host, "stdout");
  const stderr = new PyTextStream(rt.host, "stderr");
  const stdin = new PyTextStream(rt.host, "stdin");
  for (const [k, v] of [["stdout", stdout], ["stderr", stderr], ["stdin", stdin]] as const) {
    d.set(k, v);
    d.set(`__${k}__`, v);
  }
  d.set("argv", newList(rt.argv.slice()));
  d.set("orig_argv", newList(["python3", ...rt.argv]));
  d.set("path", newList(rt.path.slice()));
  d.set("modules", rt.modules);
  d.set("meta_path", newList([]));
  d.set("path_hooks", newList([]));
  d.set("warnoptions", newList([]));
  d.set("executable", rt.executable);
  d.set("_base_executable", rt.executable);
  for (const k of ["prefix", "base_prefix", "exec_prefix", "base_exec_prefix"]) d.set(k, "/usr/local");
  d.set("platlibdir", "lib");
  d.set("pycache_prefix", None);
  d.set("version", VERSION_STRING);
  d.set("hexversion", HEXVERSION);
  d.set("api_version", 1013);
  d.set("copyright", "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.");
  d.set("platform", rt.host.platform);
  d.set("byteorder", "little");
  d.set("maxsize", 9223372036854775807n);
  d.set("maxunicode", 1114111);
  d.set("float_repr_style", "short");
  d.set("abiflags", "");
  d.set("dont_write_bytecode", true);
  d.set("builtin_module_names", newTuple(["_thread", "builtins", "sys", "time", "math", "atexit", "gc"]));

  const versionInfoType = makeStructSeq("version_info", "sys", ["major", "minor", "micro", "releaselevel", "serial"]);
  const versionInfo = structSeq(versionInfoType, [3, 11, 7, "final", 0]);
  d.set("version_info", versionInfo);
  d.set("implementation", simpleNamespace([
    ["name", "gilpy"], ["cache_tag", None], ["version", versionInfo], ["hexversion", HEXVERSION],
    ["_multiarch", "x86_64-linux-gnu"],
  ]));
  d.set("float_info", structSeq(
    makeStructSeq("float_info", "sys", ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig",
      "mant_dig", "epsilon", "radix", "rounds"]),
    [newFloat(Number.MAX_VALUE), 1024, 308, newFloat(2.2250738585072014e-308), -1021, -307, 15, 53,
      newFloat(Number.EPSILON), 2, 1]));
  d.set("int_info", structSeq(
    makeStructSeq("int_info", "sys", ["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"]),
    [30, 4, 4300, 640]));
  d.set("hash_info", structSeq(
    makeStructSeq("hash_info", "sys", ["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"]),
    [64, 2305843009213693951n, 314159, 0, 1000003, "siphash13", 64, 128, 0]));
  d.set("thread_info", structSeq(makeStructSeq("thread_info", "sys", ["name", "lock", "version"]), ["pthread", "semaphore", "NPTL 2.36"]));
  d.set("flags", structSeq(
    makeStructSeq("flags", "sys", ["debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
      "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet",
      "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path",
      "int_max_str_digits"]),
    [0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, false, 0, 0, false, -1]));

  defineModuleFunctions(m, {
    exit: (args, kw) => {
      noKwargs("exit", kw);
      throw exitCode(args);
    },
    getrecursionlimit: (args) => {
      arity("getrecursionlimit", args, 0);
      return rt.getRecursionLimit();
    },
    setrecursionlimit: (args) => {
      arity("setrecursionlimit", args, 1);
      const n = toCInt(args[0]);
      if (n < 1) throw valueError("recursion limit must be greater or equal than 1");
      const depth = rt.recursionDepth();
      if (n <= depth) {
        throw recursionError(`cannot set the recursion limit to ${n} at the recursion depth ${depth}: the limit is too low`);
      }
      rt.setRecursionLimit(n);
      return None;
    },
    getswitchinterval: (args) => {
      arity("getswitchinterval", args, 0);
      return newFloat(rt.getSwitchInterval());
    },
    setswitchinterval: (args) => {
      arity("setswitchinterval", args, 1);
      const s = toDouble(args[0]);
      if (!(s > 0)) throw valueError("switch interval must be strictly positive");
      rt.setSwitchInterval(s);
      return None;
    },
    exc_info: (args) => {
      arity("exc_info", args, 0);
      const e = rt.currentException();
      if (!(e instanceof PyBaseException)) return newTuple([None, None, None]);
      return newTuple([e.type, e, e.traceback]);
    },
    exception: (args) => {
      arity("exception", args, 0);
      return rt.currentException();
    },
    getsizeof: (args) => {
      if (args.length === 0) throw typeError("getsizeof() missing required argument 'object' (pos 1)");
      arity("getsizeof", args, 1, 2);
      return sizeOf(args[0]);
    },
    intern: (args) => {
      arity("intern", args, 1);
      if (strValue(args[0]) === undefined) throw typeError(`intern() argument must be str, not ${typeName(args[0])}`);
      return args[0];
    },
    getdefaultencoding: () => "utf-8",
    getfilesystemencoding: () => "utf-8",
    getfilesystemencodeerrors: () => "surrogateescape",
    getrefcount: () => 2,
    get_int_max_str_digits: () => getIntMaxStrDigits(),
    set_int_max_str_digits: (args, kw) => {
      const v = args.length > 0 ? args[0] : kw?.get("maxdigits");
      if (v === undefined) throw typeError("set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)");
      const n = toCInt(v);
      if (n !== 0 && n < 640) throw valueError("maxdigits must be 0 or larger than 640");
      setIntMaxStrDigits(n);
      return None;
    },
    _getframe: (args) => {
      const depth = args.length > 0 ? toCInt(args[0]) : 0;
      if (rt.currentFrame === undefined) return None;
      return rt.currentFrame(depth);
    },
    // Per-thread hooks; the VM delivers their events (src/interpreter/vm-trace.ts).
    gettrace: () => getHook(runningScheduler().current!, "trace"),
    getprofile: () => getHook(runningScheduler().current!, "profile"),
    is_finalizing: () => false,
  });
  defineModuleGenFunctions(m, {
    settrace: function* (args) {
      arity("settrace", args, 1);
      return yield* setHookGen("trace", args[0]);
    },
    setprofile: function* (args) {
      arity("setprofile", args, 1);
      return yield* setHookGen("profile", args[0]);
    },
    excepthook: function* (args) {
      arity("excepthook", args, 3);
      return yield* printException(rt, args[1]);
    },
    displayhook: function* (args) {
      arity("displayhook", args, 1);
      const v = args[0];
      if (v === None) return None;
      const b = rt.modules.map.get("builtins");
      if (b instanceof PyModule) b.dict.set("_", None);
      const r = yield* reprOf(rt, v);
      yield* writeToSys(rt, "stdout", r + "\n");
      if (b instanceof PyModule) b.dict.set("_", v);
      return None;
    },
  });
  d.set("__excepthook__", d.get("excepthook")!);
  d.set("__displayhook__", d.get("displayhook")!);
  return m;
}

export { toIndex, typeOf };
export type { KwArgs, PyType };
