// string.ts — the string module (native): the character constants, capwords, Template ($-substitution with
// substitute/safe_substitute/is_valid/get_identifiers, honouring a subclass's delimiter and idpattern) and
// Formatter (format/vformat/parse with overridable get_value/get_field/convert_field/format_field), as
// docs.python.org/3.11/library/string.html describes them and python3 3.11 prints their errors.
import { PyObject, PyModule, PyInstance, PyType, PyTuple, KwArgs, None, TypeFlag, objectType, typeOf, newTuple, newList } from "../runtime/object.js";
import { PyDict } from "../runtime/dict.js";
import { valueError, typeError, keyError, KeyError, isException } from "../runtime/exceptions.js";
import { defineGenMethods, defineMethods } from "../runtime/builtin-function.js";
import { getItemGen } from "../runtime/ops-item.js";
import { getAttrGen, loadAttrGen } from "../runtime/ops-attr.js";
import { strGen, reprGen } from "../runtime/ops-object.js";
import { formatGen } from "../runtime/ops-format.js";
import { callGen } from "../runtime/ops-call.js";
import type { RuntimeContext } from "../runtime/runtime-context.js";
import { builtin } from "./support.js";
import { nativeType, genFn, itemsOf, type Gen } from "./native-helpers.js";

const LOWER = "abcdefghijklmnopqrstuvwxyz";
const UPPER = LOWER.toUpperCase();
const DIGITS = "0123456789";
const PUNCT = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
const WHITESPACE = " \t\n\r\v\f";

// ---- Template ----

const DEFAULT_ID = "(?a:[_a-z][_a-z0-9]*)";
const IGNORECASE = 2;

export const templateType = nativeType("Template", "string", objectType, TypeFlag.BaseType | TypeFlag.HasDict);
templateType.newInstance = (cls) => new PyInstance(cls);
templateType.dict.set("delimiter", "$");
templateType.dict.set("idpattern", DEFAULT_ID);
templateType.dict.set("braceidpattern", None);
templateType.dict.set("flags", IGNORECASE);
templateType.dict.set("__doc__", "A string class for supporting $-substitutions.");

/** A Python identifier pattern as a sticky JS RegExp (the `(?a:...)` ASCII wrapper is JS's default). */
function idRegex(pat: PyObject, flags: PyObject): RegExp {
  let src = typeof pat === "string" ? pat : DEFAULT_ID;
  const m = /^\(\?a:(.*)\)$/s.exec(src);
  if (m !== null) src = m[1];
  const ic = typeof flags === "number" ? (flags & IGNORECASE) !== 0 : true;
  try {
    return new RegExp(src, ic ? "iy" : "y");
  } catch {
    return /[_a-z][_a-z0-9]*/iy;
  }
}

interface Piece { literal: string; name: string | null; original: string; invalidAt: number }

/** Splits a template into literal text and placeholders (invalidAt ≥ 0 marks a bad `$`). */
function scan(cls: PyType, t: string): Piece[] {
  const d = cls.lookup("delimiter");
  const delim = typeof d === "string" ? d : "$";
  const flags = cls.lookup("flags") ?? IGNORECASE;
  const id = idRegex(cls.lookup("idpattern") ?? DEFAULT_ID, flags);
  const braceSrc = cls.lookup("braceidpattern");
  const braceId = braceSrc === undefined || braceSrc === None ? id : idRegex(braceSrc, flags);
  const out: Piece[] = [];
  let lit = "";
  let i = 0;
  while (i < t.length) {
    const j = t.indexOf(delim, i);
    if (j < 0 || delim === "") {
      lit += t.slice(i);
      break;
    }
    lit += t.slice(i, j);
    const k = j + delim.length;
    if (t.startsWith(delim, k)) {
      lit += delim;
      i = k + delim.length;
      continue;
    }
    id.lastIndex = k;
    const named = id.exec(t);
    if (named !== null && named[0] !== "") {
      out.push({ literal: lit, name: named[0], original: t.slice(j, k + named[0].length), invalidAt: -1 });
      lit = "";
      i = k + named[0].length;
      continue;
    }
    if (t[k] === "{") {
      braceId.lastIndex = k + 1;
      const b = braceId.exec(t);
      if (b !== null && b[0] !== "" && t[k + 1 + b[0].length] === "}") {
        const end = k + 2 + b[0].length;
        out.push({ literal: lit, name: b[0], original: t.slice(j, end), invalidAt: -1 });
        lit = "";
        i = end;
        continue;
      }
    }
    out.push({ literal: lit, name: null, original: delim, invalidAt: k });
    lit = "";
    i = k;
  }
  out.push({ literal: lit, name: null, original: "", invalidAt: -1 });
  return out;
}

function invalid(t: string, i: number): never {
  const before = t.slice(0, i);
  const breaks = before.match(/\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/g) ?? [];
  const last = Math.max(...["\n", "\r", "\v", "\f", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"].map((c) => before.lastIndexOf(c)));
  const lineno = breaks.length + 1;
  const colno = i - (last + 1);
  throw valueError(`Invalid placeholder in string: line ${lineno}, col ${colno}`);
}

function templateText(self: PyObject): string {
  const t = (self as PyInstance).dict?.get("template");
  if (typeof t !== "string") throw typeError("Template.template must be a str");
  return t;
}

function isKeyError(e: unknown): boolean {
  return isException(e) && e.type.isSubtypeOf(KeyError);
}

/** The mapping substitute reads: the positional mapping, the keywords, or keywords first then the mapping. */
function* lookup(mapping: PyObject | null, kw: KwArgs | null, name: string): Gen<PyObject> {
  if (kw !== null && kw.has(name)) return kw.get(name)!;
  if (mapping === null) throw keyError(name);
  return yield* getItemGen(mapping, name);
}

function* substitute(args: PyObject[], kwargs: KwArgs | null, safe: boolean): Gen<PyObject> {
  const self = args[0];
  if (args.length > 2) throw typeError(`substitute() takes from 1 to 2 positional arguments but ${args.length} were given`);
  const mapping = args.length > 1 && args[1] !== None ? args[1] : null;
  const kw = kwargs !== null && kwargs.size > 0 ? kwargs : null;
  const t = templateText(self);
  let out = "";
  for (const p of scan(typeOf(self), t)) {
    out += p.literal;
    if (p.invalidAt >= 0) {
      if (!safe) invalid(t, p.invalidAt);
      out += p.original;
    } else if (p.name !== null) {
      try {
        out += yield* strGen(yield* lookup(mapping, kw, p.name));
      } catch (e) {
        if (!safe || !isKeyError(e)) throw e;
        out += p.original;
      }
    }
  }
  return out;
}

defineGenMethods(templateType, {
  __init__: function* ([self, template]) {
    if (template === undefined) throw typeError("Template.__init__() missing 1 required positional argument: 'template'");
    (self as PyInstance).dict!.set("template", template);
    return None;
  },
  substitute: (args, kwargs) => substitute(args, kwargs, false),
  safe_substitute: (args, kwargs) => substitute(args, kwargs, true),
});
defineMethods(templateType, {
  is_valid: ([self]) => scan(typeOf(self), templateText(self)).every((p) => p.invalidAt < 0),
  get_identifiers: ([self]) => {
    const ids: string[] = [];
    for (const p of scan(typeOf(self), templateText(self))) if (p.name !== null && !ids.includes(p.name)) ids.push(p.name);
    return newList(ids);
  },
});

// ---- Formatter ----

export const formatterType = nativeType("Formatter", "string", objectType, TypeFlag.BaseType | TypeFlag.HasDict);
formatterType.newInstance = (cls) => new PyInstance(cls);

interface Field { literal: string; name: string | null; spec: string | null; conv: string | null }

/** str.format's grammar: literal text, then `{name!conv:spec}` (the spec may hold nested fields). */
function parseFormat(s: string): Field[] {
  const out: Field[] = [];
  let lit = "";
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === "}") {
      if (s[i + 1] !== "}") throw valueError("Single '}' encountered in format string");
      // An escaped brace ends a literal chunk, as CPython's MarkupIterator reports it.
      out.push({ literal: lit + "}", name: null, spec: null, conv: null });
      lit = "";
      i += 2;
      continue;
    }
    if (c !== "{") {
      lit += c;
      i++;
      continue;
    }
    if (s[i + 1] === "{") {
      out.push({ literal: lit + "{", name: null, spec: null, conv: null });
      lit = "";
      i += 2;
      continue;
    }
    // Find the matching close brace, counting nested ones in the spec.
    let depth = 1, j = i + 1;
    for (; j < s.length && depth > 0; j++) {
      if (s[j] === "{") depth++;
      else if (s[j] === "}") depth--;
    }
    if (depth > 0) throw valueError(i + 1 >= s.length ? "Single '{' encountered in format string" : "expected '}' before end of string");
    const body = s.slice(i + 1, j - 1);
    let name = body, spec = "", conv: string | null = null;
    let k = 0;
    for (; k < body.length && body[k] !== "!" && body[k] !== ":"; k++) if (body[k] === "[") while (k < body.length && body[k] !== "]") k++;
    name = body.slice(0, k);
    if (body[k] === "!") {
      conv = body[k + 1] ?? "";
      if (body.length > k + 2 && body[k + 2] !== ":") throw valueError("expected ':' after conversion specifier");
      k += 2;
    }
    if (body[k] === ":") spec = body.slice(k + 1);
    out.push({ literal: lit, name, spec, conv });
    lit = "";
    i = j;
  }
  if (lit !== "") out.push({ literal: lit, name: null, spec: null, conv: null });
  return out;
}

/** "a.b[0]" → first part and the [isAttr, key] accessors after it. */
function splitName(name: string): [PyObject, [boolean, PyObject][]] {
  const m = /^[^.[]*/.exec(name)![0];
  const rest: [boolean, PyObject][] = [];
  let i = m.length;
  while (i < name.length) {
    if (name[i] === ".") {
      const a = /^[^.[]*/.exec(name.slice(i + 1))![0];
      if (a === "") throw valueError("Empty attribute in format string");
      rest.push([true, a]);
      i += 1 + a.length;
    } else {
      const end = name.indexOf("]", i);
      if (end < 0) throw valueError("Missing ']' in format string");
      const key = name.slice(i + 1, end);
      rest.push([false, /^\d+$/.test(key) ? Number(key) : key]);
      i = end + 1;
    }
  }
  return [/^\d+$/.test(m) ? Number(m) : m, rest];
}

function* callMethod(self: PyObject, name: string, args: PyObject[]): Gen<PyObject> {
  return yield* callGen(yield* loadAttrGen(self, name), args);
}

interface AutoState { next: number; manual: boolean; auto: boolean }

function* vformat(self: PyObject, fmt: string, args: PyObject, kwargs: PyObject, used: PyObject[], depth: number, auto: AutoState): Gen<string> {
  if (depth < 0) throw valueError("Max string recursion exceeded");
  let out = "";
  for (const f of parseFormat(fmt)) {
    out += f.literal;
    if (f.name === null) continue;
    let name = f.name;
    if (name === "" || /^[.[]/.test(name)) {
      if (auto.manual) throw valueError("cannot switch from manual field specification to automatic field numbering");
      auto.auto = true;
      name = String(auto.next++) + name;
    } else if (/^\d/.test(name)) {
      if (auto.auto) throw valueError("cannot switch from manual field specification to automatic field numbering");
      auto.manual = true;
    }
    const got = yield* callMethod(self, "get_field", [name, args, kwargs]);
    const [obj, argUsed] = got instanceof PyTuple ? got.items : yield* itemsOf(got);
    used.push(argUsed);
    const converted = yield* callMethod(self, "convert_field", [obj, f.conv === null ? None : f.conv]);
    const spec = yield* vformat(self, f.spec ?? "", args, kwargs, used, depth - 1, auto);
    const r = yield* callMethod(self, "format_field", [converted, spec]);
    out += typeof r === "string" ? r : yield* strGen(r);
  }
  return out;
}

defineGenMethods(formatterType, {
  format: function* (args, kwargs) {
    if (args.length < 2) throw typeError("Formatter.format() missing 1 required positional argument: 'format_string'");
    const kw = new PyDict();
    if (kwargs !== null) for (const [k, v] of kwargs) kw.setNorm(k, k, v);
    return yield* callMethod(args[0], "vformat", [args[1], newTuple(args.slice(2)), kw]);
  },
  vformat: function* ([self, fmt, args, kwargs]) {
    const used: PyObject[] = [];
    const s = yield* vformat(self, typeof fmt === "string" ? fmt : yield* strGen(fmt), args, kwargs, used, 2, { next: 0, manual: false, auto: false });
    const usedSet = newList(used);
    yield* callMethod(self, "check_unused_args", [usedSet, args, kwargs]);
    return s;
  },
  get_value: function* ([, key, args, kwargs]) {
    if (typeof key === "number") return yield* getItemGen(args, key);
    return yield* getItemGen(kwargs, key);
  },
  get_field: function* ([self, name, args, kwargs]) {
    const [first, rest] = splitName(name as string);
    let obj = yield* callMethod(self, "get_value", [first, args, kwargs]);
    for (const [isAttr, k] of rest) obj = isAttr ? yield* getAttrGen(obj, k as string) : yield* getItemGen(obj, k);
    return newTuple([obj, first]);
  },
  check_unused_args: function* () {
    return None;
  },
  format_field: function* ([, value, spec]) {
    return yield* formatGen(value, spec as string);
  },
  convert_field: function* ([, value, conv]) {
    if (conv === None) return value;
    if (conv === "s") return yield* strGen(value);
    if (conv === "r") return yield* reprGen(value);
    if (conv === "a") return yield* callGen(yield* builtinAscii(), [value]);
    throw valueError(`Unknown conversion specifier ${yield* strGen(conv)}`);
  },
});
defineMethods(formatterType, {
  parse: ([, s]) => newList(parseFormat(s as string).map((f) =>
    newTuple([f.literal, f.name === null ? None : f.name, f.spec === null ? None : f.spec, f.conv === null ? None : f.conv]))),
});

/** builtins.ascii of the interpreter that imported string last (the Formatter type is shared). */
let currentRt: RuntimeContext | null = null;
function* builtinAscii(): Gen<PyObject> {
  return builtin(currentRt!, "ascii");
}

export function createString(rt: RuntimeContext): PyModule {
  currentRt = rt;
  const m = new PyModule("string");
  m.dict.set("__all__", newList(["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits", "hexdigits",
    "octdigits", "printable", "punctuation", "whitespace", "Formatter", "Template"]));
  m.dict.set("whitespace", WHITESPACE);
  m.dict.set("ascii_lowercase", LOWER);
  m.dict.set("ascii_uppercase", UPPER);
  m.dict.set("ascii_letters", LOWER + UPPER);
  m.dict.set("digits", DIGITS);
  m.dict.set("hexdigits", DIGITS + "abcdefABCDEF");
  m.dict.set("octdigits", "01234567");
  m.dict.set("punctuation", PUNCT);
  m.dict.set("printable", DIGITS + LOWER + UPPER + PUNCT + WHITESPACE);
  m.dict.set("Template", templateType);
  m.dict.set("Formatter", formatterType);
  genFn(m, "capwords", function* (args, kwargs) {
    const s = args[0] ?? kwargs?.get("s");
    const sep = args[1] ?? kwargs?.get("sep") ?? None;
    if (s === undefined) throw typeError("capwords() missing 1 required positional argument: 's'");
    const words = yield* itemsOf(yield* callGen(yield* getAttrGen(s, "split"), [sep]));
    const caps: string[] = [];
    for (const w of words) caps.push((yield* callGen(yield* getAttrGen(w, "capitalize"), [])) as string);
    const joiner = sep === None ? " " : sep;
    return yield* callGen(yield* getAttrGen(joiner, "join"), [newList(caps)]);
  });
  return m;
}
