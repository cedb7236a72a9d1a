// queue.ts — the queue module: Queue, LifoQueue, PriorityQueue, SimpleQueue, Empty, Full.
// A blocking get/put parks the calling thread on the scheduler; nothing here awaits a promise.
// Behaviour follows docs.python.org/3.11/library/queue.html and what python3 3.11 prints (Empty and
// SimpleQueue report module `_queue`); PriorityQueue orders items with Python's `<`, resumably, so a
// user __lt__ may itself block or be preempted.
import {
  PyObject, PyObj, PyInstance, PyModule, PyType, PyList, None, makeBuiltinType, objectType, TypeFlag, typeOf,
} from "../runtime/object.js";
import { Exception, TypeError, IndexError, PyBaseException, newException, valueError } from "../runtime/exceptions.js";
import { getIterFast } from "../runtime/ops-iter.js";
import { reprGen } from "../runtime/ops-object.js";
import { PyLock } from "./_thread.js";
import {
  defineGenMethods, defineMethods, defineGetters, PyClassMethodDescr, PyMethodDescr,
} from "../runtime/builtin-function.js";
import type { NativeGen } from "../runtime/protocol.js";
import { callMethodGen } from "../runtime/ops-call.js";
import { compareFast, compareBoolGen, CmpOp } from "../runtime/ops-compare.js";
import { truthy } from "../runtime/ops-object.js";
import { genericAlias } from "../runtime/types/generic-alias.js";
import { runningScheduler, type WakeFn } from "../runtime/scheduler.js";
import type { RuntimeContext } from "../runtime/runtime-context.js";
import { toDouble, toIndex, bindArgs } from "./support.js";
import { parkOn, wakeOne, wakeAll, type Deadline } from "./threading-sync.js";

function exceptionType(name: string, module: string): PyType {
  const t = makeBuiltinType(name, Exception, TypeFlag.BaseType | TypeFlag.HasDict | TypeFlag.Exception | TypeFlag.Heap);
  t.module = module;
  t.newInstance = (cls) => new PyBaseException(cls);
  return t;
}
export const Empty = exceptionType("Empty", "_queue");
export const Full = exceptionType("Full", "queue");

/** get/put's (block, timeout) as a deadline, with CPython's check of the timeout. */
function waitDeadline(block: PyObject | undefined, timeout: PyObject | undefined): Deadline {
  if (block !== undefined && !truthOf(block)) return "now";
  if (timeout === undefined || timeout === None) return null;
  const t = toDouble(timeout);
  if (t < 0) throw valueError("'timeout' must be a non-negative number");
  return runningScheduler().clock.monotonic() + t;
}

function truthOf(x: PyObject): boolean {
  const t = truthy(x);
  return t === undefined ? true : t;
}

function passed(d: Deadline): boolean {
  return d === "now" || (d !== null && runningScheduler().clock.monotonic() >= d);
}

// ---- Queue, LifoQueue, PriorityQueue ----

const enum Kind { Fifo, Lifo, Priority }

export class PyQueue extends PyInstance {
  kind = Kind.Fifo;
  maxsize = 0;
  /** FIFO items live in items[head..]; LIFO and priority queues use `list` (it is their `.queue`). */
  items: PyObject[] = [];
  head = 0;
  list: PyList | null = null;
  unfinished = 0;
  getters: WakeFn[] = [];
  putters: WakeFn[] = [];
  joiners: WakeFn[] = [];
  /** Set when a subclass overrides _put/_get/_qsize in Python: every access goes through those then. */
  custom = false;
}

function queueType(name: string, kind: Kind, base: PyType = objectType): PyType {
  const t = makeBuiltinType(name, base, TypeFlag.BaseType | TypeFlag.HasDict);
  t.module = "queue";
  t.newInstance = (cls) => {
    const q = new PyQueue(cls);
    q.kind = kind;
    return q;
  };
  return t;
}
export const queueType_ = queueType("Queue", Kind.Fifo);
export const lifoQueueType = queueType("LifoQueue", Kind.Lifo, queueType_);
export const priorityQueueType = queueType("PriorityQueue", Kind.Priority, queueType_);

function size(q: PyQueue): number {
  return q.kind === Kind.Fifo ? q.items.length - q.head : q.list!.items.length;
}

/** Python `a < b`: the plain path for builtin values, the VM for user __lt__. */
function* less(a: PyObject, b: PyObject): Generator<any, boolean, any> {
  const r = compareFast(a, b, CmpOp.Lt);
  return r !== undefined ? r : yield* compareBoolGen(a, b, CmpOp.Lt);
}

// A binary min-heap on the list, with the sift order of a heapq-style heap (so `.queue` looks the same).
function* heapPush(h: PyObject[], item: PyObject): Generator<any, void, any> {
  h.push(item);
  let i = h.length - 1;
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (!(yield* less(item, h[p]))) break;
    h[i] = h[p];
    i = p;
  }
  h[i] = item;
}

function* heapPop(h: PyObject[]): Generator<any, PyObject, any> {
  const last = h.pop()!;
  if (h.length === 0) return last;
  const top = h[0];
  // Move the hole to a leaf along smaller children, then bubble `last` up (heapq's _siftup).
  const n = h.length;
  let i = 0;
  let c = 1;
  while (c < n) {
    const r = c + 1;
    if (r < n && !(yield* less(h[c], h[r]))) c = r;
    h[i] = h[c];
    i = c;
    c = 2 * i + 1;
  }
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (!(yield* less(last, h[p]))) break;
    h[i] = h[p];
    i = p;
  }
  h[i] = last;
  return top;
}

function* rawPut(q: PyQueue, item: PyObject): Generator<any, void, any> {
  if (q.custom) {
    yield* callMethodGen(typeOf(q).lookup("_put")!, q, [item]);
    return;
  }
  switch (q.kind) {
    case Kind.Fifo:
      q.items.push(item);
      return;
    case Kind.Lifo:
      q.list!.items.push(item);
      return;
    default:
      yield* heapPush(q.list!.items, item);
  }
}

/** Takes the oldest item of a FIFO queue that holds one. */
function takeFifo(q: PyQueue): PyObject {
  const items = q.items;
  const v = items[q.head];
  items[q.head++] = undefined as unknown as PyObject;
  if (q.head === items.length) {
    items.length = 0;
    q.head = 0;
  } else if (q.head > 1024 && q.head * 2 > items.length) {
    items.splice(0, q.head);
    q.head = 0;
  }
  return v;
}

function* rawGet(q: PyQueue): Generator<any, PyObject, any> {
  if (q.custom) return yield* callMethodGen(typeOf(q).lookup("_get")!, q, []);
  switch (q.kind) {
    case Kind.Fifo:
      return takeFifo(q);
    case Kind.Lifo:
      return q.list!.items.pop()!;
    default:
      return yield* heapPop(q.list!.items);
  }
}

function* qsize(q: PyQueue): Generator<any, number, any> {
  if (!q.custom) return size(q);
  const n = yield* callMethodGen(typeOf(q).lookup("_qsize")!, q, []);
  return Number(toIndex(n));
}

function* isFull(q: PyQueue): Generator<any, boolean, any> {
  return q.maxsize > 0 && (yield* qsize(q)) >= q.maxsize;
}

export function* queuePut(q: PyQueue, item: PyObject, d: Deadline): Generator<any, void, any> {
  if (!q.custom && q.kind === Kind.Fifo && (q.maxsize <= 0 || q.items.length - q.head < q.maxsize)) {
    q.items.push(item);
    q.unfinished++;
    if (q.getters.length > 0) wakeOne(q.getters);
    return;
  }
  while (yield* isFull(q)) {
    if (passed(d)) throw newException(Full);
    yield* parkOn(q.putters, d, "Queue.put");
  }
  yield* rawPut(q, item);
  q.unfinished++;
  wakeOne(q.getters);
}

export function* queueGet(q: PyQueue, d: Deadline): Generator<any, PyObject, any> {
  while ((yield* qsize(q)) === 0) {
    if (passed(d)) throw newException(Empty);
    yield* parkOn(q.getters, d, "Queue.get");
  }
  const v = yield* rawGet(q);
  if (q.putters.length > 0) wakeOne(q.putters);
  return v;
}

/** Which of _init/_qsize/_put/_get a Python subclass overrides (then they are called for every access). */
function usesOverrides(cls: PyType): boolean {
  for (const n of ["_qsize", "_put", "_get"]) if (!(cls.lookup(n) instanceof PyMethodDescr)) return true;
  return false;
}

defineGenMethods(queueType_, {
  __init__: function* (args, kwargs) {
    const q = args[0] as PyQueue;
    const [m] = bindArgs("__init__", args.slice(1), kwargs, ["maxsize"]);
    q.maxsize = m === undefined ? 0 : Number(toIndex(m));
    q.items = [];
    q.head = 0;
    q.unfinished = 0;
    q.getters = [];
    q.putters = [];
    q.joiners = [];
    q.list = q.kind === Kind.Fifo ? null : new PyList([]);
    // `.queue` and `.mutex` are instance attributes, as in CPython (programs print q.queue or clear it).
    q.dict!.set("queue", q.list ?? new PyDequeView(q));
    q.dict!.set("mutex", new PyLock());
    const cls = typeOf(q);
    q.custom = cls.flags & TypeFlag.Heap ? usesOverrides(cls) : false;
    yield* callMethodGen(cls.lookup("_init")!, q, [q.maxsize]);
    return None;
  },
  put: function* (args, kwargs) {
    if (args.length === 2 && kwargs === null) {
      // The common case without a nested generator: a plain FIFO queue with room.
      const q = args[0] as PyQueue;
      if (!q.custom && q.kind === Kind.Fifo && (q.maxsize <= 0 || q.items.length - q.head < q.maxsize)) {
        q.items.push(args[1]);
        q.unfinished++;
        if (q.getters.length > 0) wakeOne(q.getters);
        return None;
      }
      yield* queuePut(q, args[1], null);
      return None;
    }
    const [item, block, timeout] = bindArgs("put", args.slice(1), kwargs, ["item", "block", "timeout"]);
    if (item === undefined) throw typeErrorMissing("put", "item");
    yield* queuePut(args[0] as PyQueue, item, waitDeadline(block, timeout));
    return None;
  },
  put_nowait: function* ([self, item]) {
    yield* queuePut(self as PyQueue, item, "now");
    return None;
  },
  get: function* (args, kwargs) {
    if (args.length === 1 && kwargs === null) {
      // The common case without nested generators: a plain FIFO queue holding an item.
      const q = args[0] as PyQueue;
      if (!q.custom && q.kind === Kind.Fifo && q.items.length > q.head) {
        const v = takeFifo(q);
        if (q.putters.length > 0) wakeOne(q.putters);
        return v;
      }
      return yield* queueGet(q, null);
    }
    const [block, timeout] = bindArgs("get", args.slice(1), kwargs, ["block", "timeout"]);
    return yield* queueGet(args[0] as PyQueue, waitDeadline(block, timeout));
  },
  get_nowait: function* ([self]) {
    return yield* queueGet(self as PyQueue, "now");
  },
  qsize: function* ([self]) {
    return yield* qsize(self as PyQueue);
  },
  empty: function* ([self]) {
    return (yield* qsize(self as PyQueue)) === 0;
  },
  full: function* ([self]) {
    return yield* isFull(self as PyQueue);
  },
  join: function* ([self]) {
    const q = self as PyQueue;
    while (q.unfinished > 0) yield* parkOn(q.joiners, null, "Queue.join");
    return None;
  },
  // The storage hooks subclasses may override (queue docs: "override _init, _qsize, _put, _get").
  _put: function* ([self, item]) {
    const q = self as PyQueue;
    const saved = q.custom;
    q.custom = false;
    try {
      yield* rawPut(q, item);
    } finally {
      q.custom = saved;
    }
    return None;
  },
  _get: function* ([self]) {
    const q = self as PyQueue;
    const saved = q.custom;
    q.custom = false;
    try {
      return yield* rawGet(q);
    } finally {
      q.custom = saved;
    }
  },
});
defineMethods(queueType_, {
  task_done: ([self]) => {
    const q = self as PyQueue;
    if (q.unfinished <= 0) throw valueError("task_done() called too many times");
    if (--q.unfinished === 0) wakeAll(q.joiners);
    return None;
  },
  _init: () => None,
  _qsize: ([self]) => size(self as PyQueue),
});
defineGetters(
  queueType_,
  {
    maxsize: (self) => (self as PyQueue).maxsize,
    unfinished_tasks: (self) => (self as PyQueue).unfinished,
  },
  {
    maxsize: (self, v) => void ((self as PyQueue).maxsize = v === undefined ? 0 : Number(toIndex(v))),
  },
);

function typeErrorMissing(fn: string, arg: string): PyBaseException {
  return newException(TypeError, `${fn}() missing 1 required positional argument: '${arg}'`);
}

// ---- the FIFO queue's `.queue`: a live view printed like CPython's collections.deque ----

export const dequeViewType = makeBuiltinType("deque", objectType, TypeFlag.None);
dequeViewType.module = "collections";
class PyDequeView extends PyObj {
  constructor(readonly q: PyQueue) {
    super(dequeViewType);
  }
  get items(): PyObject[] {
    return this.q.items.slice(this.q.head);
  }
}
defineMethods(dequeViewType, {
  __len__: ([self]) => size((self as PyDequeView).q),
  __bool__: ([self]) => size((self as PyDequeView).q) > 0,
  __iter__: ([self]) => getIterFast(new PyList((self as PyDequeView).items))!,
  __getitem__: ([self, i]) => {
    const items = (self as PyDequeView).items;
    let n = Number(toIndex(i));
    if (n < 0) n += items.length;
    if (n < 0 || n >= items.length) throw newException(IndexError, "deque index out of range");
    return items[n];
  },
  clear: ([self]) => {
    const q = (self as PyDequeView).q;
    q.items = [];
    q.head = 0;
    return None;
  },
});
defineGenMethods(dequeViewType, {
  __repr__: function* ([self]) {
    return `deque(${yield* reprGen(new PyList((self as PyDequeView).items))})`;
  },
});

// ---- SimpleQueue ----

export class PySimpleQueue extends PyInstance {
  items: PyObject[] = [];
  head = 0;
  getters: WakeFn[] = [];
}
export const simpleQueueType = makeBuiltinType("SimpleQueue", objectType, TypeFlag.BaseType);
simpleQueueType.module = "_queue";
simpleQueueType.newInstance = (cls) => new PySimpleQueue(cls);

function sqPut(q: PySimpleQueue, item: PyObject): PyObject {
  q.items.push(item);
  if (q.getters.length > 0) wakeOne(q.getters);
  return None;
}

function* sqGet(q: PySimpleQueue, d: Deadline): NativeGen {
  while (q.items.length === q.head) {
    if (passed(d)) throw newException(Empty);
    yield* parkOn(q.getters, d, "SimpleQueue.get");
  }
  const v = q.items[q.head];
  q.items[q.head++] = undefined as unknown as PyObject;
  if (q.head === q.items.length) {
    q.items.length = 0;
    q.head = 0;
  } else if (q.head > 1024 && q.head * 2 > q.items.length) {
    q.items.splice(0, q.head);
    q.head = 0;
  }
  return v;
}

defineMethods(simpleQueueType, {
  put: (args, kwargs) => {
    const [item] = bindArgs("put", args.slice(1), kwargs, ["item", "block", "timeout"]);
    if (item === undefined) throw typeErrorMissing("put", "item");
    return sqPut(args[0] as PySimpleQueue, item);
  },
  put_nowait: ([self, item]) => sqPut(self as PySimpleQueue, item),
  empty: ([self]) => (self as PySimpleQueue).items.length === (self as PySimpleQueue).head,
  qsize: ([self]) => (self as PySimpleQueue).items.length - (self as PySimpleQueue).head,
});
defineGenMethods(simpleQueueType, {
  get: function* (args, kwargs) {
    const [block, timeout] = bindArgs("get", args.slice(1), kwargs, ["block", "timeout"]);
    return yield* sqGet(args[0] as PySimpleQueue, waitDeadline(block, timeout));
  },
  get_nowait: function* ([self]) {
    return yield* sqGet(self as PySimpleQueue, "now");
  },
});

for (const t of [queueType_, simpleQueueType]) {
  t.dict.set("__class_getitem__", new PyClassMethodDescr(t, "__class_getitem__", ([cls, item]) => genericAlias(cls, item), false));
  t.changed();
}

// ---- the module ----

export function createQueue(_rt: RuntimeContext): PyModule {
  const m = new PyModule("queue");
  const d = m.dict;
  d.set("Empty", Empty);
  d.set("Full", Full);
  d.set("Queue", queueType_);
  d.set("LifoQueue", lifoQueueType);
  d.set("PriorityQueue", priorityQueueType);
  d.set("SimpleQueue", simpleQueueType);
  d.set("__all__", new PyList(["Empty", "Full", "Queue", "PriorityQueue", "LifoQueue", "SimpleQueue"]));
  return m;
}
