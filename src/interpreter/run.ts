// run.ts — the interpreter's public entry points: build the runtime for a host, run a module or a REPL line.
import type { Host } from "../runtime/host.js";
import type { TraceSink } from "../runtime/trace.js";

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
  /**
   * Receives the thread trace (Trace Event Format: GIL holds, waits and why, hand-offs). The CLI's
   * --trace=FILE.json passes a TraceRecorder and writes its toJSON() at exit; embedders may stream.
   */
  trace?: TraceSink;
  /** Folder searched first for imports (the script's folder; "" for the cwd). */
  scriptDir?: string;
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

export function createInterpreter(_options: RunOptions): Interpreter {
  throw new Error("gilpy: the interpreter core is not built yet");
}

/** True when `source` is an incomplete statement the REPL should continue with "... ". */
export function isIncompleteSource(_source: string): boolean {
  throw new Error("gilpy: the interpreter core is not built yet");
}
