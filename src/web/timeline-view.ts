// timeline-view.ts — draws a TimelineModel as SVG: a lane per thread (running / runnable / blocked on what),
// GIL hand-offs as ticks between lanes, a time axis; redrawn at most once per animation frame while a run
// streams events. Presentation attributes only (no style attributes), so it works under a strict CSP.
import type { TraceEvent } from "../runtime/trace.js";
import { TimelineModel, type Segment } from "./timeline-model.js";

const SVG = "http://www.w3.org/2000/svg";
const LANE_H = 22;
const LANE_GAP = 8;
const LABEL_W = 110;
const AXIS_H = 18;
const MIN_RUN_W = 2;
const COLORS: Record<Segment["state"], string> = { running: "#2e9d4f", runnable: "#f0b429", blocked: "#8a94a6" };

export class TimelineView {
  readonly element: SVGSVGElement;
  model = new TimelineModel();
  private frame = 0;
  /** Real-clock runs: the view's "now" follows real time between events (µs since the run started). */
  private liveOrigin = -1;

  constructor(private width = 760) {
    this.element = document.createElementNS(SVG, "svg");
    this.element.setAttribute("class", "gilpy-timeline");
    this.element.setAttribute("role", "img");
    this.element.setAttribute("aria-label", "Thread timeline");
    this.render();
  }

  /** Starts a new run's timeline; `liveClock` when the run uses the real clock. */
  reset(liveClock: boolean): void {
    this.model = new TimelineModel();
    this.liveOrigin = liveClock ? performance.now() : -1;
    this.schedule();
  }

  add(events: readonly TraceEvent[]): void {
    this.model.add(events);
    this.schedule();
  }

  /** The run ended: drop in-progress guesses and draw the final picture. */
  end(): void {
    this.model.ended = true;
    this.liveOrigin = -1;
    this.schedule();
  }

  private schedule(): void {
    if (this.frame !== 0) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.render();
      if (this.liveOrigin >= 0 && !this.model.ended) this.schedule();
    });
  }

  render(): void {
    const m = this.model;
    if (this.liveOrigin >= 0 && !m.ended) m.now = Math.max(m.now, (performance.now() - this.liveOrigin) * 1000);
    const svg = this.element;
    const width = this.width;
    const lanes = m.lanes;
    const height = AXIS_H + Math.max(1, lanes.length) * (LANE_H + LANE_GAP) + 4;
    svg.setAttribute("width", String(width));
    svg.setAttribute("height", String(height));
    svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
    svg.replaceChildren();
    const span = Math.max(m.now, 1);
    const plotW = width - LABEL_W - 8 - MIN_RUN_W;
    const x = (us: number) => LABEL_W + (us / span) * plotW;
    this.axis(span, plotW);
    if (lanes.length === 0) {
      svg.append(text(LABEL_W, AXIS_H + 15, "no thread events yet", "gilpy-tl-empty"));
      return;
    }
    const laneY = new Map<number, number>();
    lanes.forEach((lane, i) => {
      const y = AXIS_H + i * (LANE_H + LANE_GAP);
      laneY.set(lane.tid, y);
      const g = el("g", { class: "gilpy-tl-lane", "data-thread": lane.name });
      g.append(text(4, y + 15, lane.name, "gilpy-tl-name"));
      g.append(el("rect", { x: LABEL_W, y, width: plotW, height: LANE_H, fill: "#f4f5f7" }));
      // Waiting states first, running on top: with a virtual clock a thread runs for microseconds between
      // long sleeps, and those slivers must stay visible (at least MIN_RUN_W pixels).
      const segs = m.view(lane);
      for (const pass of ["waiting", "running"] as const) {
        let last: { state: string; x0: number; x1: number; rect: SVGElement } | null = null;
        for (const s of segs) {
          if ((s.state === "running") !== (pass === "running")) continue;
          const x0 = x(s.start);
          const x1 = Math.max(x(s.end), x0 + (s.state === "running" ? MIN_RUN_W : 1));
          // Neighbours of the same state closer than a pixel merge: thousands of switches stay cheap to draw.
          if (last !== null && last.state === s.state && x0 - last.x1 < 1) {
            last.x1 = Math.max(last.x1, x1);
            last.rect.setAttribute("width", String(last.x1 - last.x0));
            continue;
          }
          const running = s.state === "running";
          const rect = el("rect", {
            x: x0, y: running ? y : y + 4, width: x1 - x0, height: running ? LANE_H : LANE_H - 8,
            fill: COLORS[s.state], class: `gilpy-tl-${s.state}`, "data-state": s.state,
          });
          const tip = s.state === "blocked" ? `blocked: ${s.reason ?? "?"}${s.where ? ` at ${s.where}` : ""}` : s.state;
          rect.append(title(`${lane.name} — ${tip} (${fmt(s.start)}–${fmt(s.end)})`));
          g.append(rect);
          if (s.state === "blocked" && x1 - x0 > 60 && s.reason !== undefined) {
            g.append(text(x0 + 3, y + 15, clip(s.reason, Math.floor((x1 - x0 - 6) / 6.5)), "gilpy-tl-reason"));
          }
          last = { state: s.state, x0, x1, rect };
        }
      }
      svg.append(g);
    });
    // GIL hand-offs: a thin line from the thread that released the GIL to the one that took it.
    const handOffs = m.handOffs.length > 400 ? [] : m.handOffs;
    for (const h of handOffs) {
      const y0 = laneY.get(h.from);
      const y1 = laneY.get(h.to);
      if (y0 === undefined || y1 === undefined) continue;
      const hx = x(h.ts);
      const line = el("line", {
        x1: hx, x2: hx, y1: y0 + LANE_H / 2, y2: y1 + LANE_H / 2, stroke: "#d64545", "stroke-width": 1, class: "gilpy-tl-handoff",
      });
      line.append(title(`GIL hand-off at ${fmt(h.ts)} (${h.why})`));
      svg.append(line);
    }
  }

  private axis(span: number, plotW: number): void {
    const step = niceStep(span / 6);
    for (let t = 0; t <= span; t += step) {
      const tx = LABEL_W + (t / span) * plotW;
      this.element.append(el("line", { x1: tx, x2: tx, y1: AXIS_H - 4, y2: AXIS_H, stroke: "#999" }));
      if (tx + 40 < this.width) this.element.append(text(tx + 2, AXIS_H - 6, fmt(t), "gilpy-tl-axis"));
    }
  }
}

function el(name: string, attrs: Record<string, string | number>): SVGElement {
  const e = document.createElementNS(SVG, name);
  for (const k in attrs) e.setAttribute(k, String(attrs[k]));
  return e;
}

function text(x: number, y: number, s: string, cls: string): SVGElement {
  const t = el("text", { x, y, class: cls, "font-size": 11, fill: "#333" });
  t.textContent = s;
  return t;
}

function title(s: string): SVGElement {
  const t = document.createElementNS(SVG, "title");
  t.textContent = s;
  return t;
}

function clip(s: string, n: number): string {
  return s.length <= n ? s : s.slice(0, Math.max(1, n - 1)) + "…";
}

/** Microseconds as a short readable time. */
function fmt(us: number): string {
  if (us < 1000) return `${Math.round(us)} µs`;
  if (us < 1_000_000) return `${+(us / 1000).toFixed(1)} ms`;
  return `${+(us / 1_000_000).toFixed(2)} s`;
}

function niceStep(raw: number): number {
  const p = Math.pow(10, Math.floor(Math.log10(Math.max(raw, 1))));
  for (const k of [1, 2, 5, 10]) if (k * p >= raw) return k * p;
  return 10 * p;
}
