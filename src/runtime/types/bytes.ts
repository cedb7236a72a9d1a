// bytes.ts (types) — bytes and bytearray: construction, the utf-8/ascii/latin-1 codecs with CPython's
// error handlers and messages, repr b'..', indexing/slicing, + and *, comparisons, hash, and the common
// methods (decode, hex/fromhex, join, find/count/index, startswith/endswith, split/strip, replace,
// upper/lower, append/extend/pop for bytearray).
import {
  PyObject, PyType, PyTuple, PyList, PyBytes, PyByteArray, KwArgs, None, NotImplemented, typeOf, typeName,
  bytesType, byteArrayType, newTuple,
} from "../object.js";
import { PyBuiltin, defineMethods, defineGenMethods, defineClassMethods } from "../builtin-function.js";
import { typeError, valueError, indexError, newException, UnicodeDecodeError, UnicodeEncodeError, LookupError } from "../exceptions.js";
import { argRange, bindArgs } from "../arg-parse.js";
import { asStr, asIndex, toSize } from "../ops-object.js";
import { toArrayGen } from "../ops-iter.js";
import { CmpOp, cmpNames } from "../ops-compare.js";
import { seqSlots, setBytesConcat, setBytesRepeat } from "../ops-arith.js";
import { bytesHash } from "../num-hash.js";
import { PySlice, sliceIndices } from "./slice.js";
import { listAssignSlice, listDelSlice } from "../ops-item.js";
import { percentGen } from "../ops-format.js";
import { PyListIter } from "./iterators.js";
import { PyMemoryView } from "./memoryview.js";
import type { NativeGen } from "../protocol.js";

/** The bytes of a bytes-like (bytes, bytearray), or null. */
export function bytesOf(x: PyObject): Uint8Array | null {
  if (x instanceof PyBytes) return x.data;
  if (x instanceof PyByteArray) return x.data.subarray(0, x.length);
  if (x instanceof PyMemoryView) return x.bytes();
  return null;
}

function normEncoding(enc: string): string {
  const e = enc.toLowerCase().replace(/_/g, "-");
  if (e === "utf-8" || e === "utf8" || e === "u8" || e === "utf") return "utf-8";
  if (e === "ascii" || e === "us-ascii" || e === "646") return "ascii";
  if (e === "latin-1" || e === "latin1" || e === "iso-8859-1" || e === "iso8859-1" || e === "l1" || e === "8859" || e === "cp819") return "latin-1";
  throw newException(LookupError, `unknown encoding: ${enc}`);
}

/** str.encode(encoding, errors). */
export function encodeStr(s: string, encoding: string, errors: string): Uint8Array {
  const enc = normEncoding(encoding);
  if (enc === "utf-8" && !/[\uD800-\uDFFF]/.test(s)) return new TextEncoder().encode(s);
  const limit = enc === "ascii" ? 0x80 : enc === "latin-1" ? 0x100 : 0x110000;
  const out: number[] = [];
  const chars = Array.from(s);
  for (let i = 0; i < chars.length; i++) {
    const cp = chars[i].codePointAt(0)!;
    const surrogate = cp >= 0xd800 && cp <= 0xdfff;
    if (cp < limit && !surrogate) {
      if (enc === "utf-8") out.push(...new TextEncoder().encode(chars[i]));
      else out.push(cp);
      continue;
    }
    switch (errors) {
      case "ignore":
        continue;
      case "replace":
        out.push(0x3f);
        continue;
      case "backslashreplace": {
        const esc = cp < 0x100 ? "\\x" + cp.toString(16).padStart(2, "0") : cp < 0x10000 ? "\\u" + cp.toString(16).padStart(4, "0") : "\\U" + cp.toString(16).padStart(8, "0");
        for (const c of esc) out.push(c.charCodeAt(0));
        continue;
      }
      case "xmlcharrefreplace":
        for (const c of `&#${cp};`) out.push(c.charCodeAt(0));
        continue;
    }
    let j = i + 1;
    while (j < chars.length && (chars[j].codePointAt(0)! >= limit)) j++;
    const reason = surrogate ? "surrogates not allowed" : `ordinal not in range(${limit})`;
    throw newException(UnicodeEncodeError, enc, s, i, surrogate ? i + 1 : j, reason);
  }
  return new Uint8Array(out);
}

/** bytes.decode(encoding, errors). */
export function decodeBytes(data: Uint8Array, encoding: string, errors: string): string {
  const enc = normEncoding(encoding);
  let out = "";
  const fail = (start: number, end: number, reason: string): boolean => {
    switch (errors) {
      case "ignore":
        return true;
      case "replace":
        out += "\ufffd";
        return true;
      case "backslashreplace":
        for (let k = start; k < end; k++) out += "\\x" + data[k].toString(16).padStart(2, "0");
        return true;
    }
    throw newException(UnicodeDecodeError, enc, new PyBytes(data.slice()), start, end, reason);
  };
  if (enc === "latin-1") {
    for (let i = 0; i < data.length; i++) out += String.fromCharCode(data[i]);
    return out;
  }
  if (enc === "ascii") {
    for (let i = 0; i < data.length; i++) {
      if (data[i] < 0x80) out += String.fromCharCode(data[i]);
      else fail(i, i + 1, "ordinal not in range(128)");
    }
    return out;
  }
  let i = 0;
  while (i < data.length) {
    const b = data[i];
    if (b < 0x80) {
      out += String.fromCharCode(b);
      i++;
      continue;
    }
    let need = 0, cp = 0, min = 0;
    if (b >= 0xc2 && b <= 0xdf) { need = 1; cp = b & 0x1f; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; cp = b & 0x0f; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; cp = b & 0x07; min = 0x10000; }
    else {
      fail(i, i + 1, "invalid start byte");
      i++;
      continue;
    }
    let j = 1;
    let bad = false;
    for (; j <= need; j++) {
      if (i + j >= data.length) {
        fail(i, data.length, "unexpected end of data");
        i = data.length;
        bad = true;
        break;
      }
      const c = data[i + j];
      const lo = j === 1 && b === 0xe0 ? 0xa0 : j === 1 && b === 0xf0 ? 0x90 : 0x80;
      const hi = j === 1 && b === 0xed ? 0x9f : j === 1 && b === 0xf4 ? 0x8f : 0xbf;
      if (c < lo || c > hi) {
        fail(i, i + j, "invalid continuation byte");
        i += j;
        bad = true;
        break;
      }
      cp = (cp << 6) | (c & 0x3f);
    }
    if (bad) continue;
    void min;
    out += String.fromCodePoint(cp);
    i += need + 1;
  }
  return out;
}

/** repr of bytes content: b'..' with CPython's quote choice and escapes. */
export function bytesRepr(d: Uint8Array, prefix = "b"): string {
  let hasSingle = false, hasDouble = false;
  for (const b of d) {
    if (b === 0x27) hasSingle = true;
    else if (b === 0x22) hasDouble = true;
  }
  const q = hasSingle && !hasDouble ? '"' : "'";
  let s = prefix + q;
  for (const b of d) {
    if (b === q.charCodeAt(0) || b === 0x5c) s += "\\" + String.fromCharCode(b);
    else if (b === 9) s += "\\t";
    else if (b === 10) s += "\\n";
    else if (b === 13) s += "\\r";
    else if (b < 0x20 || b >= 0x7f) s += "\\x" + b.toString(16).padStart(2, "0");
    else s += String.fromCharCode(b);
  }
  return s + q;
}

function* bytesFromGen(x: PyObject, encoding: PyObject | undefined, errors: PyObject | undefined, fname: string): Generator<any, Uint8Array, any> {
  const s = asStr(x);
  if (s !== null) {
    if (encoding === undefined) throw typeError("string argument without an encoding");
    return encodeStr(s, asStr(encoding) ?? "utf-8", errors === undefined ? "strict" : asStr(errors) ?? "strict");
  }
  if (encoding !== undefined) throw typeError("encoding without a string argument");
  const b = bytesOf(x);
  if (b !== null) return b.slice();
  const n = asIndex(x);
  if (n !== null) {
    if (n < 0) throw valueError("negative count");
    return new Uint8Array(Number(n));
  }
  if (typeof x === "object" && typeOf(x).lookup("__iter__") === undefined && typeOf(x).lookup("__getitem__") === undefined) {
    throw typeError(`cannot convert '${typeName(x)}' object to ${fname}`);
  }
  const items = yield* toArrayGen(x);
  const out = new Uint8Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const v = asIndex(items[i]);
    if (v === null) throw typeError(`'${typeName(items[i])}' object cannot be interpreted as an integer`);
    if (v < 0 || v > 255) throw valueError("bytes must be in range(0, 256)");
    out[i] = Number(v);
  }
  return out;
}

function* bytesNew(args: PyObject[], kwargs: KwArgs | null): NativeGen {
  const cls = args[0] as PyType;
  const [src, enc, err] = bindArgs("bytes", args.slice(1), kwargs, ["source", "encoding", "errors"], 0);
  const data = src === undefined ? new Uint8Array(0) : yield* bytesFromGen(src, enc, err, "bytes");
  return new PyBytes(data, cls);
}
bytesType.dict.set("__new__", new PyBuiltin("__new__", bytesNew as never, true, bytesType, "bytes.__new__"));
byteArrayType.dict.set("__new__", new PyBuiltin("__new__", (args: PyObject[]) => new PyByteArray(new Uint8Array(0), args[0] as PyType), false, byteArrayType));
defineGenMethods(byteArrayType, {
  __init__: function* (args, kwargs) {
    const [src, enc, err] = bindArgs("bytearray", args.slice(1), kwargs, ["source", "encoding", "errors"], 0);
    const ba = args[0] as PyByteArray;
    const data = src === undefined ? new Uint8Array(0) : yield* bytesFromGen(src, enc, err, "bytearray");
    ba.data = data;
    ba.length = data.length;
    return None;
  },
  extend: function* ([self, it]) {
    const ba = self as PyByteArray;
    const add = yield* bytesFromGen(it, undefined, undefined, "bytearray");
    setBA(ba, concat(ba.data.subarray(0, ba.length), add));
    return None;
  },
});

function latin1(d: Uint8Array): string {
  let s = "";
  for (let i = 0; i < d.length; i++) s += String.fromCharCode(d[i]);
  return s;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const r = new Uint8Array(a.length + b.length);
  r.set(a, 0);
  r.set(b, a.length);
  return r;
}

function setBA(ba: PyByteArray, d: Uint8Array): void {
  ba.data = d;
  ba.length = d.length;
}

function make(like: PyObject, d: Uint8Array): PyObject {
  return like instanceof PyByteArray ? new PyByteArray(d) : new PyBytes(d);
}

setBytesConcat((a, b) => {
  const x = bytesOf(a)!, y = bytesOf(b);
  if (y === null) throw typeError(`can't concat ${typeName(b)} to ${typeName(a)}`);
  return make(a, concat(x, y));
});
setBytesRepeat((a, n) => {
  const x = bytesOf(a)!;
  const r = new Uint8Array(x.length * n);
  for (let i = 0; i < n; i++) r.set(x, i * x.length);
  return make(a, r);
});

function B(x: PyObject): Uint8Array {
  const b = bytesOf(x);
  if (b === null) throw typeError(`a bytes-like object is required, not '${typeName(x)}'`);
  return b;
}

function subArg(x: PyObject): Uint8Array {
  const b = bytesOf(x);
  if (b !== null) return b;
  const n = asIndex(x);
  if (n !== null) {
    if (n < 0 || n > 255) throw valueError("byte must be in range(0, 256)");
    return new Uint8Array([Number(n)]);
  }
  throw typeError(`argument should be integer or bytes-like object, not '${typeName(x)}'`);
}

function indexOf(h: Uint8Array, n: Uint8Array, from: number, rev: boolean, end: number): number {
  if (!rev) {
    outer: for (let i = from; i + n.length <= end; i++) {
      for (let j = 0; j < n.length; j++) if (h[i + j] !== n[j]) continue outer;
      return i;
    }
    return -1;
  }
  outer2: for (let i = end - n.length; i >= from; i--) {
    for (let j = 0; j < n.length; j++) if (h[i + j] !== n[j]) continue outer2;
    return i;
  }
  return -1;
}

function clamp(x: PyObject | undefined, len: number, d: number): number {
  if (x === undefined || x === None) return d;
  let i = toSize(x);
  if (i < 0) i = Math.max(0, i + len);
  return Math.min(i, len);
}

function cmpBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

const WS = new Set([32, 9, 10, 11, 12, 13]);

const common: Record<string, (a: PyObject[], k: KwArgs | null) => PyObject> = {
  __len__: ([self]) => B(self).length,
  __getitem__: ([self, key]) => {
    const d = B(self);
    if (key instanceof PySlice) {
      const [start, , step, n] = sliceIndices(key, d.length);
      const r = new Uint8Array(n);
      for (let i = 0, j = start; i < n; i++, j += step) r[i] = d[j];
      return make(self, r);
    }
    const v = asIndex(key);
    if (v === null) throw typeError(`byte indices must be integers or slices, not ${typeName(key)}`);
    let i = Number(v);
    if (i < 0) i += d.length;
    if (i < 0 || i >= d.length) throw indexError(self instanceof PyByteArray ? "bytearray index out of range" : "index out of range");
    return d[i];
  },
  __iter__: ([self]) => new PyListIter(Array.from(B(self))),
  __contains__: ([self, x]) => indexOf(B(self), subArg(x), 0, false, B(self).length) >= 0,
  __add__: ([self, other]) => {
    const y = bytesOf(other);
    if (y === null) throw typeError(`can't concat ${typeName(other)} to ${typeName(self)}`);
    return make(self, concat(B(self), y));
  },
  __mul__: ([self, n]) => {
    const k = Math.max(0, toSize(n));
    const x = B(self);
    const r = new Uint8Array(x.length * k);
    for (let i = 0; i < k; i++) r.set(x, i * x.length);
    return make(self, r);
  },
  decode: (args, kwargs) => {
    const [enc, err] = bindArgs("decode", args.slice(1), kwargs, ["encoding", "errors"], 0);
    return decodeBytes(B(args[0]), enc === undefined ? "utf-8" : asStr(enc) ?? "utf-8", err === undefined ? "strict" : asStr(err) ?? "strict");
  },
  hex: (args) => {
    const d = B(args[0]);
    let s = "";
    for (const b of d) s += b.toString(16).padStart(2, "0");
    if (args.length > 1) {
      const sep = asStr(args[1]) ?? "";
      return s.match(/../g)?.join(sep) ?? "";
    }
    return s;
  },
  find: (args) => {
    argRange("find", args.length - 1, 1, 3);
    const d = B(args[0]);
    return indexOf(d, subArg(args[1]), clamp(args[2], d.length, 0), false, clamp(args[3], d.length, d.length));
  },
  rfind: (args) => {
    argRange("rfind", args.length - 1, 1, 3);
    const d = B(args[0]);
    return indexOf(d, subArg(args[1]), clamp(args[2], d.length, 0), true, clamp(args[3], d.length, d.length));
  },
  index: (args) => {
    argRange("index", args.length - 1, 1, 3);
    const d = B(args[0]);
    const i = indexOf(d, subArg(args[1]), clamp(args[2], d.length, 0), false, clamp(args[3], d.length, d.length));
    if (i < 0) throw valueError("subsection not found");
    return i;
  },
  count: (args) => {
    const d = B(args[0]), n = subArg(args[1]);
    let c = 0;
    for (let i = indexOf(d, n, 0, false, d.length); i >= 0; i = indexOf(d, n, i + Math.max(1, n.length), false, d.length)) c++;
    return c;
  },
  startswith: ([self, p]) => {
    const d = B(self);
    const test = (x: PyObject) => {
      const q = bytesOf(x);
      if (q === null) throw typeError(`startswith first arg must be bytes or a tuple of bytes, not ${typeName(x)}`);
      return q.length <= d.length && q.every((v, i) => d[i] === v);
    };
    return p instanceof PyTuple ? p.items.some(test) : test(p);
  },
  endswith: ([self, p]) => {
    const d = B(self);
    const test = (x: PyObject) => {
      const q = bytesOf(x);
      if (q === null) throw typeError(`endswith first arg must be bytes or a tuple of bytes, not ${typeName(x)}`);
      return q.length <= d.length && q.every((v, i) => d[d.length - q.length + i] === v);
    };
    return p instanceof PyTuple ? p.items.some(test) : test(p);
  },
  upper: ([self]) => make(self, B(self).map((b) => (b >= 97 && b <= 122 ? b - 32 : b))),
  lower: ([self]) => make(self, B(self).map((b) => (b >= 65 && b <= 90 ? b + 32 : b))),
  strip: ([self, chars]) => {
    const d = B(self);
    const set = chars === undefined || chars === None ? WS : new Set(B(chars));
    let a = 0, b = d.length;
    while (a < b && set.has(d[a])) a++;
    while (b > a && set.has(d[b - 1])) b--;
    return make(self, d.slice(a, b));
  },
  split: (args, kwargs) => {
    const [sep, max] = bindArgs("split", args.slice(1), kwargs, ["sep", "maxsplit"], 0);
    const d = B(args[0]);
    let m = max === undefined ? -1 : toSize(max);
    if (m < 0) m = Infinity;
    const out: PyObject[] = [];
    if (sep === undefined || sep === None) {
      let i = 0;
      while (i < d.length) {
        while (i < d.length && WS.has(d[i])) i++;
        if (i >= d.length) break;
        if (out.length >= m) {
          let e = d.length;
          while (e > i && WS.has(d[e - 1])) e--;
          out.push(make(args[0], d.slice(i, e)));
          break;
        }
        let j = i;
        while (j < d.length && !WS.has(d[j])) j++;
        out.push(make(args[0], d.slice(i, j)));
        i = j;
      }
      return new PyList(out);
    }
    const s = B(sep);
    if (s.length === 0) throw valueError("empty separator");
    let i = 0;
    while (out.length < m) {
      const j = indexOf(d, s, i, false, d.length);
      if (j < 0) break;
      out.push(make(args[0], d.slice(i, j)));
      i = j + s.length;
    }
    out.push(make(args[0], d.slice(i)));
    return new PyList(out);
  },
  replace: (args) => {
    argRange("replace", args.length - 1, 2, 3);
    const d = B(args[0]), old = B(args[1]), nw = B(args[2]);
    let n = args.length > 3 ? toSize(args[3]) : -1;
    if (n < 0) n = Infinity;
    const parts: number[] = [];
    let i = 0, k = 0;
    while (i <= d.length) {
      const j = k < n && old.length > 0 ? indexOf(d, old, i, false, d.length) : -1;
      if (j < 0) {
        parts.push(...d.slice(i));
        break;
      }
      parts.push(...d.slice(i, j), ...nw);
      i = j + old.length;
      k++;
    }
    return make(args[0], new Uint8Array(parts));
  },
  isdigit: ([self]) => B(self).length > 0 && B(self).every((b) => b >= 48 && b <= 57),
  isalpha: ([self]) => B(self).length > 0 && B(self).every((b) => (b >= 65 && b <= 90) || (b >= 97 && b <= 122)),
  isspace: ([self]) => B(self).length > 0 && B(self).every((b) => WS.has(b)),
};
for (let op = 0; op < 6; op++) {
  common[cmpNames[op]] = ([a, b]) => {
    const y = bytesOf(b);
    if (y === null) return NotImplemented;
    const c = cmpBytes(B(a), y);
    switch (op) {
      case CmpOp.Lt: return c < 0;
      case CmpOp.Le: return c <= 0;
      case CmpOp.Eq: return c === 0;
      case CmpOp.Ne: return c !== 0;
      case CmpOp.Gt: return c > 0;
      default: return c >= 0;
    }
  };
}

for (const t of [bytesType, byteArrayType]) {
  defineMethods(t, common);
  for (const n of ["__add__", "__mul__"]) seqSlots.add(t.dict.get(n)!);
  defineGenMethods(t, {
    // bytes % args: formatted through the str engine on a latin-1 view (one char per byte).
    __mod__: function* ([self, args]) {
      const conv = (x: PyObject): PyObject => {
        const b = bytesOf(x);
        return b === null ? x : latin1(b);
      };
      const a = args instanceof PyTuple ? newTuple(args.items.map(conv)) : conv(args);
      const s = (yield* percentGen(latin1(B(self)), a)) as string;
      const out = new Uint8Array(s.length);
      for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
      return make(self, out);
    },
    join: function* ([self, it]) {
      const items = yield* toArrayGen(it);
      const sep = B(self);
      const parts: number[] = [];
      for (let i = 0; i < items.length; i++) {
        const b = bytesOf(items[i]);
        if (b === null) throw typeError(`sequence item ${i}: expected a bytes-like object, ${typeName(items[i])} found`);
        if (i > 0) parts.push(...sep);
        parts.push(...b);
      }
      return make(self, new Uint8Array(parts));
    },
  });
  defineClassMethods(t, {
    fromhex: ([cls, s]) => {
      const str = asStr(s);
      if (str === null) throw typeError(`fromhex() argument must be str, not ${typeName(s)}`);
      const out: number[] = [];
      const t2 = str.replace(/\s+/g, " ");
      let i = 0;
      while (i < t2.length) {
        if (t2[i] === " ") {
          i++;
          continue;
        }
        const pair = t2.slice(i, i + 2);
        if (!/^[0-9a-fA-F]{2}$/.test(pair)) throw valueError(`non-hexadecimal number found in fromhex() arg at position ${/^[0-9a-fA-F]/.test(pair) ? i + 1 : i}`);
        out.push(parseInt(pair, 16));
        i += 2;
      }
      return (cls as PyType).isSubtypeOf(byteArrayType) ? new PyByteArray(new Uint8Array(out)) : new PyBytes(new Uint8Array(out));
    },
  });
}
defineMethods(bytesType, {
  __repr__: ([self]) => bytesRepr(B(self)),
  __hash__: ([self]) => bytesHash(B(self)),
  __bytes__: ([self]) => self,
});
defineMethods(byteArrayType, {
  __repr__: ([self]) => `bytearray(${bytesRepr(B(self))})`,
  append: ([self, x]) => {
    const ba = self as PyByteArray;
    setBA(ba, concat(B(ba), subArg(asIndex(x) === null ? 0 : x)));
    if (asIndex(x) === null) throw typeError(`'${typeName(x)}' object cannot be interpreted as an integer`);
    return None;
  },
  pop: (args) => {
    const ba = args[0] as PyByteArray;
    const d = B(ba);
    if (d.length === 0) throw indexError("pop from empty bytearray");
    let i = args.length > 1 ? toSize(args[1]) : d.length - 1;
    if (i < 0) i += d.length;
    if (i < 0 || i >= d.length) throw indexError("pop index out of range");
    const v = d[i];
    setBA(ba, concat(d.slice(0, i), d.slice(i + 1)));
    return v;
  },
  __delitem__: ([self, key]) => {
    const ba = self as PyByteArray;
    const l = new PyList(Array.from(B(ba)));
    if (key instanceof PySlice) listDelSlice(l, key);
    else {
      const v = asIndex(key);
      if (v === null) throw typeError(`bytearray indices must be integers or slices, not ${typeName(key)}`);
      let i = Number(v);
      if (i < 0) i += l.items.length;
      if (i < 0 || i >= l.items.length) throw indexError("bytearray index out of range");
      l.items.splice(i, 1);
    }
    setBA(ba, new Uint8Array(l.items as number[]));
    return None;
  },
  clear: ([self]) => {
    setBA(self as PyByteArray, new Uint8Array(0));
    return None;
  },
  copy: ([self]) => new PyByteArray(B(self).slice()),
  remove: ([self, x]) => {
    const l = Array.from(B(self));
    const v = asIndex(x);
    if (v === null) throw typeError(`'${typeName(x)}' object cannot be interpreted as an integer`);
    const i = l.indexOf(Number(v));
    if (i < 0) throw valueError("value not found in bytearray");
    l.splice(i, 1);
    setBA(self as PyByteArray, new Uint8Array(l));
    return None;
  },
  reverse: ([self]) => {
    setBA(self as PyByteArray, B(self).slice().reverse());
    return None;
  },
  insert: ([self, i, x]) => {
    const l = Array.from(B(self));
    let k = toSize(i);
    if (k < 0) k = Math.max(0, k + l.length);
    const v = asIndex(x);
    if (v === null || v < 0 || v > 255) throw valueError("byte must be in range(0, 256)");
    l.splice(Math.min(k, l.length), 0, Number(v));
    setBA(self as PyByteArray, new Uint8Array(l));
    return None;
  },
  __setitem__: ([self, key, value]) => {
    const ba = self as PyByteArray;
    if (key instanceof PySlice) {
      const vals = bytesOf(value);
      if (vals === null) throw typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
      const l = new PyList(Array.from(B(ba)));
      listAssignSlice(l, key, Array.from(vals));
      setBA(ba, new Uint8Array(l.items as number[]));
      return None;
    }
    const d = B(ba).slice();
    const v = asIndex(key);
    if (v === null) throw typeError(`bytearray indices must be integers or slices, not ${typeName(key)}`);
    let i = Number(v);
    if (i < 0) i += d.length;
    if (i < 0 || i >= d.length) throw indexError("bytearray index out of range");
    const x = asIndex(value);
    if (x === null || x < 0 || x > 255) throw valueError("byte must be in range(0, 256)");
    d[i] = Number(x);
    setBA(ba, d);
    return None;
  },
});
byteArrayType.dict.set("__hash__", None);
byteArrayType.flags |= 1 << 6;
byteArrayType.changed();

export { newTuple };
