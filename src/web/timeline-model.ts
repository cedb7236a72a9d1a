// timeline-model.ts — turns the thread trace (the event stream of `--trace`, src/runtime/trace.ts) into lanes
// of states per thread: running (holds the GIL), runnable (waits for the GIL), blocked (on what, where),
// plus the GIL hand-offs. Pure data, no DOM: the SVG view (timeline-view.ts) draws it.
//
// What the scheduler emits (src/runtime/scheduler.ts): "thread_name" metadata when a thread starts,
// a "GIL acquired" instant (args.why: "free" after a release, "switch interval" when it took the GIL from a
// running holder), a "holds GIL" span when the holder releases, and a "waits: REASON" span when a parked
// thread wakes. A wait still in progress has no event yet, so the model infers it: a hold that ended without
// another thread taking the GIL by "switch interval" at that instant ended in a park (or the thread's end).
import type { TraceEvent } from "../runtime/trace.js";

export type LaneState = "running" | "runnable" | "blocked";

export interface Segment {
  state: LaneState;
  /** Microseconds of the interpreter's clock since the run started. */
  start: number;
  end: number;
  /** For blocked: what it waits for ("sleep", "Lock.acquire" …) and where ("main.py:7"). */
  reason?: string;
  where?: string;
}

export interface Lane {
  tid: number;
  name: string;
  segments: Segment[];
  /** The GIL holder since this time (µs) with no release seen yet, or -1. */
  holdingSince: number;
  /** The thread released the GIL at this time and has not been seen since: parked or finished (-1: no). */
  goneSince: number;
}

/** The GIL passing from one thread to another at one instant. */
export interface HandOff {
  ts: number;
  from: number;
  to: number;
  why: string;
}

export class TimelineModel {
  readonly lanes: Lane[] = [];
  readonly handOffs: HandOff[] = [];
  /** The latest time seen (µs). */
  now = 0;
  /** True once the run has ended: nothing is in progress any more. */
  ended = false;
  private readonly byTid = new Map<number, Lane>();
  /** The last release: who and when, to pair it with the next acquire. */
  private lastRelease: { tid: number; ts: number } | null = null;

  add(events: readonly TraceEvent[]): void {
    for (const e of events) this.addOne(e);
  }

  private lane(tid: number): Lane {
    let lane = this.byTid.get(tid);
    if (lane === undefined) {
      lane = { tid, name: `Thread ${tid}`, segments: [], holdingSince: -1, goneSince: -1 };
      this.byTid.set(tid, lane);
      this.lanes.push(lane);
    }
    return lane;
  }

  private addOne(e: TraceEvent): void {
    if (e.ph === "M") {
      if (e.name === "thread_name" && e.args !== undefined) this.lane(e.tid).name = String(e.args.name);
      return;
    }
    const end = e.ts + (e.dur ?? 0);
    if (end > this.now) this.now = end;
    const lane = this.lane(e.tid);
    if (e.ph === "i" && e.name === "GIL acquired") {
      const why = String(e.args?.why ?? "");
      const rel = this.lastRelease;
      if (rel !== null && rel.ts === e.ts && rel.tid !== e.tid) {
        this.handOffs.push({ ts: e.ts, from: rel.tid, to: e.tid, why });
        // Taken by the switch interval: the previous holder did not park, it waits for the GIL again.
        if (why === "switch interval") {
          const prev = this.lane(rel.tid);
          if (prev.goneSince === e.ts) prev.goneSince = -1;
          this.openRunnable(prev, e.ts);
        }
      }
      this.closeRunnable(lane, e.ts);
      lane.goneSince = -1;
      lane.holdingSince = e.ts;
      return;
    }
    if (e.ph === "X" && e.name === "holds GIL") {
      this.closeRunnable(lane, e.ts);
      this.push(lane, { state: "running", start: e.ts, end });
      lane.holdingSince = -1;
      lane.goneSince = end;
      this.lastRelease = { tid: e.tid, ts: end };
      return;
    }
    if (e.ph === "X" && e.cat === "blocked") {
      const reason = String(e.args?.reason ?? e.name.replace(/^waits: /, ""));
      const where = e.args?.where === undefined ? undefined : String(e.args.where);
      this.push(lane, { state: "blocked", start: e.ts, end, reason, where });
      lane.goneSince = -1;
      // Woken: it is runnable until it gets the GIL.
      this.openRunnable(lane, end);
    }
  }

  /** A runnable segment open at `ts` whose end is not known yet (end = -1 until it gets the GIL). */
  private openRunnable(lane: Lane, ts: number): void {
    const last = lane.segments[lane.segments.length - 1];
    if (last !== undefined && last.state === "runnable" && last.end < 0) return;
    lane.segments.push({ state: "runnable", start: ts, end: -1 });
  }

  private closeRunnable(lane: Lane, ts: number): void {
    const last = lane.segments[lane.segments.length - 1];
    if (last !== undefined && last.state === "runnable" && last.end < 0) {
      if (ts > last.start) last.end = ts;
      else lane.segments.pop();
    }
  }

  /** Keeps segments in time order (a wait's span arrives after the hold that preceded it, so order holds). */
  private push(lane: Lane, seg: Segment): void {
    const segs = lane.segments;
    const open = segs.length > 0 && segs[segs.length - 1].end < 0 ? segs.pop()! : null;
    segs.push(seg);
    if (open !== null) {
      if (open.start < seg.start) {
        open.end = seg.start;
        segs.splice(segs.length - 1, 0, open);
      }
    }
  }

  /**
   * The segments to draw for a lane at the model's `now`: closed ones as they are, an open runnable one up to
   * now, the running holder up to now, and a thread that released the GIL without being handed back shown as
   * blocked ("waiting") up to now while the run goes on.
   */
  view(lane: Lane): Segment[] {
    const out: Segment[] = [];
    for (const s of lane.segments) out.push(s.end < 0 ? { ...s, end: this.ended ? s.start : this.now } : s);
    if (!this.ended) {
      if (lane.holdingSince >= 0) out.push({ state: "running", start: lane.holdingSince, end: this.now });
      else if (lane.goneSince >= 0 && lane.goneSince < this.now) {
        out.push({ state: "blocked", start: lane.goneSince, end: this.now, reason: "…" });
      }
    }
    return out.filter((s) => s.end > s.start);
  }

  /** Which states a lane has shown (for tests and legends). */
  statesOf(lane: Lane): Set<LaneState> {
    return new Set(this.view(lane).map((s) => s.state));
  }
}
