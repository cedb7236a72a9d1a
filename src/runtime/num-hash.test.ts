// num-hash.test.ts — hash() of ints, floats, str and bytes against python3 3.11 (str/bytes with PYTHONHASHSEED=0).
import { describe, expect, it } from "vitest";
import { bytesHash, floatHash, intHash, strHash } from "./num-hash.js";

// PYTHONHASHSEED=0 python3: [hash(s) for s in STRS]
const STRS: [string, string][] = [
  ["", "0"],
  ["a", "4644417185603328019"],
  ["abc", "-4594863902769663758"],
  ["hello world", "-5642461784034726774"],
  ["abcdefgh", "4574395652268504554"],
  ["abcdefghi", "-532774252720507163"],
  ["\u00e9", "6047309291227476195"],
  ["na\u00efve caf\u00e9", "-3140414782110216922"],
  ["\u65e5\u672c\u8a9e", "7116994712188270"],
  ["a\u20ac", "5181483246891551849"],
  ["\ud83d\ude00", "-3536540696076613844"],
  ["x\ud83d\ude00y", "4642876134759756482"],
  ["\u0000", "7541581120933061747"],
  ["spamspamspamspamspamspamspamspamspamspam", "2822362673405952336"],
  ["\u00ff", "3476900567878811119"],
  ["\u0100", "75343234424780393"],
];
const BYTES: [number[], string][] = [
  [[], "0"],
  [[97], "4644417185603328019"],
  [[97, 98, 99, 255], "-1222198482973350627"],
  [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19], "7178233520606413056"],
];
// python3: [hash(x) for x in FLOATS]
const FLOATS: [number, string][] = [
  [0.5, "1152921504606846976"],
  [-0.5, "-1152921504606846976"],
  [1.5, "1152921504606846977"],
  [0.1, "230584300921369408"],
  [-0.1, "-230584300921369408"],
  [1e-300, "482449582752280463"],
  [5e-324, "16777216"],
  [1e+300, "1224995262755759164"],
  [1.1805916207174113e+21, "512"],
  [-1.1805916207174113e+21, "-512"],
  [3.0, "3"],
  [-1.0, "-2"],
  [-0.0, "0"],
  [Infinity, "314159"],
  [-Infinity, "-314159"],
  [0.3333333333333333, "768614336404564608"],
  [123456.789, "1819310134279660096"],
  [1.5e-323, "50331648"],
  [1.0000000000000002e+16, "10000000000000002"],
];

describe("hash matches python3", () => {
  for (const [s, h] of STRS) it(`str ${JSON.stringify(s)}`, () => expect(String(strHash(s))).toBe(h));
  for (const [b, h] of BYTES) it(`bytes ${b.length}`, () => expect(String(bytesHash(new Uint8Array(b)))).toBe(h));
  for (const [x, h] of FLOATS) it(`float ${x}`, () => expect(String(floatHash(x))).toBe(h));
  it("int hash wraps at 2**61-1 and maps -1 to -2", () => {
    // python3: hash(2**61-1), hash(2**61), hash(-(2**61)), hash(-1), hash(2**100)
    expect([intHash(2n ** 61n - 1n), intHash(2n ** 61n), intHash(-(2n ** 61n)), intHash(-1), intHash(2n ** 100n)].map(String))
      .toEqual(["0", "1", "-2", "-2", "549755813888"]);
  });
  it("float hash equals int hash for integral floats", () => {
    expect(floatHash(2 ** 70)).toBe(intHash(2n ** 70n));
    expect(floatHash(1e300)).toBe(intHash(BigInt(1e300)));
  });
});
