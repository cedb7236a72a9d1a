// _random-algos.ts — Lib/random.py 3.11's algorithms over a generator (randrange, choice, shuffle,
// sample, choices, the distributions), step for step so a seed gives CPython's exact numbers.

import { AlgoError, valueError, zeroDivisionError } from "../runtime/algo-error.js";
import * as I from "../runtime/int-ops.js";
import type { Int } from "../runtime/int-ops.js";
// glibc's log/exp are correctly rounded where V8's may be one ulp off; CPython's variates use glibc's
import { exactLog, exactExp } from "./math-exact.js";

/** What the algorithms draw from: MersenneTwister, or a Python subclass's overrides. */
export interface RandomSource {
  random(): number;
  getrandbits(k: number): Int;
  gaussNext: number | null;
}

// Lib/random.py module constants, as python3 prints them (computed by libm there).
const NV_MAGICCONST = 1.7155277699214135;
const TWOPI = 6.283185307179586;
const LOG4 = 1.3862943611198906;
const SG_MAGICCONST = 2.504077396776274;
const E = 2.718281828459045;

/** _randbelow_with_getrandbits(n) for n > 0. */
export function randbelow(rng: RandomSource, n: Int): Int {
  const k = I.bitLength(n);
  let r = rng.getrandbits(k);
  while (r >= n) r = rng.getrandbits(k);
  return r;
}

/** _randbelow_without_getrandbits(n): used when a subclass overrides random() only. */
export function randbelowWithoutGetrandbits(rng: RandomSource, n: number): number {
  const maxsize = 2 ** 53;
  if (n >= maxsize) return Math.floor(rng.random() * n);
  const rem = maxsize % n;
  const limit = (maxsize - rem) / maxsize;
  let r = rng.random();
  while (r >= limit) r = rng.random();
  return Math.floor(r * maxsize) % n;
}

/** randrange(start[, stop[, step]]) on ints (the caller has applied operator.index). */
export function randrange(rng: RandomSource, start: Int, stop: Int | null = null, step: Int = 1, stepGiven = false): Int {
  if (stop === null) {
    if (stepGiven) throw new AlgoError("TypeError", "Missing a non-None stop argument");
    if (start > 0) return randbelow(rng, start);
    throw valueError("empty range for randrange()");
  }
  const width = I.sub(stop, start);
  if (step === 1) {
    if (width > 0) return I.add(start, randbelow(rng, width));
    throw valueError(`empty range for randrange() (${start}, ${stop}, ${width})`);
  }
  let n: Int;
  if (step > 0) n = I.floordiv(I.sub(I.add(width, step), 1), step);
  else if (step < 0) n = I.floordiv(I.add(I.add(width, step), 1), step);
  else throw valueError("zero step for randrange()");
  if (n <= 0) throw valueError("empty range for randrange()");
  return I.add(start, I.mul(step, randbelow(rng, n)));
}

export function randint(rng: RandomSource, a: Int, b: Int): Int {
  return randrange(rng, a, I.add(b, 1));
}

/** choice(seq): the index to pick from a sequence of length n. */
export function choiceIndex(rng: RandomSource, n: number): number {
  if (n === 0) throw new AlgoError("IndexError", "Cannot choose from an empty sequence");
  return Number(randbelow(rng, n));
}

/** shuffle(x) in place. */
export function shuffle<T>(rng: RandomSource, x: T[]): void {
  for (let i = x.length - 1; i >= 1; i--) {
    const j = Number(randbelow(rng, i + 1));
    const t = x[i]; x[i] = x[j]; x[j] = t;
  }
}

/**
 * sample(population, k) as indices into a population of length n, choosing between the pool and the
 * set strategy exactly as 3.11 does (the choice changes which random numbers are drawn).
 */
export function sampleIndices(rng: RandomSource, n: number, k: number): number[] {
  if (!(k >= 0 && k <= n)) throw valueError("Sample larger than population or is negative");
  const result = new Array<number>(k);
  let setsize = 21;
  if (k > 5) setsize += 4 ** Math.ceil(Math.log(k * 3) / Math.log(4));
  if (n <= setsize) {
    const pool = new Array<number>(n);
    for (let i = 0; i < n; i++) pool[i] = i;
    for (let i = 0; i < k; i++) {
      const j = Number(randbelow(rng, n - i));
      result[i] = pool[j];
      pool[j] = pool[n - i - 1];
    }
  } else {
    const selected = new Set<number>();
    for (let i = 0; i < k; i++) {
      let j = Number(randbelow(rng, n));
      while (selected.has(j)) j = Number(randbelow(rng, n));
      selected.add(j);
      result[i] = j;
    }
  }
  return result;
}

function bisectRight(a: readonly number[], x: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (x < a[mid]) hi = mid; else lo = mid + 1;
  }
  return lo;
}

/** sample(population, k, counts=counts) as indices into the population. */
export function sampleWithCounts(rng: RandomSource, n: number, counts: readonly number[], k: number): number[] {
  const cum: number[] = [];
  let acc = 0;
  for (const c of counts) cum.push(acc += c);
  if (cum.length !== n) throw valueError("The number of counts does not match the population");
  const total = cum.pop()!;
  if (!Number.isInteger(total)) throw new AlgoError("TypeError", "Counts must be integers");
  if (total <= 0) throw valueError("Total of counts must be greater than zero");
  return sampleIndices(rng, total, k).map((s) => bisectRight(cum, s, 0, cum.length));
}

/**
 * choices(population, weights/cum_weights, k) as indices into a population of length n. Pass the
 * cumulative weights (itertools.accumulate of weights) or null for equal weights.
 */
export function choicesIndices(rng: RandomSource, n: number, cumWeights: readonly number[] | null, k: number): number[] {
  const out: number[] = [];
  if (cumWeights === null) {
    for (let i = 0; i < k; i++) out.push(Math.floor(rng.random() * n));
    return out;
  }
  if (cumWeights.length !== n) throw valueError("The number of weights does not match the population");
  const total = cumWeights[n - 1] + 0.0;
  if (total <= 0.0) throw valueError("Total of weights must be greater than zero");
  if (!Number.isFinite(total)) throw valueError("Total of weights must be finite");
  const hi = n - 1;
  for (let i = 0; i < k; i++) out.push(bisectRight(cumWeights, rng.random() * total, 0, hi));
  return out;
}

export function uniform(rng: RandomSource, a: number, b: number): number {
  return a + (b - a) * rng.random();
}

export function triangular(rng: RandomSource, low = 0.0, high = 1.0, mode: number | null = null): number {
  let u = rng.random();
  let c: number;
  if (mode === null) c = 0.5;
  else {
    if (high - low === 0) return low; // Python: ZeroDivisionError caught → return low
    c = (mode - low) / (high - low);
  }
  if (u > c) {
    u = 1.0 - u;
    c = 1.0 - c;
    const t = low; low = high; high = t;
  }
  return low + (high - low) * Math.sqrt(u * c);
}

export function normalvariate(rng: RandomSource, mu = 0.0, sigma = 1.0): number {
  let z: number;
  for (;;) {
    const u1 = rng.random();
    const u2 = 1.0 - rng.random();
    z = NV_MAGICCONST * (u1 - 0.5) / u2;
    const zz = z * z / 4.0;
    if (zz <= -exactLog(u2)) break;
  }
  return mu + z * sigma;
}

export function gauss(rng: RandomSource, mu = 0.0, sigma = 1.0): number {
  let z = rng.gaussNext;
  rng.gaussNext = null;
  if (z === null) {
    const x2pi = rng.random() * TWOPI;
    const g2rad = Math.sqrt(-2.0 * exactLog(1.0 - rng.random()));
    z = Math.cos(x2pi) * g2rad;
    rng.gaussNext = Math.sin(x2pi) * g2rad;
  }
  return mu + z * sigma;
}

export function lognormvariate(rng: RandomSource, mu: number, sigma: number): number {
  return exactExp(normalvariate(rng, mu, sigma));
}

export function expovariate(rng: RandomSource, lambd: number): number {
  if (lambd === 0) throw zeroDivisionError("float division by zero");
  return -exactLog(1.0 - rng.random()) / lambd;
}

export function vonmisesvariate(rng: RandomSource, mu: number, kappa: number): number {
  if (kappa <= 1e-6) return TWOPI * rng.random();
  const s = 0.5 / kappa;
  const r = s + Math.sqrt(1.0 + s * s);
  let z: number;
  for (;;) {
    const u1 = rng.random();
    z = Math.cos(Math.PI * u1);
    const d = z / (r + z);
    const u2 = rng.random();
    if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * exactExp(d)) break;
  }
  const q = 1.0 / r;
  const f = (q + z) / (1.0 + q * z);
  const u3 = rng.random();
  const theta = u3 > 0.5 ? mu + Math.acos(f) : mu - Math.acos(f);
  return I.floatMod(theta, TWOPI);
}

export function gammavariate(rng: RandomSource, alpha: number, beta: number): number {
  if (alpha <= 0.0 || beta <= 0.0) throw valueError("gammavariate: alpha and beta must be > 0.0");
  if (alpha > 1.0) {
    const ainv = Math.sqrt(2.0 * alpha - 1.0);
    const bbb = alpha - LOG4;
    const ccc = alpha + ainv;
    for (;;) {
      const u1 = rng.random();
      if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
      const u2 = 1.0 - rng.random();
      const v = exactLog(u1 / (1.0 - u1)) / ainv;
      const x = alpha * exactExp(v);
      const z = u1 * u1 * u2;
      const r = bbb + ccc * v - x;
      if (r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= exactLog(z)) return x * beta;
    }
  } else if (alpha === 1.0) {
    return -exactLog(1.0 - rng.random()) * beta;
  }
  let x: number;
  for (;;) {
    const u = rng.random();
    const b = (E + alpha) / E;
    const p = b * u;
    if (p <= 1.0) x = p ** (1.0 / alpha);
    else x = -exactLog((b - p) / alpha);
    const u1 = rng.random();
    if (p > 1.0) {
      if (u1 <= x ** (alpha - 1.0)) break;
    } else if (u1 <= exactExp(-x)) break;
  }
  return x * beta;
}

export function betavariate(rng: RandomSource, alpha: number, beta: number): number {
  const y = gammavariate(rng, alpha, 1.0);
  if (y) return y / (y + gammavariate(rng, beta, 1.0));
  return 0.0;
}

export function paretovariate(rng: RandomSource, alpha: number): number {
  const u = 1.0 - rng.random();
  return u ** (-1.0 / alpha);
}

export function weibullvariate(rng: RandomSource, alpha: number, beta: number): number {
  const u = 1.0 - rng.random();
  return alpha * (-exactLog(u)) ** (1.0 / beta);
}

/** randbytes(n): getrandbits(n * 8) as n little-endian bytes. */
export function randbytes(rng: RandomSource, n: number): Uint8Array {
  let v = BigInt(rng.getrandbits(n * 8));
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) { out[i] = Number(v & 0xffn); v >>= 8n; }
  return out;
}
