// node-host.ts — the Host for Node: synchronous stdout/stderr writes, a shared stdin line reader, clocks, timers.
// Writes are synchronous (fs.writeSync on fds 1/2) so nothing is lost when the process exits right after.
import { closeSync, openSync, readFileSync, statSync, writeSync } from "node:fs";
import { cpus } from "node:os";
import type { Host, TimerHandle } from "../runtime/host.js";
import { StdinLines } from "./stdin-lines.js";
import { readStdlibCache } from "../stdlib-cache-node.js";
import { nodeNet } from "./node-net.js";
import { nodeSignals } from "./node-signals.js";

/** Where the REPL prompt and input() read from; one reader so both see the same stdin stream. */
export const stdinLines = new StdinLines();

let stdoutBroken = false;
let stderrBroken = false;

/**
 * Writes all of `text` to `fd`, retrying on EAGAIN (a non-blocking pipe that is full) and continuing after
 * partial writes. Returns false once the reader is gone (EPIPE), after which output is dropped.
 */
export function writeAllSync(fd: number, text: string): boolean {
  if (text.length === 0) return true;
  const buf = Buffer.from(text, "utf8");
  let off = 0;
  let spins = 0;
  while (off < buf.length) {
    try {
      off += writeSync(fd, buf, off, buf.length - off);
      spins = 0;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "EAGAIN") {
        // The pipe is full: wait a little for the reader without spinning the CPU.
        Atomics.wait(sleepCell, 0, 0, Math.min(1 + spins++, 20));
        continue;
      }
      if (code === "EPIPE" || code === "EBADF") return false;
      throw e;
    }
  }
  return true;
}
const sleepCell = new Int32Array(new SharedArrayBuffer(4));

export interface NodeHostOptions {
  /** Called by Host.exit; the CLI uses it to end the process. */
  onExit?: (code: number) => void;
}

export class NodeHost implements Host {
  readonly cwd = process.cwd();
  readonly pid = process.pid;
  readonly platform = process.platform;
  /** Compiled Python-source stdlib modules from dist/stdlib-cache/ (the importer's optional hook, import.ts). */
  readonly readStdlibCache = readStdlibCache;
  /** Real TCP for the socket module (node-net.ts). */
  readonly net = nodeNet;
  /** Process signals for the signal module (node-signals.ts). */
  readonly signals = nodeSignals;
  private envMap: Map<string, string> | null = null;
  private cpuCountValue = 0;

  constructor(private readonly options: NodeHostOptions = {}) {}

  writeStdout(text: string): void {
    if (!stdoutBroken && !writeAllSync(1, text)) stdoutBroken = true;
    stdinLines.noteStdout(text);
  }

  writeStderr(text: string): void {
    if (!stderrBroken && !writeAllSync(2, text)) stderrBroken = true;
  }

  readLine(): Promise<string | null> {
    return stdinLines.readLine();
  }

  monotonicMs(): number {
    return performance.now();
  }

  wallMs(): number {
    return Date.now();
  }

  setTimer(ms: number, fn: () => void): TimerHandle {
    const t = setTimeout(fn, Math.max(0, ms));
    return { cancel: () => clearTimeout(t) };
  }

  yieldToEventLoop(): Promise<void> {
    return new Promise((resolve) => setImmediate(resolve));
  }

  readTextFile(path: string): string | null {
    try {
      const text = readFileSync(path, "utf8");
      return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // a UTF-8 BOM is not part of the source
    } catch {
      return null;
    }
  }

  isDirectory(path: string): boolean {
    try {
      return statSync(path).isDirectory();
    } catch {
      return false;
    }
  }

  // Built on first use: start-up time matters and most programs never look at os.environ or cpu_count().
  get env(): ReadonlyMap<string, string> {
    if (!this.envMap) {
      this.envMap = new Map();
      for (const [k, v] of Object.entries(process.env)) if (v !== undefined) this.envMap.set(k, v);
    }
    return this.envMap;
  }

  get cpuCount(): number {
    if (!this.cpuCountValue) this.cpuCountValue = Math.max(1, cpus().length);
    return this.cpuCountValue;
  }

  exit(code: number): void {
    this.options.onExit?.(code);
  }
}

/** Whether fd 0 is a terminal (the REPL then uses readline with history and prompts on stdout). */
export function stdinIsTTY(): boolean {
  return Boolean(process.stdin.isTTY);
}

/** Opens and closes a file to check that it can be read, returning the errno message like CPython's. */
export function checkReadable(path: string): { errno: number; message: string } | null {
  try {
    closeSync(openSync(path, "r"));
    return null;
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const table: Record<string, [number, string]> = {
      ENOENT: [2, "No such file or directory"],
      EACCES: [13, "Permission denied"],
      ENOTDIR: [20, "Not a directory"],
      EISDIR: [21, "Is a directory"],
    };
    const [errno, message] = table[err.code ?? ""] ?? [-(err.errno ?? 0), err.message];
    return { errno, message };
  }
}
