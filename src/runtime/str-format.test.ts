// str-format.test.ts — str.format templates against python3 3.11, with a tiny resolver standing in for
// the object model (attribute and item lookup, str/repr, format()).
import { describe, expect, it } from "vitest";
import { AlgoError, typeError } from "./algo-error.js";
import { formatInt, formatStr } from "./format-spec.js";
import { strRepr } from "./str-repr.js";
import { type FormatItem, parseFormatTemplate, replacementIndexMessage } from "./str-format.js";

// python3: template.format('ab', 3, A(), [1, 2], w=6, p=2, a=A(), d={'k': 'v'}) where A has x = 5, y = [10, 20], repr 'A()'
const CASES: [string, string][] = [
  ["{2.x}", "'5'"],
  ["{2.y[1]}", "'20'"],
  ["{2.x.}", "ValueError: Empty attribute in format string"],
  ["{2.z}", "AttributeError: 'A' object has no attribute 'z'"],
  ["{3[1]}", "'2'"],
  ["{3[5]}", "IndexError: list index out of range"],
  ["{9}", "IndexError: Replacement index 9 out of range for positional args tuple"],
  ["{2.y[0]:{w}}", "'    10'"],
  ["{d[k]!r:>{w}}", "\"   'v'\""],
  ["{d[q]}", "KeyError: 'q'"],
  ["{}", "'ab'"],
  ["{0}{1}", "'ab3'"],
  ["{}{}", "'ab3'"],
  ["{0}{}", "ValueError: cannot switch from manual field specification to automatic field numbering"],
  ["{}{0}", "ValueError: cannot switch from automatic field numbering to manual field specification"],
  ["{2}", "'A()'"],
  ["{a}", "'A()'"],
  ["{0.x}", "AttributeError: 'str' object has no attribute 'x'"],
  ["{0.y[1]}", "AttributeError: 'str' object has no attribute 'y'"],
  ["{0[k]}", "TypeError: string indices must be integers, not 'str'"],
  ["{d[k]}", "'v'"],
  ["{!r}", "\"'ab'\""],
  ["{!s:>5}", "'   ab'"],
  ["{!a}", "\"'ab'\""],
  ["{!x}", "ValueError: Unknown conversion specifier x"],
  ["{!}", "ValueError: unmatched '{' in format spec"],
  ["{!r", "ValueError: unmatched '{' in format spec"],
  ["{!rx}", "ValueError: expected ':' after conversion specifier"],
  ["{:{}}", "'ab '"],
  ["{:{}{}}", "ValueError: Invalid format specifier '3A()' for object of type 'str'"],
  ["{:{:{}}}", "ValueError: Max string recursion exceeded"],
  ["{{}}", "'{}'"],
  ["{{", "'{'"],
  ["}}", "'}'"],
  ["}", "ValueError: Single '}' encountered in format string"],
  ["{", "ValueError: Single '{' encountered in format string"],
  ["a}b", "ValueError: Single '}' encountered in format string"],
  ["a{b", "ValueError: expected '}' before end of string"],
  ["{0.}", "ValueError: Empty attribute in format string"],
  ["{0[}", "ValueError: expected '}' before end of string"],
  ["{0[]}", "ValueError: Empty attribute in format string"],
  ["{0]}", "KeyError: '0]'"],
  ["{0[0]x}", "ValueError: Only '.' or '[' may follow ']' in format field specifier"],
  ["{:>{w}}", "'    ab'"],
  ["{0:{1}}", "'ab '"],
  ["{0!r:^{1}}", "\"'ab'\""],
  ["x{0:{{}}}", "ValueError: Invalid format specifier '{}' for object of type 'str'"],
  ["{[}", "ValueError: expected '}' before end of string"],
  ["{0[a:b]}", "TypeError: string indices must be integers, not 'str'"],
  ["{0:}", "'ab'"],
  ["{:", "ValueError: unmatched '{' in format spec"],
  ["{0", "ValueError: expected '}' before end of string"],
  ["{ab", "ValueError: expected '}' before end of string"],
  ["{0.x.}", "AttributeError: 'str' object has no attribute 'x'"],
  ["{0.x.real}", "AttributeError: 'str' object has no attribute 'x'"],
  ["{a.x}", "'5'"],
  ["{١}", "'3'"],
  ["{0[١]}", "'b'"],
  ["{99999999999999999999}", "ValueError: Too many decimal digits in format string"],
  ["{:x}}", "ValueError: Unknown format code 'x' for object of type 'str'"],
  ["{:}}}", "'ab}'"],
  ["{a{", "ValueError: unexpected '{' in field name"],
  ["{0!r:{w}.{p}}", "\"'a    \""],
  ["{0[0]!r}", "\"'a'\""],
  ["{}{1}", "ValueError: cannot switch from automatic field numbering to manual field specification"],
  ["a{{b}}c{}", "'a{b}cab'"],
  ["{0:{}}", "ValueError: cannot switch from manual field specification to automatic field numbering"],
  ["{:{0}}", "ValueError: cannot switch from automatic field numbering to manual field specification"],
  ["{0.y[0]:{w}}", "AttributeError: 'str' object has no attribute 'y'"],
  ["{0!s!r}", "ValueError: expected ':' after conversion specifier"],
  ["{0:{a}:{b}}", "KeyError: 'b'"],
  ["{0:{1:{2}}}", "ValueError: Max string recursion exceeded"],
];

type Val = string | number | { a: true } | Val[] | Map<string, Val>;
const A: Val = { a: true };
const ARGS: Val[] = ["ab", 3, A, [1, 2]];
const KWARGS = new Map<string, Val>([["w", 6], ["p", 2], ["a", A], ["d", new Map([["k", "v"]])]]);

function typeName(v: Val): string {
  return typeof v === "string" ? "str" : typeof v === "number" ? "int" : Array.isArray(v) ? "list" : v instanceof Map ? "dict" : "A";
}
function repr(v: Val): string {
  if (typeof v === "string") return strRepr(v);
  if (typeof v === "number") return String(v);
  if (Array.isArray(v)) return "[" + v.map(repr).join(", ") + "]";
  if (v instanceof Map) return "{" + [...v].map(([k, x]) => strRepr(k) + ": " + repr(x)).join(", ") + "}";
  return "A()";
}
function str(v: Val): string { return typeof v === "string" ? v : repr(v); }
function getattr(v: Val, name: string): Val {
  if (v === A && name === "x") return 5;
  if (v === A && name === "y") return [10, 20];
  throw new AlgoError("AttributeError", `'${typeName(v)}' object has no attribute '${name}'`);
}
function getitem(v: Val, key: number | string): Val {
  if (v instanceof Map) {
    if (typeof key === "string" && v.has(key)) return v.get(key)!;
    throw new AlgoError("KeyError", typeof key === "string" ? strRepr(key) : String(key));
  }
  if (typeof v === "string" || Array.isArray(v)) {
    if (typeof key === "string") throw typeError(`${typeof v === "string" ? "string" : "list"} indices must be integers, not 'str'`);
    if (key >= v.length) throw new AlgoError("IndexError", `${typeof v === "string" ? "string" : "list"} index out of range`);
    return v[key];
  }
  throw typeError(`'${typeName(v)}' object is not subscriptable`);
}
function format(v: Val, spec: string): string {
  if (typeof v === "string") return formatStr(v, spec);
  if (typeof v === "number") return formatInt(v, spec);
  if (spec !== "") throw typeError(`unsupported format string passed to ${typeName(v)}.__format__`);
  return str(v);
}

function render(items: FormatItem[]): string {
  let out = "";
  for (const item of items) {
    if (item.kind === "text") { out += item.text; continue; }
    if (item.kind === "error") throw item.error;
    let obj: Val;
    if (typeof item.arg === "number") {
      if (item.arg >= ARGS.length) throw new AlgoError("IndexError", replacementIndexMessage(item.arg));
      obj = ARGS[item.arg];
    } else {
      if (!KWARGS.has(item.arg)) throw new AlgoError("KeyError", strRepr(item.arg));
      obj = KWARGS.get(item.arg)!;
    }
    for (const acc of item.accessors) {
      if (acc.kind === "error") throw acc.error;
      obj = acc.kind === "attr" ? getattr(obj, acc.name) : getitem(obj, acc.key);
    }
    if (item.conversion instanceof AlgoError) throw item.conversion;
    if (item.conversion) obj = item.conversion === "s" ? str(obj) : repr(obj);
    const spec = typeof item.spec === "string" ? item.spec : render(item.spec);
    out += format(obj, spec);
  }
  return out;
}

describe("str.format templates match python3", () => {
  CASES.forEach(([template, expected]) => {
    it(JSON.stringify(template), () => {
      let got: string;
      try {
        got = repr(render(parseFormatTemplate(template)));
      } catch (e) {
        if (!(e instanceof AlgoError)) throw e;
        got = `${e.type}: ${e.message}`;
      }
      expect(got).toBe(expected);
    });
  });
});
