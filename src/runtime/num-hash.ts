// num-hash.ts — Python's hash() of ints, floats and strs: the numeric hash modulo 2**61-1
// (Python/pyhash.c, Objects/longobject.c long_hash) and SipHash-1-3 for str as with PYTHONHASHSEED=0.

import { type Int, normBig } from "./int-ops.js";

const P = 2n ** 61n - 1n; // _PyHASH_MODULUS on 64-bit builds
const HASH_INF = 314159;

/** hash(n) for an int: n reduced modulo 2**61-1 keeping the sign, and -1 becomes -2. */
export function intHash(v: Int): Int {
  if (typeof v === "number") return v === -1 ? -2 : v; // |v| < 2**53 < P: already reduced
  const neg = v < 0n;
  let r = (neg ? -v : v) % P;
  if (neg) r = -r;
  if (r === -1n) r = -2n;
  return normBig(r);
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * hash(x) for a float, equal to the hash of the int or Fraction with the same value.
 * NaN hashes by object identity in CPython 3.10+; there is no identity here, so it returns 0 and the
 * caller may substitute an identity-based hash.
 */
export function floatHash(x: number): Int {
  if (x !== x) return 0;
  if (x === Infinity) return HASH_INF;
  if (x === -Infinity) return -HASH_INF;
  if (Number.isInteger(x)) {
    if (x >= -Number.MAX_SAFE_INTEGER && x <= Number.MAX_SAFE_INTEGER) return x === -1 ? -2 : x + 0;
    return intHash(BigInt(x));
  }
  // x = m * 2**e exactly with an integer m; 2**61 = 1 (mod P), so 2**e = 2**(e mod 61).
  f64[0] = x;
  const hi = u32[LITTLE ? 1 : 0], lo = u32[LITTLE ? 0 : 1];
  const biased = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (biased === 0) e = -1074;
  else { m |= 1n << 52n; e = biased - 1075; }
  const neg = x < 0;
  const shift = ((e % 61) + 61) % 61;
  let r = ((m % P) << BigInt(shift)) % P;
  if (neg) r = -r;
  if (r === -1n) r = -2n;
  return normBig(r);
}

// --- SipHash-1-3 on 64-bit words kept as (hi, lo) uint32 pairs in one scratch array ---
// v[0..7] = v0h v0l v1h v1l v2h v2l v3h v3l
const v = new Uint32Array(8);

function addInto(a: number, b: number): void { // va += vb
  const lo = (v[a + 1] + v[b + 1]) >>> 0;
  const carry = lo < v[a + 1] ? 1 : 0;
  v[a] = (v[a] + v[b] + carry) >>> 0;
  v[a + 1] = lo;
}

function rotlXor(a: number, s: number, b: number): void { // va = rotl(va, s) ^ vb
  let h = v[a], l = v[a + 1];
  if (s >= 32) { const t = h; h = l; l = t; s -= 32; }
  if (s > 0) {
    const nh = (h << s) | (l >>> (32 - s));
    const nl = (l << s) | (h >>> (32 - s));
    h = nh; l = nl;
  }
  v[a] = (h ^ v[b]) >>> 0;
  v[a + 1] = (l ^ v[b + 1]) >>> 0;
}

function rot32(a: number): void {
  const t = v[a]; v[a] = v[a + 1]; v[a + 1] = t;
}

function halfRound(a: number, b: number, c: number, d: number, s: number, t: number): void {
  addInto(a, b); addInto(c, d);
  rotlXor(b, s, a); rotlXor(d, t, c);
  rot32(a);
}

function singleRound(): void {
  halfRound(0, 2, 4, 6, 13, 16);
  halfRound(4, 2, 0, 6, 17, 21);
}

/** SipHash-1-3 with a zero key over `bytes`, as a signed 64-bit bigint (Python/pyhash.c siphash13). */
function siphash13(bytes: Uint8Array): bigint {
  const n = bytes.length;
  // k0 = k1 = 0, so each v starts as its constant.
  v[0] = 0x736f6d65; v[1] = 0x70736575;
  v[2] = 0x646f7261; v[3] = 0x6e646f6d;
  v[4] = 0x6c796765; v[5] = 0x6e657261;
  v[6] = 0x74656462; v[7] = 0x79746573;
  let i = 0;
  for (; i + 8 <= n; i += 8) {
    const ml = (bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24)) >>> 0;
    const mh = (bytes[i + 4] | (bytes[i + 5] << 8) | (bytes[i + 6] << 16) | (bytes[i + 7] << 24)) >>> 0;
    v[6] = (v[6] ^ mh) >>> 0; v[7] = (v[7] ^ ml) >>> 0;
    singleRound();
    v[0] = (v[0] ^ mh) >>> 0; v[1] = (v[1] ^ ml) >>> 0;
  }
  // last block: remaining bytes little-endian, length in the top byte
  let tl = 0, th = (n & 0xff) << 24;
  for (let k = 0; i + k < n; k++) {
    const byte = bytes[i + k];
    if (k < 4) tl |= byte << (8 * k);
    else th |= byte << (8 * (k - 4));
  }
  tl >>>= 0; th >>>= 0;
  v[6] = (v[6] ^ th) >>> 0; v[7] = (v[7] ^ tl) >>> 0;
  singleRound();
  v[0] = (v[0] ^ th) >>> 0; v[1] = (v[1] ^ tl) >>> 0;
  v[5] = (v[5] ^ 0xff) >>> 0;
  singleRound(); singleRound(); singleRound();
  const rh = (v[0] ^ v[2] ^ v[4] ^ v[6]) >>> 0;
  const rl = (v[1] ^ v[3] ^ v[5] ^ v[7]) >>> 0;
  return BigInt.asIntN(64, (BigInt(rh) << 32n) | BigInt(rl));
}

/** hash(b) of bytes (CPython with PYTHONHASHSEED=0): 0 for empty, never -1. */
export function bytesHash(bytes: Uint8Array): Int {
  if (bytes.length === 0) return 0;
  const h = siphash13(bytes);
  return normBig(h === -1n ? -2n : h);
}

/**
 * hash(s) of a str, the value CPython 3.11 prints under PYTHONHASHSEED=0: SipHash-1-3 over the string's
 * compact storage (1, 2 or 4 bytes per code point, picked by its largest code point), so set and dict
 * orders of str keys match CPython run with that seed. Stable across runs by construction.
 */
export function strHash(s: string): Int {
  const len = s.length;
  if (len === 0) return 0;
  let maxCp = 0, count = 0;
  for (let i = 0; i < len; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { maxCp = 0x10000; i++; }
    } else if (c > maxCp) maxCp = c;
    count++;
  }
  const kind = maxCp < 0x100 ? 1 : maxCp < 0x10000 ? 2 : 4;
  const bytes = new Uint8Array(count * kind);
  if (kind === 1) {
    for (let i = 0; i < len; i++) bytes[i] = s.charCodeAt(i);
  } else if (kind === 2) {
    for (let i = 0; i < len; i++) {
      const c = s.charCodeAt(i);
      bytes[2 * i] = c & 0xff; bytes[2 * i + 1] = c >>> 8;
    }
  } else {
    let j = 0;
    for (const ch of s) {
      const cp = ch.codePointAt(0)!;
      bytes[j] = cp & 0xff; bytes[j + 1] = (cp >>> 8) & 0xff; bytes[j + 2] = cp >>> 16; j += 4;
    }
  }
  const h = siphash13(bytes);
  return normBig(h === -1n ? -2n : h);
}
