// _re-translate.test.ts — Python patterns translated to JavaScript find what python3 3.11's re finds,
// and compile errors and replacement templates match CPython's.
import { describe, expect, it } from "vitest";
import { AlgoError } from "../runtime/algo-error.js";
import { ReError, parseReplacement, translatePattern } from "./_re-translate.js";

// python3: for each [pattern, flags, string]: re.search span and groups, pattern.groups, pattern.flags,
// pattern.groupindex, and [span, groups] of the non-empty matches of re.finditer
const MATCHES: [string, number, string, [number[], (string | null)[]] | null, number, number, Record<string, number>, [number[], (string | null)[]][]][] = [
  ["a.c", 0, "abc a\nc a\rc", [[0, 3], []], 0, 32, {}, [[[0, 3], []], [[8, 11], []]]],
  ["a.c", 16, "a\nc", [[0, 3], []], 0, 48, {}, [[[0, 3], []]]],
  ["^\\w+$", 0, "héllo_1", [[0, 7], []], 0, 32, {}, [[[0, 7], []]]],
  ["\\w+", 256, "héllo", [[0, 1], []], 0, 256, {}, [[[0, 1], []], [[2, 5], []]]],
  ["\\d+", 0, "x٣٤5y", [[1, 4], []], 0, 32, {}, [[[1, 4], []]]],
  ["\\d+", 256, "x٣٤5y", [[3, 4], []], 0, 256, {}, [[[3, 4], []]]],
  ["\\s+", 0, "a\u001c　b", [[1, 4], []], 0, 32, {}, [[[1, 4], []]]],
  ["foo$", 0, "foo\n", [[0, 3], []], 0, 32, {}, [[[0, 3], []]]],
  ["foo$", 0, "foo\nbar", null, 0, 32, {}, []],
  ["^bar", 8, "foo\nbar", [[4, 7], []], 0, 40, {}, [[[4, 7], []]]],
  ["^bar", 0, "foo\nbar", null, 0, 32, {}, []],
  ["foo$", 8, "foo\nbar", [[0, 3], []], 0, 40, {}, [[[0, 3], []]]],
  ["\\Afoo\\Z", 0, "foo\n", null, 0, 32, {}, []],
  ["\\Afoo\\Z", 0, "foo", [[0, 3], []], 0, 32, {}, [[[0, 3], []]]],
  ["(?P<first>\\w+) (?P<last>\\w+)", 0, "Jane Doe", [[0, 8], ["Jane", "Doe"]], 2, 32, {"first": 1, "last": 2}, [[[0, 8], ["Jane", "Doe"]]]],
  ["(a)(b)?(c)", 0, "ac", [[0, 2], ["a", null, "c"]], 3, 32, {}, [[[0, 2], ["a", null, "c"]]]],
  ["(\\w)\\1", 0, "hello", [[2, 4], ["l"]], 1, 32, {}, [[[2, 4], ["l"]]]],
  ["(?P<x>o)(?P=x)", 0, "foo", [[1, 3], ["o"]], 1, 32, {"x": 1}, [[[1, 3], ["o"]]]],
  ["(?i)HELLO", 0, "say hello", [[4, 9], []], 0, 34, {}, [[[4, 9], []]]],
  ["a(?i:B)c", 0, "abc aBc ABC", [[0, 3], []], 0, 32, {}, [[[0, 3], []], [[4, 7], []]]],
  ["(?i:[a-c]+)x", 0, "ABCx", [[0, 4], []], 0, 32, {}, [[[0, 4], []]]],
  ["x(?s:.)y(.)", 0, "x\ny\n y", null, 1, 32, {}, []],
  ["(?x) a b  # comment\n   c", 0, "abc", [[0, 3], []], 0, 96, {}, [[[0, 3], []]]],
  ["a[^]b]c", 0, "a]c axc", [[4, 7], []], 0, 32, {}, [[[4, 7], []]]],
  ["[]a]+", 0, "x]a]y", [[1, 4], []], 0, 32, {}, [[[1, 4], []]]],
  ["[\\w-]+", 0, "a-b c", [[0, 3], []], 0, 32, {}, [[[0, 3], []], [[4, 5], []]]],
  ["[\\D]+", 0, "12ab3", [[2, 4], []], 0, 32, {}, [[[2, 4], []]]],
  ["[^\\W\\d]+", 0, "ab12cd", [[0, 2], []], 0, 32, {}, [[[0, 2], []], [[4, 6], []]]],
  ["\\bcat\\b", 0, "concat cat catalog", [[7, 10], []], 0, 32, {}, [[[7, 10], []]]],
  ["\\Bcat\\B", 0, "concatenate", [[3, 6], []], 0, 32, {}, [[[3, 6], []]]],
  ["(?<=\\$)\\d+", 0, "cost $42", [[6, 8], []], 0, 32, {}, [[[6, 8], []]]],
  ["(?<!x)y", 0, "xy zy", [[4, 5], []], 0, 32, {}, [[[4, 5], []]]],
  ["a{2,3}", 0, "aaaa", [[0, 3], []], 0, 32, {}, [[[0, 3], []]]],
  ["a{,2}b", 0, "aaab", [[1, 4], []], 0, 32, {}, [[[1, 4], []]]],
  ["a{2}?", 0, "aaa", [[0, 2], []], 0, 32, {}, [[[0, 2], []]]],
  ["x{", 0, "x{", [[0, 2], []], 0, 32, {}, [[[0, 2], []]]],
  ["x{1,", 0, "x{1,", [[0, 4], []], 0, 32, {}, [[[0, 4], []]]],
  ["(?>a+)b", 0, "aaab", [[0, 4], []], 0, 32, {}, [[[0, 4], []]]],
  ["(?>a+)ab", 0, "aaab", null, 0, 32, {}, []],
  ["a++b", 0, "aaab", [[0, 4], []], 0, 32, {}, [[[0, 4], []]]],
  ["a++ab", 0, "aaab", null, 0, 32, {}, []],
  ["(a|ab)(c|bcd)(d*)", 0, "abcd", [[0, 4], ["a", "bcd", ""]], 3, 32, {}, [[[0, 4], ["a", "bcd", ""]]]],
  ["\\x41\\u0042\\U00000043\\101\\0", 0, "ABCA\u0000", [[0, 5], []], 0, 32, {}, [[[0, 5], []]]],
  ["[\\x41-\\x43]+", 0, "zABCz", [[1, 4], []], 0, 32, {}, [[[1, 4], []]]],
  ["\\.\\*\\+", 0, "a.*+", [[1, 4], []], 0, 32, {}, [[[1, 4], []]]],
  ["/", 0, "a/b", [[1, 2], []], 0, 32, {}, [[[1, 2], []]]],
  ["-|,", 0, "a,b", [[1, 2], []], 0, 32, {}, [[[1, 2], []]]],
  ["(?:ab)+", 0, "ababx", [[0, 4], []], 0, 32, {}, [[[0, 4], []]]],
  ["(?=a)*b", 0, "b", [[0, 1], []], 0, 32, {}, [[[0, 1], []]]],
  ["\\t\\n", 0, "a\t\nb", [[1, 3], []], 0, 32, {}, [[[1, 3], []]]],
  ["[.]", 0, "a.b", [[1, 2], []], 0, 32, {}, [[[1, 2], []]]],
  ["[&&]+", 0, "a&&b", [[1, 3], []], 0, 32, {}, [[[1, 3], []]]],
  ["[--]+", 0, "a--b", [[1, 3], []], 0, 32, {}, [[[1, 3], []]]],
  ["[|]", 0, "a|b", [[1, 2], []], 0, 32, {}, [[[1, 2], []]]],
  ["😀+", 0, "x😀😀y", [[1, 3], []], 0, 32, {}, [[[1, 3], []]]],
  [".", 0, "😀", [[0, 1], []], 0, 32, {}, [[[0, 1], []]]],
  ["[😀-😂]", 0, "a😁", [[1, 2], []], 0, 32, {}, [[[1, 2], []]]],
  ["(?i)straße", 0, "STRASSE straße STRAßE", [[8, 14], []], 0, 34, {}, [[[8, 14], []], [[15, 21], []]]],
  ["(?i)[k]", 0, "K", [[0, 1], []], 0, 34, {}, [[[0, 1], []]]],
  ["(?m)^$", 0, "a\n\nb", [[2, 2], []], 0, 40, {}, []],
  ["$", 0, "ab\n", [[2, 2], []], 0, 32, {}, []],
  ["(?a)\\w+(?u:\\w+)", 0, "ab", [[0, 2], []], 0, 256, {}, [[[0, 2], []]]],
  ["a|b|", 0, "c", [[0, 0], []], 0, 32, {}, []],
  ["(?#comment)x", 0, "x", [[0, 1], []], 0, 32, {}, [[[0, 1], []]]],
  ["(?s)a.+?c", 0, "a\nbc c", [[0, 4], []], 0, 48, {}, [[[0, 4], []]]],
  ["\\d{2}-\\d{2}", 0, "on 12-34", [[3, 8], []], 0, 32, {}, [[[3, 8], []]]],
  ["(\\d+)(?:px|em)", 0, "12em", [[0, 4], ["12"]], 1, 32, {}, [[[0, 4], ["12"]]]],
  ["[^a-z\\s]+", 0, "abc DEF", [[4, 7], []], 0, 32, {}, [[[4, 7], []]]],
  ["\\W+", 0, "a, b", [[1, 3], []], 0, 32, {}, [[[1, 3], []]]],
  ["\\S+", 0, "  ab ", [[2, 4], []], 0, 32, {}, [[[2, 4], []]]],
  ["(?P<n>a)|(?P<m>b)", 0, "b", [[0, 1], [null, "b"]], 2, 32, {"n": 1, "m": 2}, [[[0, 1], [null, "b"]]]],
];
// python3: re.compile(pattern, flags) → ['ok', groups, flags] or the exception's str() (re.error also msg and pos)
const COMPILE: [string, number, unknown[]][] = [
  ["(", 0, ["re.error", "missing ), unterminated subpattern at position 0", "missing ), unterminated subpattern", 0]],
  ["a)", 0, ["re.error", "unbalanced parenthesis at position 1", "unbalanced parenthesis", 1]],
  ["*a", 0, ["re.error", "nothing to repeat at position 0", "nothing to repeat", 0]],
  ["a**", 0, ["re.error", "multiple repeat at position 2", "multiple repeat", 2]],
  ["x{2,1}", 0, ["re.error", "min repeat greater than max repeat at position 2", "min repeat greater than max repeat", 2]],
  ["[a", 0, ["re.error", "unterminated character set at position 0", "unterminated character set", 0]],
  ["[z-a]", 0, ["re.error", "bad character range z-a at position 1", "bad character range z-a", 1]],
  ["[\\d-z]", 0, ["re.error", "bad character range \\d-z at position 1", "bad character range \\d-z", 1]],
  ["\\q", 0, ["re.error", "bad escape \\q at position 0", "bad escape \\q", 0]],
  ["(?P<1a>x)", 0, ["re.error", "bad character in group name '1a' at position 4", "bad character in group name '1a'", 4]],
  ["(?P=nope)", 0, ["re.error", "unknown group name 'nope' at position 4", "unknown group name 'nope'", 4]],
  ["(a)\\2", 0, ["re.error", "invalid group reference 2 at position 4", "invalid group reference 2", 4]],
  ["(a\\1)", 0, ["re.error", "cannot refer to an open group at position 2", "cannot refer to an open group", 2]],
  ["(?<=a+)b", 0, ["re.error", "look-behind requires fixed-width pattern", "look-behind requires fixed-width pattern", null]],
  ["(?P<n>a)(?P<n>b)", 0, ["re.error", "redefinition of group name 'n' as group 2; was group 1 at position 12", "redefinition of group name 'n' as group 2; was group 1", 12]],
  ["(?i)a(?m)b", 0, ["re.error", "global flags not at the start of the expression at position 5", "global flags not at the start of the expression", 5]],
  ["a(?i)b", 0, ["re.error", "global flags not at the start of the expression at position 1", "global flags not at the start of the expression", 1]],
  ["(?z)", 0, ["re.error", "unknown extension ?z at position 1", "unknown extension ?z", 1]],
  ["(?i", 0, ["re.error", "missing -, : or ) at position 3", "missing -, : or )", 3]],
  ["(?-i)", 0, ["re.error", "missing : at position 4", "missing :", 4]],
  ["(?#abc", 0, ["re.error", "missing ), unterminated comment at position 0", "missing ), unterminated comment", 0]],
  ["\\x4", 0, ["re.error", "incomplete escape \\x4 at position 0", "incomplete escape \\x4", 0]],
  ["\\u12", 0, ["re.error", "incomplete escape \\u12 at position 0", "incomplete escape \\u12", 0]],
  ["\\400", 0, ["re.error", "octal escape value \\400 outside of range 0-0o377 at position 0", "octal escape value \\400 outside of range 0-0o377", 0]],
  ["[\\400]", 0, ["re.error", "octal escape value \\400 outside of range 0-0o377 at position 1", "octal escape value \\400 outside of range 0-0o377", 1]],
  ["\\", 0, ["re.error", "bad escape (end of pattern) at position 0", "bad escape (end of pattern)", 0]],
  ["(?<x)", 0, ["re.error", "unknown extension ?<x at position 1", "unknown extension ?<x", 1]],
  ["(?P", 0, ["re.error", "unexpected end of pattern at position 3", "unexpected end of pattern", 3]],
  ["(?Px)", 0, ["re.error", "unknown extension ?Px at position 1", "unknown extension ?Px", 1]],
  ["a{1,2", 0, ["ok", 0, 32]],
  ["a{99999999999}", 0, ["OverflowError", "the repetition number is too large"]],
  ["(?L)a", 0, ["re.error", "bad inline flags: cannot use 'L' flag with a str pattern at position 3", "bad inline flags: cannot use 'L' flag with a str pattern", 3]],
  ["a", 288, ["ValueError", "ASCII and UNICODE flags are incompatible"]],
  ["(?(1)a|b)", 0, ["re.error", "invalid group reference 1 at position 3", "invalid group reference 1", 3]],
  ["(?(x)a)", 0, ["re.error", "unknown group name 'x' at position 3", "unknown group name 'x'", 3]],
  ["(?au)", 0, ["re.error", "bad inline flags: flags 'a', 'u' and 'L' are incompatible at position 4", "bad inline flags: flags 'a', 'u' and 'L' are incompatible", 4]],
  ["ab\n(", 0, ["re.error", "missing ), unterminated subpattern at position 3 (line 2, column 1)", "missing ), unterminated subpattern", 3]],
  ["(?i-i:a)", 0, ["re.error", "bad inline flags: flag turned on and off at position 5", "bad inline flags: flag turned on and off", 5]],
  ["(?-x)", 0, ["re.error", "missing : at position 4", "missing :", 4]],
  ["^*", 0, ["re.error", "nothing to repeat at position 1", "nothing to repeat", 1]],
  ["\\b+", 0, ["re.error", "nothing to repeat at position 2", "nothing to repeat", 2]],
  ["(?=a)*", 0, ["ok", 0, 32]],
  ["(?<=(a)\\1)", 0, ["re.error", "cannot refer to group defined in the same lookbehind subpattern at position 9", "cannot refer to group defined in the same lookbehind subpattern", 9]],
  ["(?P<a>x)(?P=a", 0, ["re.error", "missing ), unterminated name at position 12", "missing ), unterminated name", 12]],
  ["(?P<>x)", 0, ["re.error", "missing group name at position 4", "missing group name", 4]],
  ["(?P<a", 0, ["re.error", "missing >, unterminated name at position 4", "missing >, unterminated name", 4]],
];
// python3: re._parser.parse_template(template, re.compile(pattern)) merged into one list (ints are groups)
const TEMPLATES: [string, string, (string | number)[] | string][] = [
  ["\\1-\\2", "(a)(b)", [1, "-", 2]],
  ["\\g<name>!", "(?P<name>a)", [1, "!"]],
  ["\\g<0>\\g<1>", "(a)", [0, 1]],
  ["\\3", "(a)", "re.error: invalid group reference 3 at position 1"],
  ["\\g<x", "(a)", "re.error: missing >, unterminated name at position 3"],
  ["\\g<>", "(a)", "re.error: missing group name at position 3"],
  ["\\g<1a>", "(a)", "re.error: bad character in group name '1a' at position 3"],
  ["\\g<zz>", "(a)", "IndexError: unknown group name 'zz'"],
  ["\\q", "(a)", "re.error: bad escape \\q at position 0"],
  ["\\.\\n\\t\\\\", "(a)", ["\\.\n\t\\"]],
  ["\\0\\07\\101\\1", "(a)", ["\u0000\u0007A", 1]],
  ["\\g", "(a)", "re.error: missing < at position 2"],
  ["\\400", "(a)", "re.error: octal escape value \\400 outside of range 0-0o377 at position 0"],
  ["x\\10y", "(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)", ["x", 10, "y"]],
  ["\\g<-1>", "(a)", "re.error: bad character in group name '-1' at position 3"],
  ["\\", "(a)", "re.error: bad escape (end of pattern) at position 0"],
  ["\\g<2>", "(a)", "re.error: invalid group reference 2 at position 3"],
  ["[\\1]", "(a)", ["[", 1, "]"]],
];

/** UTF-16 offset → code point offset (Python indexes str by code point). */
function cpIndex(s: string, i: number): number {
  return Array.from(s.slice(0, i)).length;
}

function compileJs(pattern: string, flags: number, extra: string): { re: RegExp; map: number[] } {
  const t = translatePattern(pattern, flags);
  return { re: new RegExp(t.source, t.flags + extra), map: t.groupMap };
}

function pyGroups(m: RegExpExecArray, map: number[]): (string | null)[] {
  return map.slice(1).map((j) => m[j] ?? null);
}

describe("translated patterns match like python3", () => {
  MATCHES.forEach(([pattern, flags, s, search, groups, pyFlags, groupIndex, finds], i) => {
    it(`#${i} ${JSON.stringify(pattern)}`, () => {
      const t = translatePattern(pattern, flags);
      expect([t.groups, t.pyFlags, Object.fromEntries(t.groupIndex)]).toEqual([groups, pyFlags, groupIndex]);
      const { re, map } = compileJs(pattern, flags, "");
      const m = re.exec(s);
      const got = m === null ? null : [[cpIndex(s, m.index), cpIndex(s, m.index + m[0].length)], pyGroups(m, map)];
      expect(got).toEqual(search);
      const g = compileJs(pattern, flags, "g");
      const all: unknown[] = [];
      for (const mm of s.matchAll(g.re)) {
        if (mm[0] === "") continue;
        all.push([[cpIndex(s, mm.index!), cpIndex(s, mm.index! + mm[0].length)], pyGroups(mm as RegExpExecArray, g.map)]);
      }
      expect(all).toEqual(finds);
    });
  });
});

describe("compile errors match python3", () => {
  COMPILE.forEach(([pattern, flags, expected]) => {
    it(JSON.stringify(pattern), () => {
      let got: unknown[];
      try {
        const t = translatePattern(pattern, flags);
        got = ["ok", t.groups, t.pyFlags];
      } catch (e) {
        if (e instanceof ReError) got = ["re.error", e.message, e.msg, e.pos < 0 ? null : e.pos];
        else if (e instanceof AlgoError && e.type !== "NotImplementedError") got = [e.type, e.message];
        else throw e;
      }
      expect(got).toEqual(expected);
    });
  });
});

describe("replacement templates parse like python3", () => {
  TEMPLATES.forEach(([template, pattern, expected]) => {
    it(JSON.stringify(template), () => {
      const t = translatePattern(pattern, 0);
      let got: unknown;
      try {
        got = parseReplacement(template, t.groups, t.groupIndex);
      } catch (e) {
        if (!(e instanceof AlgoError)) throw e;
        got = `${e.type}: ${e.message}`;
      }
      expect(got).toEqual(expected);
    });
  });
});

describe("unsupported features fail clearly", () => {
  it("conditional groups raise NotImplementedError", () => {
    expect(() => translatePattern("(a)?(?(1)b|c)")).toThrow(AlgoError);
  });
});
