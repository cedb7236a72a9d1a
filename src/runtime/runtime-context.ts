// runtime-context.ts — what standard-library modules need from the running interpreter (host facts, the
// clock, thread/VM state such as the recursion limit and the exception being handled, sys.modules, atexit
// handlers, an import hook), gathered in one object that run.ts creates and hands to each module factory.
import type { Host } from "./host.js";
import { None } from "./object.js";
import type { PyObject, KwArgs, PyModule } from "./object.js";
import type { NativeGen } from "./protocol.js";
import { PyDict, PyDict as PyDictCtor } from "./dict.js";
import { PyBaseException, moduleNotFoundError } from "./exceptions.js";

/**
 * The clock every time reading goes through (DESIGN.md: only the clock reads time). The threads engineer's
 * real and virtual clocks implement it; deadlines of ParkRequest are in `monotonic()` seconds.
 */
export interface RuntimeClock {
  /** Seconds since the epoch (time.time). */
  wallTime(): number;
  /** Seconds on a monotonic scale; also the scale of ParkRequest deadlines (time.monotonic, perf_counter). */
  monotonic(): number;
  /** CPU seconds used by the process (time.process_time); the virtual clock may return monotonic(). */
  processTime(): number;
  /** CPU seconds used by the current thread (time.thread_time). */
  threadTime(): number;
}

/** One atexit.register() entry; run.ts runs them last-registered first (see atexit.ts runAtexit). */
export interface AtexitEntry {
  fn: PyObject;
  args: PyObject[];
  kwargs: KwArgs | null;
}

export interface RuntimeContext {
  readonly host: Host;
  /** sys.argv as strings. */
  readonly argv: string[];
  readonly clock: RuntimeClock;
  /** "real" or "virtual" (a virtual run must be deterministic: see `entropy`). */
  readonly clockKind: "real" | "virtual";
  /**
   * A 32-bit unsigned number to seed unseeded generators (random.seed(), os.urandom). Under the virtual
   * clock it derives from the run's seed so runs repeat; under the real clock from host time and pid.
   * Called again for each new seed; must never read Math.random.
   */
  entropy(): number;

  /** The interpreter's recursion limit (the VM checks frame depth against it). */
  getRecursionLimit(): number;
  setRecursionLimit(n: number): void;
  /** Frame depth of the current thread (sys.setrecursionlimit refuses a limit at or below it). */
  recursionDepth(): number;
  /** The GIL switch interval in seconds. */
  getSwitchInterval(): number;
  setSwitchInterval(seconds: number): void;

  /** The exception being handled by the current thread (what sys.exception() returns), or None. */
  currentException(): PyObject;
  /** sys._getframe(depth)-like access for traceback.print_stack; may return None when unsupported. */
  currentFrame?(depth: number): PyObject;

  /** sys.modules: the one dict imports consult. Created by run.ts (the sys module exposes this very dict). */
  readonly modules: PyDict;
  /** Imports a module by dotted name (the `import` statement's machinery); the module object is returned. */
  importModule(name: string): NativeGen;

  /** atexit handlers in registration order. */
  readonly atexitHandlers: AtexitEntry[];

  /**
   * The lines CPython prints for an uncaught exception: "Traceback (most recent call last):\n", frames,
   * chained causes, and the final "Type: message" line. Owned by the VM engineer's traceback formatter;
   * traceback.py and sys.excepthook call it. May run Python (__str__ of the exception), hence a generator.
   */
  formatException(exc: PyObject, chain: boolean, display?: boolean): Generator<any, string[], any>;
  /** The "  File ..., line N, in f\n    source\n" lines of a traceback object (traceback.print_tb). */
  formatTraceback(tb: PyObject, limit: number | null): string[];

  /** Path of the interpreter shown as sys.executable. */
  readonly executable: string;
  /** Folders of sys.path (the script folder first). */
  readonly path: string[];
  /**
   * The sys module once it exists (print writes to getattr(sys, "stdout")); set by the sys module factory,
   * since reassigning sys.stdout must redirect print.
   */
  sys: PyModule | null;
}

/** What run.ts (or a test) supplies; everything else gets a working default in createRuntimeContext. */
export interface RuntimeContextOptions extends Partial<Omit<RuntimeContext, "host" | "argv">> {
  host: Host;
  argv: string[];
  /** Seed of a virtual-clock run: unseeded random numbers derive from it. */
  seed?: number;
}

/**
 * Builds a RuntimeContext with defaults for anything not given: the real clock from the host, recursion
 * limit 1000, switch interval 0.005 s, no exception being handled, a fresh sys.modules dict, and a
 * minimal exception formatter ("Type: message") until the VM supplies its traceback formatter.
 */
export function createRuntimeContext(o: RuntimeContextOptions): RuntimeContext {
  const host = o.host;
  let limit = 1000;
  let interval = 0.005;
  const start = host.monotonicMs();
  const clock: RuntimeClock = o.clock ?? {
    wallTime: () => host.wallMs() / 1000,
    monotonic: () => host.monotonicMs() / 1000,
    processTime: () => (host.monotonicMs() - start) / 1000,
    threadTime: () => (host.monotonicMs() - start) / 1000,
  };
  const kind = o.clockKind ?? "real";
  // splitmix32 over the run's seed (virtual) or over time and pid (real): never Math.random.
  let state = kind === "virtual" ? (o.seed ?? 0) >>> 0 : ((host.wallMs() * 1000) ^ (host.pid << 16) ^ host.monotonicMs() * 1e6) >>> 0;
  const entropy = o.entropy ?? (() => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  });
  const rt: RuntimeContext = {
    host,
    argv: o.argv,
    clock,
    clockKind: kind,
    entropy,
    getRecursionLimit: o.getRecursionLimit ?? (() => limit),
    setRecursionLimit: o.setRecursionLimit ?? ((n) => { limit = n; }),
    recursionDepth: o.recursionDepth ?? (() => 1),
    getSwitchInterval: o.getSwitchInterval ?? (() => interval),
    setSwitchInterval: o.setSwitchInterval ?? ((s) => { interval = s; }),
    currentException: o.currentException ?? (() => NoneValue()),
    currentFrame: o.currentFrame,
    modules: o.modules ?? new PyDictCtor(),
    importModule: o.importModule ?? function* (name: string): NativeGen {
      throw newExceptionLazy(name);
    },
    atexitHandlers: o.atexitHandlers ?? [],
    formatException: o.formatException ?? function* (exc: PyObject) {
      return [fallbackExceptionLine(exc)];
    },
    formatTraceback: o.formatTraceback ?? (() => []),
    executable: o.executable ?? "/usr/local/bin/python3",
    path: o.path ?? [""],
    sys: null,
  };
  return rt;
}

function fallbackExceptionLine(exc: PyObject): string {
  if (!(exc instanceof PyBaseException)) return "\n";
  const a = exc.args.items;
  const msg = a.length === 0 ? "" : a.length === 1 && typeof a[0] === "string" ? a[0] : String(a[0]);
  return msg === "" ? `${exc.type.name}\n` : `${exc.type.name}: ${msg}\n`;
}

function NoneValue(): PyObject {
  return None;
}

function newExceptionLazy(name: string): PyBaseException {
  return moduleNotFoundError(name);
}
