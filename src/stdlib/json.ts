// json.ts — the json module in TypeScript: dumps/dump/loads/load, JSONEncoder and JSONDecoder (both
// subclassable; their options are instance attributes) and json.decoder.JSONDecodeError.
// Output, accepted input and error messages follow docs.python.org/3.11/library/json.html and what
// python3 3.11 prints. Python code runs only through callbacks (default, object_hook, parse_* …).
import {
  PyObject, PyModule, PyInstance, PyTuple, PyList, PyFloat, PyIntSub, PyBytes, PyByteArray, KwArgs, None,
  makeBuiltinType, objectType, TypeFlag, newTuple, newList, newFloat, typeName, tupleType,
} from "../runtime/object.js";
import {
  PyBaseException, ValueError, typeError, valueError,
} from "../runtime/exceptions.js";
import { defineGenMethods, defineMethods, defineModuleGenFunctions } from "../runtime/builtin-function.js";
import { PyDict } from "../runtime/dict.js";
import { callGen } from "../runtime/ops-call.js";
import { loadAttrGen } from "../runtime/ops-attr.js";
import { truthGen } from "../runtime/ops-object.js";
import { compareBoolGen, CmpOp } from "../runtime/ops-compare.js";
import { floatRepr } from "../runtime/float-repr.js";
import type { NativeGen } from "../runtime/protocol.js";
import type { RuntimeContext } from "../runtime/runtime-context.js";
import { intValue, strValue } from "./support.js";

// ---- JSONDecodeError ----

export const jsonDecodeErrorType = makeBuiltinType("JSONDecodeError", ValueError, TypeFlag.BaseType | TypeFlag.HasDict | TypeFlag.Exception);
jsonDecodeErrorType.module = "json.decoder";
jsonDecodeErrorType.newInstance = (cls) => new PyBaseException(cls);

/** Fills a JSONDecodeError: msg, doc, pos (code points), lineno, colno and the one-line args. */
function fillDecodeError(e: PyBaseException, msg: string, doc: string, pos: number): void {
  const before = Array.from(doc).slice(0, pos).join("");
  const lineno = before.split("\n").length;
  const colno = pos - (before.lastIndexOf("\n") >= 0 ? Array.from(before.slice(0, before.lastIndexOf("\n") + 1)).length : 0) + 1;
  e.args = newTuple([`${msg}: line ${lineno} column ${colno} (char ${pos})`]);
  e.dict.set("msg", msg);
  e.dict.set("doc", doc);
  e.dict.set("pos", pos);
  e.dict.set("lineno", lineno);
  e.dict.set("colno", colno);
}

defineMethods(jsonDecodeErrorType, {
  __init__: ([self, msg, doc, pos]) => {
    const m = strValue(msg ?? None), d = strValue(doc ?? None), p = intValue(pos ?? None);
    if (m === undefined || d === undefined || p === undefined) throw typeError("JSONDecodeError() needs msg (str), doc (str) and pos (int)");
    fillDecodeError(self as PyBaseException, m, d, Number(p));
    return None;
  },
  __reduce__: ([self]) => {
    const d = (self as PyBaseException).dict;
    return newTuple([jsonDecodeErrorType, newTuple([d.get("msg") ?? "", d.get("doc") ?? "", d.get("pos") ?? 0])]);
  },
});

// ---- encoding ----

interface EncodeOptions {
  skipkeys: boolean;
  ensureAscii: boolean;
  checkCircular: boolean;
  allowNan: boolean;
  sortKeys: boolean;
  indent: string | null;
  itemSep: string;
  keySep: string;
  /** Called for values JSON cannot represent; null raises the standard TypeError. */
  fallback: PyObject | null;
}

const SHORT_ESCAPES: Record<string, string> = { '"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f" };

function hex4(n: number): string {
  return "\\u" + n.toString(16).padStart(4, "0");
}

/** A JSON string literal; with ensureAscii every non-ASCII UTF-16 unit becomes \uXXXX (surrogate pairs stay pairs). */
export function quote(s: string, ensureAscii: boolean): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const code = s.charCodeAt(i);
    const short = SHORT_ESCAPES[ch];
    if (short !== undefined) out += short;
    else if (code < 0x20 || (ensureAscii && code > 0x7e)) out += hex4(code);
    else out += ch;
  }
  return out + '"';
}

function floatText(v: number, o: EncodeOptions): string {
  if (Number.isFinite(v)) return floatRepr(v);
  if (!o.allowNan) throw valueError("Out of range float values are not JSON compliant");
  return Number.isNaN(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity";
}

/** Text for a scalar value, or undefined for containers and other objects. */
function scalarText(x: PyObject, o: EncodeOptions): string | undefined {
  if (x === None) return "null";
  if (x === true) return "true";
  if (x === false) return "false";
  const s = strValue(x);
  if (s !== undefined) return quote(s, o.ensureAscii);
  if (typeof x === "number" || typeof x === "bigint") return String(x);
  if (x instanceof PyIntSub) return String(x.value);
  if (x instanceof PyFloat) return floatText(x.value, o);
  return undefined;
}

/** A dict key as JSON text; null means "skip this item" (skipkeys). */
function keyText(k: PyObject, o: EncodeOptions): string | null {
  const s = strValue(k);
  if (s !== undefined) return quote(s, o.ensureAscii);
  if (k instanceof PyFloat) return quote(floatText(k.value, o), o.ensureAscii);
  if (k === true || k === false || k === None || typeof k === "number" || typeof k === "bigint" || k instanceof PyIntSub) {
    return quote(scalarText(k, o)!.replace(/^"|"$/g, ""), o.ensureAscii);
  }
  if (o.skipkeys) return null;
  throw typeError(`keys must be str, int, float, bool or None, not ${typeName(k)}`);
}

function* dictItems(d: PyDict, o: EncodeOptions): Generator<any, [PyObject, PyObject][], any> {
  const items: [PyObject, PyObject][] = [];
  for (const [norm, value] of d.map) items.push([d.keyOf(norm), value]);
  if (!o.sortKeys) return items;
  if (items.every(([k]) => typeof k === "string")) {
    // Python compares str by code point; JS sort compares UTF-16 units, so compare code points here
    return items.sort(([a], [b]) => comparePoints(a as string, b as string));
  }
  // mixed key types: Python's own '<' decides (and raises TypeError for str vs int, as sorted() would)
  const sorted: [PyObject, PyObject][] = [];
  for (const item of items) {
    let at = sorted.length;
    while (at > 0 && (yield* compareBoolGen(item[0], sorted[at - 1][0], CmpOp.Lt))) at--;
    sorted.splice(at, 0, item);
  }
  return sorted;
}

function comparePoints(a: string, b: string): number {
  const ia = a[Symbol.iterator](), ib = b[Symbol.iterator]();
  for (;;) {
    const x = ia.next(), y = ib.next();
    if (x.done || y.done) return x.done ? (y.done ? 0 : -1) : 1;
    const dx = x.value.codePointAt(0)!, dy = y.value.codePointAt(0)!;
    if (dx !== dy) return dx - dy;
  }
}

function* encodeValue(x: PyObject, o: EncodeOptions, depth: number, active: Set<PyObject>, out: string[]): Generator<any, void, any> {
  const scalar = scalarText(x, o);
  if (scalar !== undefined) {
    out.push(scalar);
    return;
  }
  const isList = x instanceof PyList || (x instanceof PyTuple && x.type.isSubtypeOf(tupleType));
  const isDict = x instanceof PyDict;
  if (o.checkCircular) {
    if (active.has(x)) throw valueError("Circular reference detected");
    active.add(x);
  }
  if (isList) {
    const items = (x as PyList | PyTuple).items;
    if (items.length === 0) out.push("[]");
    else {
      const [open, sep, close] = layout(o, depth);
      out.push("[" + open);
      for (let i = 0; i < items.length; i++) {
        if (i > 0) out.push(sep);
        yield* encodeValue(items[i], o, depth + 1, active, out);
      }
      out.push(close + "]");
    }
  } else if (isDict) {
    const items = yield* dictItems(x as PyDict, o);
    if (items.length === 0) out.push("{}");
    else {
      const [open, sep, close] = layout(o, depth);
      out.push("{" + open);
      let first = true;
      for (const [k, v] of items) {
        const key = keyText(k, o);
        if (key === null) continue;
        if (!first) out.push(sep);
        first = false;
        out.push(key + o.keySep);
        yield* encodeValue(v, o, depth + 1, active, out);
      }
      out.push(close + "}");
    }
  } else {
    if (o.fallback === null) throw typeError(`Object of type ${typeName(x)} is not JSON serializable`);
    const replacement = yield* callGen(o.fallback, [x]);
    yield* encodeValue(replacement, o, depth, active, out);
  }
  if (o.checkCircular) active.delete(x);
}

/** [after the opening bracket, between items, before the closing bracket] for one nesting depth. */
function layout(o: EncodeOptions, depth: number): [string, string, string] {
  if (o.indent === null) return ["", o.itemSep, ""];
  const inner = "\n" + o.indent.repeat(depth + 1);
  return [inner, o.itemSep + inner, "\n" + o.indent.repeat(depth)];
}

function* encodeAll(x: PyObject, o: EncodeOptions): Generator<any, string, any> {
  const out: string[] = [];
  yield* encodeValue(x, o, 0, new Set(), out);
  return out.join("");
}

function* indentText(indent: PyObject): Generator<any, string | null, any> {
  if (indent === None) return null;
  const s = strValue(indent);
  if (s !== undefined) return s;
  const n = intValue(indent);
  if (n === undefined) throw typeError(`can't multiply sequence by non-int of type '${typeName(indent)}'`);
  return " ".repeat(Math.max(0, Number(n)));
}

// ---- JSONEncoder: options live in instance attributes so subclasses may change them ----

export const jsonEncoderType = makeBuiltinType("JSONEncoder", objectType, TypeFlag.BaseType | TypeFlag.HasDict);
jsonEncoderType.module = "json.encoder";
jsonEncoderType.dict.set("item_separator", ", ");
jsonEncoderType.dict.set("key_separator", ": ");

const ENCODER_OPTIONS: [string, PyObject][] = [
  ["skipkeys", false], ["ensure_ascii", true], ["check_circular", true], ["allow_nan", true], ["sort_keys", false],
  ["indent", None], ["separators", None], ["default", None],
];

function keywordOnly(fname: string, args: PyObject[], kwargs: KwArgs | null, table: [string, PyObject][]): Map<string, PyObject> {
  if (args.length > 1) throw typeError(`${fname}() takes 1 positional argument but ${args.length} were given`);
  const values = new Map(table);
  for (const [k, v] of kwargs ?? []) {
    if (!values.has(k)) throw typeError(`${fname}() got an unexpected keyword argument '${k}'`);
    values.set(k, v);
  }
  return values;
}

function* separatorsOf(seps: PyObject): Generator<any, [PyObject, PyObject], any> {
  const parts = (seps instanceof PyTuple || seps instanceof PyList) ? seps.items : null;
  if (parts === null || parts.length !== 2) {
    throw valueError(`not enough values to unpack (expected 2, got ${parts?.length ?? 0})`);
  }
  return [parts[0], parts[1]];
}

defineGenMethods(jsonEncoderType, {
  __init__: function* (args, kwargs) {
    const self = args[0] as PyInstance;
    const v = keywordOnly("JSONEncoder.__init__", args, kwargs, ENCODER_OPTIONS);
    const d = self.dict!;
    for (const name of ["skipkeys", "ensure_ascii", "check_circular", "allow_nan", "sort_keys", "indent"]) d.set(name, v.get(name)!);
    const seps = v.get("separators")!;
    if (seps !== None) {
      const [item, key] = yield* separatorsOf(seps);
      d.set("item_separator", item);
      d.set("key_separator", key);
    } else if (v.get("indent") !== None) {
      d.set("item_separator", ",");
    }
    if (v.get("default") !== None) d.set("default", v.get("default")!);
    return None;
  },
  default: function* ([, o]) {
    throw typeError(`Object of type ${typeName(o)} is not JSON serializable`);
  },
  encode: function* ([self, o]) {
    return yield* encodeAll(o, yield* encoderOptions(self));
  },
  iterencode: function* ([self, o]) {
    return newList([yield* encodeAll(o, yield* encoderOptions(self))]);
  },
});

function* encoderOptions(self: PyObject): Generator<any, EncodeOptions, any> {
  const flag = function* (name: string) {
    return yield* truthGen(yield* loadAttrGen(self, name));
  };
  const text = function* (name: string) {
    const v = yield* loadAttrGen(self, name);
    const s = strValue(v);
    if (s === undefined) throw typeError(`make_encoder() argument must be str, not ${typeName(v)}`);
    return s;
  };
  const fallback = yield* loadAttrGen(self, "default");
  return {
    skipkeys: yield* flag("skipkeys"),
    ensureAscii: yield* flag("ensure_ascii"),
    checkCircular: yield* flag("check_circular"),
    allowNan: yield* flag("allow_nan"),
    sortKeys: yield* flag("sort_keys"),
    indent: yield* indentText(yield* loadAttrGen(self, "indent")),
    itemSep: yield* text("item_separator"),
    keySep: yield* text("key_separator"),
    fallback,
  };
}

const DUMPS_OPTIONS: [string, PyObject][] = [...ENCODER_OPTIONS, ["cls", None]];

/** json.dumps: the common case (no cls, no extra keywords) encodes directly without an encoder object. */
function* dumps(args: PyObject[], kwargs: KwArgs | null, fname: string): Generator<any, string, any> {
  const extra = new Map<string, PyObject>();
  const known = new Map<string, PyObject>();
  for (const [k, v] of kwargs ?? []) (DUMPS_OPTIONS.some(([n]) => n === k) ? known : extra).set(k, v);
  const v = keywordOnly(fname, args.slice(0, 1), known, DUMPS_OPTIONS);
  if (args.length === 0) throw typeError(`${fname}() missing 1 required positional argument: 'obj'`);
  const cls = v.get("cls")!;
  if (cls === None && extra.size === 0) {
    let itemSep = ", ", keySep = ": ";
    const seps = v.get("separators")!;
    if (seps !== None) {
      const [a, b] = yield* separatorsOf(seps);
      itemSep = strValue(a) ?? ", ";
      keySep = strValue(b) ?? ": ";
    } else if (v.get("indent") !== None) itemSep = ",";
    const fallback = v.get("default")!;
    return yield* encodeAll(args[0], {
      skipkeys: yield* truthGen(v.get("skipkeys")!),
      ensureAscii: yield* truthGen(v.get("ensure_ascii")!),
      checkCircular: yield* truthGen(v.get("check_circular")!),
      allowNan: yield* truthGen(v.get("allow_nan")!),
      sortKeys: yield* truthGen(v.get("sort_keys")!),
      indent: yield* indentText(v.get("indent")!),
      itemSep,
      keySep,
      fallback: fallback === None ? null : fallback,
    });
  }
  const kw: KwArgs = new Map(extra);
  for (const [name] of ENCODER_OPTIONS) kw.set(name, v.get(name)!);
  const encoder = yield* callGen(cls === None ? jsonEncoderType : cls, [], kw);
  const result = yield* callGen(yield* loadAttrGen(encoder, "encode"), [args[0]]);
  const s = strValue(result);
  if (s === undefined) throw typeError(`encode() returned ${typeName(result)}, not str`);
  return s;
}

// ---- decoding ----

interface DecodeHooks {
  objectHook: PyObject;
  pairsHook: PyObject;
  parseFloat: PyObject;
  parseInt: PyObject;
  parseConstant: PyObject;
  strict: boolean;
}

const NUMBER = /-?(?:0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/y;
const WHITESPACE = /[ \t\n\r]*/y;

class Parser {
  constructor(readonly doc: string, readonly hooks: DecodeHooks) {}

  /** A JSONDecodeError at UTF-16 index `at` (reported in code points, as Python counts). */
  fail(msg: string, at: number): PyBaseException {
    const e = new PyBaseException(jsonDecodeErrorType);
    fillDecodeError(e, msg, this.doc, Array.from(this.doc.slice(0, at)).length);
    return e;
  }

  skip(at: number): number {
    WHITESPACE.lastIndex = at;
    WHITESPACE.exec(this.doc);
    return WHITESPACE.lastIndex;
  }

  *value(at: number): Generator<any, [PyObject, number], any> {
    const s = this.doc;
    const ch = s[at];
    switch (ch) {
      case '"':
        return this.string(at + 1);
      case "{":
        return yield* this.object(at + 1);
      case "[":
        return yield* this.array(at + 1);
      case "n":
        if (s.startsWith("null", at)) return [None, at + 4];
        break;
      case "t":
        if (s.startsWith("true", at)) return [true, at + 4];
        break;
      case "f":
        if (s.startsWith("false", at)) return [false, at + 5];
        break;
      case "N":
        if (s.startsWith("NaN", at)) return [yield* this.constant("NaN"), at + 3];
        break;
      case "I":
        if (s.startsWith("Infinity", at)) return [yield* this.constant("Infinity"), at + 8];
        break;
      case "-":
        if (s.startsWith("-Infinity", at)) return [yield* this.constant("-Infinity"), at + 9];
        break;
    }
    NUMBER.lastIndex = at;
    const m = NUMBER.exec(s);
    if (m === null) throw this.fail("Expecting value", at);
    const text = m[0];
    const end = at + text.length;
    if (m[1] !== undefined || m[2] !== undefined) {
      if (this.hooks.parseFloat !== None) return [yield* callGen(this.hooks.parseFloat, [text]), end];
      return [newFloat(Number(text)), end];
    }
    if (this.hooks.parseInt !== None) return [yield* callGen(this.hooks.parseInt, [text]), end];
    const n = Number(text);
    return [Number.isSafeInteger(n) ? (Object.is(n, -0) ? 0 : n) : BigInt(text), end];
  }

  *constant(name: string): Generator<any, PyObject, any> {
    if (this.hooks.parseConstant !== None) return yield* callGen(this.hooks.parseConstant, [name]);
    return newFloat(name === "NaN" ? NaN : name === "Infinity" ? Infinity : -Infinity);
  }

  string(at: number): [string, number] {
    const s = this.doc;
    const start = at - 1;
    let out = "";
    let i = at;
    for (;;) {
      if (i >= s.length) throw this.fail("Unterminated string starting at", start);
      const c = s.charCodeAt(i);
      if (c === 0x22) return [out, i + 1];
      if (c === 0x5c) {
        const e = s[i + 1];
        if (e === undefined) throw this.fail("Unterminated string starting at", start);
        if (e === "u") {
          const unit = this.hexUnit(i);
          i += 6;
          // a high surrogate followed by an escaped low surrogate makes one character
          if (unit >= 0xd800 && unit <= 0xdbff && s[i] === "\\" && s[i + 1] === "u") {
            const low = this.hexUnit(i);
            if (low >= 0xdc00 && low <= 0xdfff) {
              out += String.fromCharCode(unit, low);
              i += 6;
              continue;
            }
          }
          out += String.fromCharCode(unit);
          continue;
        }
        const simple = ({ '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" } as Record<string, string>)[e];
        if (simple === undefined) throw this.fail("Invalid \\escape", i);
        out += simple;
        i += 2;
        continue;
      }
      if (c < 0x20 && this.hooks.strict) throw this.fail("Invalid control character at", i);
      out += s[i];
      i++;
    }
  }

  hexUnit(backslash: number): number {
    const digits = this.doc.slice(backslash + 2, backslash + 6);
    if (!/^[0-9a-fA-F]{4}$/.test(digits)) throw this.fail("Invalid \\uXXXX escape", backslash + 1);
    return parseInt(digits, 16);
  }

  *object(at: number): Generator<any, [PyObject, number], any> {
    const s = this.doc;
    const pairs: [string, PyObject][] = [];
    let i = this.skip(at);
    if (s[i] === "}") return [yield* this.finishObject(pairs), i + 1];
    for (;;) {
      if (s[i] !== '"') throw this.fail("Expecting property name enclosed in double quotes", i);
      const [key, afterKey] = this.string(i + 1);
      i = this.skip(afterKey);
      if (s[i] !== ":") throw this.fail("Expecting ':' delimiter", i);
      i = this.skip(i + 1);
      const [value, afterValue] = yield* this.value(i);
      pairs.push([key, value]);
      i = this.skip(afterValue);
      if (s[i] === "}") return [yield* this.finishObject(pairs), i + 1];
      if (s[i] !== ",") throw this.fail("Expecting ',' delimiter", i);
      i = this.skip(i + 1);
    }
  }

  *finishObject(pairs: [string, PyObject][]): Generator<any, PyObject, any> {
    if (this.hooks.pairsHook !== None) {
      return yield* callGen(this.hooks.pairsHook, [newList(pairs.map(([k, v]) => newTuple([k, v])))]);
    }
    const d = new PyDict();
    for (const [k, v] of pairs) d.setNorm(k, k, v);
    if (this.hooks.objectHook !== None) return yield* callGen(this.hooks.objectHook, [d]);
    return d;
  }

  *array(at: number): Generator<any, [PyObject, number], any> {
    const s = this.doc;
    const items: PyObject[] = [];
    let i = this.skip(at);
    if (s[i] === "]") return [newList(items), i + 1];
    for (;;) {
      const [value, after] = yield* this.value(i);
      items.push(value);
      i = this.skip(after);
      if (s[i] === "]") return [newList(items), i + 1];
      if (s[i] !== ",") throw this.fail("Expecting ',' delimiter", i);
      i = this.skip(i + 1);
    }
  }
}

function documentText(x: PyObject): string {
  const s = strValue(x);
  if (s !== undefined) return s;
  if (x instanceof PyBytes || x instanceof PyByteArray) {
    const bytes = x instanceof PyBytes ? x.data : x.data.subarray(0, x.length);
    return new TextDecoder("utf-8").decode(bytes);
  }
  throw typeError(`the JSON object must be str, bytes or bytearray, not ${typeName(x)}`);
}

function* decode(doc: string, hooks: DecodeHooks, from = 0, whole = true): Generator<any, [PyObject, number], any> {
  const p = new Parser(doc, hooks);
  if (whole && doc.startsWith("\ufeff")) throw p.fail("Unexpected UTF-8 BOM (decode using utf-8-sig)", 0);
  const start = whole ? p.skip(from) : from;
  const [value, end] = yield* p.value(start);
  if (!whole) return [value, Array.from(doc.slice(0, end)).length];
  const rest = p.skip(end);
  if (rest !== doc.length) throw p.fail("Extra data", rest);
  return [value, end];
}

const DECODER_OPTIONS: [string, PyObject][] = [
  ["object_hook", None], ["parse_float", None], ["parse_int", None], ["parse_constant", None], ["strict", true],
  ["object_pairs_hook", None],
];

export const jsonDecoderType = makeBuiltinType("JSONDecoder", objectType, TypeFlag.BaseType | TypeFlag.HasDict);
jsonDecoderType.module = "json.decoder";

function* decoderHooks(self: PyObject): Generator<any, DecodeHooks, any> {
  return {
    objectHook: yield* loadAttrGen(self, "object_hook"),
    pairsHook: yield* loadAttrGen(self, "object_pairs_hook"),
    parseFloat: yield* loadAttrGen(self, "parse_float"),
    parseInt: yield* loadAttrGen(self, "parse_int"),
    parseConstant: yield* loadAttrGen(self, "parse_constant"),
    strict: yield* truthGen(yield* loadAttrGen(self, "strict")),
  };
}

defineMethods(jsonDecoderType, {
  __init__: (args, kwargs) => {
    const v = keywordOnly("JSONDecoder.__init__", args, kwargs, DECODER_OPTIONS);
    for (const [k, x] of v) (args[0] as PyInstance).dict!.set(k, x);
    return None;
  },
});
defineGenMethods(jsonDecoderType, {
  decode: function* ([self, s]) {
    return (yield* decode(documentText(s ?? None), yield* decoderHooks(self)))[0];
  },
  raw_decode: function* ([self, s, idx = 0]) {
    const text = documentText(s ?? None);
    const from = Array.from(text).slice(0, Number(intValue(idx) ?? 0)).join("").length;
    const [value, end] = yield* decode(text, yield* decoderHooks(self), from, false);
    return newTuple([value, end]);
  },
});

function* loads(args: PyObject[], kwargs: KwArgs | null): NativeGen {
  if (args.length === 0) throw typeError("loads() missing 1 required positional argument: 's'");
  if (args.length > 1) throw typeError(`loads() takes 1 positional argument but ${args.length} were given`);
  const extra = new Map<string, PyObject>();
  let cls: PyObject = None;
  const hooks = new Map<string, PyObject>(DECODER_OPTIONS.filter(([k]) => k !== "strict"));
  for (const [k, v] of kwargs ?? []) {
    if (k === "cls") cls = v;
    else if (hooks.has(k)) hooks.set(k, v);
    else extra.set(k, v);
  }
  const text = documentText(args[0]);
  if (cls === None && extra.size === 0) {
    return (yield* decode(text, {
      objectHook: hooks.get("object_hook")!, pairsHook: hooks.get("object_pairs_hook")!,
      parseFloat: hooks.get("parse_float")!, parseInt: hooks.get("parse_int")!,
      parseConstant: hooks.get("parse_constant")!, strict: true,
    }))[0];
  }
  const kw: KwArgs = new Map(extra);
  for (const [k, v] of hooks) if (v !== None) kw.set(k, v);
  const decoder = yield* callGen(cls === None ? jsonDecoderType : cls, [], kw);
  return yield* callGen(yield* loadAttrGen(decoder, "decode"), [text]);
}

export function createJson(_rt: RuntimeContext): PyModule {
  const m = new PyModule("json");
  m.dict.set("__all__", newList(["dump", "dumps", "load", "loads", "JSONDecoder", "JSONDecodeError", "JSONEncoder"]));
  m.dict.set("JSONDecodeError", jsonDecodeErrorType);
  m.dict.set("JSONEncoder", jsonEncoderType);
  m.dict.set("JSONDecoder", jsonDecoderType);
  defineModuleGenFunctions(m, {
    dumps: function* (args, kwargs) {
      return yield* dumps(args, kwargs, "dumps");
    },
    dump: function* (args, kwargs) {
      if (args.length < 2) throw typeError("dump() missing 1 required positional argument: 'fp'");
      const text = yield* dumps([args[0]], kwargs, "dump");
      yield* callGen(yield* loadAttrGen(args[1], "write"), [text]);
      return None;
    },
    loads,
    load: function* (args, kwargs) {
      if (args.length !== 1) throw typeError("load() missing 1 required positional argument: 'fp'");
      const text = yield* callGen(yield* loadAttrGen(args[0], "read"), []);
      return yield* loads([text], kwargs);
    },
  });
  return m;
}
