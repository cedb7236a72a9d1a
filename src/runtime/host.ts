// host.ts — the interface through which the interpreter core reaches the outside world.
// The core never imports Node or the DOM; src/host/ supplies an implementation (node-host.ts, a worker host …).

/** A pending timer; `cancel` is idempotent. */
export interface TimerHandle {
  cancel(): void;
}

export interface Host {
  /** Text written to sys.stdout / sys.stderr, in order, already encoded as the caller wants (UTF-8 strings). */
  writeStdout(text: string): void;
  writeStderr(text: string): void;
  /** One line of standard input including its "\n", or null at end of input. */
  readLine(): Promise<string | null>;
  /** Monotonic real time in milliseconds (performance.now()). Only the real clock calls it. */
  monotonicMs(): number;
  /** Wall-clock time in milliseconds since the epoch (Date.now()). Only the clock calls it. */
  wallMs(): number;
  /** Calls `fn` after `ms` milliseconds of real time (setTimeout); used to wake sleeping threads. */
  setTimer(ms: number, fn: () => void): TimerHandle;
  /** Lets the event loop run (setImmediate / MessageChannel); resolves soon. */
  yieldToEventLoop(): Promise<void>;
  /** Told, just before each yieldToEventLoop, how many instructions ran since the last one (instruction limits). */
  countInstructions?(instructions: number): void;
  /** Reads a UTF-8 text file, or returns null when it does not exist. Absent in hosts without files. */
  readTextFile?(path: string): string | null;
  /** Whether a path is an existing directory. */
  isDirectory?(path: string): boolean;
  /** Process facts shown through sys/os. */
  readonly cwd: string;
  readonly env: ReadonlyMap<string, string>;
  readonly pid: number;
  readonly platform: string; // "linux", "darwin", "win32", "emscripten"-like for the browser
  readonly cpuCount: number;
  /** Called once when the program ends, after stdout/stderr are flushed by the core. */
  exit?(code: number): void;
}
