// int-str.test.ts — int(s, base) parsing and int-to-str digits against python3 3.11.
import { describe, expect, it } from "vitest";
import { AlgoError } from "./algo-error.js";
import { intToString, parseInt as pyParseInt } from "./int-str.js";

// python3: int(s, base) for each case
const PARSE: [string, number, string][] = [
  ["0", 10, "0"],
  ["-0", 10, "0"],
  ["  42  ", 10, "42"],
  ["+17", 10, "17"],
  ["1_000", 10, "1000"],
  ["1__0", 10, "ValueError: invalid literal for int() with base 10: '1__0'"],
  ["_1", 10, "ValueError: invalid literal for int() with base 10: '_1'"],
  ["1_", 10, "ValueError: invalid literal for int() with base 10: '1_'"],
  ["", 10, "ValueError: invalid literal for int() with base 10: ''"],
  ["abc", 10, "ValueError: invalid literal for int() with base 10: 'abc'"],
  ["abc", 16, "2748"],
  ["ABC", 16, "2748"],
  ["zz", 36, "1295"],
  ["0x_1f", 0, "31"],
  [" 0x_1f ", 0, "31"],
  ["0b101", 0, "5"],
  ["0o17", 0, "15"],
  ["0O17", 0, "15"],
  ["010", 0, "ValueError: invalid literal for int() with base 0: '010'"],
  ["00", 0, "0"],
  ["0_0", 0, "0"],
  ["0", 0, "0"],
  ["12", 0, "12"],
  ["0x", 16, "ValueError: invalid literal for int() with base 16: '0x'"],
  ["0x1f", 16, "31"],
  ["0b1", 16, "177"],
  ["0b1", 2, "1"],
  ["1", 1, "ValueError: int() base must be >= 2 and <= 36, or 0"],
  ["1", 37, "ValueError: int() base must be >= 2 and <= 36, or 0"],
  ["999999999999999999999999999999", 10, "999999999999999999999999999999"],
  ["-7777777777777777777777777", 10, "-7777777777777777777777777"],
  ["ffffffffffffffffffffffffffffffffffffffff", 16, "1461501637330902918203684832716283019655932542975"],
  ["1111111111111111111111111111111111111111111111111111111111111111111111", 2, "1180591620717411303423"],
  ["zzzzzzzzzzzzzzzzzzzz", 36, "13367494538843734067838845976575"],
  ["\u0663\u0664", 10, "34"],
  ["\u00a0 12\u2003", 10, "12"],
  ["\uff11\uff12", 10, "12"],
  ["1.5", 10, "ValueError: invalid literal for int() with base 10: '1.5'"],
  ["1e5", 10, "ValueError: invalid literal for int() with base 10: '1e5'"],
  ["--1", 10, "ValueError: invalid literal for int() with base 10: '--1'"],
  ["- 1", 10, "ValueError: invalid literal for int() with base 10: '- 1'"],
  ["xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", 10, "ValueError: invalid literal for int() with base 10: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
  ["\t\n5\u000b\f\r", 10, "5"],
  ["0x10", 10, "ValueError: invalid literal for int() with base 10: '0x10'"],
  ["7", 8, "7"],
  ["8", 8, "ValueError: invalid literal for int() with base 8: '8'"],
  ["9007199254740991", 10, "9007199254740991"],
  ["9007199254740992", 10, "9007199254740992"],
  ["-9007199254740993", 10, "-9007199254740993"],
  ["\ud835\udfd9", 10, "1"],
];

function run(f: () => unknown): string {
  try {
    return String(f());
  } catch (e) {
    if (e instanceof AlgoError) return `${e.type}: ${e.message}`;
    throw e;
  }
}

describe("int(s, base) matches python3", () => {
  for (const [s, base, expected] of PARSE) {
    it(`int(${JSON.stringify(s)}, ${base})`, () => expect(run(() => pyParseInt(s, base))).toBe(expected));
  }
  it("results are canonical numbers when safe", () => {
    expect(pyParseInt("-0")).toBe(0);
    expect(typeof pyParseInt("9007199254740991")).toBe("number");
    expect(typeof pyParseInt("9007199254740992")).toBe("bigint");
  });
});

describe("the 4300-digit limit", () => {
  it("applies to str -> int and int -> str like python3", () => {
    expect(run(() => pyParseInt("1".repeat(5000)))).toBe("ValueError: Exceeds the limit (4300 digits) for integer string "
      + "conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit");
    expect(run(() => intToString(10n ** 5000n))).toBe("ValueError: Exceeds the limit (4300 digits) for integer string "
      + "conversion; use sys.set_int_max_str_digits() to increase the limit");
    expect(intToString(-(10n ** 4299n)).length).toBe(4301);
    expect(intToString(255, 16)).toBe("ff");
    expect(intToString(-255n * 2n ** 80n, 2).slice(0, 9)).toBe("-11111111");
  });
});
