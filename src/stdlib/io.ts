// io.ts — the io module in TypeScript: the IOBase family (subclassable; its mixin methods call the
// subclass's read/readline/write/close), StringIO, BytesIO, UnsupportedOperation and the SEEK_* names.
// Behaviour and messages follow docs.python.org/3.11/library/io.html and what python3 3.11 prints; the
// standard streams themselves are sys's PyTextStream (io.TextIOWrapper is their type).
import {
  PyObject, PyModule, PyInstance, PyType, PyBytes, PyByteArray, KwArgs, None, makeBuiltinType, objectType, TypeFlag,
  newList, typeName, typeOf,
} from "../runtime/object.js";
import { typeError, valueError, newException, OSError, ValueError, StopIteration } from "../runtime/exceptions.js";
import { defineGenMethods, defineMethods, defineGetters } from "../runtime/builtin-function.js";
import { callGen } from "../runtime/ops-call.js";
import { loadAttrGen } from "../runtime/ops-attr.js";
import { truthGen, lenGen } from "../runtime/ops-object.js";
import { getIterGen, iterNextGen } from "../runtime/ops-iter.js";
import { strRepr } from "../runtime/str-repr.js";
import type { RuntimeContext } from "../runtime/runtime-context.js";
import { bindArgs, intValue, strValue } from "./support.js";

type Gen<T> = Generator<any, T, any>;
const FLAGS = TypeFlag.BaseType | TypeFlag.HasDict;

/** io.UnsupportedOperation: both an OSError and a ValueError, as in CPython. */
export const unsupportedOperationType = makeBuiltinType("UnsupportedOperation", OSError, FLAGS | TypeFlag.Exception);
unsupportedOperationType.bases = [OSError, ValueError];
unsupportedOperationType.mro = orderedMro();
unsupportedOperationType.module = "io";
unsupportedOperationType.newInstance = OSError.newInstance;

function orderedMro(): PyType[] {
  // C3 of (OSError, ValueError): both below Exception, so OSError's and ValueError's own classes come first
  const own = [unsupportedOperationType, OSError, ValueError];
  const rest = OSError.mro.filter((t) => t !== OSError);
  return [...own, ...rest.filter((t) => t !== ValueError)];
}

/** Instances of the IOBase family keep their closed flag outside the instance dict. */
export class PyIOBase extends PyInstance {
  closedFlag = false;
}

function makeIoType(name: string, base: PyType): PyType {
  const t = makeBuiltinType(name, base, FLAGS);
  t.module = "_io";
  return t;
}

export const ioBaseType = makeIoType("_IOBase", objectType);
ioBaseType.newInstance = (cls) => new PyIOBase(cls);
export const rawIoBaseType = makeIoType("_RawIOBase", ioBaseType);
export const bufferedIoBaseType = makeIoType("_BufferedIOBase", ioBaseType);
export const textIoBaseType = makeIoType("_TextIOBase", ioBaseType);

function closedError() {
  return valueError("I/O operation on closed file");
}

function* isClosed(self: PyObject): Gen<boolean> {
  if (self instanceof PyIOBase && !(self instanceof PyStringIO) && !(self instanceof PyBytesIO)) {
    // a subclass may override the closed property
    return yield* truthGen(yield* loadAttrGen(self, "closed"));
  }
  return (self as PyIOBase).closedFlag;
}

function* checkOpen(self: PyObject): Gen<void> {
  if (yield* isClosed(self)) throw closedError();
}

function* method(self: PyObject, name: string, args: PyObject[] = []): Gen<PyObject> {
  return yield* callGen(yield* loadAttrGen(self, name), args);
}

function unsupported(name: string): PyObject {
  throw newException(unsupportedOperationType, name);
}

// ---- IOBase: generic behaviour in terms of the subclass's own methods ----

defineGetters(ioBaseType, { closed: (self) => (self as PyIOBase).closedFlag });
defineMethods(ioBaseType, {
  seek: () => unsupported("seek"),
  truncate: () => unsupported("truncate"),
  fileno: () => unsupported("fileno"),
  readable: () => false,
  writable: () => false,
  seekable: () => false,
  _checkClosed: ([self]) => {
    if ((self as PyIOBase).closedFlag) throw closedError();
    return None;
  },
});
defineGenMethods(ioBaseType, {
  close: function* ([self]) {
    const io = self as PyIOBase;
    if (!io.closedFlag) {
      try {
        yield* method(self, "flush");
      } finally {
        io.closedFlag = true;
      }
    }
    return None;
  },
  flush: function* ([self]) {
    yield* checkOpen(self);
    return None;
  },
  tell: function* ([self]) {
    return yield* method(self, "seek", [0, 1]);
  },
  isatty: function* ([self]) {
    yield* checkOpen(self);
    return false;
  },
  __enter__: function* ([self]) {
    yield* checkOpen(self);
    return self;
  },
  __exit__: function* ([self]) {
    yield* method(self, "close");
    return None;
  },
  __iter__: function* ([self]) {
    yield* checkOpen(self);
    return self;
  },
  __next__: function* ([self]) {
    const line = yield* method(self, "readline");
    if (!(yield* truthGen(line))) throw newException(StopIteration);
    return line;
  },
  readline: function* ([self, size = None]) {
    // one read(1) at a time up to and including a newline, as IOBase does for raw streams
    const limit = size === None ? -1 : Number(intValue(size) ?? -1);
    const parts: PyObject[] = [];
    let count = 0;
    while (limit < 0 || count < limit) {
      const piece = yield* method(self, "read", [1]);
      if (!(yield* truthGen(piece))) break;
      parts.push(piece);
      count++;
      const text = strValue(piece);
      if (text === "\n" || (piece instanceof PyBytes && piece.data[0] === 10)) break;
    }
    if (parts.length > 0 && parts.every((p) => p instanceof PyBytes)) {
      const total = new Uint8Array(parts.reduce((n, p) => n + (p as PyBytes).data.length, 0));
      let at = 0;
      for (const p of parts) {
        total.set((p as PyBytes).data, at);
        at += (p as PyBytes).data.length;
      }
      return new PyBytes(total);
    }
    return parts.map((p) => strValue(p) ?? "").join("");
  },
  readlines: function* ([self, hint = None]) {
    const limit = hint === None ? -1 : Number(intValue(hint) ?? -1);
    const out: PyObject[] = [];
    let total = 0;
    const it = yield* getIterGen(self);
    for (;;) {
      const line = yield* iterNextGen(it);
      if (line === undefined) break;
      out.push(line);
      total += yield* lenGen(line);
      if (limit > 0 && total >= limit) break;
    }
    return newList(out);
  },
  writelines: function* ([self, lines]) {
    yield* checkOpen(self);
    const it = yield* getIterGen(lines);
    for (;;) {
      const line = yield* iterNextGen(it);
      if (line === undefined) break;
      yield* method(self, "write", [line]);
    }
    return None;
  },
});

// ---- StringIO ----

export const stringIoType = makeIoType("StringIO", textIoBaseType);

/** Text kept as an array of code points once random access is needed; appends stay cheap. */
export class PyStringIO extends PyIOBase {
  chars: string[] = [];
  pos = 0;
  translate: string | null = null; // what "\n" becomes on write (newline='\r' or '\r\n')
  universal = false; // newline=None: "\r\n" and "\r" become "\n" on write
}
stringIoType.newInstance = (cls) => new PyStringIO(cls);

function asStringIO(x: PyObject): PyStringIO {
  if (!(x instanceof PyStringIO)) throw typeError(`descriptor requires a '_io.StringIO' object but received a '${typeName(x)}'`);
  if (x.closedFlag) throw closedError();
  return x;
}

function sizeArg(x: PyObject | undefined): number {
  if (x === undefined || x === None) return -1;
  const v = intValue(x);
  if (v === undefined) throw typeError(`argument should be integer or None, not '${typeName(x)}'`);
  return Number(v);
}

function writeText(io: PyStringIO, text: string): number {
  if (io.universal) text = text.replace(/\r\n?/g, "\n");
  if (io.translate !== null) text = text.replace(/\n/g, io.translate);
  const added = Array.from(text);
  if (io.pos > io.chars.length) io.chars.push(...Array(io.pos - io.chars.length).fill("\0"));
  if (io.pos === io.chars.length) for (const c of added) io.chars.push(c);
  else io.chars.splice(io.pos, Math.min(added.length, io.chars.length - io.pos), ...added);
  io.pos += added.length;
  return added.length;
}

defineMethods(stringIoType, {
  __init__: ([self, ...args], kw) => {
    const io = self as PyStringIO;
    const [initial = "", newline = "\n"] = bindArgs("StringIO", args, kw, ["initial_value", "newline"]);
    const nl = newline === None ? null : strValue(newline);
    if (nl === undefined) throw typeError(`newline must be str or None, not ${typeName(newline)}`);
    if (nl !== null && !["", "\n", "\r", "\r\n"].includes(nl)) throw valueError(`illegal newline value: ${strRepr(nl)}`);
    io.universal = nl === null;
    io.translate = nl === "\r" || nl === "\r\n" ? nl : null;
    io.chars = [];
    io.pos = 0;
    io.closedFlag = false;
    if (initial !== None) {
      const text = strValue(initial);
      if (text === undefined) throw typeError(`initial_value must be str or None, not ${typeName(initial)}`);
      writeText(io, text);
      io.pos = 0;
    }
    return None;
  },
  getvalue: ([self]) => asStringIO(self).chars.join(""),
  write: ([self, s]) => {
    const io = asStringIO(self);
    const text = strValue(s ?? None);
    if (text === undefined) throw typeError(`string argument expected, got '${typeName(s ?? None)}'`);
    return writeText(io, text);
  },
  read: ([self, size]) => {
    const io = asStringIO(self);
    const n = sizeArg(size);
    const start = Math.min(io.pos, io.chars.length);
    const end = n < 0 ? io.chars.length : Math.min(io.chars.length, start + n);
    io.pos = Math.max(io.pos, end);
    return io.chars.slice(start, end).join("");
  },
  readline: ([self, size]) => {
    const io = asStringIO(self);
    const n = sizeArg(size);
    const start = Math.min(io.pos, io.chars.length);
    let end = start;
    while (end < io.chars.length && (n < 0 || end - start < n)) {
      end++;
      if (io.chars[end - 1] === "\n") break;
    }
    io.pos = Math.max(io.pos, end);
    return io.chars.slice(start, end).join("");
  },
  seek: ([self, posArg, whenceArg = 0]) => {
    const io = asStringIO(self);
    const pos = Number(intValue(posArg ?? None) ?? NaN);
    const whence = Number(intValue(whenceArg) ?? NaN);
    if (Number.isNaN(pos)) throw typeError(`'${typeName(posArg ?? None)}' object cannot be interpreted as an integer`);
    if (whence === 0) {
      if (pos < 0) throw valueError(`Negative seek position ${pos}`);
      io.pos = pos;
    } else if (whence === 1) {
      if (pos !== 0) throw newException(OSError, "Can't do nonzero cur-relative seeks");
    } else if (whence === 2) {
      // CPython's StringIO (Modules/_io/stringio.c) reports both relative cases as "cur-relative"
      if (pos !== 0) throw newException(OSError, "Can't do nonzero cur-relative seeks");
      io.pos = io.chars.length;
    } else {
      throw valueError(`Invalid whence (${whence}, should be 0, 1 or 2)`);
    }
    return io.pos;
  },
  tell: ([self]) => asStringIO(self).pos,
  truncate: ([self, size]) => {
    const io = asStringIO(self);
    const n = size === undefined || size === None ? io.pos : Number(intValue(size) ?? 0);
    if (n < 0) throw valueError(`Negative size value ${n}`);
    if (n < io.chars.length) io.chars.length = n;
    return n;
  },
  readable: ([self]) => (asStringIO(self), true),
  writable: ([self]) => (asStringIO(self), true),
  seekable: ([self]) => (asStringIO(self), true),
  detach: () => unsupported("detach"),
  __next__: ([self]) => {
    const io = asStringIO(self);
    const start = Math.min(io.pos, io.chars.length);
    let end = start;
    while (end < io.chars.length) {
      end++;
      if (io.chars[end - 1] === "\n") break;
    }
    if (end === start) throw newException(StopIteration);
    io.pos = end;
    return io.chars.slice(start, end).join("");
  },
});
defineGetters(stringIoType, {
  line_buffering: (self) => (asStringIO(self), false),
  newlines: () => None,
  encoding: () => None,
  errors: () => None,
});

// ---- BytesIO ----

export const bytesIoType = makeIoType("BytesIO", bufferedIoBaseType);

export class PyBytesIO extends PyIOBase {
  data = new Uint8Array(16);
  length = 0;
  pos = 0;
}
bytesIoType.newInstance = (cls) => new PyBytesIO(cls);

function asBytesIO(x: PyObject): PyBytesIO {
  if (!(x instanceof PyBytesIO)) throw typeError(`descriptor requires a '_io.BytesIO' object but received a '${typeName(x)}'`);
  if (x.closedFlag) throw closedError();
  return x;
}

function bytesOf(x: PyObject): Uint8Array {
  if (x instanceof PyBytes) return x.data;
  if (x instanceof PyByteArray) return x.data.subarray(0, x.length);
  throw typeError(`a bytes-like object is required, not '${typeName(x)}'`);
}

function writeBytes(io: PyBytesIO, bytes: Uint8Array): number {
  const end = io.pos + bytes.length;
  if (end > io.data.length) {
    const grown = new Uint8Array(Math.max(end, io.data.length * 2));
    grown.set(io.data.subarray(0, io.length));
    io.data = grown;
  }
  if (io.pos > io.length) io.data.fill(0, io.length, io.pos);
  io.data.set(bytes, io.pos);
  io.pos = end;
  io.length = Math.max(io.length, end);
  return bytes.length;
}

function takeBytes(io: PyBytesIO, end: number): PyBytes {
  const start = Math.min(io.pos, io.length);
  const stop = Math.max(start, Math.min(end, io.length));
  io.pos = Math.max(io.pos, stop);
  return new PyBytes(io.data.slice(start, stop));
}

defineMethods(bytesIoType, {
  __init__: ([self, ...args], kw: KwArgs | null) => {
    const io = self as PyBytesIO;
    const [initial = None] = bindArgs("BytesIO", args, kw, ["initial_bytes"]);
    io.data = new Uint8Array(16);
    io.length = 0;
    io.pos = 0;
    io.closedFlag = false;
    if (initial !== None) {
      writeBytes(io, bytesOf(initial));
      io.pos = 0;
    }
    return None;
  },
  getvalue: ([self]) => {
    const io = asBytesIO(self);
    return new PyBytes(io.data.slice(0, io.length));
  },
  write: ([self, b]) => writeBytes(asBytesIO(self), bytesOf(b ?? None)),
  read: ([self, size]) => {
    const io = asBytesIO(self);
    const n = sizeArg(size);
    return takeBytes(io, n < 0 ? io.length : io.pos + n);
  },
  read1: ([self, size]) => {
    const io = asBytesIO(self);
    const n = sizeArg(size);
    return takeBytes(io, n < 0 ? io.length : io.pos + n);
  },
  readline: ([self, size]) => {
    const io = asBytesIO(self);
    const n = sizeArg(size);
    let end = Math.min(io.pos, io.length);
    while (end < io.length && (n < 0 || end - io.pos < n)) {
      end++;
      if (io.data[end - 1] === 10) break;
    }
    return takeBytes(io, end);
  },
  seek: ([self, posArg, whenceArg = 0]) => {
    const io = asBytesIO(self);
    const pos = Number(intValue(posArg ?? None) ?? NaN);
    const whence = Number(intValue(whenceArg) ?? NaN);
    if (Number.isNaN(pos)) throw typeError(`'${typeName(posArg ?? None)}' object cannot be interpreted as an integer`);
    let target: number;
    if (whence === 0) {
      if (pos < 0) throw valueError(`negative seek value ${pos}`);
      target = pos;
    } else if (whence === 1) target = Math.max(0, io.pos + pos);
    else if (whence === 2) target = Math.max(0, io.length + pos);
    else throw valueError(`invalid whence (${whence}, should be 0, 1 or 2)`);
    io.pos = target;
    return target;
  },
  tell: ([self]) => asBytesIO(self).pos,
  truncate: ([self, size]) => {
    const io = asBytesIO(self);
    const n = size === undefined || size === None ? io.pos : Number(intValue(size) ?? 0);
    if (n < 0) throw valueError(`negative size value ${n}`);
    if (n < io.length) io.length = n;
    return n;
  },
  readable: ([self]) => (asBytesIO(self), true),
  writable: ([self]) => (asBytesIO(self), true),
  seekable: ([self]) => (asBytesIO(self), true),
  __next__: ([self]) => {
    const io = asBytesIO(self);
    let end = Math.min(io.pos, io.length);
    const start = end;
    while (end < io.length) {
      end++;
      if (io.data[end - 1] === 10) break;
    }
    if (end === start) throw newException(StopIteration);
    return takeBytes(io, end);
  },
});

export function createIo(rt: RuntimeContext): PyModule {
  const m = new PyModule("io");
  const d = m.dict;
  const builtins = rt.modules.map.get("builtins");
  const bdict = builtins instanceof PyModule ? builtins.dict : null;
  d.set("__all__", newList(["BlockingIOError", "open", "IOBase", "RawIOBase", "FileIO", "BytesIO", "StringIO",
    "BufferedIOBase", "BufferedReader", "BufferedWriter", "BufferedRWPair", "BufferedRandom", "TextIOBase",
    "TextIOWrapper", "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END", "DEFAULT_BUFFER_SIZE"]));
  for (const [k, v] of [["SEEK_SET", 0], ["SEEK_CUR", 1], ["SEEK_END", 2], ["DEFAULT_BUFFER_SIZE", 8192]] as const) d.set(k, v);
  // The public ABC-like names are the _io base classes themselves (isinstance checks work the same way).
  d.set("IOBase", ioBaseType);
  d.set("RawIOBase", rawIoBaseType);
  d.set("BufferedIOBase", bufferedIoBaseType);
  d.set("TextIOBase", textIoBaseType);
  d.set("StringIO", stringIoType);
  d.set("BytesIO", bytesIoType);
  d.set("UnsupportedOperation", unsupportedOperationType);
  const sys = rt.sys;
  const stdout = sys?.dict.get("stdout");
  if (stdout !== undefined) d.set("TextIOWrapper", typeOf(stdout));
  for (const name of ["open", "BlockingIOError"]) {
    const v = bdict?.get(name);
    if (v !== undefined) d.set(name, v);
  }
  return m;
}
