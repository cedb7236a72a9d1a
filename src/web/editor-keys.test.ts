// editor-keys.test.ts — the playground's Enter / Tab / Shift+Tab edits on plain text.
import { describe, expect, it } from "vitest";
import { enterEdit, tabEdit, type Edit } from "./editor-keys.js";

function apply(text: string, e: Edit): { text: string; sel: [number, number] } {
  return { text: text.slice(0, e.start) + e.text + text.slice(e.end), sel: [e.selStart, e.selEnd] };
}
/** Applies an edit at the `|` markers of `marked` (one for a caret, two for a selection). */
function run(marked: string, f: (text: string, s: number, e: number) => Edit): string {
  const s = marked.indexOf("|");
  const e2 = marked.indexOf("|", s + 1);
  const text = marked.replace(/\|/g, "");
  const end = e2 < 0 ? s : e2 - 1;
  const r = apply(text, f(text, s, end));
  const [a, b] = r.sel;
  return a === b ? r.text.slice(0, a) + "|" + r.text.slice(a) : r.text.slice(0, a) + "|" + r.text.slice(a, b) + "|" + r.text.slice(b);
}

describe("Enter", () => {
  it("keeps the indentation", () => {
    expect(run("    x = 1|", enterEdit)).toBe("    x = 1\n    |");
  });
  it("indents one level after a colon, a comment after it included", () => {
    expect(run("def f():|", enterEdit)).toBe("def f():\n    |");
    expect(run("    for i in range(3):  # loop|", enterEdit)).toBe("    for i in range(3):  # loop\n        |");
  });
  it("does not take a colon inside a string or comment for a block", () => {
    expect(run("print('a:')|", enterEdit)).toBe("print('a:')\n|");
    expect(run("x = 1  # see:|", enterEdit)).toBe("x = 1  # see:\n|");
  });
  it("dedents after return, pass, break, continue and raise", () => {
    expect(run("        return x|", enterEdit)).toBe("        return x\n    |");
    expect(run("    pass|", enterEdit)).toBe("    pass\n|");
    expect(run("  raise|", enterEdit)).toBe("  raise\n|");
  });
  it("replaces a selection", () => {
    expect(run("a = |123|\nb", enterEdit)).toBe("a = \n|\nb");
  });
});

describe("Tab and Shift+Tab", () => {
  it("Tab at a caret pads to the next multiple of four", () => {
    expect(run("ab|c", (t, s, e) => tabEdit(t, s, e, false))).toBe("ab  |c");
    expect(run("|x", (t, s, e) => tabEdit(t, s, e, false))).toBe("    |x");
  });
  it("Tab over several lines indents each, empty lines stay empty", () => {
    expect(run("|a\n\nb|\nc", (t, s, e) => tabEdit(t, s, e, false))).toBe("|    a\n\n    b|\nc");
  });
  it("Shift+Tab dedents the caret's line or the selected lines by up to four spaces", () => {
    expect(run("if x:\n      y|", (t, s, e) => tabEdit(t, s, e, true))).toBe("if x:\n  y|");
    expect(run("    a|\n  b|\nc", (t, s, e) => tabEdit(t, s, e, true))).toBe("a|\nb|\nc");
  });
  it("a selection ending at a line start leaves that line alone", () => {
    expect(run("|a\n|b", (t, s, e) => tabEdit(t, s, e, false))).toBe("|    a\n|b");
  });
});
