// set-order.ts — the order in which CPython 3.11 iterates a set: its hash-table slot order. gilpy keeps
// set members in insertion order, so iteration replays the insertions into a model of CPython's table
// (Objects/setobject.c: 8 slots to start, linear probes of 9 then perturbed probing, growth to used*4
// when 3/5 full) and reads the slots in order. Exact for sets built by adds without deletions; close
// otherwise. Sets holding Python-hashed members keep insertion order.
import type { PyObject } from "./object.js";
import type { PySet } from "./dict.js";
import { hashFast } from "./ops-object.js";

const LINEAR_PROBES = 9;
const M64 = (1n << 64n) - 1n;

function place(table: (number | undefined)[], hashes: bigint[], item: number, mask: number): void {
  const h = hashes[item];
  let perturb = h;
  let i = Number(h & BigInt(mask));
  for (;;) {
    let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    let j = i;
    do {
      if (table[j] === undefined) {
        table[j] = item;
        return;
      }
      j++;
    } while (probes-- > 0);
    perturb >>= 5n;
    i = Number((BigInt(i) * 5n + 1n + perturb) & BigInt(mask));
  }
}

// The most members each set ever held: CPython's table never shrinks on removal, so a set that grew and
// then lost members keeps its larger table (and its order). Recorded by every removal path (set.ts).
const highWater = new WeakMap<PySet, number>();

/** Call before removing members from `s`. */
export function noteRemoval(s: PySet): void {
  const n = s.map.size;
  if (n > (highWater.get(s) ?? 0)) highWater.set(s, n);
}

/** Call when `s` is cleared: CPython returns it to the small table. */
export function noteClear(s: PySet): void {
  highWater.delete(s);
}

function tableMaskFor(count: number): number {
  let mask = 7;
  for (let used = 1; used <= count; used++) {
    if (used * 5 >= mask * 3) {
      const minused = used > 50000 ? used * 2 : used * 4;
      let size = 8;
      while (size <= minused) size <<= 1;
      mask = size - 1;
    }
  }
  return mask;
}

/** The members of `s` in CPython's iteration order. */
export function setOrder(s: PySet): PyObject[] {
  const items = Array.from(s.map.values());
  const n = items.length;
  if (n < 2) return items;
  const hashes: bigint[] = new Array(n);
  for (let k = 0; k < n; k++) {
    const h = typeof items[k] === "object" ? undefined : hashFast(items[k]);
    const hh = h === undefined ? hashFast(items[k]) : h;
    if (hh === undefined) return items;
    hashes[k] = BigInt.asUintN(64, BigInt(hh)) & M64;
  }
  const hw = highWater.get(s) ?? 0;
  let mask = hw > n ? tableMaskFor(hw) : 7;
  let table: (number | undefined)[] = new Array(mask + 1);
  let used = 0;
  for (let k = 0; k < n; k++) {
    place(table, hashes, k, mask);
    used++;
    if (used * 5 >= mask * 3 && (hw <= n || used > hw)) {
      const minused = used > 50000 ? used * 2 : used * 4;
      let size = 8;
      while (size <= minused) size <<= 1;
      const old = table;
      table = new Array(size);
      mask = size - 1;
      for (const e of old) if (e !== undefined) place(table, hashes, e, mask);
    }
  }
  const out: PyObject[] = [];
  for (const e of table) if (e !== undefined) out.push(items[e]);
  return out;
}
