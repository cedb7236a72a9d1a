// str-format.ts — the template language of str.format()/format_map(): literal text, {{ }} escapes and
// replacement fields {name.attr[key]!r:spec} with nested {} in the spec, parsed the way CPython 3.11
// does (Objects/stringlib/unicode_format.h); the caller looks the fields up and formats them.

import { AlgoError, valueError } from "./algo-error.js";
import { decimalValue } from "./int-str.js";

/** One step of a field name after its first part: `.name` or `[key]` (key is an int when all digits). */
export type FieldAccessor =
  | { kind: "attr"; name: string }
  | { kind: "index"; key: number | string }
  | { kind: "error"; error: AlgoError };

export interface FormatField {
  kind: "field";
  /** Positional index (auto-numbered fields included) or keyword name. */
  arg: number | string;
  accessors: FieldAccessor[];
  /** "" for none, "r" "s" "a", or the ValueError CPython raises after looking the field up. */
  conversion: "" | "r" | "s" | "a" | AlgoError;
  /** The format spec: a plain string, or items to render (same rules) when it holds nested fields. */
  spec: string | FormatItem[];
}

/**
 * A parsed template, in the order CPython renders it. An "error" item stands where CPython would raise
 * while rendering: everything before it is still evaluated first (and can raise its own errors first).
 */
export type FormatItem = { kind: "text"; text: string } | FormatField | { kind: "error"; error: AlgoError };

/** IndexError message for a positional field beyond the arguments. */
export function replacementIndexMessage(index: number): string {
  return `Replacement index ${index} out of range for positional args tuple`;
}

const SSIZE_MAX = 9223372036854775807;

// Auto-numbering is shared by the whole template, nested specs included.
interface Numbering { state: "init" | "auto" | "manual"; next: number }

/** -1 when not all decimal digits (or empty); throws for overflow like CPython's get_integer. */
function getInteger(cs: string[]): number {
  if (cs.length === 0) return -1;
  let acc = 0;
  for (const c of cs) {
    const d = decimalValue(c);
    if (d < 0) return -1;
    if (acc > (SSIZE_MAX - d) / 10) throw valueError("Too many decimal digits in format string");
    acc = acc * 10 + d;
  }
  return acc;
}

function conversionFor(c: string): FormatField["conversion"] {
  if (c === "" || c === "r" || c === "s" || c === "a") return c;
  const cp = c.codePointAt(0)!;
  return valueError(cp > 32 && cp < 127 ? `Unknown conversion specifier ${c}`
    : `Unknown conversion specifier \\x${cp.toString(16)}`);
}

/** Split a field name into its first part and accessors (field_name_split + FieldNameIterator). */
function parseFieldName(cs: string[], numbering: Numbering): { arg: number | string; accessors: FieldAccessor[] } {
  let i = 0;
  while (i < cs.length && cs[i] !== "." && cs[i] !== "[") i++;
  const first = cs.slice(0, i);
  let index = getInteger(first);
  const empty = first.length === 0;
  const numeric = empty || index !== -1;
  if (numeric) {
    if (numbering.state === "init") numbering.state = empty ? "auto" : "manual";
    if (numbering.state === "manual" && empty) {
      throw valueError("cannot switch from manual field specification to automatic field numbering");
    }
    if (numbering.state === "auto" && !empty) {
      throw valueError("cannot switch from automatic field numbering to manual field specification");
    }
    if (empty) index = numbering.next++;
  }
  const accessors: FieldAccessor[] = [];
  while (i < cs.length) {
    const c = cs[i++];
    let name: string[];
    if (c === ".") {
      const s = i;
      while (i < cs.length && cs[i] !== "." && cs[i] !== "[") i++;
      name = cs.slice(s, i);
      if (name.length === 0) {
        accessors.push({ kind: "error", error: valueError("Empty attribute in format string") });
        break;
      }
      accessors.push({ kind: "attr", name: name.join("") });
    } else if (c === "[") {
      const s = i;
      while (i < cs.length && cs[i] !== "]") i++;
      if (i >= cs.length) {
        accessors.push({ kind: "error", error: valueError("Missing ']' in format string") });
        break;
      }
      name = cs.slice(s, i);
      i++;
      if (name.length === 0) {
        accessors.push({ kind: "error", error: valueError("Empty attribute in format string") });
        break;
      }
      let key: number;
      try { key = getInteger(name); } catch (e) {
        accessors.push({ kind: "error", error: e as AlgoError });
        break;
      }
      accessors.push({ kind: "index", key: key === -1 ? name.join("") : key });
    } else {
      accessors.push({ kind: "error", error: valueError("Only '.' or '[' may follow ']' in format field specifier") });
      break;
    }
  }
  return { arg: index === -1 ? first.join("") : index, accessors };
}

function parseItems(cs: string[], depth: number, numbering: Numbering): FormatItem[] {
  const items: FormatItem[] = [];
  if (depth <= 0) return [{ kind: "error", error: valueError("Max string recursion exceeded") }];
  const end = cs.length;
  let pos = 0;
  let text = "";
  const fail = (message: string): FormatItem[] => {
    if (text) items.push({ kind: "text", text });
    items.push({ kind: "error", error: valueError(message) });
    return items;
  };
  while (pos < end) {
    const c = cs[pos++];
    if (c !== "{" && c !== "}") { text += c; continue; }
    const atEnd = pos >= end;
    if (c === "}") {
      if (atEnd || cs[pos] !== "}") return fail("Single '}' encountered in format string");
      text += "}"; pos++; continue;
    }
    if (atEnd) return fail("Single '{' encountered in format string");
    if (cs[pos] === "{") { text += "{"; pos++; continue; }
    // A replacement field (parse_field): the name runs to '}', ':' or '!', skipping over [...].
    const nameStart = pos;
    let t = "";
    while (pos < end) {
      t = cs[pos++];
      if (t === "{") return fail("unexpected '{' in field name");
      if (t === "[") {
        while (pos < end && cs[pos] !== "]") pos++;
        t = "";
        continue;
      }
      if (t === "}" || t === ":" || t === "!") break;
    }
    const nameEnd = pos - 1;
    let conversion = "";
    let specStart = -1, specEnd = -1, expand = false;
    if (t === "!" || t === ":") {
      let closed = false;
      if (t === "!") {
        if (pos >= end) return fail("end of string while looking for conversion specifier");
        conversion = cs[pos++];
        if (pos < end) {
          const n = cs[pos++];
          if (n === "}") closed = true;
          else if (n !== ":") return fail("expected ':' after conversion specifier");
        }
      }
      if (!closed) {
        specStart = pos;
        let count = 1;
        while (pos < end) {
          const s = cs[pos++];
          if (s === "{") { expand = true; count++; }
          else if (s === "}" && --count === 0) { specEnd = pos - 1; break; }
        }
        if (specEnd < 0) return fail("unmatched '{' in format spec");
      }
    } else if (t !== "}") {
      return fail("expected '}' before end of string");
    }
    if (text) { items.push({ kind: "text", text }); text = ""; }
    let name: { arg: number | string; accessors: FieldAccessor[] };
    try {
      name = parseFieldName(cs.slice(nameStart, nameEnd), numbering);
    } catch (e) {
      items.push({ kind: "error", error: e as AlgoError });
      return items;
    }
    const specChars = specStart < 0 ? [] : cs.slice(specStart, specEnd);
    items.push({
      kind: "field", arg: name.arg, accessors: name.accessors, conversion: conversionFor(conversion),
      spec: expand ? parseItems(specChars, depth - 1, numbering) : specChars.join(""),
    });
  }
  if (text) items.push({ kind: "text", text });
  return items;
}

/** Parse a str.format template. Never throws: problems become "error" items at their place. */
export function parseFormatTemplate(template: string): FormatItem[] {
  return parseItems(Array.from(template), 2, { state: "init", next: 0 });
}
