// trace.ts — the thread trace in Trace Event Format (opens in Perfetto / chrome://tracing): which thread
// held the GIL when, where and why each thread blocked, and the GIL hand-offs.
// Format: https://docs.google.com/document/d/1CvAClvFfyA5R-PhYUmn5OOQtYMH4h6I0nSsKchNAySU (ph "X", "i", "M").

/** One Trace Event Format event; `ts` and `dur` are microseconds of the interpreter's clock. */
export interface TraceEvent {
  name: string;
  ph: "X" | "i" | "M";
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  cat?: string;
  /** Scope of an instant event: "t" (thread). */
  s?: "t" | "p" | "g";
  args?: Record<string, string | number>;
}

/** Where trace events go: a recorder for --trace=FILE.json, or an embedder's stream. */
export interface TraceSink {
  event(e: TraceEvent): void;
}

/** Keeps every event in memory; `toJSON()` gives the file written for `--trace=FILE.json`. */
export class TraceRecorder implements TraceSink {
  readonly events: TraceEvent[] = [];
  event(e: TraceEvent): void {
    this.events.push(e);
  }
  toJSON(): string {
    const lines = this.events.map((e) => JSON.stringify(e));
    return `{"displayTimeUnit":"ms","traceEvents":[\n${lines.join(",\n")}\n]}\n`;
  }
}

/** Sends each event to every sink given (a recorder and an embedder's stream at once). */
export class TraceFanout implements TraceSink {
  constructor(private readonly sinks: TraceSink[]) {}
  event(e: TraceEvent): void {
    for (const s of this.sinks) s.event(e);
  }
}

/** Converts clock seconds to trace microseconds relative to the start of the run. */
export function traceTs(seconds: number, origin: number): number {
  return Math.round((seconds - origin) * 1e7) / 10;
}
