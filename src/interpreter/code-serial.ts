// code-serial.ts — CodeObject <-> JSON-able data, gilpy's equivalent of CPython's marshal/.pyc: a module
// compiled once (scripts/build-stdlib-cache.mjs) is loaded later without the parser and compiler.
//
// Generic over CodeObject's fields: every own field of every code object is written under its name, so a field
// added to code.ts later is carried without changes here, as long as its value is plain data (numbers, strings,
// booleans, null, arrays, typed arrays, Maps, Sets, plain objects, Python constants, code objects). Anything
// else (a function, an instance of another class) makes serializeCode throw: the build fails loudly instead of
// writing a cache that silently drops state.
//
// Format: { v, fields: [name…], code: C } where a code object C is {"c": [value of fields[i]…]}; values are
// JSON as they are, except tagged one-key objects for what JSON lacks:
//   {"u":0} undefined        {"a":0} field absent     {"n":"NaN"|"Infinity"|"-Infinity"|"-0"} special number
//   {"b":"123"} bigint       {"N":0} None             {"E":0} Ellipsis        {"f":1.5} float (special: string)
//   {"j":[re,im]} complex    {"y":"latin1"} bytes     {"t":[…]} tuple         {"F":[…]} frozenset
//   {"i":[…]} Int32Array (positions are delta-coded against the previous instruction: see below)
//   {"ta":[ctor,[…]]} other typed arrays              {"m":[[k,v]…]} Map       {"S":[…]} Set
//   {"o":{…}} plain object   {"s":0} the file's source lines   {"p":0} the file name
// The file's source lines and name are shared by all code objects of a file and are known to the loader (it has
// the source to check the cache against), so they are not stored.
import { PyObj, PyObject, PyFloat, PyComplex, PyBytes, PyTuple, None, Ellipsis, newTuple, floatType, complexType, bytesType, tupleType } from "../runtime/object.js";
import { PySet, frozensetType, normKey, NEEDS_PY } from "../runtime/dict.js";
import { CodeObject, codeType } from "./code.js";

export const CODE_FORMAT_VERSION = 1;

/** What the loader knows about the file: shared by all its code objects, not stored. */
export interface CodeFileContext {
  filename: string;
  sourceLines: string[];
}

/** The source lines a compiled file's code objects share (as compileAst splits them). */
export function sourceLinesOf(source: string): string[] {
  return source.split(/\r\n|\r|\n/);
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** What serializeCode returns (and JSON.parse of its JSON text). */
export interface SerializedCode {
  v: number;
  fields: string[];
  code: Json;
}

/** The serialized form of `code` (compiled from the file `ctx` describes); throws on non-data fields. */
export function serializeCode(code: CodeObject, ctx: CodeFileContext): SerializedCode {
  const fields: string[] = [];
  const fieldIndex = new Map<string, number>();
  const enc = (v: unknown, path: string): Json => {
    switch (typeof v) {
      case "undefined": return { u: 0 };
      case "boolean": return v;
      case "number": return Number.isFinite(v) && !Object.is(v, -0) ? v : { n: Object.is(v, -0) ? "-0" : String(v) };
      case "bigint": return { b: v.toString() };
      case "string": return v === ctx.filename ? { p: 0 } : v;
      case "object": break;
      default: throw new Error(`code-serial: cannot serialize ${path} (${typeof v})`);
    }
    if (v === null) return null;
    if (v === ctx.sourceLines) return { s: 0 };
    if (Array.isArray(v)) return v.map((x, i) => enc(x, `${path}[${i}]`));
    if (v instanceof CodeObject) return encCode(v, path);
    if (v instanceof Int32Array) return { i: deltaEncode(v) };
    if (ArrayBuffer.isView(v) && !(v instanceof DataView)) {
      return { ta: [v.constructor.name, Array.from(v as unknown as ArrayLike<number>)] };
    }
    if (v instanceof Map) return { m: [...v].map(([k, x], i) => [enc(k, `${path}.key${i}`), enc(x, `${path}.get(${i})`)]) };
    if (v instanceof Set) return { S: [...v].map((x, i) => enc(x, `${path}{${i}}`)) };
    if (v === None) return { N: 0 };
    if (v === Ellipsis) return { E: 0 };
    if (v instanceof PyFloat && v.type === floatType) return { f: encFloat(v.value) };
    if (v instanceof PyComplex && v.type === complexType) return { j: [encFloat(v.real), encFloat(v.imag)] };
    if (v instanceof PyBytes && v.type === bytesType) return { y: latin1(v.data) };
    if (v instanceof PyTuple && v.type === tupleType) return { t: v.items.map((x, i) => enc(x, `${path}[${i}]`)) };
    if (v instanceof PySet && v.type === frozensetType) {
      if (v.buckets !== null) throw new Error(`code-serial: cannot serialize ${path} (frozenset of non-primitive keys)`);
      return { F: [...v.map.values()].map((x, i) => enc(x, `${path}{${i}}`)) };
    }
    const proto = Object.getPrototypeOf(v);
    if (proto === Object.prototype || proto === null) {
      const o: { [k: string]: Json } = {};
      for (const k of dataKeys(v, path)) o[k] = enc((v as Record<string, unknown>)[k], `${path}.${k}`);
      return { o };
    }
    throw new Error(`code-serial: cannot serialize ${path} (${proto?.constructor?.name ?? "object"}): add it to code-serial.ts`);
  };
  const encCode = (c: CodeObject, path: string): Json => {
    if (c.type !== codeType) throw new Error(`code-serial: ${path} is a code object of another type`);
    const values: Json[] = new Array(fields.length).fill({ a: 0 });
    for (const k of dataKeys(c, path)) {
      if (k === "type") continue; // always codeType (checked above)
      let i = fieldIndex.get(k);
      if (i === undefined) {
        i = fields.length;
        fields.push(k);
        fieldIndex.set(k, i);
      }
      while (values.length <= i) values.push({ a: 0 });
      values[i] = enc((c as unknown as Record<string, unknown>)[k], `${path}.${k}`);
    }
    return { c: values };
  };
  const top = encCode(code, code.qualname);
  return { v: CODE_FORMAT_VERSION, fields, code: top };
}

/** The code object `data` (from serializeCode) stands for, for the file `ctx` describes. */
export function deserializeCode(data: SerializedCode, ctx: CodeFileContext): CodeObject {
  if (data.v !== CODE_FORMAT_VERSION) throw new Error(`code-serial: format ${data.v}, expected ${CODE_FORMAT_VERSION}`);
  const fields = data.fields;
  // A field code.ts has now but the data lacks: made by an older gilpy, so not the code compiling gives.
  for (const k of Object.keys(new CodeObject("", "", "", 0, []))) {
    if (k !== "type" && !fields.includes(k)) throw new Error(`code-serial: no field ${k} in the data`);
  }
  const iName = fields.indexOf("name"), iQual = fields.indexOf("qualname"), iFirst = fields.indexOf("firstlineno");
  const dec = (j: Json): any => {
    if (typeof j !== "object" || j === null) return j;
    if (Array.isArray(j)) return j.map(dec);
    const t = j as Record<string, any>;
    if (t.c !== undefined) return decCode(t.c);
    if (t.i !== undefined) return deltaDecode(t.i);
    if (t.t !== undefined) return newTuple(t.t.map(dec));
    if (t.p !== undefined) return ctx.filename;
    if (t.s !== undefined) return ctx.sourceLines;
    if (t.N !== undefined) return None;
    if (t.o !== undefined) {
      const o: Record<string, unknown> = {};
      for (const k in t.o) o[k] = dec(t.o[k]);
      return o;
    }
    if (t.m !== undefined) return new Map(t.m.map((e: Json[]) => [dec(e[0]), dec(e[1])]));
    if (t.f !== undefined) return new PyFloat(decFloat(t.f));
    if (t.b !== undefined) return BigInt(t.b);
    if (t.E !== undefined) return Ellipsis;
    if (t.u !== undefined) return undefined;
    if (t.n !== undefined) return decFloat(t.n);
    if (t.j !== undefined) return new PyComplex(decFloat(t.j[0]), decFloat(t.j[1]));
    if (t.y !== undefined) return new PyBytes(fromLatin1(t.y));
    if (t.S !== undefined) return new Set(t.S.map(dec));
    if (t.F !== undefined) {
      const s = new PySet(new Map(), frozensetType);
      for (const x of t.F.map(dec) as PyObject[]) {
        const n = normKey(x);
        if (n === NEEDS_PY) throw new Error("code-serial: frozenset constant with a non-primitive key");
        s.map.set(n, x);
      }
      return s;
    }
    if (t.ta !== undefined) {
      const ctor = (globalThis as Record<string, any>)[t.ta[0]];
      if (typeof ctor !== "function" || !ctor.BYTES_PER_ELEMENT) throw new Error(`code-serial: unknown typed array ${t.ta[0]}`);
      return ctor.from(t.ta[1]);
    }
    throw new Error(`code-serial: unknown tag ${Object.keys(t)[0]}`);
  };
  const decCode = (values: Json[]): CodeObject => {
    const c = new CodeObject(dec(values[iName]), dec(values[iQual]), ctx.filename, dec(values[iFirst]), []);
    const rec = c as unknown as Record<string, unknown>;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v !== null && typeof v === "object" && !Array.isArray(v) && (v as Record<string, Json>).a !== undefined) continue;
      rec[fields[i]] = dec(v);
    }
    return c;
  };
  const t = data.code as Record<string, Json>;
  if (typeof t !== "object" || t === null || !Array.isArray(t.c)) throw new Error("code-serial: not a code object");
  return decCode(t.c);
}

/**
 * The names of an object's own properties, all of which must be plain enumerable data: a hidden
 * (non-enumerable), symbol-keyed or getter/setter property would not be written, so it is refused.
 */
function dataKeys(o: object, path: string): string[] {
  const keys: string[] = [];
  for (const k of Reflect.ownKeys(o)) {
    const d = Object.getOwnPropertyDescriptor(o, k)!;
    if (typeof k === "symbol" || !d.enumerable || !("value" in d)) {
      throw new Error(`code-serial: cannot serialize ${path}.${String(k)} (not a plain enumerable data property)`);
    }
    keys.push(k);
  }
  return keys;
}

function encFloat(x: number): number | string {
  return Number.isFinite(x) && !Object.is(x, -0) ? x : Object.is(x, -0) ? "-0" : String(x);
}

function decFloat(x: number | string): number {
  return typeof x === "number" ? x : x === "-0" ? -0 : Number(x);
}

// Int32Arrays (instructions, positions, handler indexes) are written as differences from the value `stride`
// places earlier, stride first: positions (4 per instruction) mostly repeat the previous line, so the text has
// many short "0"s instead of long numbers. Stride 4 suits positions, 2 instructions; the smaller text wins.
function deltaEncode(a: Int32Array): number[] {
  let best: number[] | null = null;
  let bestLen = Infinity;
  for (const stride of [1, 2, 4]) {
    const out: number[] = [stride];
    let len = 0;
    for (let i = 0; i < a.length; i++) {
      const d = i < stride ? a[i] : a[i] - a[i - stride];
      out.push(d);
      len += d >= 0 && d < 10 ? 2 : String(d).length + 1;
    }
    if (len < bestLen) {
      best = out;
      bestLen = len;
    }
  }
  return best!;
}

function deltaDecode(d: number[]): Int32Array {
  const stride = d[0];
  const n = d.length - 1;
  const a = new Int32Array(n);
  for (let i = 0; i < n; i++) a[i] = i < stride ? d[i + 1] : a[i - stride] + d[i + 1];
  return a;
}

function latin1(data: Uint8Array): string {
  let s = "";
  for (let i = 0; i < data.length; i++) s += String.fromCharCode(data[i]);
  return s;
}

function fromLatin1(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}
