// editor-keys.ts — the playground editor's Python-aware keys as pure text edits (no DOM, so they are unit
// tested in Node): Enter keeps the line's indentation (one level more after a ':' , one less after return,
// pass, break, continue, raise), Tab / Shift+Tab indent or dedent the selected lines by four spaces.

/** A text edit: replace [start, end) by `text`, then select [selStart, selEnd). */
export interface Edit {
  start: number;
  end: number;
  text: string;
  selStart: number;
  selEnd: number;
}

const UNIT = "    ";

function lineStart(text: string, i: number): number {
  return text.lastIndexOf("\n", i - 1) + 1;
}

/** The line's code without a trailing comment (a '#' outside quotes) and trailing blanks. */
function codePart(line: string): string {
  let quote = "";
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote !== "") {
      if (c === "\\") i++;
      else if (c === quote) quote = "";
    } else if (c === "'" || c === '"') quote = c;
    else if (c === "#") return line.slice(0, i).trimEnd();
  }
  return line.trimEnd();
}

/** Enter at [start, end): a newline indented like the current line, adjusted for ':' and block enders. */
export function enterEdit(text: string, start: number, end: number): Edit {
  const ls = lineStart(text, start);
  const before = text.slice(ls, start);
  let indent = /^[ \t]*/.exec(before)![0];
  const code = codePart(before).trim();
  if (code.endsWith(":")) indent += UNIT;
  else if (/^(return|pass|break|continue|raise)\b/.test(code)) indent = indent.slice(0, Math.max(0, indent.length - UNIT.length));
  const insert = "\n" + indent;
  const caret = start + insert.length;
  return { start, end, text: insert, selStart: caret, selEnd: caret };
}

/**
 * Tab (dedent false) or Shift+Tab (dedent true). A caret or a selection inside one line with Tab inserts
 * spaces to the next multiple of four; otherwise every line the selection touches is indented or dedented.
 */
export function tabEdit(text: string, start: number, end: number, dedent: boolean): Edit {
  const first = lineStart(text, start);
  const multiLine = text.slice(start, end).includes("\n");
  if (!dedent && !multiLine) {
    const col = start - first;
    const pad = " ".repeat(UNIT.length - (col % UNIT.length));
    return { start, end, text: pad, selStart: start + pad.length, selEnd: start + pad.length };
  }
  // Whole lines from the first touched to the last (a selection ending at a line's start leaves that line).
  const lastIdx = multiLine && end > start && text[end - 1] === "\n" ? end - 1 : end;
  const nl = text.indexOf("\n", lastIdx);
  const stop = nl < 0 ? text.length : nl;
  const lines = text.slice(first, stop).split("\n");
  let firstDelta = 0;
  let total = 0;
  const changed = lines.map((line, i) => {
    let out: string;
    if (dedent) {
      const n = /^ {0,4}/.exec(line)![0].length;
      out = line.slice(n === 0 && line.startsWith("\t") ? 1 : n);
    } else out = line === "" ? line : UNIT + line;
    const delta = out.length - line.length;
    if (i === 0) firstDelta = delta;
    total += delta;
    return out;
  });
  // A selection starting at column 0 keeps starting there (so it covers the new indentation).
  const selStart = start === first && multiLine ? first : Math.max(first, start + firstDelta);
  const selEnd = multiLine ? end + total : Math.max(first, end + firstDelta);
  return { start: first, end: stop, text: changed.join("\n"), selStart, selEnd };
}
