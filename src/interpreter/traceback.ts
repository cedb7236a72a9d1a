// traceback.ts — traceback objects built while an exception unwinds, and CPython 3.11's printed form of an
// uncaught exception: frames with source lines and ^^^^/~~~^~~~ carets, chained causes and contexts,
// SyntaxError's own layout, and "Did you mean" suggestions (Python/traceback.c, Lib/traceback.py,
// Python/suggestions.c).
import {
  PyObj, PyObject, PyType, PyInstance, PyModule, None, makeBuiltinType, TypeFlag, typeOf,
} from "../runtime/object.js";
import { PyBaseException, SyntaxError, AttributeError, NameError } from "../runtime/exceptions.js";
import { PyExceptionGroup } from "../runtime/types/exception-group.js";
import { defineGetters } from "../runtime/builtin-function.js";
import { strGen } from "../runtime/ops-object.js";
import { PyDict } from "../runtime/dict.js";
import type { Frame } from "./frame.js";
import { FastKind } from "./opcodes.js";

export const tracebackType = makeBuiltinType("traceback", undefined, TypeFlag.None);
export const frameType = makeBuiltinType("frame", undefined, TypeFlag.None);

export class PyTraceback extends PyObj {
  constructor(
    public next: PyObject,
    readonly frame: Frame,
    readonly lasti: number,
  ) {
    super(tracebackType);
  }
  get lineno(): number {
    return this.frame.code!.lineOf(this.lasti);
  }
}

/** Python view of a VM frame (tb_frame, sys._getframe). */
export class PyFrameObject extends PyObj {
  constructor(readonly frame: Frame) {
    super(frameType);
  }
}

defineGetters(tracebackType, {
  tb_next: (t) => (t as PyTraceback).next,
  tb_lineno: (t) => (t as PyTraceback).lineno,
  tb_lasti: (t) => (t as PyTraceback).lasti * 2,
  tb_frame: (t) => new PyFrameObject((t as PyTraceback).frame),
});
defineGetters(frameType, {
  f_lineno: (f) => (f as PyFrameObject).frame.currentLine,
  f_globals: (f) => PyDict.fromAttrs((f as PyFrameObject).frame.globals),
  f_locals: (f) => localsHook((f as PyFrameObject).frame),
  f_code: (f) => (f as PyFrameObject).frame.code!,
  f_back: (f) => {
    let b = (f as PyFrameObject).frame.back;
    while (b !== null && b.code === null) b = b.back;
    return b === null ? None : new PyFrameObject(b);
  },
});

/** f_locals: set by vm-builtins (which knows how to snapshot fast locals). */
let localsHook: (f: Frame) => PyObject = () => None;
export function setLocalsHook(h: (f: Frame) => PyObject): void {
  localsHook = h;
}

export function addTraceback(exc: PyBaseException, f: Frame, lasti: number): void {
  exc.traceback = new PyTraceback(exc.traceback, f, lasti);
}

/** Sets __context__ to the exception being handled, cutting cycles as CPython's _PyErr_SetObject does. */
export function setContext(exc: PyBaseException, handled: PyObject): void {
  if (!(handled instanceof PyBaseException) || handled === exc) return;
  let o: PyBaseException = handled;
  while (o.context instanceof PyBaseException) {
    if (o.context === exc) {
      o.context = None;
      break;
    }
    o = o.context;
  }
  exc.context = handled;
}

// ---- formatting ----

function expandTabs(s: string): string {
  return s;
}

/** Lines for the frames of a traceback chain (each entry: File line, source, carets). */
export function formatTb(tb: PyObject, limit: number | null = null): string[] {
  const out: string[] = [];
  let last: string | null = null;
  let count = 0;
  let n = 0;
  for (let t = tb; t instanceof PyTraceback; t = t.next) {
    if (limit !== null && n >= limit) break;
    n++;
    const code = t.frame.code!;
    const lineno = code.lineOf(t.lasti);
    const key = `${code.filename}\0${lineno}\0${code.name}`;
    if (key === last) {
      count++;
      if (count > 3) continue;
    } else {
      if (count > 3) out.push(repeatedLine(count - 3));
      last = key;
      count = 1;
    }
    out.push(formatFrameLine(t));
  }
  if (count > 3) out.push(repeatedLine(count - 3));
  return out;
}

function repeatedLine(n: number): string {
  return `  [Previous line repeated ${n} more time${n > 1 ? "s" : ""}]\n`;
}

function formatFrameLine(t: PyTraceback): string {
  const code = t.frame.code!;
  const i = t.lasti;
  const pos = code.positions;
  const lineno = code.lineOf(i);
  let s = `  File "${code.filename}", line ${lineno}, in ${code.name}\n`;
  const lines = code.sourceLines;
  if (lines === null || code.filename.startsWith("<") || lineno < 1 || lineno > lines.length) return s;
  const orig = expandTabs(lines[lineno - 1]);
  const stripped = orig.trim();
  if (stripped === "") return s;
  s += `    ${stripped}\n`;
  const startLine = pos[i * 4], endLine = pos[i * 4 + 1], col = pos[i * 4 + 2], endCol = pos[i * 4 + 3];
  if (col < 0 || endCol < 0 || startLine !== lineno) return s;
  const lstripped = orig.replace(/^\s+/, "");
  const strippedChars = orig.length - lstripped.length;
  const startOffset = cpIndex(orig, col) + 1;
  let endOffset: number;
  let anchors: [number, number] | null = null;
  if (startLine === endLine) {
    endOffset = cpIndex(orig, endCol) + 1;
    const a = code.anchors.get(i);
    if (a !== undefined) anchors = computeAnchors(orig.slice(startOffset - 1, endOffset - 1), a);
  } else {
    endOffset = strippedChars + stripped.length + 1;
  }
  // 3.11 (Lib/traceback.py format_frame_summary): carets only when they do not cover the whole line
  if (endOffset - startOffset < stripped.length || (anchors !== null && anchors[1] - anchors[0] > 0)) {
    let c = "    " + " ".repeat(Math.max(0, startOffset - 1 - strippedChars));
    if (anchors !== null) {
      c += "~".repeat(anchors[0]) + "^".repeat(anchors[1] - anchors[0]) + "~".repeat(endOffset - startOffset - anchors[1]);
    } else {
      c += "^".repeat(endOffset - startOffset);
    }
    s += c + "\n";
  }
  return s;
}

/** Columns in our positions are code points already. */
function cpIndex(_line: string, col: number): number {
  return col;
}

/** CPython 3.11's _extract_caret_anchors_from_line_segment for a BinOp or Subscript segment. */
function computeAnchors(segment: string, a: number[]): [number, number] | null {
  if (a[0] === 0) {
    const opStr = segment.slice(a[1], a[2]);
    const opOffset = opStr.length - opStr.replace(/^\s+/, "").length;
    const left = a[1] + opOffset;
    let right = left + 1;
    if (opOffset + 1 < opStr.length && !/\s/.test(opStr[opOffset + 1])) right++;
    return [left, right];
  }
  return [a[1], a[2] + 1];
}

/** "ValueError" / "mymod.MyError": CPython omits the module for builtins and __main__. */
function typeLabel(t: PyType): string {
  const mod = t.dict.get("__module__");
  const m = typeof mod === "string" ? mod : t.module;
  const q = t.qualname;
  return m === "builtins" || m === "__main__" ? q : `${m}.${q}`;
}

function* exceptionOnly(exc: PyBaseException, display = false): Generator<any, string[], any> {
  const t = exc.type;
  const label = typeLabel(t);
  if (t.isSubtypeOf(SyntaxError)) return display ? displaySyntaxErrorLines(exc, label) : syntaxErrorLines(exc, label);
  let msg: string;
  try {
    msg = yield* strGen(exc);
  } catch (e) {
    if (typeof process !== "undefined" && process.env?.GILPY_DEBUG) console.error("str() failed:", e, exc.args.items);
    msg = "<exception str() failed>";
  }
  if (t === NameError || t === AttributeError) msg += suggestion(exc);
  const out = [msg === "" ? `${label}\n` : `${label}: ${msg}\n`];
  const notes = exc.dict.get("__notes__");
  if (notes !== undefined && notes !== None && (notes as { items?: PyObject[] }).items) {
    for (const n of (notes as unknown as { items: PyObject[] }).items) out.push(`${typeof n === "string" ? n : String(n)}\n`);
  }
  return out;
}

function syntaxErrorLines(exc: PyBaseException, label: string): string[] {
  const d = exc.dict;
  const out: string[] = [];
  const filename = d.get("filename");
  const lineno = d.get("lineno");
  const text = d.get("text");
  const offset = d.get("offset");
  const endOffsetRaw = d.get("end_offset");
  const msgv = d.get("msg") ?? (exc.args.items.length ? exc.args.items[0] : None);
  let suffix = "";
  if (typeof lineno === "number") {
    out.push(`  File "${typeof filename === "string" ? filename : "<string>"}", line ${lineno}\n`);
  } else if (typeof filename === "string") {
    suffix = ` (${filename})`;
  }
  if (typeof text === "string") {
    const rtext = text.replace(/\n+$/, "");
    const ltext = rtext.replace(/^[ \n\f]+/, "");
    const spaces = rtext.length - ltext.length;
    out.push(`    ${ltext}\n`);
    if (typeof offset === "number") {
      let endOffset = typeof endOffsetRaw === "number" && endOffsetRaw !== 0 ? endOffsetRaw : offset;
      if (offset === endOffset || endOffset === -1) endOffset = offset + 1;
      const colno = offset - 1 - spaces;
      const endColno = endOffset - 1 - spaces;
      if (colno >= 0) {
        const caretSpace = [...ltext.slice(0, colno)].map((c) => (/\s/.test(c) ? c : " ")).join("");
        out.push(`    ${caretSpace}${"^".repeat(Math.max(0, endColno - colno))}\n`);
      }
    }
  }
  const msg = typeof msgv === "string" && msgv !== "" ? msgv : "<no detail available>";
  out.push(`${label}: ${msg}${suffix}\n`);
  return out;
}

/**
 * A SyntaxError as the interpreter prints it (Python/pythonrun.c print_exception and print_error_text), which
 * differs from traceback.py: leading tabs are stripped too, the caret line is spaces only, and subclasses
 * (IndentationError, TabError) get a single caret because their end position is ignored.
 */
function displaySyntaxErrorLines(exc: PyBaseException, label: string): string[] {
  const d = exc.dict;
  const out: string[] = [];
  const filename = d.get("filename");
  const lineno = d.get("lineno");
  const text = d.get("text");
  const offsetv = d.get("offset");
  const msgv = d.get("msg") ?? (exc.args.items.length ? exc.args.items[0] : None);
  if (typeof lineno !== "number" || typeof offsetv !== "number") return syntaxErrorLines(exc, label);
  out.push(`  File "${typeof filename === "string" ? filename : "<string>"}", line ${lineno}\n`);
  if (typeof text === "string") {
    let offset = offsetv;
    let endOffset = -1;
    if (exc.type === SyntaxError) {
      const e = d.get("end_offset"), el = d.get("end_lineno");
      endOffset = typeof e === "number" ? e : -1;
      const lineSize = [...text].length;
      if (typeof el === "number" && el > lineno) endOffset = lineSize;
      if (endOffset > lineSize + 1) endOffset = lineSize + 1;
    }
    const carets = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
    let t = text;
    offset--;
    let i = 0;
    while (i < t.length && (t[i] === " " || t[i] === "\t" || t[i] === "\f")) {
      i++;
      offset--;
    }
    t = t.slice(i);
    let len = t.length;
    if (len > 0 && t[len - 1] === "\n") len--;
    if (offset > len) offset = len;
    for (;;) {
      const nl = t.indexOf("\n");
      if (nl < 0 || nl >= offset) break;
      t = t.slice(nl + 1);
      len -= nl + 1;
      offset -= nl + 1;
    }
    out.push(`    ${t}${t[len] === "\n" ? "" : "\n"}`);
    if (offset >= 0) out.push(`    ${" ".repeat(offset)}${"^".repeat(carets)}\n`);
  }
  const msg = typeof msgv === "string" && msgv !== "" ? msgv : "<no detail available>";
  out.push(`${label}: ${msg}\n`);
  return out;
}

/**
 * The full report of an uncaught exception, with its chain, as traceback.format_exception gives it, or with
 * `display` as the interpreter itself prints it (sys.excepthook, PyErr_Display), which differs for SyntaxErrors.
 */
export function* formatException(exc: PyObject, chain = true, display = false): Generator<any, string[], any> {
  if (!(exc instanceof PyBaseException)) return [`TypeError: print_exception(): Exception expected for value, ${typeOf(exc).name} found\n`];
  const seen = new Set<PyBaseException>();
  const out: string[] = [];
  // Exception groups print as nested boxes (Lib/traceback.py TracebackException.format with its
  // _ExceptionPrintContext): depth 0 prints plainly; inside a group each line gets "  "*depth + "| ".
  const ctx = { depth: 0, needClose: false };
  const emit = (texts: string[], margin = "|") => {
    if (ctx.depth === 0) {
      out.push(...texts);
      return;
    }
    const prefix = " ".repeat(2 * ctx.depth) + margin + " ";
    for (const t of texts) out.push(t.split(/(?<=\n)/).map((l) => prefix + l).join(""));
  };
  const visit = function* (e: PyBaseException): Generator<any, void, any> {
    seen.add(e);
    if (chain) {
      if (e.cause instanceof PyBaseException && !seen.has(e.cause)) {
        yield* visit(e.cause);
        emit(["\nThe above exception was the direct cause of the following exception:\n\n"]);
      } else if (e.cause === None && !e.suppressContext && e.context instanceof PyBaseException && !seen.has(e.context)) {
        yield* visit(e.context);
        emit(["\nDuring handling of the above exception, another exception occurred:\n\n"]);
      }
    }
    const subs = e instanceof PyExceptionGroup ? e.excs.items : null;
    if (subs === null) {
      if (e.traceback instanceof PyTraceback) {
        emit(["Traceback (most recent call last):\n"]);
        emit(formatTb(e.traceback));
      }
      emit(yield* exceptionOnly(e, display));
      return;
    }
    if (ctx.depth > MAX_GROUP_DEPTH) {
      emit([`... (max_group_depth is ${MAX_GROUP_DEPTH})\n`]);
      return;
    }
    const top = ctx.depth === 0;
    if (top) ctx.depth++;
    if (e.traceback instanceof PyTraceback) {
      emit(["Exception Group Traceback (most recent call last):\n"], top ? "+" : "|");
      emit(formatTb(e.traceback));
    }
    emit(yield* exceptionOnly(e, display));
    const n = subs.length <= MAX_GROUP_WIDTH ? subs.length : MAX_GROUP_WIDTH + 1;
    ctx.needClose = false;
    for (let i = 0; i < n; i++) {
      const last = i === n - 1;
      if (last) ctx.needClose = true;
      const truncated = i >= MAX_GROUP_WIDTH;
      const title = truncated ? "..." : String(i + 1);
      out.push(`${" ".repeat(2 * ctx.depth)}${i === 0 ? "+-" : "  "}+---------------- ${title} ----------------\n`);
      ctx.depth++;
      if (!truncated) {
        yield* visit(subs[i] as PyBaseException);
      } else {
        const remaining = subs.length - MAX_GROUP_WIDTH;
        emit([`and ${remaining} more exception${remaining > 1 ? "s" : ""}\n`]);
      }
      if (last && ctx.needClose) {
        out.push(`${" ".repeat(2 * ctx.depth)}+------------------------------------\n`);
        ctx.needClose = false;
      }
      ctx.depth--;
    }
    if (top) ctx.depth = 0;
  };
  yield* visit(exc);
  return out;
}

/** traceback.py's defaults for how wide and deep a printed exception group goes. */
const MAX_GROUP_WIDTH = 15, MAX_GROUP_DEPTH = 10;

// ---- suggestions (Python/suggestions.c, 3.11) ----

const MOVE_COST = 2, CASE_COST = 1, MAX_STRING_SIZE = 40, MAX_CANDIDATE_ITEMS = 750;

function substitutionCost(a: string, b: string): number {
  if (a === b) return 0;
  if (a.toLowerCase() === b.toLowerCase()) return CASE_COST;
  return MOVE_COST;
}

function levenshtein(a: string, b: string, maxCost: number): number {
  if (a === b) return 0;
  let s = 0;
  while (s < a.length && s < b.length && a[s] === b[s]) s++;
  a = a.slice(s);
  b = b.slice(s);
  let e = 0;
  while (e < a.length && e < b.length && a[a.length - 1 - e] === b[b.length - 1 - e]) e++;
  a = a.slice(0, a.length - e);
  b = b.slice(0, b.length - e);
  if (a.length === 0 || b.length === 0) return (a.length + b.length) * MOVE_COST;
  if (a.length > MAX_STRING_SIZE || b.length > MAX_STRING_SIZE) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
  const buf: number[] = [];
  let tmp = MOVE_COST;
  for (let i = 0; i < a.length; i++) {
    buf[i] = tmp;
    tmp += MOVE_COST;
  }
  let result = 0;
  for (let bi = 0; bi < b.length; bi++) {
    const code = b[bi];
    let distance = (result = bi * MOVE_COST);
    let minimum = Infinity;
    for (let i = 0; i < a.length; i++) {
      const substitute = distance + substitutionCost(code, a[i]);
      distance = buf[i];
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      buf[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

function bestMatch(dir: string[], name: string): string | null {
  if (dir.length >= MAX_CANDIDATE_ITEMS) return null;
  let best: string | null = null;
  let bestDist = Infinity;
  for (const item of dir) {
    if (item === name) continue;
    let maxDist = Math.floor(((utf8Len(name) + utf8Len(item) + 3) * MOVE_COST) / 6);
    maxDist = Math.min(maxDist, bestDist - 1);
    const d = levenshtein(name, item, maxDist);
    if (d > maxDist) continue;
    if (best === null || d < bestDist) {
      best = item;
      bestDist = d;
    }
  }
  return best;
}

// TextEncoder, not Node's Buffer: tracebacks are printed in the browser worker too.
const utf8 = new TextEncoder();
function utf8Len(s: string): number {
  return utf8.encode(s).length;
}

function pyRepr(s: string): string {
  return s.includes("'") && !s.includes('"') ? `"${s}"` : `'${s}'`;
}

function suggestion(exc: PyBaseException): string {
  const name = exc.dict.get("name");
  if (typeof name !== "string") return "";
  let found: string | null = null;
  if (exc.type === AttributeError) {
    const obj = exc.dict.get("obj");
    if (obj === undefined) return "";
    found = bestMatch(dirOf(obj), name);
  } else {
    let tb = exc.traceback;
    if (!(tb instanceof PyTraceback)) return "";
    let last: PyTraceback = tb;
    while (last.next instanceof PyTraceback) last = last.next;
    const f = last.frame;
    const code = f.code!;
    const locals = code.localsplusnames.filter((_: string, i: number) => code.localspluskinds[i] & FastKind.LOCAL);
    found = bestMatch(locals, name);
    if (found === null && f.locals !== null && f.locals !== f.globals) found = bestMatch([...f.locals.keys()], name);
    if (found === null) found = bestMatch([...f.globals.keys()], name);
    if (found === null) found = bestMatch([...f.builtins.keys()], name);
  }
  return found === null ? "" : `. Did you mean: ${pyRepr(found)}?`;
}

/** dir(obj) for suggestions: instance attributes and everything along the type's MRO, sorted. */
function dirOf(obj: PyObject): string[] {
  const names = new Set<string>();
  if (obj instanceof PyModule) {
    for (const k of obj.dict.keys()) names.add(k);
  } else {
    if (obj instanceof PyInstance && obj.dict !== null) for (const k of obj.dict.keys()) names.add(k);
    const d = (obj as { dict?: unknown }).dict;
    if (!(obj instanceof PyInstance) && d instanceof Map) for (const k of d.keys()) if (typeof k === "string") names.add(k);
    const t = obj instanceof PyType ? obj : typeOf(obj);
    for (const c of t.mro) for (const k of c.dict.keys()) names.add(k);
    if (obj instanceof PyType) for (const c of typeOf(obj).mro) for (const k of c.dict.keys()) names.add(k);
  }
  return [...names].sort();
}
