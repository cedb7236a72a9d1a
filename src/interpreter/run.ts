// run.ts — the interpreter's public entry points: build the runtime for a host, run a module or a REPL line.
import type { Host } from "../runtime/host.js";
import { PyObject, PyModule, None, typeOf, AttrMap, PyIntSub } from "../runtime/object.js";
import { PyDict } from "../runtime/dict.js";
import { PyBaseException, SystemExit, KeyboardInterrupt } from "../runtime/exceptions.js";
import { createRuntimeContext, type RuntimeContext } from "../runtime/runtime-context.js";
import { RealClock, VirtualClock } from "../runtime/clock.js";
import { Scheduler } from "../runtime/scheduler.js";
import type { TraceSink } from "../runtime/trace.js";
import { PyThreadState } from "../runtime/thread-state.js";
import type { NativeGen } from "../runtime/protocol.js";
import { callGen } from "../runtime/ops-call.js";
import { strGen } from "../runtime/ops-object.js";
import { stdlibModules } from "../stdlib/index.js";
import { VM } from "./vm.js";
import { VMThread, Frame, ExecRequest } from "./frame.js";
import { Importer, compileSource } from "./import.js";
import { makeVmBuiltins, buildClass } from "./vm-builtins.js";
import { formatException, formatTb, PyFrameObject } from "./traceback.js";
import { parse } from "./parser.js";
import { SyntaxErrorInfo } from "./ast.js";
import { PyBuiltin } from "../runtime/builtin-function.js";
import { createBuiltins } from "../runtime/builtins.js";
import { setSuperArgsHook } from "../runtime/types/super.js";
import { PyCell } from "../runtime/object.js";
import { FastKind } from "./opcodes.js";

export const VERSION = "0.1.0";

export interface RunOptions {
  host: Host;
  /** sys.argv; argv[0] is the script path as given on the command line ("-c" for -c, "" for the REPL). */
  argv: string[];
  /** "real" (default): time.sleep(1) takes a second. "virtual": time jumps, runs are deterministic. */
  clock?: "real" | "virtual";
  /** Chooses the interleaving under the virtual clock where CPython's would be free. */
  seed?: number;
  /** "default": CPython 3.11's switch points. "any": every instruction may switch threads. */
  preempt?: "default" | "any";
  /** Folder searched first for imports (the script's folder; "" for the cwd). */
  scriptDir?: string;
  /** Receives thread/GIL trace events (--trace). */
  trace?: TraceSink | null;
}

export interface Interpreter {
  /**
   * Runs `source` as module `__main__` (or `moduleName`), then waits for non-daemon threads, runs atexit
   * handlers and flushes output, as CPython does at exit. Returns the process exit code (uncaught
   * exception → traceback on stderr and 1; SystemExit → its code).
   */
  runMain(source: string, filename: string): Promise<number>;
  /** Runs stdlib module `name` as __main__ (python -m NAME); exit code as runMain. */
  runModule(name: string): Promise<number>;
  /**
   * One REPL input (mode "single"): expression values are shown via sys.displayhook, exceptions are
   * printed as tracebacks. Returns an exit code when the input raised SystemExit, otherwise null.
   */
  runInteractive(source: string): Promise<number | null>;
  /** Runs exit-time work (thread joins, atexit) and returns the exit code, for the REPL's end. */
  shutdown(): Promise<number>;
}

class Runner implements Interpreter {
  readonly scheduler: Scheduler;
  readonly rt: RuntimeContext;
  readonly vm: VM;
  readonly importer: Importer;
  readonly builtinsModule: PyModule;
  readonly modules = new PyDict();
  private mainModule: PyModule | null = null;
  private ready: Promise<void> | null = null;
  private exitDone = false;

  constructor(readonly o: RunOptions) {
    const host = o.host;
    const clock = o.clock === "virtual" ? new VirtualClock() : new RealClock(host);
    this.scheduler = new Scheduler({ clock, host, preempt: o.preempt, seed: o.seed, trace: o.trace ?? null });
    const sched = this.scheduler;
    const self = this;
    const vt = (): VMThread | null => ((sched.current ?? sched.main).vm as VMThread | null);
    this.rt = createRuntimeContext({
      host,
      argv: o.argv,
      clock,
      clockKind: o.clock === "virtual" ? "virtual" : "real",
      seed: o.seed,
      modules: this.modules,
      getRecursionLimit: () => self.vm.recursionLimit,
      setRecursionLimit: (n) => {
        self.vm.recursionLimit = n;
      },
      recursionDepth: () => vt()?.depth ?? 1,
      getSwitchInterval: () => sched.switchInterval,
      setSwitchInterval: (s) => {
        sched.switchInterval = s;
      },
      currentException: () => vt()?.excInfo ?? None,
      currentFrame: (depth) => {
        let f = vt()?.frame ?? null;
        let d = depth;
        for (; f !== null; f = f.back) {
          if (f.code === null) continue;
          if (d === 0) return new PyFrameObject(f);
          d--;
        }
        return None;
      },
      importModule: (name) => self.importer.importModule(name),
      formatException: (exc, chain, display) => formatException(exc, chain, display),
      formatTraceback: (tb, limit) => formatTb(tb, limit),
      path: [o.scriptDir ?? ""],
    });
    (this.rt as RuntimeContext & { scheduler?: Scheduler }).scheduler = sched;
    this.builtinsModule = new PyModule("builtins");
    this.importer = new Importer(this.rt, this.builtinsModule, o.scriptDir ?? "");
    this.vm = new VM({
      rt: this.rt,
      builtins: this.builtinsModule.dict,
      importName: (n, fl, lv, g) => this.importer.importName(n, fl, lv, g),
      importFrom: (m, n) => this.importer.importFrom(m, n),
      importStar: (m, l) => this.importer.importStar(m, l),
      buildClass: new PyBuiltin("__build_class__", buildClass, true),
      displayHook: (v) => this.displayHook(v),
      preemptAny: o.preempt === "any",
    });
    sched.runner = this.vm;
  }

  private *displayHook(v: PyObject): NativeGen {
    const sys = this.rt.sys;
    const dh = sys?.dict.get("displayhook");
    if (dh === undefined) return None;
    return yield* callGen(dh, [v]);
  }

  /** Builtins and sys, once (the builtins factory is loaded asynchronously). */
  private init(): Promise<void> {
    if (this.ready !== null) return this.ready;
    this.ready = (async () => {
      const made = createBuiltins(this.rt);
      for (const [k, v] of made.dict) if (k !== "__name__") this.builtinsModule.dict.set(k, v);
      const access = { currentFrame: () => this.currentFrame() };
      for (const [k, v] of makeVmBuiltins(access, this.importer, this.builtinsModule)) {
        this.builtinsModule.dict.set(k, v);
      }
      this.modules.setNorm("builtins", "builtins", this.builtinsModule);
      setSuperArgsHook(() => superArgs(this.currentFrame()));
      const sysEntry = stdlibModules.get("sys");
      if (sysEntry !== undefined && sysEntry.kind === "native") {
        const sys = sysEntry.create(this.rt);
        this.modules.setNorm("sys", "sys", sys);
      }
    })();
    return this.ready;
  }

  private currentFrame(): Frame | null {
    const t = this.scheduler.current ?? this.scheduler.main;
    for (let f = (t.vm as VMThread | null)?.frame ?? null; f !== null; f = f.back) if (f.code !== null) return f;
    return null;
  }

  /** Runs a resumable computation on a fresh thread to completion: [value, error]. */
  private async runGen(name: string, g: NativeGen): Promise<[PyObject | null, PyObject | null]> {
    const t: PyThreadState = this.scheduler.newThread(name, false, g);
    this.scheduler.start(t);
    await this.scheduler.runThread(t);
    const vt = t.vm as VMThread;
    return [vt.result, vt.error];
  }

  /** Prints an uncaught exception the way the interpreter does at top level; returns the exit code. */
  private async reportUncaught(exc: PyObject): Promise<number> {
    if (exc instanceof PyBaseException && exc.type.isSubtypeOf(SystemExit)) {
      const a = exc.args.items;
      const code = a.length === 0 ? None : a.length === 1 ? a[0] : exc.args;
      if (code === None) return 0;
      if (typeof code === "number") return code & 0xff;
      if (typeof code === "boolean") return code ? 1 : 0;
      if (code instanceof PyIntSub && typeof code.value === "number") return code.value & 0xff;
      const self = this;
      await this.runGen("exit", (function* (): NativeGen {
        const s = yield* strGen(code);
        self.writeStderr(s + "\n");
        return None;
      })());
      return 1;
    }
    const self = this;
    const [, err] = await this.runGen("excepthook", (function* (): NativeGen {
      const hook = self.rt.sys?.dict.get("excepthook");
      if (hook !== undefined) return yield* callGen(hook, [typeOf(exc), exc, (exc as PyBaseException).traceback ?? None]);
      const lines = yield* formatException(exc, true, true);
      self.writeStderr(lines.join(""));
      return None;
    })());
    if (err !== null) {
      const [, err2] = await this.runGen("excepthook", (function* (): NativeGen {
        const lines = yield* formatException(exc, true, true);
        self.writeStderr(lines.join(""));
        return None;
      })());
      void err2;
    }
    // CPython 3.11 (Modules/main.c exit_sigint): an unhandled KeyboardInterrupt ends the process by SIGINT,
    // which a shell reports as 128 + 2
    if (exc instanceof PyBaseException && exc.type.isSubtypeOf(KeyboardInterrupt)) return 130;
    return 1;
  }

  private writeStderr(s: string): void {
    const e = this.rt.sys?.dict.get("stderr") as { writeText?: (s: string) => void; flush?: () => void } | undefined;
    if (e && typeof e.writeText === "function") e.writeText(s);
    else this.o.host.writeStderr(s);
  }

  private flush(): void {
    for (const n of ["stdout", "stderr"]) {
      const s = this.rt.sys?.dict.get(n) as { flushText?: () => void; flush?: () => void } | undefined;
      if (s && typeof (s as { flushText?: unknown }).flushText === "function") (s as { flushText: () => void }).flushText();
    }
  }

  private makeMain(filename: string | null): PyModule {
    const m = this.importer.newModule("__main__", filename);
    m.dict.set("__package__", None);
    this.modules.setNorm("__main__", "__main__", m);
    this.mainModule = m;
    return m;
  }

  async runMain(source: string, filename: string): Promise<number> {
    await this.init();
    let code;
    try {
      code = compileSource(source, filename, "exec", filename !== "<string>");
    } catch (e) {
      const m = this.makeMain(filename);
      void m;
      return this.finishWith(await this.reportUncaught(e as PyObject));
    }
    const m = this.makeMain(filename);
    return this.runMainCode(code, m.dict);
  }

  private async runMainCode(code: import("./code.js").CodeObject, globals: AttrMap): Promise<number> {
    const main = this.scheduler.main;
    this.vm.startModule(main, code, globals);
    const outcome = await this.scheduler.runThread(main);
    const vt = main.vm as VMThread;
    let exit = 0;
    if (outcome === "deadlock") {
      // the report is out; CPython would hang here, so no thread joins and no atexit handler runs either
      this.exitDone = true;
      this.flush();
      return 1;
    }
    if (vt.error !== null) exit = await this.reportUncaught(vt.error);
    return this.finishWith(exit);
  }

  private async finishWith(exit: number): Promise<number> {
    const code = await this.shutdownWork();
    return exit !== 0 ? exit : code;
  }

  private async shutdownWork(): Promise<number> {
    if (this.exitDone) return 0;
    this.exitDone = true;
    let exit = 0;
    if (await this.scheduler.waitForNonDaemon() === "deadlock") {
      this.flush();
      return 1;
    }
    const handlers = this.rt.atexitHandlers.slice().reverse();
    for (const h of handlers) {
      const [, err] = await this.runGen("atexit", callGen(h.fn, h.args, h.kwargs));
      if (err !== null) {
        if (err instanceof PyBaseException && err.type.isSubtypeOf(SystemExit)) {
          exit = await this.reportUncaught(err);
          continue;
        }
        this.writeStderr("Exception ignored in atexit callback: ");
        const self = this;
        await this.runGen("atexit", (function* (): NativeGen {
          const r = yield* strGen(h.fn);
          void r;
          const lines = yield* formatException(err, true);
          self.writeStderr(`${reprLite(h.fn)}\n` + lines.join(""));
          return None;
        })());
      }
    }
    this.flush();
    return exit;
  }

  async runModule(name: string): Promise<number> {
    await this.init();
    if (name === "dis") {
      const { disMain } = await import("../stdlib/dis.js");
      const self = this;
      const [, err] = await this.runGen("MainThread", disMain(this.rt, this.o.argv.slice(1), (t: string) => self.rt.host.writeStdout(t)));
      if (err !== null) return this.finishWith(await this.reportUncaught(err));
      return this.finishWith(0);
    }
    const entry = stdlibModules.get(name);
    if (entry === undefined || entry.kind !== "python") {
      this.writeStderr(`${this.o.argv[0] || "python3"}: No module named ${name}\n`);
      return 1;
    }
    return this.runMain(entry.source(), name);
  }

  async runInteractive(source: string): Promise<number | null> {
    await this.init();
    const main = this.mainModule ?? this.makeMain(null);
    let code;
    try {
      code = compileSource(source, "<stdin>", "single");
    } catch (e) {
      await this.reportUncaught(e as PyObject);
      return null;
    }
    const g = main.dict;
    const [, err] = await this.runGen("MainThread", (function* (): NativeGen {
      return (yield new ExecRequest(code, g, g, null) as never) as PyObject;
    })());
    if (err !== null) {
      if (err instanceof PyBaseException && err.type.isSubtypeOf(SystemExit)) return this.reportUncaught(err);
      await this.reportUncaught(err);
    }
    this.flush();
    return null;
  }

  async shutdown(): Promise<number> {
    await this.init();
    return this.shutdownWork();
  }
}

/** [__class__, first argument] of the frame calling super() (CPython's super_init_without_args). */
function superArgs(f: Frame | null): [PyObject, PyObject] | string {
  if (f === null || f.code === null) return "super(): no current frame";
  const code = f.code;
  if (code.argcount === 0 && !(code.flags & 0x4)) return "super(): no arguments";
  let first = f.fast[0];
  if (first instanceof PyCell && code.localspluskinds[0] & FastKind.CELL) first = first.value as PyObject;
  if (first === undefined) return "super(arg): arg is a deleted variable";
  const i = code.localsplusnames.indexOf("__class__");
  if (i < 0 || !(code.localspluskinds[i] & FastKind.FREE)) return "super(): __class__ cell not found";
  const cell = f.fast[i];
  if (!(cell instanceof PyCell) || cell.value === undefined) return "super(): empty __class__ cell";
  return [cell.value, first];
}

function reprLite(fn: PyObject): string {
  const n = (fn as { name?: string }).name;
  return typeof n === "string" ? `<function ${n}>` : "<object>";
}

export function createInterpreter(options: RunOptions): Interpreter {
  return new Runner(options);
}

/** True when `source` is an incomplete statement the REPL should continue with "... ". */
export function isIncompleteSource(source: string): boolean {
  if (/\\\n?$/.test(source) && !source.endsWith("\\\\")) return true;
  const lines = source.split("\n");
  while (lines.length && lines[lines.length - 1] === "") lines.pop();
  if (lines.length === 0) return false;
  const first = lines[0].replace(/#.*$/, "").trimEnd();
  const compound = first.endsWith(":") || /^(def|class|if|for|while|with|try|async|@)\b/.test(first.trimStart());
  try {
    parse(source, "<stdin>", "single");
  } catch (e) {
    if (e instanceof SyntaxErrorInfo) {
      const m = e.msg;
      if (/was never closed|unexpected EOF|expected an indented block|unterminated triple-quoted|incomplete input/.test(m)) return true;
      if (compound && !source.endsWith("\n\n")) return true;
    }
    return false;
  }
  // a compound statement ends only with an empty line
  if (compound && !/\n\s*\n$/.test(source)) return true;
  return false;
}
