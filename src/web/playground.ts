// playground.ts — the playground page (bundled as playground.js): a Python editor with light highlighting and
// Python-aware Enter/Tab/Shift+Tab (editor-keys.ts),
// run options (clock, seed, preempt, time limit), the output pane and the live thread timeline.
import { RunBlock } from "./run-block.js";
import { pageSession } from "./gilpy.js";
import { highlightPython } from "./highlight.js";
import { enterEdit, tabEdit, type Edit } from "./editor-keys.js";
import type { RunOptions } from "../embed/index.js";

const EXAMPLE = `import threading
import time

def worker(name, delay):
    for i in range(3):
        time.sleep(delay)
        print(f"{name}: шаг {i}")

lock = threading.Lock()
counter = 0

def add(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1

threads = [threading.Thread(target=worker, args=("A", 0.1)),
           threading.Thread(target=worker, args=("B", 0.15)),
           threading.Thread(target=add, args=(50000,))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter =", counter)
`;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const source = $<HTMLTextAreaElement>("source");
const highlight = $<HTMLPreElement>("highlight");
const saved = localStorage.getItem("gilpy-playground");
source.value = saved ?? EXAMPLE;

function paint(): void {
  highlight.replaceChildren(...highlightPython(source.value + "\n"));
  highlight.scrollTop = source.scrollTop;
  highlight.scrollLeft = source.scrollLeft;
}
source.addEventListener("input", () => {
  paint();
  localStorage.setItem("gilpy-playground", source.value);
});
source.addEventListener("scroll", () => {
  highlight.scrollTop = source.scrollTop;
  highlight.scrollLeft = source.scrollLeft;
});
function applyEdit(edit: Edit): void {
  source.setRangeText(edit.text, edit.start, edit.end);
  source.setSelectionRange(edit.selStart, edit.selEnd);
  paint();
  localStorage.setItem("gilpy-playground", source.value);
}
source.addEventListener("keydown", (e) => {
  if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    void block.run();
  } else if (e.key === "Tab" && !e.ctrlKey && !e.altKey && !e.metaKey) {
    e.preventDefault();
    applyEdit(tabEdit(source.value, source.selectionStart, source.selectionEnd, e.shiftKey));
  } else if (e.key === "Enter" && !e.shiftKey && !e.altKey && !e.isComposing) {
    e.preventDefault();
    applyEdit(enterEdit(source.value, source.selectionStart, source.selectionEnd));
  }
});
paint();

function options(): RunOptions {
  const o: RunOptions = {
    clock: $<HTMLSelectElement>("clock").value as "real" | "virtual",
    preempt: $<HTMLSelectElement>("preempt").value as "default" | "any",
    filename: "main.py",
  };
  const seed = $<HTMLInputElement>("seed").value;
  if (seed !== "") o.seed = Number(seed);
  const limit = Number($<HTMLInputElement>("time-limit").value);
  if (limit > 0) o.timeLimitMs = limit * 1000;
  return o;
}

const block = new RunBlock({ source: () => source.value, mount: $("runner"), session: pageSession, run: options, timeline: true });
