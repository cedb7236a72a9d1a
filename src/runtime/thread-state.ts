// thread-state.ts — one Python thread as plain data: its identity (ident, native id, name), its scheduling
// status, what it waits for while parked, and the slot where the VM keeps its frame stack.
import type { PyObject } from "./object.js";
import type { NativeGen, ParkRequest } from "./protocol.js";

export enum ThreadStatus {
  /** Made but not started (threading.Thread before start()). */
  New,
  /** Runnable, waiting for the GIL. */
  Ready,
  /** Holds the GIL. */
  Running,
  /** Blocked in a ParkRequest (sleep, lock, queue, join …); does not hold the GIL. */
  Parked,
  /** Finished; never runs again. */
  Done,
}

export class PyThreadState {
  /** Creation order, 0 for the main thread; also the trace's tid. */
  readonly id: number;
  /** threading.get_ident(): a large number like CPython's pthread_t; reused after a thread ends. */
  ident: number;
  /** threading.get_native_id(): like a Linux TID. */
  nativeId: number;
  name: string;
  daemon: boolean;
  status: ThreadStatus;
  /**
   * The thread's first code when it is not the main thread: a resumable builtin the VM drives as the
   * bottom of the frame stack (it calls Thread.run, reports exceptions, cleans up). The thread is done
   * when it returns. The main thread has none: the VM pushes the module frame itself.
   */
  entry: NativeGen | null;
  /** VM-private per-thread state (frame stack, exception state …): the VM sets and casts it. */
  vm: unknown;
  /** Instructions executed so far; the VM adds what it ran before returning from `run`. */
  ticks: number;

  /** Set by the VM when `run` returns Parked: the request the thread stopped on. */
  parkRequest: ParkRequest | null;
  /** Why the thread is parked ("sleep", "Lock.acquire" …), for deadlock reports and traces. */
  parkReason: string;
  /** Absolute monotonic deadline of the current park, or null. */
  parkDeadline: number | null;
  /** Bumped at every park, so that a stale wake (a timer or waker of an earlier park) does nothing. */
  parkSeq: number;
  /** Sent into the parked generator when the thread resumes. */
  wakeValue: PyObject;
  /** When not null, thrown into the parked generator instead of sending `wakeValue` (KeyboardInterrupt). */
  wakeError: PyObject | null;
  /** Monotonic time the thread became Ready (how long it has waited for the GIL). */
  readySince: number;
  /**
   * An exception to raise in this thread at its next switch point (CPython's async exceptions: Ctrl-C
   * and _thread.interrupt_main reach the main thread this way). The VM raises it and clears the field.
   */
  asyncExc: PyObject | null;

  /** Callbacks run once when the thread is done (join waiters, threading bookkeeping). */
  onDone: (() => void)[];
  /** The threading.Thread (or _MainThread / _DummyThread) object, once threading made one. */
  pyThread: PyObject | null;
  /** Monotonic time this thread last took the GIL or parked (trace spans). */
  spanStart: number;

  constructor(id: number, ident: number, nativeId: number, name: string, daemon: boolean, entry: NativeGen | null) {
    this.id = id;
    this.ident = ident;
    this.nativeId = nativeId;
    this.name = name;
    this.daemon = daemon;
    this.status = ThreadStatus.New;
    this.entry = entry;
    this.vm = null;
    this.ticks = 0;
    this.parkRequest = null;
    this.parkReason = "";
    this.parkDeadline = null;
    this.parkSeq = 0;
    this.wakeValue = 0;
    this.wakeError = null;
    this.readySince = 0;
    this.asyncExc = null;
    this.onDone = [];
    this.pyThread = null;
    this.spanStart = 0;
  }
}
