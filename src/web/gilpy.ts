// gilpy.ts — the drop-in for course pages (bundled as gilpy.js): one <script type="module"> makes every
// <pre><code class="language-python"> block and every <gilpy-run> element runnable, with output and an
// optional thread timeline. Also exports the embedding API for pages that want their own UI.
import { createGilpy, type Gilpy, type RunOptions } from "../embed/browser.js";
import { RunBlock } from "./run-block.js";

export * from "../embed/browser.js";
export { RunBlock } from "./run-block.js";
export { TimelineView } from "./timeline-view.js";
export { TimelineModel } from "./timeline-model.js";

let shared: Gilpy | null = null;
/** The page's one interpreter session (a Web Worker), started on first use. */
export function pageSession(): Gilpy {
  return (shared ??= createGilpy());
}

/** Run options from data-* / plain attributes: clock, seed, preempt, time-limit (s), instruction-limit, stdin. */
function optionsFrom(el: Element): RunOptions {
  const get = (name: string) => el.getAttribute(name) ?? el.getAttribute(`data-${name}`);
  const o: RunOptions = {};
  const clock = get("clock");
  if (clock === "virtual" || clock === "real") o.clock = clock;
  const seed = get("seed");
  if (seed !== null && seed !== "" && Number.isFinite(Number(seed))) o.seed = Number(seed);
  const preempt = get("preempt");
  if (preempt === "any" || preempt === "default") o.preempt = preempt;
  const limit = get("time-limit");
  if (limit !== null && Number(limit) > 0) o.timeLimitMs = Number(limit) * 1000;
  const ilimit = get("instruction-limit");
  if (ilimit !== null && Number(ilimit) > 0) o.instructionLimit = Number(ilimit);
  const stdin = get("stdin");
  if (stdin !== null) o.stdin = stdin.replace(/\\n/g, "\n");
  const filename = get("filename");
  if (filename !== null && filename !== "") o.filename = filename;
  return o;
}

function wantsTimeline(el: Element): boolean {
  const v = el.getAttribute("timeline") ?? el.getAttribute("data-timeline");
  return v !== null && v !== "false";
}

/** Makes the <pre><code class="language-python"> blocks under `root` runnable (each once). */
export function enhance(root: ParentNode = document): RunBlock[] {
  ensureStyles();
  const blocks: RunBlock[] = [];
  for (const code of Array.from(root.querySelectorAll<HTMLElement>("pre > code.language-python"))) {
    const pre = code.parentElement as HTMLPreElement;
    if (pre.dataset.gilpy !== undefined || pre.closest("gilpy-run") !== null) continue;
    pre.dataset.gilpy = "on";
    if (pre.dataset.gilpyEditable !== "false") {
      code.setAttribute("contenteditable", "plaintext-only");
      code.spellcheck = false;
    }
    const mount = document.createElement("div");
    mount.className = "gilpy-mount";
    pre.after(mount);
    blocks.push(
      new RunBlock({
        source: () => code.textContent ?? "",
        mount,
        session: pageSession,
        // Read at each run, so a page (or a test) can change data-clock and friends later.
        run: () => ({ ...optionsFrom(code), ...optionsFrom(pre) }),
        timeline: wantsTimeline(pre) || wantsTimeline(code),
      }),
    );
  }
  // Start the worker now, so the interpreter is loaded by the time the reader presses Run.
  if (blocks.length > 0) pageSession();
  return blocks;
}

/** <gilpy-run clock="virtual" timeline>print("hi")</gilpy-run>: the text is the program. */
class GilpyRunElement extends HTMLElement {
  block: RunBlock | null = null;
  connectedCallback(): void {
    if (this.block !== null) return;
    ensureStyles();
    const source = dedent(this.textContent ?? "");
    const pre = document.createElement("pre");
    const code = document.createElement("code");
    code.className = "language-python";
    code.textContent = source;
    code.setAttribute("contenteditable", "plaintext-only");
    code.spellcheck = false;
    pre.append(code);
    const mount = document.createElement("div");
    mount.className = "gilpy-mount";
    this.replaceChildren(pre, mount);
    this.block = new RunBlock({
      source: () => code.textContent ?? "",
      mount,
      session: pageSession,
      run: () => optionsFrom(this),
      timeline: wantsTimeline(this),
    });
    if (this.hasAttribute("autorun")) void this.block.run();
    else pageSession();
  }
}

/** Removes the indentation common to all lines and blank lines at both ends (HTML source is indented). */
export function dedent(text: string): string {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  while (lines.length > 0 && lines[0].trim() === "") lines.shift();
  while (lines.length > 0 && lines[lines.length - 1].trim() === "") lines.pop();
  let common = Infinity;
  for (const l of lines) if (l.trim() !== "") common = Math.min(common, /^[ \t]*/.exec(l)![0].length);
  if (common === Infinity) common = 0;
  return lines.map((l) => l.slice(common)).join("\n") + "\n";
}

/** Links gilpy.css (beside this script) unless the page already has it: a file, not inline CSS, for CSP. */
function ensureStyles(): void {
  if (document.querySelector("link[data-gilpy-css], link[href$='gilpy.css']") !== null) return;
  const link = document.createElement("link");
  link.rel = "stylesheet";
  link.href = new URL("./gilpy.css", import.meta.url).href;
  link.dataset.gilpyCss = "";
  document.head.append(link);
}

if (typeof customElements !== "undefined" && customElements.get("gilpy-run") === undefined) {
  customElements.define("gilpy-run", GilpyRunElement);
}

// Pages opt out of the automatic pass with <html data-gilpy-manual> and call enhance() themselves.
if (typeof document !== "undefined" && !document.documentElement.hasAttribute("data-gilpy-manual")) {
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", () => enhance());
  else enhance();
}
