// memoryview.ts (types) — memoryview over bytes and bytearray: one-dimensional views of unsigned bytes
// (format 'B'), with indexing, slicing (a view sharing the memory), len, iteration, comparison, tobytes,
// tolist, hex, release and the context manager protocol (Objects/memoryobject.c, reduced to format 'B').
import { PyObj, PyObject, PyBytes, PyByteArray, PyList, PyTuple, None, NotImplemented, makeBuiltinType, TypeFlag, typeName, type PyType } from "../object.js";
import { PyBuiltin, defineMethods, defineGetters } from "../builtin-function.js";
import { typeError, valueError, indexError } from "../exceptions.js";
import { asIndex, idOf } from "../ops-object.js";
import { PySlice, sliceIndices } from "./slice.js";
import { PyListIter } from "./iterators.js";

export const memoryviewType: PyType = makeBuiltinType("memoryview", undefined, TypeFlag.None);

export class PyMemoryView extends PyObj {
  released = false;
  constructor(readonly obj: PyBytes | PyByteArray, readonly start: number, readonly stop: number, readonly step: number) {
    super(memoryviewType);
  }
  /** The viewed bytes, in order (a copy when the view has a step). */
  bytes(): Uint8Array {
    if (this.released) throw valueError("operation forbidden on released memoryview object");
    const d = this.obj.data;
    if (this.step === 1) return d.subarray(this.start, this.stop);
    const out = new Uint8Array(this.length);
    for (let i = 0, j = this.start; i < out.length; i++, j += this.step) out[i] = d[j];
    return out;
  }
  get length(): number {
    return this.step > 0 ? Math.max(0, Math.ceil((this.stop - this.start) / this.step))
      : Math.max(0, Math.ceil((this.start - this.stop) / -this.step));
  }
}

function V(x: PyObject): PyMemoryView {
  if (!(x instanceof PyMemoryView)) throw typeError(`descriptor requires a 'memoryview' object but received a '${typeName(x)}'`);
  return x;
}

function viewedBytes(x: PyObject): Uint8Array | null {
  if (x instanceof PyMemoryView) return x.bytes();
  if (x instanceof PyBytes) return x.data;
  if (x instanceof PyByteArray) return x.data.subarray(0, x.length);
  return null;
}

/** memoryview(obj). */
export function newMemoryView(obj: PyObject): PyMemoryView {
  if (obj instanceof PyMemoryView) return new PyMemoryView(obj.obj, obj.start, obj.stop, obj.step);
  if (obj instanceof PyBytes) return new PyMemoryView(obj, 0, obj.data.length, 1);
  if (obj instanceof PyByteArray) return new PyMemoryView(obj, 0, obj.length, 1);
  throw typeError(`memoryview: a bytes-like object is required, not '${typeName(obj)}'`);
}

memoryviewType.dict.set("__new__", new PyBuiltin("__new__", (args, kwargs) => {
  const n = args.length - 1 + (kwargs === null ? 0 : kwargs.size);
  const obj = args.length > 1 ? args[1] : kwargs?.get("object");
  if (n !== 1 || obj === undefined) {
    if (n === 0) throw typeError("memoryview() missing required argument 'object' (pos 1)");
    throw typeError(`memoryview() takes at most 1 argument (${n} given)`);
  }
  return newMemoryView(obj);
}, false));

defineMethods(memoryviewType, {
  __len__: ([self]) => {
    const v = V(self);
    v.bytes();
    return v.length;
  },
  __getitem__: ([self, key]) => {
    const v = V(self);
    const n = v.bytes().length;
    if (key instanceof PySlice) {
      const [start, , step, count] = sliceIndices(key, n);
      const first = v.start + start * v.step;
      return new PyMemoryView(v.obj, first, first + count * step * v.step, step * v.step);
    }
    const k = asIndex(key);
    if (k === null) throw typeError("memoryview: invalid slice key");
    let i = Number(k);
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw indexError("index out of bounds on dimension 1");
    return v.obj.data[v.start + i * v.step];
  },
  __iter__: ([self]) => new PyListIter(Array.from(V(self).bytes())),
  __eq__: ([self, other]) => {
    const a = V(self);
    if (a === other) return true;
    if (a.released) return false;
    const b = viewedBytes(other);
    if (b === null) return NotImplemented;
    const x = a.bytes();
    return x.length === b.length && x.every((c, i) => c === b[i]);
  },
  __repr__: ([self]) => `<${V(self).released ? "released " : ""}memory at 0x${idOf(self).toString(16).padStart(12, "0")}>`,
  tobytes: ([self]) => new PyBytes(V(self).bytes().slice()),
  tolist: ([self]) => new PyList(Array.from(V(self).bytes())),
  hex: ([self]) => Array.from(V(self).bytes(), (c) => c.toString(16).padStart(2, "0")).join(""),
  release: ([self]) => {
    V(self).released = true;
    return None;
  },
  __enter__: ([self]) => {
    V(self).bytes();
    return self;
  },
  __exit__: ([self]) => {
    V(self).released = true;
    return None;
  },
});

defineGetters(memoryviewType, {
  obj: (self) => V(self).obj,
  nbytes: (self) => V(self).bytes().length,
  readonly: (self) => V(self).obj instanceof PyBytes,
  itemsize: () => 1,
  format: () => "B",
  ndim: () => 1,
  shape: (self) => new PyTuple([V(self).bytes().length]),
  released: (self) => V(self).released,
});
