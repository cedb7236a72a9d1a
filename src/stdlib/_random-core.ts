// _random-core.ts — CPython's Mersenne Twister (Modules/_randommodule.c): seeding from ints, hashes and
// str/bytes (Lib/random.py seed version 2), random(), getrandbits(k), and the state as plain arrays.

import { overflowError, valueError } from "../runtime/algo-error.js";
import { type Int, normBig } from "../runtime/int-ops.js";
import { sha512 } from "./_sha512-core.js";

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER = 0x80000000;
const LOWER = 0x7fffffff;

export class MersenneTwister {
  readonly mt = new Uint32Array(N);
  index = N + 1;
  /** Random.gauss()'s cached second value (part of Python's Random state). */
  gaussNext: number | null = null;

  constructor(seed: Int = 0) {
    this.seed(seed);
  }

  private initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
    }
    this.index = N;
  }

  private initByArray(key: number[]): void {
    const mt = this.mt;
    this.initGenrand(19650218);
    let i = 1, j = 0;
    for (let k = Math.max(N, key.length); k > 0; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1664525)) + key[j] + j) >>> 0;
      i++; j++;
      if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
      if (j >= key.length) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
    }
    mt[0] = 0x80000000;
  }

  /** seed(n) for an int: the 32-bit chunks of abs(n), least significant first (random_seed). */
  seed(n: Int): void {
    let v = typeof n === "bigint" ? (n < 0n ? -n : n) : BigInt(Math.abs(n));
    const key: number[] = [];
    do {
      key.push(Number(v & 0xffffffffn));
      v >>= 32n;
    } while (v > 0n);
    this.initByArray(key);
    this.gaussNext = null;
  }

  /** seed(x) for a float or other hashable: CPython seeds from (size_t)hash(x). */
  seedFromHash(hash: Int): void {
    const h = BigInt(hash);
    this.seed(h < 0n ? h + (1n << 64n) : h);
  }

  /** seed(b) for bytes (version 2): int.from_bytes(b + sha512(b).digest(), 'big'). */
  seedBytes(bytes: Uint8Array): void {
    const all = new Uint8Array(bytes.length + 64);
    all.set(bytes);
    all.set(sha512(bytes), bytes.length);
    let hex = "";
    for (const b of all) hex += b.toString(16).padStart(2, "0");
    this.seed(BigInt("0x" + hex));
  }

  /** seed(s) for a str (version 2): its UTF-8 bytes. */
  seedString(s: string): void {
    this.seedBytes(new TextEncoder().encode(s));
  }

  genrandUint32(): number {
    const mt = this.mt;
    if (this.index >= N) {
      let kk = 0;
      for (; kk < N - M; kk++) {
        const y = (mt[kk] & UPPER) | (mt[kk + 1] & LOWER);
        mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) ? MATRIX_A : 0);
      }
      for (; kk < N - 1; kk++) {
        const y = (mt[kk] & UPPER) | (mt[kk + 1] & LOWER);
        mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) ? MATRIX_A : 0);
      }
      const y = (mt[N - 1] & UPPER) | (mt[0] & LOWER);
      mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) ? MATRIX_A : 0);
      this.index = 0;
    }
    let y = mt[this.index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** random(): 53 random bits as a float in [0, 1) (random_random). */
  random(): number {
    const a = this.genrandUint32() >>> 5, b = this.genrandUint32() >>> 6;
    return (a * 67108864 + b) * (1 / 9007199254740992);
  }

  /** getrandbits(k): k random bits; 32-bit words fill from the least significant end. */
  getrandbits(k: number): Int {
    if (k < 0) throw valueError("number of bits must be non-negative");
    if (k === 0) return 0;
    if (k <= 32) return this.genrandUint32() >>> (32 - k);
    if (k <= 53) {
      // Same words, same order as below, assembled without bigint.
      const lo = this.genrandUint32();
      const hi = this.genrandUint32() >>> (64 - k);
      return hi * 4294967296 + lo;
    }
    let result = 0n;
    let shift = 0n;
    for (let left = k; left > 0; left -= 32) {
      let r = this.genrandUint32();
      if (left < 32) r >>>= 32 - left;
      result |= BigInt(r) << shift;
      shift += 32n;
    }
    return normBig(result);
  }

  /** The internal state: 624 words and the index (the middle item of Python's getstate()). */
  getstate(): number[] {
    const s = Array.from(this.mt);
    s.push(this.index);
    return s;
  }

  /** Restore getstate()'s array with random_setstate's checks. */
  setstate(state: readonly Int[]): void {
    if (state.length !== N + 1) throw valueError("state vector is the wrong size");
    for (let i = 0; i < N; i++) {
      const v = state[i];
      if (v < 0 || v > 0xffffffff) {
        throw v < 0 ? overflowError("can't convert negative value to unsigned int")
          : overflowError("Python int too large to convert to C unsigned long");
      }
    }
    const index = state[N];
    if (index < 0 || index > N) throw valueError("invalid state");
    for (let i = 0; i < N; i++) this.mt[i] = Number(state[i]);
    this.index = Number(index);
  }
}
