// run-block.ts — one runnable snippet on a page: Run/Stop buttons, a streaming output pane (stderr marked,
// input() answered in place), a status line and an optional live thread timeline. All blocks of a page share
// one interpreter session: starting a run stops the one in progress.
import type { Gilpy, RunOptions, RunResult } from "../embed/index.js";
import { TimelineView } from "./timeline-view.js";

export interface BlockOptions {
  /** Returns the source to run (the block may be editable). */
  source: () => string;
  /** Where the controls and panes go (after the code). */
  mount: HTMLElement;
  session: () => Gilpy;
  /** Options for each run, read when Run is pressed. */
  run: () => RunOptions;
  /** Show the timeline pane (it can still be toggled). */
  timeline: boolean;
}

/** Output kept per block; older text is dropped so an endless print loop cannot exhaust the page. */
const MAX_OUTPUT_CHARS = 200_000;

export class RunBlock {
  readonly root: HTMLDivElement;
  readonly runButton: HTMLButtonElement;
  readonly stopButton: HTMLButtonElement;
  readonly output: HTMLPreElement;
  readonly status: HTMLDivElement;
  private readonly timelineBox: HTMLDivElement;
  private readonly timelineToggle: HTMLButtonElement;
  private timeline: TimelineView | null = null;
  private outputChars = 0;
  private stopCurrent: (() => void) | null = null;

  constructor(private readonly o: BlockOptions) {
    const root = (this.root = h("div", "gilpy-block"));
    const bar = h("div", "gilpy-toolbar");
    this.runButton = button("▶ Run", "gilpy-run", () => void this.run());
    this.stopButton = button("■ Stop", "gilpy-stop", () => this.stop());
    this.stopButton.disabled = true;
    this.timelineToggle = button("Timeline", "gilpy-timeline-toggle", () => this.showTimeline(this.timelineBox.hidden));
    this.status = h("div", "gilpy-status");
    this.status.setAttribute("aria-live", "polite");
    bar.append(this.runButton, this.stopButton, this.timelineToggle, this.status);
    this.output = h("pre", "gilpy-output");
    this.output.hidden = true;
    this.timelineBox = h("div", "gilpy-timeline-box");
    this.timelineBox.hidden = true;
    root.append(bar, this.output, this.timelineBox);
    o.mount.append(root);
    if (o.timeline) this.showTimeline(true);
  }

  private showTimeline(show: boolean): void {
    this.timelineBox.hidden = !show;
    this.timelineToggle.setAttribute("aria-pressed", String(show));
    if (show && this.timeline === null) {
      this.timeline = new TimelineView(Math.max(320, (this.root.clientWidth || 760) - 4));
      this.timelineBox.append(this.timeline.element);
    }
  }

  async run(): Promise<RunResult> {
    this.output.replaceChildren();
    this.output.hidden = false;
    this.outputChars = 0;
    this.setRunning(true);
    this.status.textContent = "Running…";
    const wantTrace = this.timeline !== null;
    const options = this.o.run();
    const clock = options.clock ?? "real";
    this.timeline?.reset(clock === "real");
    const handle = this.o.session().run(this.o.source(), {
      ...options,
      trace: wantTrace,
      onStdout: (t) => this.append(t, false),
      onStderr: (t) => this.append(t, true),
      onTrace: (events) => this.timeline?.add(events),
      onInput: (prompt) => this.askLine(prompt),
    });
    this.stopCurrent = handle.stop;
    const result = await handle.done;
    this.stopCurrent = null;
    this.setRunning(false);
    this.timeline?.end();
    this.status.textContent = describe(result);
    this.root.dataset.status = result.status;
    this.root.dataset.exitCode = result.exitCode === null ? "" : String(result.exitCode);
    this.output.querySelector(".gilpy-stdin")?.remove();
    return result;
  }

  stop(): void {
    this.stopCurrent?.();
  }

  private setRunning(on: boolean): void {
    this.runButton.disabled = on;
    this.stopButton.disabled = !on;
    if (on) this.root.dataset.status = "running";
  }

  private append(text: string, isErr: boolean): void {
    const node = isErr ? h("span", "gilpy-stderr") : document.createTextNode(text);
    if (isErr) node.textContent = text;
    const stdin = this.output.querySelector(".gilpy-stdin");
    if (stdin !== null) this.output.insertBefore(node, stdin);
    else this.output.append(node);
    this.outputChars += text.length;
    while (this.outputChars > MAX_OUTPUT_CHARS && this.output.firstChild !== null) {
      const first = this.output.firstChild;
      this.outputChars -= first.textContent?.length ?? 0;
      first.remove();
    }
    this.output.scrollTop = this.output.scrollHeight;
  }

  /** input(): a text field at the end of the output; Enter sends the line, Escape or Ctrl-D ends input. */
  private askLine(_prompt: string): Promise<string | null> {
    return new Promise((resolve) => {
      const field = h("input", "gilpy-stdin");
      field.type = "text";
      field.setAttribute("aria-label", "Input for the program");
      field.addEventListener("keydown", (e) => {
        if (e.key === "Enter") {
          const line = field.value;
          field.remove();
          this.output.append(document.createTextNode(line + "\n"));
          resolve(line);
        } else if (e.key === "Escape" || (e.key === "d" && e.ctrlKey)) {
          e.preventDefault();
          field.remove();
          resolve(null);
        }
      });
      this.output.append(field);
      field.focus();
    });
  }
}

function describe(r: RunResult): string {
  const secs = `${(r.elapsedMs / 1000).toFixed(2)} s`;
  if (r.status === "exited") return r.exitCode === 0 ? `Done in ${secs}.` : `Exited with code ${r.exitCode} (${secs}).`;
  return r.message ?? r.status;
}

function h<K extends keyof HTMLElementTagNameMap>(tag: K, cls: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  e.className = cls;
  return e;
}

function button(label: string, cls: string, onClick: () => void): HTMLButtonElement {
  const b = h("button", cls);
  b.type = "button";
  b.textContent = label;
  b.addEventListener("click", onClick);
  return b;
}
