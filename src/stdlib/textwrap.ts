// textwrap.ts — the textwrap module in TypeScript: TextWrapper (subclassable; its options are ordinary
// instance attributes read at each call), wrap, fill, shorten, dedent, indent.
// Behaviour follows docs.python.org/3.11/library/textwrap.html and what python3 3.11 prints: the same
// chunking of words, hyphens and em-dashes, the same line filling, placeholder and error messages.
import { PyObject, PyModule, PyInstance, KwArgs, None, makeBuiltinType, objectType, TypeFlag, newList, typeName } from "../runtime/object.js";
import { typeError, valueError } from "../runtime/exceptions.js";
import { defineGenMethods, defineMethods, defineModuleGenFunctions, defineModuleFunctions } from "../runtime/builtin-function.js";
import { callGen } from "../runtime/ops-call.js";
import { loadAttrGen, noAttribute } from "../runtime/ops-attr.js";
import { truthGen, indexGen } from "../runtime/ops-object.js";
import type { NativeGen } from "../runtime/protocol.js";
import type { RuntimeContext } from "../runtime/runtime-context.js";
import { cpLen, strValue } from "./support.js";

// textwrap's whitespace is ASCII only (CPython Lib/textwrap.py keeps its own set, not str.isspace()).
const WS = "\\t\\n\\x0b\\x0c\\r ";
const WORD = "[\\p{L}\\p{N}_]";
const LETTER = "[\\p{L}\\p{Nl}\\p{No}_]";
const PUNCT_WORD = "[\\p{L}\\p{N}_!\"'&.,?]";
// A chunk is a whitespace run, an em-dash between words, or a word that may end after a hyphen that sits
// between letters (so "long-term" splits as "long-" "term" but "-x" and "a--b" do not split there).
const CHUNK_WITH_HYPHENS = new RegExp(
  `([${WS}]+` +
    `|(?<=${PUNCT_WORD})-{2,}(?=${WORD})` +
    `|[^${WS}]+?(?:-(?:(?<=${LETTER}{2}-)|(?<=${LETTER}-${LETTER}-))(?=${LETTER}-?${LETTER})` +
    `|(?=[${WS}]|$)` +
    `|(?<=${PUNCT_WORD})(?=-{2,}${WORD})))`,
  "u",
);
const CHUNK_PLAIN = new RegExp(`([${WS}]+)`, "u");
const SENTENCE_END = /[a-z][.!?]["']?$/;
const WS_CHARS = new Set(["\t", "\n", "\x0b", "\x0c", "\r", " "]);

interface Options {
  width: number;
  initialIndent: string;
  subsequentIndent: string;
  expandTabs: boolean;
  replaceWhitespace: boolean;
  fixSentenceEndings: boolean;
  breakLongWords: boolean;
  dropWhitespace: boolean;
  breakOnHyphens: boolean;
  tabsize: number;
  maxLines: number | null;
  placeholder: string;
}

const PARAMS: [string, PyObject][] = [
  ["width", 70], ["initial_indent", ""], ["subsequent_indent", ""], ["expand_tabs", true],
  ["replace_whitespace", true], ["fix_sentence_endings", false], ["break_long_words", true],
  ["drop_whitespace", true], ["break_on_hyphens", true], ["tabsize", 8],
];
const KEYWORD_ONLY: [string, PyObject][] = [["max_lines", None], ["placeholder", " [...]"]];

export const textWrapperType = makeBuiltinType("TextWrapper", objectType, TypeFlag.BaseType | TypeFlag.HasDict);
textWrapperType.module = "textwrap";

/** TextWrapper.__init__: every option becomes an instance attribute, as in CPython. */
function wrapperInit(args: PyObject[], kwargs: KwArgs | null): PyObject {
  const self = args[0] as PyInstance;
  if (args.length - 1 > PARAMS.length) {
    throw typeError(`TextWrapper.__init__() takes from 1 to ${PARAMS.length + 1} positional arguments but ${args.length} were given`);
  }
  const values = new Map<string, PyObject>([...PARAMS, ...KEYWORD_ONLY]);
  args.slice(1).forEach((v, i) => values.set(PARAMS[i][0], v));
  if (kwargs !== null) {
    for (const [k, v] of kwargs) {
      const pos = PARAMS.findIndex(([n]) => n === k);
      if (pos < 0 && !KEYWORD_ONLY.some(([n]) => n === k)) {
        throw typeError(`TextWrapper.__init__() got an unexpected keyword argument '${k}'`);
      }
      if (pos >= 0 && pos < args.length - 1) throw typeError(`TextWrapper.__init__() got multiple values for argument '${k}'`);
      values.set(k, v);
    }
  }
  for (const [k, v] of values) self.dict!.set(k, v);
  return None;
}

function* readString(self: PyObject, name: string): Generator<any, string, any> {
  const v = yield* loadAttrGen(self, name);
  const s = strValue(v);
  if (s === undefined) throw typeError(`can only concatenate str (not "${typeName(v)}") to str`);
  return s;
}

function* readInt(self: PyObject, name: string): Generator<any, number, any> {
  const v = yield* loadAttrGen(self, name);
  const n = yield* indexGen(v);
  if (n === null) throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  return Number(n);
}

function* readFlag(self: PyObject, name: string): Generator<any, boolean, any> {
  return yield* truthGen(yield* loadAttrGen(self, name));
}

/** The options of a TextWrapper (or subclass) instance, read through normal attribute lookup. */
function* readOptions(self: PyObject): Generator<any, Options, any> {
  const maxLines = yield* loadAttrGen(self, "max_lines");
  return {
    width: yield* readInt(self, "width"),
    initialIndent: yield* readString(self, "initial_indent"),
    subsequentIndent: yield* readString(self, "subsequent_indent"),
    expandTabs: yield* readFlag(self, "expand_tabs"),
    replaceWhitespace: yield* readFlag(self, "replace_whitespace"),
    fixSentenceEndings: yield* readFlag(self, "fix_sentence_endings"),
    breakLongWords: yield* readFlag(self, "break_long_words"),
    dropWhitespace: yield* readFlag(self, "drop_whitespace"),
    breakOnHyphens: yield* readFlag(self, "break_on_hyphens"),
    tabsize: yield* readInt(self, "tabsize"),
    maxLines: maxLines === None ? null : Number(yield* indexGen(maxLines)),
    placeholder: yield* readString(self, "placeholder"),
  };
}

/** str.expandtabs: a tab moves to the next multiple of tabsize; the column restarts after \n and \r. */
export function expandTabs(text: string, tabsize: number): string {
  let out = "";
  let column = 0;
  for (const ch of text) {
    if (ch === "\t") {
      if (tabsize > 0) {
        const pad = tabsize - (column % tabsize);
        out += " ".repeat(pad);
        column += pad;
      }
    } else {
      out += ch;
      column = ch === "\n" || ch === "\r" ? 0 : column + 1;
    }
  }
  return out;
}

function chunksOf(text: string, o: Options): string[] {
  if (o.expandTabs) text = expandTabs(text, o.tabsize);
  if (o.replaceWhitespace) text = Array.from(text, (c) => (WS_CHARS.has(c) ? " " : c)).join("");
  const chunks = text.split(o.breakOnHyphens ? CHUNK_WITH_HYPHENS : CHUNK_PLAIN).filter((c) => c !== "" && c !== undefined);
  if (o.fixSentenceEndings) {
    // "end.  Next": a single space after a sentence end becomes two
    for (let i = 0; i < chunks.length - 1; ) {
      if (chunks[i + 1] === " " && SENTENCE_END.test(chunks[i])) {
        chunks[i + 1] = "  ";
        i += 2;
      } else {
        i += 1;
      }
    }
  }
  return chunks;
}

const isBlank = (s: string) => s.trim() === "";

/** Fills lines greedily from the chunks (CPython's TextWrapper._wrap_chunks behaviour). */
function fillLines(chunks: string[], o: Options): string[] {
  if (o.width <= 0) throw valueError(`invalid width ${o.width} (must be > 0)`);
  if (o.maxLines !== null) {
    const indent = o.maxLines > 1 ? o.subsequentIndent : o.initialIndent;
    if (cpLen(indent) + cpLen(o.placeholder.replace(/^\s+/u, "")) > o.width) {
      throw valueError("placeholder too large for max width");
    }
  }
  const pending = chunks.slice().reverse(); // next chunk at the end
  const lines: string[] = [];
  while (pending.length > 0) {
    const indent = lines.length > 0 ? o.subsequentIndent : o.initialIndent;
    const room = o.width - cpLen(indent);
    if (o.dropWhitespace && lines.length > 0 && isBlank(pending[pending.length - 1])) pending.pop();
    const line: string[] = [];
    let used = 0;
    while (pending.length > 0) {
      const size = cpLen(pending[pending.length - 1]);
      if (used + size > room) break;
      line.push(pending.pop()!);
      used += size;
    }
    if (pending.length > 0 && cpLen(pending[pending.length - 1]) > room) {
      used += splitLongWord(pending, line, used, room, o);
    }
    if (o.dropWhitespace && line.length > 0 && isBlank(line[line.length - 1])) {
      used -= cpLen(line.pop()!);
    }
    if (line.length === 0) continue;
    const lastAllowed = o.maxLines === null || lines.length + 1 < o.maxLines;
    const nothingLeft = pending.length === 0 || (o.dropWhitespace && pending.length === 1 && isBlank(pending[0]));
    if (lastAllowed || (nothingLeft && used <= room)) {
      lines.push(indent + line.join(""));
      continue;
    }
    // max_lines reached with text left over: end the line (or the previous one) with the placeholder
    const tail = o.placeholder;
    while (line.length > 0) {
      if (!isBlank(line[line.length - 1]) && used + cpLen(tail) <= room) {
        lines.push(indent + line.join("") + tail);
        return lines;
      }
      used -= cpLen(line.pop()!);
    }
    if (lines.length > 0) {
      const previous = lines[lines.length - 1].replace(/\s+$/u, "");
      if (cpLen(previous) + cpLen(tail) <= o.width) {
        lines[lines.length - 1] = previous + tail;
        return lines;
      }
    }
    lines.push(indent + tail.replace(/^\s+/u, ""));
    return lines;
  }
  return lines;
}

/** Breaks the next chunk (too long for any line) to fill the current line; returns the width added. */
function splitLongWord(pending: string[], line: string[], used: number, room: number, o: Options): number {
  const space = room < 1 ? 1 : room - used;
  if (o.breakLongWords) {
    const word = Array.from(pending[pending.length - 1]);
    let cut = space;
    if (o.breakOnHyphens && word.length > space) {
      const hyphen = word.slice(0, space).lastIndexOf("-");
      if (hyphen > 0 && word.slice(0, hyphen).some((c) => c !== "-")) cut = hyphen + 1;
    }
    line.push(word.slice(0, cut).join(""));
    pending[pending.length - 1] = word.slice(cut).join("");
    return Math.min(cut, word.length);
  }
  if (line.length === 0) {
    const word = pending.pop()!;
    line.push(word);
    return cpLen(word);
  }
  return 0;
}

function textArg(text: PyObject, o: Options): string {
  const s = strValue(text);
  if (s === undefined) throw noAttribute(text, o.expandTabs ? "expandtabs" : o.replaceWhitespace ? "translate" : "split");
  return s;
}

function* wrapWith(self: PyObject, text: PyObject): Generator<any, string[], any> {
  const o = yield* readOptions(self);
  return fillLines(chunksOf(textArg(text, o), o), o);
}

defineMethods(textWrapperType, { __init__: wrapperInit });
defineGenMethods(textWrapperType, {
  wrap: function* (args) {
    if (args.length !== 2) throw typeError(`TextWrapper.wrap() takes 2 positional arguments but ${args.length} were given`);
    return newList(yield* wrapWith(args[0], args[1]));
  },
  fill: function* (args) {
    if (args.length !== 2) throw typeError(`TextWrapper.fill() takes 2 positional arguments but ${args.length} were given`);
    return (yield* wrapWith(args[0], args[1])).join("\n");
  },
});

/** A TextWrapper built from a module function's (width, **kwargs). */
function* makeWrapper(fname: string, args: PyObject[], kwargs: KwArgs | null, widthDefault: PyObject | null): NativeGen {
  const kw: KwArgs = new Map(kwargs ?? []);
  let width = args[1];
  if (kw.has("width")) {
    if (width !== undefined) throw typeError(`${fname}() got multiple values for argument 'width'`);
    width = kw.get("width")!;
    kw.delete("width");
  }
  if (args.length > 2) throw typeError(`${fname}() takes from 1 to 2 positional arguments but ${args.length} were given`);
  if (width === undefined) {
    if (widthDefault === null) throw typeError(`${fname}() missing 1 required positional argument: 'width'`);
    width = widthDefault;
  }
  kw.set("width", width);
  return yield* callGen(textWrapperType, [], kw);
}

function needText(fname: string, args: PyObject[]): PyObject {
  if (args.length === 0) throw typeError(`${fname}() missing 1 required positional argument: 'text'`);
  return args[0];
}

/** textwrap.dedent: removes the longest run of spaces/tabs that starts every non-blank line. */
export function dedent(text: string): string {
  const lines = text.split("\n").map((l) => (/^[ \t]+$/.test(l) ? "" : l));
  let margin: string | null = null;
  for (const l of lines) {
    if (l === "" || /^[ \t]*$/.test(l)) continue;
    const lead = /^[ \t]*/.exec(l)![0];
    if (margin === null) margin = lead;
    else {
      let i = 0;
      while (i < margin.length && i < lead.length && margin[i] === lead[i]) i++;
      margin = margin.slice(0, i);
    }
  }
  const cut = margin ?? "";
  return lines.map((l) => (cut && l.startsWith(cut) ? l.slice(cut.length) : l)).join("\n");
}

/** Lines with their line ends, split where str.splitlines(keepends=True) splits. */
function splitLinesKeep(text: string): string[] {
  const out: string[] = [];
  const re = /\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]/g;
  let start = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(text.slice(start, m.index + m[0].length));
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}

export function createTextwrap(_rt: RuntimeContext): PyModule {
  const m = new PyModule("textwrap");
  m.dict.set("__all__", newList(["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]));
  m.dict.set("TextWrapper", textWrapperType);
  defineModuleGenFunctions(m, {
    wrap: function* (args, kwargs) {
      const w = yield* makeWrapper("wrap", args, kwargs, 70);
      return newList(yield* wrapWith(w, needText("wrap", args)));
    },
    fill: function* (args, kwargs) {
      const w = yield* makeWrapper("fill", args, kwargs, 70);
      return (yield* wrapWith(w, needText("fill", args))).join("\n");
    },
    shorten: function* (args, kwargs) {
      const kw: KwArgs = new Map(kwargs ?? []);
      kw.set("max_lines", 1);
      const w = yield* makeWrapper("shorten", args, kw, null);
      const text = strValue(needText("shorten", args));
      if (text === undefined) throw noAttribute(args[0], "strip");
      const squeezed = text.split(/\s+/u).filter((s) => s !== "").join(" ");
      return (yield* wrapWith(w, squeezed)).join("\n");
    },
    indent: function* (args, kwargs) {
      const names = ["text", "prefix", "predicate"];
      const given: (PyObject | undefined)[] = names.map((_, k) => args[k]);
      for (const [k, v] of kwargs ?? []) {
        const at = names.indexOf(k);
        if (at < 0) throw typeError(`indent() got an unexpected keyword argument '${k}'`);
        given[at] = v;
      }
      if (given[0] === undefined || given[1] === undefined) {
        throw typeError(`indent() missing 1 required positional argument: '${given[0] === undefined ? "text" : "prefix"}'`);
      }
      const text = strValue(given[0]);
      if (text === undefined) throw noAttribute(given[0], "splitlines");
      const prefix = given[1];
      const pred = given[2] ?? None;
      let out = "";
      for (const line of splitLinesKeep(text)) {
        const keep = pred === None ? line.trim() !== "" : yield* truthGen(yield* callGen(pred, [line]));
        if (!keep) out += line;
        else {
          const p = strValue(prefix);
          if (p === undefined) throw typeError(`unsupported operand type(s) for +: '${typeName(prefix)}' and 'str'`);
          out += p + line;
        }
      }
      return out;
    },
  });
  defineModuleFunctions(m, {
    dedent: (args) => {
      const t = strValue(needText("dedent", args));
      if (t === undefined) throw typeError(`expected string or bytes-like object, got '${typeName(args[0])}'`);
      return dedent(t);
    },
  });
  return m;
}
