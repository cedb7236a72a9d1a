// random.ts — the random module: a subclassable Random type over CPython's Mersenne Twister (_random-core)
// and Lib/random.py 3.11's algorithms (_random-algos), plus module functions bound to a hidden instance,
// so a seed gives exactly CPython's numbers. Unseeded generators take their seed from the runtime context.
import {
  PyObject, PyObj, PyModule, PyType, PyFloat, PyTuple, PyList, PyBytes, PyByteArray, PyStrSub, None, KwArgs,
  makeBuiltinType, objectType, TypeFlag, newFloat, newTuple, newList, typeName,
} from "../runtime/object.js";
import { typeError, valueError, indexError } from "../runtime/exceptions.js";
import {
  defineMethods, defineGenMethods, PyMethodDescr, bindMethodDescr,
} from "../runtime/builtin-function.js";
import { PySet, PyDict } from "../runtime/dict.js";
import { rethrowAlgo } from "../runtime/ops-error.js";
import { lenGen } from "../runtime/ops-object.js";
import { getItemGen } from "../runtime/ops-item.js";
import { toArrayGen } from "../runtime/ops-iter.js";
import { floatHash } from "../runtime/num-hash.js";
import type { NativeGen } from "../runtime/protocol.js";
import type { RuntimeContext } from "../runtime/runtime-context.js";
import { MersenneTwister } from "./_random-core.js";
import * as A from "./_random-algos.js";
import { intValue, toIndex, toDouble, bindArgs } from "./support.js";

/** The instance layout of random.Random and its subclasses: the generator plus an optional __dict__. */
export class PyRandom extends PyObj {
  readonly mt = new MersenneTwister(0);
  dict: Map<string, PyObject> | null;
  constructor(type: PyType) {
    super(type);
    this.dict = type === randomType ? null : new Map();
  }
}

export const randomType: PyType = makeBuiltinType("Random", objectType, TypeFlag.BaseType);
randomType.module = "random";
randomType.newInstance = (cls) => new PyRandom(cls);

let currentRt: RuntimeContext | null = null;

function rng(x: PyObject): MersenneTwister {
  if (!(x instanceof PyRandom)) throw typeError(`descriptor requires a 'random.Random' object but received a '${typeName(x)}'`);
  return x.mt;
}

function algo<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    return rethrowAlgo(e);
  }
}

/** seed(a=None, version=2) of Lib/random.py 3.11. */
function* seed(mt: MersenneTwister, a: PyObject | undefined, version: number): Generator<any, void, any> {
  if (a === undefined || a === None) {
    const rt = currentRt;
    let n = 0n;
    for (let i = 0; i < 4; i++) n = (n << 32n) | BigInt(rt ? rt.entropy() : 0x12345678 + i);
    algo(() => mt.seed(n));
    return;
  }
  const iv = intValue(a);
  if (iv !== undefined && typeof a !== "object") return algo(() => mt.seed(iv));
  if (iv !== undefined) return algo(() => mt.seed(iv));
  if (version === 2 && (typeof a === "string" || a instanceof PyStrSub)) {
    return algo(() => mt.seedString(typeof a === "string" ? a : a.value));
  }
  if (version === 2 && (a instanceof PyBytes || a instanceof PyByteArray)) {
    const data = a instanceof PyBytes ? a.data : a.data.subarray(0, a.length);
    return algo(() => mt.seedBytes(data));
  }
  if (a instanceof PyFloat) return algo(() => mt.seedFromHash(floatHash(a.value)));
  if (version === 1 && typeof a === "string") return algo(() => mt.seedFromHash(0));
  throw typeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
}

/** A sequence's items for choice/sample: lists, tuples, strs and ranges directly; others via len/[]. */
function* seqItems(x: PyObject, who: string): Generator<any, PyObject[], any> {
  if (x instanceof PyList || x instanceof PyTuple) return x.items;
  if (typeof x === "string") return Array.from(x);
  if (x instanceof PySet || x instanceof PyDict && who === "sample") {
    throw typeError("Population must be a sequence.  For dicts or sets, use sorted(d).");
  }
  const n = yield* lenGen(x);
  const out: PyObject[] = [];
  for (let i = 0; i < n; i++) out.push(yield* getItemGen(x, i));
  return out;
}

function floatArgs(name: string, args: PyObject[], kw: KwArgs | null, names: string[], defaults: (number | null)[]): (number | null)[] {
  const got = bindArgs(name, args, kw, names);
  return got.map((v, i) => {
    if (v === undefined) {
      if (defaults[i] === undefined) throw typeError(`${name}() missing required argument '${names[i]}'`);
      return defaults[i];
    }
    if (v === None && defaults[i] === null) return null;
    return toDouble(v);
  });
}

function required(name: string, args: PyObject[], kw: KwArgs | null, names: string[]): number[] {
  const got = bindArgs(name, args, kw, names);
  const missing = names.filter((_, i) => got[i] === undefined);
  if (missing.length === 1) throw typeError(`Random.${name}() missing 1 required positional argument: '${missing[0]}'`);
  if (missing.length > 1) {
    throw typeError(`Random.${name}() missing ${missing.length} required positional arguments: ${missing.slice(0, -1).map((m) => `'${m}'`).join(", ")} and '${missing[missing.length - 1]}'`);
  }
  return got.map((v) => toDouble(v!));
}

defineMethods(randomType, {
  random: ([self]) => newFloat(rng(self).random()),
  getrandbits: ([self, k]) => {
    const n = toIndex(k);
    if (n < 0) throw valueError("number of bits must be non-negative");
    return algo(() => rng(self).getrandbits(Number(n)));
  },
  getstate: ([self]) => {
    const mt = rng(self);
    return newTuple([3, newTuple(mt.getstate()), mt.gaussNext === null ? None : newFloat(mt.gaussNext)]);
  },
  setstate: ([self, state]) => {
    const mt = rng(self);
    if (!(state instanceof PyTuple) || state.items.length !== 3) throw typeError("state vector must be a tuple");
    const [version, internal, g] = state.items;
    if (version !== 3 && version !== 2) {
      throw valueError(`state with version ${typeof version === "number" ? version : "?"} passed to Random.setstate() of version 3`);
    }
    if (!(internal instanceof PyTuple)) throw typeError("state vector must be a tuple");
    algo(() => mt.setstate(internal.items.map((v) => toIndex(v))));
    mt.gaussNext = g === None ? null : toDouble(g);
    return None;
  },
  randbytes: ([self, n]) => {
    const k = toIndex(n);
    if (k < 0) throw valueError("negative argument not allowed");
    return new PyBytes(algo(() => A.randbytes(rng(self), Number(k))));
  },
  randrange: (args, kw) => {
    const [self, ...rest] = args;
    const [start, stop, step] = bindArgs("randrange", rest, kw, ["start", "stop", "step"]);
    if (start === undefined) throw typeError("Random.randrange() missing 1 required positional argument: 'start'");
    const idx = (v: PyObject) => {
      if (v instanceof PyFloat) throw typeError(`'float' object cannot be interpreted as an integer`);
      return toIndex(v);
    };
    return algo(() => A.randrange(rng(self), idx(start), stop === undefined || stop === None ? null : idx(stop),
      step === undefined ? 1 : idx(step), step !== undefined));
  },
  randint: (args, kw) => {
    const [self, ...rest] = args;
    const [a, b] = bindArgs("randint", rest, kw, ["a", "b"]);
    if (a === undefined || b === undefined) {
      throw typeError(a === undefined ? "Random.randint() missing 2 required positional arguments: 'a' and 'b'" : "Random.randint() missing 1 required positional argument: 'b'");
    }
    const idx = (v: PyObject) => {
      if (v instanceof PyFloat) throw typeError(`'float' object cannot be interpreted as an integer`);
      return toIndex(v);
    };
    return algo(() => A.randint(rng(self), idx(a), idx(b)));
  },
  uniform: (args, kw) => {
    const [a, b] = required("uniform", args.slice(1), kw, ["a", "b"]);
    return newFloat(A.uniform(rng(args[0]), a, b));
  },
  triangular: (args, kw) => {
    const [low, high, mode] = floatArgs("triangular", args.slice(1), kw, ["low", "high", "mode"], [0, 1, null]);
    return newFloat(algo(() => A.triangular(rng(args[0]), low!, high!, mode)));
  },
  gauss: (args, kw) => {
    const [mu, sigma] = floatArgs("gauss", args.slice(1), kw, ["mu", "sigma"], [0, 1]);
    return newFloat(A.gauss(rng(args[0]), mu!, sigma!));
  },
  normalvariate: (args, kw) => {
    const [mu, sigma] = floatArgs("normalvariate", args.slice(1), kw, ["mu", "sigma"], [0, 1]);
    return newFloat(A.normalvariate(rng(args[0]), mu!, sigma!));
  },
  lognormvariate: (args, kw) => {
    const [mu, sigma] = required("lognormvariate", args.slice(1), kw, ["mu", "sigma"]);
    return newFloat(algo(() => A.lognormvariate(rng(args[0]), mu, sigma)));
  },
  expovariate: (args, kw) => {
    const [l] = required("expovariate", args.slice(1), kw, ["lambd"]);
    return newFloat(algo(() => A.expovariate(rng(args[0]), l)));
  },
  vonmisesvariate: (args, kw) => {
    const [mu, kappa] = required("vonmisesvariate", args.slice(1), kw, ["mu", "kappa"]);
    return newFloat(algo(() => A.vonmisesvariate(rng(args[0]), mu, kappa)));
  },
  gammavariate: (args, kw) => {
    const [al, be] = required("gammavariate", args.slice(1), kw, ["alpha", "beta"]);
    return newFloat(algo(() => A.gammavariate(rng(args[0]), al, be)));
  },
  betavariate: (args, kw) => {
    const [al, be] = required("betavariate", args.slice(1), kw, ["alpha", "beta"]);
    return newFloat(algo(() => A.betavariate(rng(args[0]), al, be)));
  },
  paretovariate: (args, kw) => {
    const [al] = required("paretovariate", args.slice(1), kw, ["alpha"]);
    return newFloat(algo(() => A.paretovariate(rng(args[0]), al)));
  },
  weibullvariate: (args, kw) => {
    const [al, be] = required("weibullvariate", args.slice(1), kw, ["alpha", "beta"]);
    return newFloat(algo(() => A.weibullvariate(rng(args[0]), al, be)));
  },
});

defineGenMethods(randomType, {
  __init__: function* (args, kw) {
    const [self, ...rest] = args;
    const [x] = bindArgs("Random", rest, kw, ["x"]);
    yield* seed(rng(self), x, 2);
    return None;
  },
  seed: function* (args, kw) {
    const [self, ...rest] = args;
    const [a, version] = bindArgs("seed", rest, kw, ["a", "version"]);
    yield* seed(rng(self), a, version === undefined ? 2 : Number(toIndex(version)));
    rng(self).gaussNext = null;
    return None;
  },
  choice: function* ([self, seq]) {
    const items = yield* seqItems(seq, "choice");
    const i = algo(() => A.choiceIndex(rng(self), items.length));
    return items[i];
  },
  shuffle: function* ([self, x]) {
    if (x instanceof PyList) {
      algo(() => A.shuffle(rng(self), x.items));
      return None;
    }
    throw typeError(`'${typeName(x)}' object does not support item assignment`);
  },
  sample: function* (args, kw) {
    const [self, ...rest] = args;
    const [population, k, counts] = bindArgs("sample", rest, kw, ["population", "k", "counts"]);
    if (population === undefined || k === undefined) {
      throw typeError(`Random.sample() missing 1 required positional argument: '${population === undefined ? "population" : "k"}'`);
    }
    const items = yield* seqItems(population, "sample");
    const kk = Number(toIndex(k));
    if (counts !== undefined && counts !== None) {
      const cs = (yield* toArrayGen(counts)).map((c) => Number(toIndex(c)));
      const idx = algo(() => A.sampleWithCounts(rng(self), items.length, cs, kk));
      return newList(idx.map((i) => items[i]));
    }
    const idx = algo(() => A.sampleIndices(rng(self), items.length, kk));
    return newList(idx.map((i) => items[i]));
  },
  choices: function* (args, kw) {
    const [self, ...rest] = args;
    const [population, weights, cumWeights, k] = bindArgs("choices", rest, kw, ["population", "weights", "cum_weights", "k"]);
    if (population === undefined) throw typeError("Random.choices() missing 1 required positional argument: 'population'");
    const items = yield* seqItems(population, "choices");
    const kk = k === undefined ? 1 : Number(toIndex(k));
    let cum: number[] | null = null;
    const hasW = weights !== undefined && weights !== None, hasC = cumWeights !== undefined && cumWeights !== None;
    if (hasW && hasC) throw typeError("Cannot specify both weights and cumulative weights");
    if (hasW) {
      let acc = 0;
      cum = (yield* toArrayGen(weights!)).map((w) => (acc += toDouble(w)));
    } else if (hasC) cum = (yield* toArrayGen(cumWeights!)).map(toDouble);
    if (cum === null && items.length === 0 && kk > 0) {
      throw indexError(`${population instanceof PyTuple ? "tuple" : typeof population === "string" ? "string" : "list"} index out of range`);
    }
    const idx = algo(() => A.choicesIndices(rng(self), items.length, cum, kk));
    return newList(idx.map((i) => items[i]));
  },
});

const MODULE_FUNCTIONS = ["seed", "random", "uniform", "triangular", "randint", "choice", "randrange", "sample",
  "shuffle", "choices", "normalvariate", "lognormvariate", "expovariate", "vonmisesvariate", "gammavariate",
  "gauss", "betavariate", "paretovariate", "weibullvariate", "getstate", "setstate", "getrandbits", "randbytes"];

export function createRandom(rt: RuntimeContext): PyModule {
  currentRt = rt;
  const m = new PyModule("random");
  const inst = new PyRandom(randomType);
  const g = seed(inst.mt, None, 2);
  while (!g.next().done);
  m.dict.set("Random", randomType);
  m.dict.set("_inst", inst);
  for (const name of MODULE_FUNCTIONS) {
    const d = randomType.dict.get(name);
    if (d instanceof PyMethodDescr) m.dict.set(name, bindMethodDescr(d, inst));
  }
  // SystemRandom draws from the seeded generator too (gilpy has no OS entropy inside a deterministic run).
  const sys = makeBuiltinType("SystemRandom", randomType, TypeFlag.BaseType);
  sys.module = "random";
  sys.mro = [sys, ...randomType.mro];
  sys.newInstance = (cls) => new PyRandom(cls);
  m.dict.set("SystemRandom", sys);
  m.dict.set("BPF", 53);
  m.dict.set("RECIP_BPF", newFloat(2 ** -53));
  for (const [k, v] of [["NV_MAGICCONST", 1.7155277699214135], ["TWOPI", 6.283185307179586], ["LOG4", 1.3862943611198906], ["SG_MAGICCONST", 2.504077396776274]] as const) {
    m.dict.set(k, newFloat(v));
  }
  return m;
}

export type { NativeGen };
