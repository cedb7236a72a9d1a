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

// ---- optional capability: real TCP networking (the socket module) ----
// Hosts without it (the browser) make socket.connect/bind raise OSError; in-memory socketpair() still works.

/** What a host stream tells the socket engine; called from the event loop, never during a Python step. */
export interface HostStreamEvents {
  onData(data: Uint8Array): void;
  /** The peer sent FIN: no more data will come. */
  onEnd(): void;
  /** A system error code such as "ECONNRESET" or "EPIPE". */
  onError(code: string): void;
}

/** One TCP connection. */
export interface HostStream {
  write(data: Uint8Array): void;
  /** Sends FIN after the written data (shutdown(SHUT_WR)). */
  end(): void;
  /** Closes the connection at once (close()). */
  destroy(): void;
  /** Stops/restarts reading (flow control while the Python side does not recv). */
  pause(): void;
  resume(): void;
  readonly localAddress: [string, number];
  readonly remoteAddress: [string, number];
  setNoDelay?(on: boolean): void;
}

/** A listening TCP socket. */
export interface HostServer {
  readonly address: [string, number];
  close(): void;
}

/** A UDP socket (IPv4). */
export interface HostDatagram {
  /** Binds to host:port (0: any free port); `done(null)` or an error code ("EADDRINUSE" …). */
  bind(host: string, port: number, done: (err: string | null) => void): void;
  send(data: Uint8Array, host: string, port: number): void;
  /** The bound address, or null before bind. */
  readonly localAddress: [string, number] | null;
  close(): void;
}

export interface HostNet {
  /** A UDP socket whose datagrams go to `onMessage`; absent when the host has no UDP. */
  udp?(onMessage: (data: Uint8Array, from: [string, number]) => void): HostDatagram;
  /**
   * Binds and listens on host:port (port 0 picks a free one). `onConnection` receives each incoming
   * connection and returns where its events go. `done` is called once: with null and the server, or with
   * an error code ("EADDRINUSE", "EACCES", "EADDRNOTAVAIL" …).
   */
  listen(host: string, port: number, backlog: number, onConnection: (s: HostStream) => HostStreamEvents,
    done: (err: string | null, server: HostServer | null) => void): void;
  /** Connects to host:port; `done(null)` once connected, or `done(code)` ("ECONNREFUSED" …). */
  connect(host: string, port: number, events: HostStreamEvents, done: (err: string | null) => void): HostStream;
  /** Resolves a host name to an IPv4 address; `done(null, addr)` or an error code ("ENOTFOUND" …). */
  lookup(name: string, done: (err: string | null, addr: string | null) => void): void;
  /** The machine's host name (socket.gethostname). */
  hostname(): string;
}

export interface Host {
  /** Real TCP networking; absent in hosts without it (the browser). */
  readonly net?: HostNet;
}

// ---- optional capability: process signals (the signal module, os.kill) ----

export interface HostSignals {
  /** Calls `fn` whenever the process receives signal `name` ("SIGUSR1" …); returns a function that stops it. */
  watch(name: string, fn: () => void): () => void;
  /** Sends signal number `signum` (0: only check) to process `pid`; returns null or an error code ("ESRCH", "EPERM"). */
  kill(pid: number, signum: number): string | null;
}

export interface Host {
  /** Real process signals; absent where there are none (the browser). */
  readonly signals?: HostSignals;
}
