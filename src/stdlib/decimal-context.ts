// decimal-context.ts — decimal.Context (precision, rounding, exponent limits, flags and traps), the
// signal dicts behind context.flags/.traps, the per-thread current context (getcontext/setcontext) and
// turning an operation's conditions into flags or a raised signal, as CPython 3.11's Modules/_decimal
// does (docs.python.org/3.11/library/decimal.html#context-objects). The signal classes themselves are
// Python classes from the decimal module's source (decimal.ts), handed over by _decimal._setup.
import { PyObj, PyObject, PyType, KwArgs, None, NotImplemented, TypeFlag, typeOf, newList, newTuple } from "../runtime/object.js";
import { PyDict, normKey } from "../runtime/dict.js";
import { getIterFast } from "../runtime/ops-iter.js";
import { typeError, valueError, keyError, newException } from "../runtime/exceptions.js";
import { defineMethods, defineGetters } from "../runtime/builtin-function.js";
import { runningScheduler, type Scheduler } from "../runtime/scheduler.js";
import { asIndex } from "../runtime/ops-object.js";
import { nativeType } from "./native-helpers.js";
import {
  type Limits, status, clearStatus, ROUNDING_NAMES, ROUND_HALF_EVEN, ROUND_HALF_UP,
  CLAMPED, CONV_SYNTAX, DIV_BY_ZERO, DIV_IMPOSSIBLE, DIV_UNDEFINED, INEXACT, INVALID_CONTEXT, INVALID_OP,
  FLOAT_OP, OVERFLOW, ROUNDED, SUBNORMAL, UNDERFLOW, INVALID_MASK, FPU_ERROR, MALLOC_ERROR,
} from "./decimal-num.js";

export const MAX_PREC = 999999999999999999n, MAX_EMAX = 999999999999999999n, MIN_EMIN = -999999999999999999n;

/** The signals in CPython's signal_map order (SignalDict order, and which trapped one is raised). */
export const SIGNAL_BITS = [INVALID_MASK, FLOAT_OP, DIV_BY_ZERO, OVERFLOW, UNDERFLOW, SUBNORMAL, INEXACT, ROUNDED, CLAMPED];
export const SIGNAL_NAMES = ["InvalidOperation", "FloatOperation", "DivisionByZero", "Overflow", "Underflow",
  "Subnormal", "Inexact", "Rounded", "Clamped"];
/** The InvalidOperation conditions with their own classes (cond_map), listed before the other signals. */
const COND_BITS = [INVALID_OP, CONV_SYNTAX, DIV_IMPOSSIBLE, DIV_UNDEFINED, INVALID_CONTEXT];
const COND_NAMES = ["InvalidOperation", "ConversionSyntax", "DivisionImpossible", "DivisionUndefined", "InvalidContext"];
/**
 * Condition bits in libmpdec's order, for the flags=[...] and traps=[...] of a context's repr: flags keep
 * the conditions themselves, so InvalidOperation shows where its first condition's bit is (once).
 */
const REPR_ORDER: [number, string][] = [[CLAMPED, "Clamped"], [CONV_SYNTAX, "InvalidOperation"],
  [DIV_BY_ZERO, "DivisionByZero"], [DIV_IMPOSSIBLE, "InvalidOperation"], [DIV_UNDEFINED, "InvalidOperation"],
  [FPU_ERROR, "InvalidOperation"], [INEXACT, "Inexact"], [INVALID_CONTEXT, "InvalidOperation"],
  [INVALID_OP, "InvalidOperation"], [MALLOC_ERROR, "InvalidOperation"], [FLOAT_OP, "FloatOperation"],
  [OVERFLOW, "Overflow"], [ROUNDED, "Rounded"], [SUBNORMAL, "Subnormal"], [UNDERFLOW, "Underflow"]];

/** What the decimal module's source hands over: its signal classes by name and DecimalTuple. */
export interface DecimalState {
  classes: Map<string, PyType>;
  decimalTuple: PyObject;
  defaultContext: PyContext;
  threadContexts: WeakMap<object, PyContext>;
}
const states = new WeakMap<Scheduler, DecimalState>();
let lastState: DecimalState | null = null;

export function decimalState(): DecimalState {
  let s: DecimalState | undefined;
  try { s = states.get(runningScheduler()); } catch { s = undefined; }
  if (s === undefined) {
    if (lastState === null) throw typeError("gilpy: the decimal module is not initialised");
    return lastState;
  }
  return s;
}

export function registerState(s: DecimalState): void {
  lastState = s;
  cacheKey = null; cacheCtx = null;
  try { states.set(runningScheduler(), s); } catch { /* no scheduler: tests */ }
}

export const contextType = nativeType("Context", "decimal");
const signalDictType = nativeType("SignalDict", "abc", undefined, TypeFlag.None);
export const contextManagerType = nativeType("ContextManager", "decimal", undefined, TypeFlag.None);

export class PyContext extends PyObj implements Limits {
  prec = 28;
  rounding = ROUND_HALF_EVEN;
  Emin = -999999;
  Emax = 999999;
  capitals = 1;
  clamp = 0;
  flags = 0;
  traps = INVALID_MASK | DIV_BY_ZERO | OVERFLOW;
  constructor(type: PyType = contextType) { super(type); }
  copyFrom(o: PyContext): this {
    this.prec = o.prec; this.rounding = o.rounding; this.Emin = o.Emin; this.Emax = o.Emax;
    this.capitals = o.capitals; this.clamp = o.clamp; this.flags = o.flags; this.traps = o.traps;
    return this;
  }
}
contextType.newInstance = (cls) => new PyContext(cls);

/**
 * Records the conditions of the operation just done in ctx's flags and raises the first trapped signal
 * ("[<class 'decimal.DivisionByZero'>]" lists every trapped condition), as _decimal's dec_addstatus.
 * Flags and traps hold condition bits; the InvalidOperation signal is all of INVALID_MASK.
 */
export function commit(ctx: PyContext): void {
  const st = status;
  if (st === 0) return;
  clearStatus();
  addStatus(ctx, st);
}

export function addStatus(ctx: PyContext, st: number): void {
  ctx.flags |= st;
  const trapped = st & ctx.traps;
  if (trapped === 0) return;
  const classes = decimalState().classes;
  let exc: PyType | null = null;
  for (let i = 0; i < SIGNAL_BITS.length; i++) {
    if (trapped & SIGNAL_BITS[i]) { exc = classes.get(SIGNAL_NAMES[i])!; break; }
  }
  const hits = trapped;
  const list: PyObject[] = [];
  for (let i = 0; i < COND_BITS.length; i++) if (hits & COND_BITS[i]) list.push(classes.get(COND_NAMES[i])!);
  for (let i = 1; i < SIGNAL_BITS.length; i++) if (hits & SIGNAL_BITS[i]) list.push(classes.get(SIGNAL_NAMES[i])!);
  throw newException(exc!, newList(list));
}

// ---- the current context, one per thread ----

/** The last thread asked about and its context: most programs have one thread. */
let cacheKey: object | null = null, cacheCtx: PyContext | null = null;

export function currentContext(): PyContext {
  let key0: object | null = null;
  try { key0 = runningScheduler().currentThread; } catch { key0 = null; }
  if (key0 !== null && key0 === cacheKey) return cacheCtx!;
  const c = lookupContext();
  cacheKey = key0; cacheCtx = c;
  return c;
}

function lookupContext(): PyContext {
  const s = decimalState();
  let key: object;
  try { key = runningScheduler().currentThread; } catch { key = s; }
  let c = s.threadContexts.get(key);
  if (c === undefined) {
    c = new PyContext().copyFrom(s.defaultContext);
    c.flags = 0;
    s.threadContexts.set(key, c);
  }
  return c;
}

export function setCurrentContext(c: PyObject): void {
  if (!(c instanceof PyContext)) throw typeError("argument must be a context");
  const s = decimalState();
  // The module's template contexts are never made current themselves: a copy is.
  if (c === s.defaultContext || c.isTemplate) {
    c = new PyContext().copyFrom(c);
    (c as PyContext).flags = 0;
  }
  let key: object;
  try { key = runningScheduler().currentThread; } catch { key = s; }
  s.threadContexts.set(key, c as PyContext);
  cacheKey = null; cacheCtx = null;
}

declare module "../runtime/object.js" {
  interface PyObj { isTemplate?: boolean }
}

/** The context argument of a Decimal method: None means the current context. */
export function ctxArg(x: PyObject | undefined): PyContext {
  if (x === undefined || x === None) return currentContext();
  if (!(x instanceof PyContext)) throw typeError("optional argument must be a context");
  return x;
}

// ---- attribute validation ----

function intOf(v: PyObject): bigint {
  const i = asIndex(v);
  if (i === null) throw typeError("an integer is required");
  return BigInt(i);
}

const ROUNDING_ERROR = "valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]";

export function setField(c: PyContext, name: string, v: PyObject): void {
  switch (name) {
    case "prec": {
      const n = intOf(v);
      if (n < 1n || n > MAX_PREC) throw valueError("valid range for prec is [1, MAX_PREC]");
      c.prec = Number(n);
      return;
    }
    case "Emin": {
      const n = intOf(v);
      if (n > 0n || n < MIN_EMIN) throw valueError("valid range for Emin is [MIN_EMIN, 0]");
      c.Emin = Number(n);
      return;
    }
    case "Emax": {
      const n = intOf(v);
      if (n < 0n || n > MAX_EMAX) throw valueError("valid range for Emax is [0, MAX_EMAX]");
      c.Emax = Number(n);
      return;
    }
    case "capitals": case "clamp": {
      const n = intOf(v);
      if (n !== 0n && n !== 1n) throw valueError(`valid values for ${name} are 0 or 1`);
      if (name === "clamp") c.clamp = Number(n); else c.capitals = Number(n);
      return;
    }
    case "rounding": {
      const i = typeof v === "string" ? ROUNDING_NAMES.indexOf(v) : -1;
      if (i < 0) throw typeError(ROUNDING_ERROR);
      c.rounding = i;
      return;
    }
  }
}

function signalBit(key: PyObject): number {
  const classes = decimalState().classes;
  for (let i = 0; i < SIGNAL_NAMES.length; i++) if (classes.get(SIGNAL_NAMES[i]) === key) return SIGNAL_BITS[i];
  throw keyError("valid values for signals are:\n  [InvalidOperation, FloatOperation, DivisionByZero,\n   Overflow, Underflow, Subnormal, Inexact, Rounded,\n   Clamped]");
}

/** flags=/traps= of Context(): a list of signals or a dict {signal: bool}. */
export function signalsArg(v: PyObject): number {
  let bits = 0;
  if (v instanceof PyDict) {
    // A dict must name every signal, as _decimal's dict_as_flags requires.
    const keys = new Set(sdKeys());
    if (v.map.size !== keys.size) throw keyError("invalid signal dict");
    for (const [n, val] of v.map) {
      const k = v.keyOf(n);
      if (!keys.has(k)) throw keyError("invalid signal dict");
      if (val !== false && val !== 0 && val !== None) bits |= signalBit(k);
    }
    return bits;
  }
  if (v instanceof PySignalDict) return v.get();
  const items = (v as { items?: PyObject[] }).items;
  if (Array.isArray(items)) { for (const k of items) bits |= signalBit(k); return bits; }
  throw typeError("argument must be a signal dict");
}

// ---- SignalDict: a live view of a context's flags or traps ----

class PySignalDict extends PyObj {
  constructor(readonly ctx: PyContext, readonly traps: boolean) { super(signalDictType); }
  get(): number { return this.traps ? this.ctx.traps : this.ctx.flags; }
  set(bits: number): void { if (this.traps) this.ctx.traps = bits; else this.ctx.flags = bits; }
}
function SD(x: PyObject): PySignalDict { return x as PySignalDict; }
function sdRepr(d: PySignalDict): string {
  const classes = decimalState().classes;
  const parts = SIGNAL_NAMES.map((n, i) => `<class 'decimal.${n}'>:${(d.get() & SIGNAL_BITS[i]) !== 0 ? "True" : "False"}`);
  void classes;
  return "{" + parts.join(", ") + "}";
}
function sdKeys(): PyObject[] {
  const classes = decimalState().classes;
  return SIGNAL_NAMES.map((n) => classes.get(n)!);
}
defineMethods(signalDictType, {
  __getitem__: ([self, k]) => (SD(self).get() & signalBit(k)) !== 0,
  __setitem__: ([self, k, v]) => {
    const d = SD(self), b = signalBit(k);
    const on = v !== false && v !== 0 && v !== None && v !== "";
    d.set(on ? d.get() | b : d.get() & ~b);
    return None;
  },
  __delitem__: () => { throw valueError("signal keys cannot be deleted"); },
  __len__: () => SIGNAL_NAMES.length,
  __contains__: ([, k]) => sdKeys().includes(k),
  __iter__: () => getIterFast(newTuple(sdKeys()))!,
  __repr__: ([self]) => sdRepr(SD(self)),
  keys: () => newList(sdKeys()),
  values: ([self]) => newList(SIGNAL_BITS.map((b) => (SD(self).get() & b) !== 0)),
  items: ([self]) => newList(SIGNAL_BITS.map((b, i) => newTuple2(sdKeys()[i], (SD(self).get() & b) !== 0))),
  get: ([self, k, dflt]) => {
    try { return (SD(self).get() & signalBit(k)) !== 0; } catch { return dflt ?? None; }
  },
  copy: ([self]) => {
    const d = new PyDict();
    sdKeys().forEach((k, i) => d.setNorm(normKey(k), k, (SD(self).get() & SIGNAL_BITS[i]) !== 0));
    return d;
  },
  __eq__: ([self, other]) => {
    if (other instanceof PySignalDict) return other.get() === SD(self).get();
    return NotImplemented;
  },
});
signalDictType.dict.set("__hash__", None);

function newTuple2(a: PyObject, b: PyObject): PyObject { return newTuple([a, b]); }

// ---- Context's Python-visible attributes ----

function C(x: PyObject): PyContext {
  if (!(x instanceof PyContext)) throw typeError(`descriptor requires a 'decimal.Context' object but received a '${typeOf(x).name}'`);
  return x;
}

export function contextRepr(c: PyContext): string {
  const list = (bits: number) => [...new Set(REPR_ORDER.filter(([b]) => (bits & b) !== 0).map(([, n]) => n))].join(", ");
  return `Context(prec=${c.prec}, rounding=${ROUNDING_NAMES[c.rounding]}, Emin=${c.Emin}, Emax=${c.Emax}, ` +
    `capitals=${c.capitals}, clamp=${c.clamp}, flags=[${list(c.flags)}], traps=[${list(c.traps)}])`;
}

const FIELDS = ["prec", "rounding", "Emin", "Emax", "capitals", "clamp"];
const getters: Record<string, (self: PyObject) => PyObject> = {
  prec: (s) => C(s).prec,
  rounding: (s) => ROUNDING_NAMES[C(s).rounding],
  Emin: (s) => C(s).Emin,
  Emax: (s) => C(s).Emax,
  capitals: (s) => C(s).capitals,
  clamp: (s) => C(s).clamp,
  flags: (s) => new PySignalDict(C(s), false),
  traps: (s) => new PySignalDict(C(s), true),
};
const setters: Record<string, (self: PyObject, v: PyObject | undefined) => void> = {};
for (const f of FIELDS) {
  setters[f] = (s, v) => {
    if (v === undefined) throw typeError(`context attributes cannot be deleted`);
    setField(C(s), f, v);
  };
}
setters.flags = (s, v) => {
  if (v === undefined) throw typeError(`context attributes cannot be deleted`);
  if (!(v instanceof PySignalDict) && !(v instanceof PyDict)) throw typeError("argument must be a signal dict");
  C(s).flags = signalsArg(v);
};
setters.traps = (s, v) => {
  if (v === undefined) throw typeError(`context attributes cannot be deleted`);
  if (!(v instanceof PySignalDict) && !(v instanceof PyDict)) throw typeError("argument must be a signal dict");
  C(s).traps = signalsArg(v);
};
defineGetters(contextType, getters, setters);

/** Positional-or-keyword arguments after self, by name. */
export function bind(args: PyObject[], kwargs: KwArgs | null, names: string[], required: number): (PyObject | undefined)[] {
  const vals: (PyObject | undefined)[] = args.slice(1);
  const given = vals.length + (kwargs === null ? 0 : kwargs.size);
  if (given > names.length) {
    throw typeError(`function takes at most ${names.length} argument${names.length === 1 ? "" : "s"} (${given} given)`);
  }
  if (kwargs !== null) {
    for (const [k, v] of kwargs) {
      const i = names.indexOf(k);
      if (i < 0) throw typeError(`'${k}' is an invalid keyword argument for this function`);
      if (vals[i] !== undefined) throw typeError(`argument for function given by name ('${k}') and position (${i + 1})`);
      vals[i] = v;
    }
  }
  for (let i = 0; i < required; i++) {
    if (vals[i] === undefined) throw typeError(`function missing required argument '${names[i]}' (pos ${i + 1})`);
  }
  return vals;
}

/** Context(prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None, flags=None, traps=None). */
export function initContext(c: PyContext, args: PyObject[], kwargs: KwArgs | null): void {
  const names = ["prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps"];
  const vals = bind(args, kwargs, names, 0);
  const s = decimalState();
  c.copyFrom(s.defaultContext);
  c.flags = 0;
  for (let i = 0; i < 6; i++) {
    const v = vals[i];
    if (v !== undefined && v !== None) setField(c, names[i], v);
  }
  if (vals[6] !== undefined && vals[6] !== None) c.flags = signalsArg(vals[6]!);
  if (vals[7] !== undefined && vals[7] !== None) c.traps = signalsArg(vals[7]!);
}

defineMethods(contextType, {
  __init__: (args, kwargs) => { initContext(C(args[0]), args, kwargs); return None; },
  __repr__: ([self]) => contextRepr(C(self)),
});
const noArgMethods: Record<string, (self: PyObject) => PyObject> = {
  copy: (self) => new PyContext().copyFrom(C(self)),
  __copy__: (self) => new PyContext().copyFrom(C(self)),
  clear_flags: (self) => { C(self).flags = 0; return None; },
  clear_traps: (self) => { C(self).traps = 0; return None; },
  Etiny: (self) => C(self).Emin - C(self).prec + 1,
  Etop: (self) => C(self).Emax - C(self).prec + 1,
  radix: () => 10,
};
for (const name of Object.keys(noArgMethods)) {
  defineMethods(contextType, {
    [name]: (args, kw) => {
      const n = args.length - 1 + (kw === null ? 0 : kw.size);
      if (n !== 0) throw typeError(`Context.${name}() takes no arguments (${n} given)`);
      return noArgMethods[name](args[0]);
    },
  });
}
defineMethods(contextType, {
  __reduce__: ([self]) => {
    const c = C(self);
    const list = (bits: number) => newList(SIGNAL_BITS.map((b, i) => ((bits & b) !== 0 ? decimalState().classes.get(SIGNAL_NAMES[i])! : null)).filter((x): x is PyType => x !== null));
    return newTuple([contextType, newTuple([c.prec, ROUNDING_NAMES[c.rounding], c.Emin, c.Emax, c.capitals, c.clamp, list(c.flags), list(c.traps)])]);
  },
});

// ---- localcontext() ----

class PyContextManager extends PyObj {
  saved: PyContext | null = null;
  constructor(readonly local: PyContext) { super(contextManagerType); }
}
defineMethods(contextManagerType, {
  __enter__: ([self]) => {
    const m = self as PyContextManager;
    m.saved = currentContext();
    setCurrentContext(m.local);
    return currentContext();
  },
  __exit__: ([self]) => {
    const m = self as PyContextManager;
    if (m.saved !== null) setCurrentContext(m.saved);
    return None;
  },
});

/** localcontext(ctx=None, **kwargs): a manager whose block runs with a copy of ctx, changed by kwargs. */
export function localcontext(args: PyObject[], kwargs: KwArgs | null): PyObject {
  let ctx: PyObject | undefined = args[0];
  const changes: [string, PyObject][] = [];
  if (kwargs !== null) {
    for (const [k, v] of kwargs) {
      if (k === "ctx" && ctx === undefined) { ctx = v; continue; }
      if (!FIELDS.includes(k) && k !== "flags" && k !== "traps") throw typeError(`'${k}' is an invalid keyword argument for this function`);
      changes.push([k, v]);
    }
  }
  const base = ctx === undefined || ctx === None ? currentContext() : ctx;
  if (!(base instanceof PyContext)) throw typeError("optional argument must be a context");
  const local = new PyContext().copyFrom(base);
  for (const [k, v] of changes) {
    if (k === "flags") local.flags = signalsArg(v);
    else if (k === "traps") local.traps = signalsArg(v);
    else setField(local, k, v);
  }
  return new PyContextManager(local);
}

/** The three template contexts of the module. */
export function makeTemplates(): [PyContext, PyContext, PyContext] {
  const dflt = new PyContext();
  const basic = new PyContext();
  basic.prec = 9; basic.rounding = ROUND_HALF_UP;
  basic.traps = CLAMPED | INVALID_MASK | DIV_BY_ZERO | OVERFLOW | UNDERFLOW;
  const ext = new PyContext();
  ext.prec = 9; ext.traps = 0;
  return [dflt, basic, ext];
}
