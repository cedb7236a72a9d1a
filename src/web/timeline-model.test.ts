// timeline-model.test.ts — the timeline's lanes from the scheduler's trace events (as src/runtime/scheduler.ts
// emits them): running spans, blocked spans with reason and place, runnable gaps, GIL hand-offs.
import { describe, expect, it } from "vitest";
import type { TraceEvent } from "../runtime/trace.js";
import { TimelineModel } from "./timeline-model.js";

const meta = (tid: number, name: string): TraceEvent => ({ name: "thread_name", ph: "M", pid: 1, tid, ts: 0, args: { name } });
const acquire = (tid: number, ts: number, why: string): TraceEvent => ({ name: "GIL acquired", ph: "i", s: "t", cat: "gil", pid: 1, tid, ts, args: { why } });
const hold = (tid: number, ts: number, end: number): TraceEvent => ({ name: "holds GIL", ph: "X", cat: "gil", pid: 1, tid, ts, dur: end - ts });
const wait = (tid: number, ts: number, end: number, reason: string, where: string): TraceEvent => ({
  name: `waits: ${reason}`, ph: "X", cat: "blocked", pid: 1, tid, ts, dur: end - ts, args: { reason, where },
});

describe("TimelineModel", () => {
  it("a thread that sleeps shows running, blocked (with reason and place), then running again", () => {
    const m = new TimelineModel();
    m.add([meta(0, "MainThread"), acquire(0, 0, "free"), hold(0, 0, 10), wait(0, 10, 110, "sleep", "main.py:3"), acquire(0, 110, "free"), hold(0, 110, 120)]);
    m.ended = true;
    const segs = m.view(m.lanes[0]);
    expect(segs.map((s) => [s.state, s.start, s.end])).toEqual([
      ["running", 0, 10],
      ["blocked", 10, 110],
      ["running", 110, 120],
    ]);
    expect(segs[1]).toMatchObject({ reason: "sleep", where: "main.py:3" });
  });

  it("a thread switched out by the switch interval is runnable until it gets the GIL back", () => {
    const m = new TimelineModel();
    m.add([meta(0, "MainThread"), meta(1, "Thread-1")]);
    m.add([acquire(0, 0, "free"), hold(0, 0, 5000), acquire(1, 5000, "switch interval"), hold(1, 5000, 10000), acquire(0, 10000, "switch interval")]);
    m.add([hold(0, 10000, 12000)]);
    m.ended = true;
    const main = m.view(m.lanes[0]).map((s) => [s.state, s.start, s.end]);
    expect(main).toEqual([
      ["running", 0, 5000],
      ["runnable", 5000, 10000],
      ["running", 10000, 12000],
    ]);
    expect(m.handOffs).toEqual([
      { ts: 5000, from: 0, to: 1, why: "switch interval" },
      { ts: 10000, from: 1, to: 0, why: "switch interval" },
    ]);
    expect(m.lanes.map((l) => l.name)).toEqual(["MainThread", "Thread-1"]);
  });

  it("while the run goes on, a thread that released the GIL without a hand-off is shown waiting", () => {
    const m = new TimelineModel();
    m.add([meta(0, "MainThread"), meta(1, "Thread-1"), acquire(0, 0, "free"), hold(0, 0, 10), acquire(1, 10, "free")]);
    m.now = 50;
    const main = m.view(m.lanes[0]);
    expect(main.map((s) => s.state)).toEqual(["running", "blocked"]);
    expect(main[1]).toMatchObject({ start: 10, end: 50 });
    // The holder is drawn running up to now.
    expect(m.view(m.lanes[1]).map((s) => [s.state, s.start, s.end])).toEqual([["running", 10, 50]]);
    // Once the wait's span arrives the guess is replaced by what really happened.
    m.add([hold(1, 10, 60), wait(0, 10, 60, "Thread.join", "main.py:9"), acquire(0, 60, "free"), hold(0, 60, 70)]);
    m.ended = true;
    expect(m.view(m.lanes[0]).map((s) => [s.state, s.start, s.end, s.reason])).toEqual([
      ["running", 0, 10, undefined],
      ["blocked", 10, 60, "Thread.join"],
      ["running", 60, 70, undefined],
    ]);
  });
});
