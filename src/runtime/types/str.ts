// str.ts (types) — the methods of str: construction, indexing by code point, split/join/strip/replace/
// find/count/startswith and friends, case mapping and the is* predicates (Unicode-aware), padding,
// partition, splitlines, expandtabs, encode, format/format_map, %, maketrans/translate.
import {
  PyObject, PyType, PyTuple, PyList, PyStrSub, PyBytes, PyByteArray, KwArgs, None, NotImplemented,
  typeOf, typeName, strType, newTuple,
} from "../object.js";
import { PyDict } from "../dict.js";
import { PyBuiltin, defineMethods, defineGenMethods } from "../builtin-function.js";
import { typeError, valueError } from "../exceptions.js";
import { argRange, bindArgs, kwOnly, exactlyOne } from "../arg-parse.js";
import { strGen, asStr, asIndex, toSize } from "../ops-object.js";
import { strRepr } from "../str-repr.js";
import { strHash } from "../num-hash.js";
import { builtinCompare, cmpNames } from "../ops-compare.js";
import { strGetItem } from "../ops-item.js";
import { seqRepeat, seqSlots } from "../ops-arith.js";
import { toArrayGen } from "../ops-iter.js";
import { percentGen, strFormatGen } from "../ops-format.js";
import { formatStr } from "../format-spec.js";
import { rethrowAlgo } from "../ops-error.js";
import { cpLen, cpToUnit, unitToCp, isBmp } from "../str-utils.js";
import { PyStrIter } from "./iterators.js";
import { getItemGen } from "../ops-item.js";
import { encodeStr, decodeBytes } from "./bytes.js";
import type { NativeGen } from "../protocol.js";
import type { Gen } from "../ops-call.js";

/** The JS string of a str receiver (str or a str subclass instance). */
function S(x: PyObject): string {
  return typeof x === "string" ? x : (x as PyStrSub).value;
}

function strArg(x: PyObject, fname: string, n: number): string {
  const s = asStr(x);
  if (s === null) throw typeError(`${fname}() argument ${n} must be str, not ${typeName(x)}`);
  return s;
}

// Python's whitespace (str.isspace) differs from JS \s: no U+FEFF, plus \x1c-\x1f and \x85.
const WS = "\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
const WS_RE = new RegExp(`[${WS}]`);
const WS_RUN = new RegExp(`[${WS}]+`, "g");
const LSTRIP_WS = new RegExp(`^[${WS}]+`);
const RSTRIP_WS = new RegExp(`[${WS}]+$`);

function* strNew(args: PyObject[], kwargs: KwArgs | null): NativeGen {
  const cls = args[0] as PyType;
  const [obj, encoding, errors] = bindArgs("str", args.slice(1), kwargs, ["object", "encoding", "errors"], 0);
  let s: string;
  if (obj === undefined) s = "";
  else if (encoding === undefined && errors === undefined) s = yield* strGen(obj);
  else {
    if (!(obj instanceof PyBytes || obj instanceof PyByteArray)) {
      if (asStr(obj) !== null) throw typeError("decoding str is not supported");
      throw typeError(`decoding to str: need a bytes-like object, ${typeName(obj)} found`);
    }
    const data = obj instanceof PyBytes ? obj.data : obj.data.subarray(0, obj.length);
    s = decodeBytes(data, encoding === undefined ? "utf-8" : strArg(encoding, "str", 2), errors === undefined ? "strict" : strArg(errors, "str", 3));
  }
  return cls === strType ? s : new PyStrSub(s, cls);
}
strType.dict.set("__new__", new PyBuiltin("__new__", strNew as never, true, strType, "str.__new__"));

/** Start/end arguments (code-point indexes, None allowed) clamped to [0, len]. */
function range(s: string, start: PyObject | undefined, end: PyObject | undefined): [number, number] {
  const len = cpLen(s);
  const conv = (x: PyObject | undefined, d: number) => {
    if (x === undefined || x === None) return d;
    const v = asIndex(x);
    if (v === null) throw typeError("slice indices must be integers or None or have an __index__ method");
    let i = typeof v === "bigint" ? (v < 0n ? -Infinity : Infinity) : v;
    if (i < 0) i = Math.max(0, i + len);
    return Math.min(i, len);
  };
  return [conv(start, 0), conv(end, len)];
}

function unitRange(s: string, a: number, b: number): [number, number] {
  return isBmp(s) ? [a, b] : [cpToUnit(s, a), cpToUnit(s, b)];
}

function find(s: string, sub: string, start: PyObject | undefined, end: PyObject | undefined, rev: boolean): number {
  const [a, b] = range(s, start, end);
  if (b - a < 0 || (sub.length === 0 && a > cpLen(s))) return -1;
  const [ua, ub] = unitRange(s, a, b);
  const hay = s.slice(ua, ub);
  const i = rev ? hay.lastIndexOf(sub) : hay.indexOf(sub);
  if (i < 0) return -1;
  return unitToCp(s, ua + i);
}

function count(s: string, sub: string, start: PyObject | undefined, end: PyObject | undefined): number {
  const [a, b] = range(s, start, end);
  if (b < a) return 0;
  const [ua, ub] = unitRange(s, a, b);
  const hay = s.slice(ua, ub);
  if (sub.length === 0) return cpLen(hay) + 1;
  let n = 0;
  for (let i = hay.indexOf(sub); i >= 0; i = hay.indexOf(sub, i + sub.length)) n++;
  return n;
}

function split(s: string, sep: PyObject | undefined, maxsplit: PyObject | undefined, rev: boolean): PyObject {
  let max = maxsplit === undefined ? -1 : toSize(maxsplit);
  if (max < 0) max = Infinity;
  if (sep === undefined || sep === None) {
    const out: string[] = [];
    if (!rev) {
      let rest = s.replace(LSTRIP_WS, "");
      while (rest.length > 0) {
        if (out.length >= max) {
          out.push(rest);
          break;
        }
        const m = WS_RE.exec(rest);
        if (m === null) {
          out.push(rest);
          break;
        }
        out.push(rest.slice(0, m.index));
        rest = rest.slice(m.index).replace(LSTRIP_WS, "");
      }
    } else {
      let rest = s.replace(RSTRIP_WS, "");
      while (rest.length > 0) {
        if (out.length >= max) {
          out.push(rest);
          break;
        }
        let i = rest.length - 1;
        while (i >= 0 && !WS_RE.test(rest[i])) i--;
        if (i < 0) {
          out.push(rest);
          break;
        }
        out.push(rest.slice(i + 1));
        rest = rest.slice(0, i).replace(RSTRIP_WS, "");
      }
      out.reverse();
    }
    return new PyList(out);
  }
  const sp = asStr(sep);
  if (sp === null) throw typeError(`must be str or None, not ${typeName(sep)}`);
  if (sp.length === 0) throw valueError("empty separator");
  const parts = s.split(sp);
  if (parts.length - 1 <= max) return new PyList(parts);
  if (!rev) return new PyList([...parts.slice(0, max), parts.slice(max).join(sp)]);
  return new PyList([parts.slice(0, parts.length - max).join(sp), ...parts.slice(parts.length - max)]);
}

function stripChars(s: string, chars: PyObject | undefined, left: boolean, right: boolean): string {
  if (chars === undefined || chars === None) {
    if (left) s = s.replace(LSTRIP_WS, "");
    if (right) s = s.replace(RSTRIP_WS, "");
    return s;
  }
  const cs = asStr(chars);
  if (cs === null) throw typeError(`${left && right ? "strip" : left ? "lstrip" : "rstrip"} arg must be None or str`);
  const set = new Set(Array.from(cs));
  const arr = Array.from(s);
  let a = 0, b = arr.length;
  if (left) while (a < b && set.has(arr[a])) a++;
  if (right) while (b > a && set.has(arr[b - 1])) b--;
  return arr.slice(a, b).join("");
}

function fillArg(f: PyObject | undefined): string {
  if (f === undefined) return " ";
  const s = asStr(f);
  if (s === null) throw typeError(`The fill character must be a unicode character, not ${typeName(f)}`);
  if (cpLen(s) !== 1) throw typeError("The fill character must be exactly one character long");
  return s;
}

function pad(s: string, width: PyObject, fill: PyObject | undefined, how: "l" | "r" | "c"): string {
  const w = toSize(width);
  const f = fillArg(fill);
  const len = cpLen(s);
  if (w <= len) return s;
  const n = w - len;
  if (how === "l") return s + f.repeat(n);
  if (how === "r") return f.repeat(n) + s;
  // CPython's center puts the extra pad on the left when len and width are both odd.
  const left = Math.floor(n / 2) + (n & w & 1);
  return f.repeat(left) + s + f.repeat(n - left);
}

// Titlecase differs from uppercase only for these digraphs (Unicode's Lt letters).
const TITLE: Record<string, string> = {
  "\u01c4": "\u01c5", "\u01c5": "\u01c5", "\u01c6": "\u01c5", "\u01c7": "\u01c8", "\u01c8": "\u01c8", "\u01c9": "\u01c8",
  "\u01ca": "\u01cb", "\u01cb": "\u01cb", "\u01cc": "\u01cb", "\u01f1": "\u01f2", "\u01f2": "\u01f2", "\u01f3": "\u01f2",
};
function toTitle(ch: string): string {
  return TITLE[ch] ?? ch.toUpperCase();
}

function title(s: string): string {
  let out = "";
  let prevCased = false;
  for (const ch of s) {
    const cased = /[\p{Lu}\p{Ll}\p{Lt}]/u.test(ch);
    out += cased ? (prevCased ? ch.toLowerCase() : toTitle(ch)) : ch;
    prevCased = cased || (/\p{L}/u.test(ch) && prevCased);
  }
  return out;
}

function swapcase(s: string): string {
  let out = "";
  for (const ch of s) out += /\p{Lu}/u.test(ch) ? ch.toLowerCase() : /\p{Ll}/u.test(ch) ? ch.toUpperCase() : ch;
  return out;
}

function affixCheck(s: string, x: PyObject, start: PyObject | undefined, end: PyObject | undefined, fname: string, atEnd: boolean): boolean {
  const [a, b] = range(s, start, end);
  const [ua, ub] = unitRange(s, a, b);
  const test = (p: string) => {
    if (b < a || (a > cpLen(s))) return false;
    const hay = s.slice(ua, ub);
    return atEnd ? hay.endsWith(p) : hay.startsWith(p);
  };
  if (x instanceof PyTuple) {
    for (const it of x.items) {
      const p = asStr(it);
      if (p === null) throw typeError(`tuple for ${fname} must only contain str, not ${typeName(it)}`);
      if (test(p)) return true;
    }
    return false;
  }
  const p = asStr(x);
  if (p === null) throw typeError(`${fname} first arg must be str or a tuple of str, not ${typeName(x)}`);
  return test(p);
}

const LINE_BREAK = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;

function splitlines(s: string, keepends: boolean): PyList {
  const out: string[] = [];
  let last = 0;
  for (const m of s.matchAll(LINE_BREAK)) {
    const end = m.index! + m[0].length;
    out.push(s.slice(last, keepends ? end : m.index));
    last = end;
  }
  if (last < s.length) out.push(s.slice(last));
  return new PyList(out);
}

function expandtabs(s: string, tabsize: number): string {
  let out = "";
  let col = 0;
  for (const ch of s) {
    if (ch === "\t") {
      if (tabsize > 0) {
        const n = tabsize - (col % tabsize);
        out += " ".repeat(n);
        col += n;
      }
    } else {
      out += ch;
      col = ch === "\n" || ch === "\r" ? 0 : col + 1;
    }
  }
  return out;
}

const isAll = (re: RegExp) => ([self]: PyObject[]) => {
  const s = S(self);
  if (s.length === 0) return false;
  for (const ch of s) if (!re.test(ch)) return false;
  return true;
};
const DIGIT = /[\p{Nd}\u00b2\u00b3\u00b9\u2070\u2074-\u2079\u2080-\u2089\u2460-\u2468\u2474-\u247c\u2488-\u2490\u24f5-\u24fd\u2776-\u277e\u2780-\u2788\u278a-\u2792]/u;
const NUMERIC = /[\p{N}\u3007\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341\u767e\u5343\u4e07\u5104\u5146]/u;
const ALNUM = /[\p{L}\p{N}]/u;
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

function casedTest(s: string, upper: boolean): boolean {
  let cased = false;
  for (const ch of s) {
    if (/\p{Ll}/u.test(ch)) {
      if (upper) return false;
      cased = true;
    } else if (/[\p{Lu}\p{Lt}]/u.test(ch)) {
      if (!upper) return false;
      cased = true;
    }
  }
  return cased;
}

function istitle(s: string): boolean {
  let cased = false, prevCased = false;
  for (const ch of s) {
    if (/[\p{Lu}\p{Lt}]/u.test(ch)) {
      if (prevCased) return false;
      prevCased = cased = true;
    } else if (/\p{Ll}/u.test(ch)) {
      if (!prevCased) return false;
      prevCased = cased = true;
    } else prevCased = false;
  }
  return cased;
}

const methods: Record<string, (a: PyObject[], k: KwArgs | null) => PyObject> = {
  __len__: ([self]) => cpLen(S(self)),
  __getitem__: ([self, key]) => strGetItem(S(self), key),
  __iter__: ([self]) => new PyStrIter(S(self)),
  __contains__: ([self, x]) => {
    const sub = asStr(x);
    if (sub === null) throw typeError(`'in <string>' requires string as left operand, not ${typeName(x)}`);
    return S(self).includes(sub);
  },
  __add__: ([self, other]) => {
    const o = asStr(other);
    if (o === null) throw typeError(`can only concatenate str (not "${typeName(other)}") to str`);
    return S(self) + o;
  },
  __mul__: ([self, n]) => seqRepeat(S(self), n),
  __rmul__: ([self, n]) => seqRepeat(S(self), n),
  __hash__: ([self]) => strHash(S(self)),
  __repr__: ([self]) => strRepr(S(self)),
  __str__: ([self]) => S(self),
  __format__: ([self, spec]) => {
    const sp = asStr(spec);
    if (sp === null) throw typeError(`format() argument 2 must be str, not ${typeName(spec)}`);
    if (sp === "") return S(self);
    try {
      return formatStr(S(self), sp);
    } catch (e) {
      return rethrowAlgo(e);
    }
  },
  __getnewargs__: ([self]) => newTuple([S(self)]),
  __sizeof__: ([self]) => 49 + S(self).length,
  split: (args, kwargs) => {
    const [sep, max] = bindArgs("split", args.slice(1), kwargs, ["sep", "maxsplit"], 0);
    return split(S(args[0]), sep, max, false);
  },
  rsplit: (args, kwargs) => {
    const [sep, max] = bindArgs("rsplit", args.slice(1), kwargs, ["sep", "maxsplit"], 0);
    return split(S(args[0]), sep, max, true);
  },
  strip: (args) => (argRange("strip", args.length - 1, 0, 1), stripChars(S(args[0]), args[1], true, true)),
  lstrip: (args) => (argRange("lstrip", args.length - 1, 0, 1), stripChars(S(args[0]), args[1], true, false)),
  rstrip: (args) => (argRange("rstrip", args.length - 1, 0, 1), stripChars(S(args[0]), args[1], false, true)),
  replace: (args) => {
    argRange("replace", args.length - 1, 2, 3);
    const s = S(args[0]);
    const old = strArg(args[1], "replace", 1), nw = strArg(args[2], "replace", 2);
    let n = args.length > 3 ? toSize(args[3]) : -1;
    if (n < 0) n = Infinity;
    if (old.length === 0) {
      const chars = Array.from(s);
      let out = "";
      let k = 0;
      for (let i = 0; i <= chars.length; i++) {
        if (k < n) {
          out += nw;
          k++;
        }
        if (i < chars.length) out += chars[i];
      }
      return out;
    }
    if (n === Infinity) return s.split(old).join(nw);
    const parts = s.split(old);
    if (parts.length - 1 <= n) return parts.join(nw);
    return parts.slice(0, n + 1).join(nw) + old + parts.slice(n + 1).join(old);
  },
  find: (args) => (argRange("find", args.length - 1, 1, 3), find(S(args[0]), strArg(args[1], "find", 1), args[2], args[3], false)),
  rfind: (args) => (argRange("rfind", args.length - 1, 1, 3), find(S(args[0]), strArg(args[1], "rfind", 1), args[2], args[3], true)),
  index: (args) => {
    argRange("index", args.length - 1, 1, 3);
    const i = find(S(args[0]), strArg(args[1], "index", 1), args[2], args[3], false);
    if (i < 0) throw valueError("substring not found");
    return i;
  },
  rindex: (args) => {
    argRange("rindex", args.length - 1, 1, 3);
    const i = find(S(args[0]), strArg(args[1], "rindex", 1), args[2], args[3], true);
    if (i < 0) throw valueError("substring not found");
    return i;
  },
  count: (args) => (argRange("count", args.length - 1, 1, 3), count(S(args[0]), strArg(args[1], "count", 1), args[2], args[3])),
  startswith: (args) => (argRange("startswith", args.length - 1, 1, 3), affixCheck(S(args[0]), args[1], args[2], args[3], "startswith", false)),
  endswith: (args) => (argRange("endswith", args.length - 1, 1, 3), affixCheck(S(args[0]), args[1], args[2], args[3], "endswith", true)),
  upper: ([self]) => S(self).toUpperCase(),
  lower: ([self]) => S(self).toLowerCase(),
  casefold: ([self]) => S(self).toUpperCase().toLowerCase(),
  title: ([self]) => title(S(self)),
  capitalize: ([self]) => {
    const cs = Array.from(S(self));
    if (cs.length === 0) return "";
    return toTitle(cs[0]) + cs.slice(1).join("").toLowerCase();
  },
  swapcase: ([self]) => swapcase(S(self)),
  center: (args) => (argRange("center", args.length - 1, 1, 2), pad(S(args[0]), args[1], args[2], "c")),
  ljust: (args) => (argRange("ljust", args.length - 1, 1, 2), pad(S(args[0]), args[1], args[2], "l")),
  rjust: (args) => (argRange("rjust", args.length - 1, 1, 2), pad(S(args[0]), args[1], args[2], "r")),
  zfill: ([self, width]) => {
    const s = S(self);
    const w = toSize(width);
    const len = cpLen(s);
    if (w <= len) return s;
    const sign = s[0] === "+" || s[0] === "-" ? s[0] : "";
    return sign + "0".repeat(w - len) + s.slice(sign.length);
  },
  partition: ([self, sep]) => {
    const s = S(self), p = asStr(sep);
    if (p === null) throw typeError(`must be str, not ${typeName(sep)}`);
    if (p.length === 0) throw valueError("empty separator");
    const i = s.indexOf(p);
    return i < 0 ? newTuple([s, "", ""]) : newTuple([s.slice(0, i), p, s.slice(i + p.length)]);
  },
  rpartition: ([self, sep]) => {
    const s = S(self), p = asStr(sep);
    if (p === null) throw typeError(`must be str, not ${typeName(sep)}`);
    if (p.length === 0) throw valueError("empty separator");
    const i = s.lastIndexOf(p);
    return i < 0 ? newTuple(["", "", s]) : newTuple([s.slice(0, i), p, s.slice(i + p.length)]);
  },
  splitlines: (args, kwargs) => {
    const [keep] = bindArgs("splitlines", args.slice(1), kwargs, ["keepends"], 0);
    return splitlines(S(args[0]), keep !== undefined && keep !== false && keep !== 0 && keep !== None);
  },
  expandtabs: (args, kwargs) => {
    const [ts] = bindArgs("expandtabs", args.slice(1), kwargs, ["tabsize"], 0);
    return expandtabs(S(args[0]), ts === undefined ? 8 : toSize(ts));
  },
  removeprefix: ([self, p]) => {
    const s = S(self), x = strArg(p, "removeprefix", 1);
    return x.length > 0 && s.startsWith(x) ? s.slice(x.length) : s;
  },
  removesuffix: ([self, p]) => {
    const s = S(self), x = strArg(p, "removesuffix", 1);
    return x.length > 0 && s.endsWith(x) ? s.slice(0, s.length - x.length) : s;
  },
  isdigit: isAll(DIGIT),
  isdecimal: isAll(/\p{Nd}/u),
  isnumeric: isAll(NUMERIC),
  isalpha: isAll(/\p{L}/u),
  isalnum: isAll(ALNUM),
  isspace: isAll(WS_RE),
  isascii: ([self]) => /^[\x00-\x7f]*$/.test(S(self)),
  isupper: ([self]) => casedTest(S(self), true),
  islower: ([self]) => casedTest(S(self), false),
  istitle: ([self]) => istitle(S(self)),
  isidentifier: ([self]) => /^[\p{XID_Start}_][\p{XID_Continue}]*$/u.test(S(self)),
  isprintable: ([self]) => {
    for (const ch of S(self)) if (ch !== " " && NON_PRINTABLE.test(ch)) return false;
    return true;
  },
  encode: (args, kwargs) => {
    const [enc, errors] = bindArgs("encode", args.slice(1), kwargs, ["encoding", "errors"], 0);
    return new PyBytes(encodeStr(S(args[0]), enc === undefined ? "utf-8" : strArg(enc, "encode", 1), errors === undefined ? "strict" : strArg(errors, "encode", 2)));
  },
};
for (let op = 0; op < 6; op++) methods[cmpNames[op]] = ([a, b]) => builtinCompare(a, b, op);
defineMethods(strType, methods);
for (const n of ["__add__", "__mul__", "__rmul__"]) seqSlots.add(strType.dict.get(n)!);

defineGenMethods(strType, {
  join: function* (args) {
    exactlyOne("str.join", args.length - 1);
    const [self, it] = args;
    let items: PyObject[];
    try {
      items = yield* toArrayGen(it);
    } catch (e) {
      // CPython's PySequence_Fast: any TypeError while listing the argument becomes this one
      if (e instanceof PyBaseException && e.type.isSubtypeOf(TypeError)) throw typeError("can only join an iterable");
      throw e;
    }
    const parts: string[] = new Array(items.length);
    for (let i = 0; i < items.length; i++) {
      const s = asStr(items[i]);
      if (s === null) throw typeError(`sequence item ${i}: expected str instance, ${typeName(items[i])} found`);
      parts[i] = s;
    }
    return parts.join(S(self));
  },
  format: function* (args, kwargs) {
    const kw = kwargs === null ? null : new PyDict();
    if (kwargs !== null) for (const [k, v] of kwargs) kw!.setNorm(k, k, v);
    return yield* strFormatGen(S(args[0]), args.slice(1), kw);
  },
  format_map: function* ([self, mapping]) {
    return yield* strFormatGen(S(self), [], mapping);
  },
  __mod__: function* ([self, args]) {
    return yield* percentGen(S(self), args);
  },
  __rmod__: function* () {
    return NotImplemented;
  },
  translate: function* ([self, table]) {
    let out = "";
    for (const ch of S(self)) {
      const cp = ch.codePointAt(0)!;
      let v: PyObject;
      try {
        v = yield* getItemGen(table, cp);
      } catch (e) {
        if (isLookupError(e)) {
          out += ch;
          continue;
        }
        throw e;
      }
      if (v === None) continue;
      const s = asStr(v);
      if (s !== null) out += s;
      else {
        const n = asIndex(v);
        if (n === null) throw typeError("character mapping must return integer, None or str");
        if (n < 0 || n > 0x10ffff) throw valueError("character mapping must be in range(0x110000)");
        out += String.fromCodePoint(Number(n));
      }
    }
    return out;
  },
});

import { PyBaseException, LookupError, TypeError } from "../exceptions.js";
function isLookupError(e: unknown): boolean {
  return e instanceof PyBaseException && e.type.isSubtypeOf(LookupError);
}

// str.maketrans is a static method.
import { PyStaticMethod } from "./descriptors.js";
strType.dict.set("maketrans", new PyStaticMethod(new PyBuiltin("maketrans", (args: PyObject[]) => {
  argRange("maketrans", args.length, 1, 3);
  const d = new PyDict();
  if (args.length === 1) {
    const m = args[0];
    if (!(m instanceof PyDict)) throw typeError("if you give only one argument to maketrans it must be a dict");
    for (const [n, v] of m.map) {
      const k = m.keyOf(n);
      const ks = asStr(k);
      if (ks !== null) {
        if (cpLen(ks) !== 1) throw valueError("string keys in translate table must be of length 1");
        d.setNorm(ks.codePointAt(0)!, ks.codePointAt(0)!, v);
      } else if (asIndex(k) !== null) d.setNorm(asIndex(k), k, v);
      else throw typeError("keys in translate table must be strings or integers");
    }
    return d;
  }
  const x = Array.from(strArg(args[0], "maketrans", 1)), y = Array.from(strArg(args[1], "maketrans", 2));
  if (x.length !== y.length) throw valueError("the first two maketrans arguments must have equal length");
  for (let i = 0; i < x.length; i++) d.setNorm(x[i].codePointAt(0)!, x[i].codePointAt(0)!, y[i].codePointAt(0)!);
  if (args.length === 3) for (const c of strArg(args[2], "maketrans", 3)) d.setNorm(c.codePointAt(0)!, c.codePointAt(0)!, None);
  return d;
}, false)));
strType.changed();

export { kwOnly, typeOf };
export type { Gen };
