// percent-format.test.ts — `fmt % args` against python3 3.11, with a tiny stand-in for Python values
// answering the formatter's conversion requests the way CPython's objects would.
import { describe, expect, it } from "vitest";
import { AlgoError, typeError } from "./algo-error.js";
import { floatRepr } from "./float-repr.js";
import { floatToInt, toFloat, toInt } from "./int-ops.js";
import {
  PERCENT_CHAR_MESSAGE, PERCENT_STAR_MESSAGE, percentFloatTypeMessage, percentFormatSync, percentIntTypeMessage,
  type PercentRequest,
} from "./percent-format.js";
import { asciiEscape, strRepr } from "./str-repr.js";

type Enc = unknown[];

const num = (s: unknown): number => s === "inf" ? Infinity : s === "-inf" ? -Infinity : Number(s);

// python3: fmt % args for each [fmt, encoded args, result]
const CASES: [string, Enc, string][] = [
  ["%s %d", ["tuple", ["int", "1"]], "TypeError: not enough arguments for format string"],
  ["%s", ["tuple"], "TypeError: not enough arguments for format string"],
  ["%s", ["tuple", ["int", "1"], ["int", "2"]], "TypeError: not all arguments converted during string formatting"],
  ["%d", ["tuple", ["str", "x"]], "TypeError: %d format: a real number is required, not str"],
  ["%x", ["tuple", ["float", "1.5"]], "TypeError: %x format: an integer is required, not float"],
  ["%abc %y", ["tuple", ["int", "1"]], "TypeError: not enough arguments for format string"],
  ["abc %y", ["tuple", ["int", "1"]], "ValueError: unsupported format character 'y' (0x79) at index 5"],
  ["%c", ["tuple", ["str", "ab"]], "TypeError: %c requires int or char"],
  ["%c", ["tuple", ["float", "1.5"]], "TypeError: %c requires int or char"],
  ["%c", ["tuple", ["int", "-1"]], "OverflowError: %c arg not in range(0x110000)"],
  ["%f", ["tuple", ["str", "x"]], "TypeError: must be real number, not str"],
  ["%(a)s", ["tuple", ["int", "1"]], "TypeError: format requires a mapping"],
  ["%(a)s", ["dict", ["a", ["int", "1"]]], "1"],
  ["%(a", ["dict", ["a", ["int", "1"]]], "ValueError: incomplete format key"],
  ["abc %", ["tuple"], "ValueError: incomplete format"],
  ["%05s", ["tuple", ["str", "ab"]], "   ab"],
  ["%-5d|", ["tuple", ["int", "3"]], "3    |"],
  ["%05d", ["tuple", ["int", "-3"]], "-0003"],
  ["%+d % d", ["tuple", ["int", "3"], ["int", "3"]], "+3  3"],
  ["%.3d", ["tuple", ["int", "5"]], "005"],
  ["%#x %#o %#X", ["tuple", ["int", "255"], ["int", "8"], ["int", "255"]], "0xff 0o10 0XFF"],
  ["%x", ["tuple", ["int", "-255"]], "-ff"],
  ["%*d", ["tuple", ["int", "5"], ["int", "3"]], "    3"],
  ["%*d", ["tuple", ["str", "a"], ["int", "3"]], "TypeError: * wants int"],
  ["%.*f", ["tuple", ["int", "2"], ["float", "3.14159"]], "3.14"],
  ["%s", ["int", "5"], "5"],
  ["%s %s", ["int", "5"], "TypeError: not enough arguments for format string"],
  ["%d", ["float", "3.9"], "3"],
  ["%d", ["bool", "True"], "1"],
  ["%i %u", ["tuple", ["int", "1"], ["int", "2"]], "1 2"],
  ["%r", ["tuple", ["str", "a"]], "'a'"],
  ["%a", ["tuple", ["str", "é"]], "'\\xe9'"],
  ["%5.2f|%-8.3e|%g", ["tuple", ["float", "3.14159"], ["float", "1234.5"], ["float", "0.0001"]], " 3.14|1.234e+03|0.0001"],
  ["%%", ["tuple"], "%"],
  ["%%", ["tuple", ["int", "1"]], "TypeError: not all arguments converted during string formatting"],
  ["%s", ["dict", ["a", ["int", "1"]]], "{'a': 1}"],
  ["%(a)s %(b)d", ["dict", ["a", ["str", "x"]], ["b", ["int", "2"]]], "x 2"],
  ["%(a)s %s", ["dict", ["a", ["int", "1"]]], "TypeError: not enough arguments for format string"],
  ["%ld %hd %Lf", ["tuple", ["int", "1"], ["int", "2"], ["float", "3.0"]], "1 2 3.000000"],
  ["%#g %#.0f", ["tuple", ["float", "1.0"], ["float", "2.0"]], "1.00000 2."],
  ["%.3s", ["tuple", ["str", "abcdef"]], "abc"],
  ["%c%c", ["tuple", ["int", "65"], ["str", "B"]], "AB"],
  ["%c", ["tuple", ["int", "1114112"]], "OverflowError: %c arg not in range(0x110000)"],
  ["%5%", ["tuple"], "TypeError: not enough arguments for format string"],
  ["%-05d|", ["tuple", ["int", "7"]], "7    |"],
  ["%#5x", ["tuple", ["int", "255"]], " 0xff"],
  ["%#05x", ["tuple", ["int", "255"]], "0x0ff"],
  ["% 05.1f", ["tuple", ["float", "2.25"]], " 02.2"],
  ["%e", ["tuple", ["int", "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"]], "OverflowError: int too large to convert to float"],
  ["%d", ["tuple", ["int", "1000000000000000000000000000000"]], "1000000000000000000000000000000"],
  ["%.0f", ["tuple", ["float", "0.5"]], "0"],
  ["%.0f", ["tuple", ["float", "1.5"]], "2"],
  ["%g", ["tuple", ["float", "1e+16"]], "1e+16"],
  ["%s", ["tuple", ["None"]], "None"],
  ["%d", ["tuple", ["None"]], "TypeError: %d format: a real number is required, not NoneType"],
  ["%x", ["tuple", ["str", "s"]], "TypeError: %x format: an integer is required, not str"],
  ["%(a)s", ["tuple"], "TypeError: format requires a mapping"],
  ["%(a)s", ["list", ["int", "1"]], "TypeError: list indices must be integers or slices, not str"],
  ["%s %(a)s", ["dict", ["a", ["int", "1"]]], "{'a': 1} 1"],
  ["%*s", ["dict", ["a", ["int", "1"]]], "TypeError: * wants int"],
  ["%s", ["tuple", ["tuple", ["int", "1"], ["int", "2"]]], "(1, 2)"],
  ["%s", ["tuple", ["tuple"]], "()"],
  ["%(x)s", ["dict", ["x", ["tuple", ["int", "1"], ["int", "2"]]]], "(1, 2)"],
  ["%z", ["tuple"], "TypeError: not enough arguments for format string"],
  ["%é", ["tuple"], "TypeError: not enough arguments for format string"],
  ["%2$s", ["tuple", ["int", "1"]], "ValueError: unsupported format character '$' (0x24) at index 2"],
  ["%.-2f", ["tuple", ["float", "1.0"]], "ValueError: unsupported format character '-' (0x2d) at index 2"],
  ["%10.4r|", ["tuple", ["str", "abcdef"]], "      'abc|"],
  ["%F", ["tuple", ["float", "inf"]], "INF"],
  ["%+F", ["tuple", ["float", "nan"]], "+NAN"],
  ["%o", ["tuple", ["int", "-8"]], "-10"],
  ["%5%", ["tuple", ["int", "1"]], "ValueError: unsupported format character '%' (0x25) at index 2"],
  ["%05f", ["tuple", ["float", "inf"]], "00inf"],
  ["%-05f|", ["tuple", ["float", "-inf"]], "-inf |"],
  ["%+.3d", ["tuple", ["int", "5"]], "+005"],
  ["%#.3x", ["tuple", ["int", "5"]], "0x005"],
  ["%#.3o", ["tuple", ["int", "5"]], "0o005"],
  ["%+#08.3x", ["tuple", ["int", "-5"]], "-0x00005"],
  ["%(a(b))s", ["dict", ["a(b)", ["int", "1"]]], "1"],
  ["%*d", ["tuple", ["int", "-5"], ["int", "3"]], "3    "],
  ["%-*d|", ["tuple", ["int", "-5"], ["int", "3"]], "3    |"],
  ["%.*s", ["tuple", ["int", "-2"], ["str", "abc"]], ""],
  ["%c", ["tuple", ["str", "é"]], "é"],
  ["%5c|", ["tuple", ["int", "65"]], "    A|"],
  ["%-3c|", ["tuple", ["str", "x"]], "x  |"],
  ["%08.3e", ["tuple", ["float", "-1.5"]], "-1.500e+00"],
  ["%.0e", ["tuple", ["float", "2.5"]], "2e+00"],
  ["%#o", ["tuple", ["int", "0"]], "0o0"],
  ["%#x", ["tuple", ["int", "0"]], "0x0"],
  ["%.0d", ["tuple", ["int", "0"]], "0"],
  ["%s", ["tuple", ["str", ""]], ""],
  ["%x", ["tuple", ["int", "1180591620717411303424"]], "400000000000000000"],
  ["%10s", ["tuple", ["str", "😀"]], "         😀"],
  ["%.1s", ["tuple", ["str", "😀x"]], "😀"],
  ["%d", ["tuple", ["int", "9007199254740993"]], "9007199254740993"],
  ["%E", ["tuple", ["float", "1e-10"]], "1.000000E-10"],
  ["%G", ["tuple", ["float", "1e-10"]], "1E-10"],
  ["%(a)d %(a)x", ["dict", ["a", ["int", "255"]]], "255 ff"],
  ["%(a)*d", ["dict", ["a", ["int", "1"]]], "TypeError: not enough arguments for format string"],
  ["%c", ["tuple", ["bool", "True"]], "\u0001"],
  ["%.2c", ["tuple", ["int", "65"]], "A"],
  ["%#c", ["tuple", ["int", "65"]], "A"],
  ["%i", ["tuple", ["float", "3.99e+20"]], "399000000000000000000"],
  ["%d", ["tuple", ["float", "nan"]], "ValueError: cannot convert float NaN to integer"],
  ["%d", ["tuple", ["float", "inf"]], "OverflowError: cannot convert float infinity to integer"],
  ["%x", ["tuple", ["bool", "True"]], "1"],
  ["%0-5d|", ["tuple", ["int", "1"]], "1    |"],
  ["% +d", ["tuple", ["int", "1"]], "+1"],
  ["%+ d", ["tuple", ["int", "1"]], "+1"],
  ["%é", ["tuple", ["int", "1"]], "ValueError: unsupported format character '?' (0xe9) at index 1"],
  ["ab😀%y", ["tuple", ["int", "1"]], "ValueError: unsupported format character 'y' (0x79) at index 4"],
  ["%\u0001", ["tuple", ["int", "1"]], "ValueError: unsupported format character '?' (0x1) at index 1"],
  ["abc", ["list", ["int", "1"]], "abc"],
  ["abc", ["int", "5"], "TypeError: not all arguments converted during string formatting"],
  ["%s", ["list", ["int", "1"], ["int", "2"]], "[1, 2]"],
  ["%(a)s", ["dict"], "KeyError: 'a'"],
];

const typeNames: Record<string, string> = {
  int: "int", bool: "bool", float: "float", str: "str", None: "NoneType", tuple: "tuple", list: "list", dict: "dict",
};

function pyRepr(v: Enc): string {
  switch (v[0]) {
    case "int": return v[1] as string;
    case "bool": return v[1] as string;
    case "float": return floatRepr(num(v[1]));
    case "str": return strRepr(v[1] as string);
    case "None": return "None";
    case "tuple": {
      const items = (v.slice(1) as Enc[]).map(pyRepr);
      return "(" + items.join(", ") + (items.length === 1 ? ",)" : ")");
    }
    case "list": return "[" + (v.slice(1) as Enc[]).map(pyRepr).join(", ") + "]";
    case "dict": return "{" + (v.slice(1) as [string, Enc][]).map(([k, x]) => strRepr(k) + ": " + pyRepr(x)).join(", ") + "}";
  }
  throw new Error("bad value");
}

function answer(req: PercentRequest<Enc>): unknown {
  if (req.kind === "getitem") throw new Error("handled by caller");
  const v = req.value;
  const t = v[0] as string;
  switch (req.kind) {
    case "str": return t === "str" ? v[1] : pyRepr(v);
    case "repr": return pyRepr(v);
    case "ascii": return asciiEscape(pyRepr(v));
    case "int":
      if (t === "int") return toInt(BigInt(v[1] as string));
      if (t === "bool") return v[1] === "True" ? 1 : 0;
      if (t === "float" && "diu".includes(req.conv)) return floatToInt(num(v[1]));
      throw typeError(percentIntTypeMessage(req.conv, typeNames[t]));
    case "float":
      if (t === "int") return toFloat(toInt(BigInt(v[1] as string)));
      if (t === "float") return num(v[1]);
      if (t === "bool") return v[1] === "True" ? 1 : 0;
      throw typeError(percentFloatTypeMessage(typeNames[t]));
    case "char":
      if (t === "int") return toInt(BigInt(v[1] as string));
      if (t === "bool") return v[1] === "True" ? 1 : 0;
      if (t === "str") return v[1];
      throw typeError(PERCENT_CHAR_MESSAGE);
    case "star":
      if (t === "int") return toInt(BigInt(v[1] as string));
      throw typeError(PERCENT_STAR_MESSAGE);
  }
}

function format(fmt: string, args: Enc): string {
  const isTuple = args[0] === "tuple";
  const isMapping = args[0] === "dict" || args[0] === "list";
  try {
    return percentFormatSync<Enc>(fmt, { tuple: isTuple ? args.slice(1) as Enc[] : null, single: isTuple ? null : args, isMapping },
      (req) => {
        if (req.kind !== "getitem") return answer(req);
        if (args[0] === "list") throw typeError("list indices must be integers or slices, not str");
        const hit = (args.slice(1) as [string, Enc][]).find(([k]) => k === req.key);
        if (!hit) throw new AlgoError("KeyError", strRepr(req.key));
        return hit[1];
      }).slice(0, 300);
  } catch (e) {
    if (e instanceof AlgoError) return `${e.type}: ${e.message}`;
    throw e;
  }
}

describe("fmt % args matches python3", () => {
  CASES.forEach(([fmt, args, expected], i) => {
    it(`#${i} ${JSON.stringify(fmt)}`, () => expect(format(fmt, args)).toBe(expected));
  });
});
