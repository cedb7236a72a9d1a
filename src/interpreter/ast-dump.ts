// ast-dump.ts — renders an AST in the text form of CPython 3.11's `ast.dump(node, include_attributes=True)`,
// so parser output can be compared with python3's (Lib/ast.py, dump); also usable for an `ast` module later.
import type * as A from "./ast.js";

const FIELDS: Record<string, string[]> = {
  Module: ["body", "type_ignores"], Expression: ["body"], Interactive: ["body"],
  FunctionDef: ["name", "args", "body", "decorator_list", "returns", "type_comment"],
  AsyncFunctionDef: ["name", "args", "body", "decorator_list", "returns", "type_comment"],
  ClassDef: ["name", "bases", "keywords", "body", "decorator_list"],
  Return: ["value"], Delete: ["targets"], Assign: ["targets", "value", "type_comment"],
  AugAssign: ["target", "op", "value"], AnnAssign: ["target", "annotation", "value", "simple"],
  For: ["target", "iter", "body", "orelse", "type_comment"], AsyncFor: ["target", "iter", "body", "orelse", "type_comment"],
  While: ["test", "body", "orelse"], If: ["test", "body", "orelse"], With: ["items", "body", "type_comment"],
  AsyncWith: ["items", "body", "type_comment"], Raise: ["exc", "cause"],
  Try: ["body", "handlers", "orelse", "finalbody"], TryStar: ["body", "handlers", "orelse", "finalbody"],
  Assert: ["test", "msg"], Import: ["names"], ImportFrom: ["module", "names", "level"], Global: ["names"],
  Nonlocal: ["names"], Expr: ["value"], Pass: [], Break: [], Continue: [],
  BoolOp: ["op", "values"], NamedExpr: ["target", "value"], BinOp: ["left", "op", "right"], UnaryOp: ["op", "operand"],
  Lambda: ["args", "body"], IfExp: ["test", "body", "orelse"], Dict: ["keys", "values"], Set: ["elts"],
  ListComp: ["elt", "generators"], SetComp: ["elt", "generators"], DictComp: ["key", "value", "generators"],
  GeneratorExp: ["elt", "generators"], Await: ["value"], Yield: ["value"], YieldFrom: ["value"],
  Compare: ["left", "ops", "comparators"], Call: ["func", "args", "keywords"],
  FormattedValue: ["value", "conversion", "format_spec"], JoinedStr: ["values"], Constant: ["value", "kind"],
  Attribute: ["value", "attr", "ctx"], Subscript: ["value", "slice", "ctx"], Starred: ["value", "ctx"],
  Name: ["id", "ctx"], List: ["elts", "ctx"], Tuple: ["elts", "ctx"], Slice: ["lower", "upper", "step"],
  comprehension: ["target", "iter", "ifs", "is_async"], ExceptHandler: ["type", "name", "body"],
  arguments: ["posonlyargs", "args", "vararg", "kwonlyargs", "kw_defaults", "kwarg", "defaults"],
  arg: ["arg", "annotation", "type_comment"], keyword: ["arg", "value"], alias: ["name", "asname"],
  withitem: ["context_expr", "optional_vars"],
};
const NO_ATTRS = new Set(["Module", "Expression", "Interactive", "comprehension", "arguments", "withitem"]);
const ATTRS = ["lineno", "col_offset", "end_lineno", "end_col_offset"];
const INT_FIELDS = new Set(["simple", "is_async", "level", "conversion"]);

/** Python's repr() of a str. */
export function strRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = q;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === q || ch === "\\") out += "\\" + ch;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (cp < 0x20 || cp === 0x7f) out += "\\x" + cp.toString(16).padStart(2, "0");
    else if (cp >= 0x80 && /[\p{C}\p{Z}]/u.test(ch) && ch !== " ") {
      out += cp < 0x100 ? "\\x" + cp.toString(16).padStart(2, "0")
        : cp < 0x10000 ? "\\u" + cp.toString(16).padStart(4, "0") : "\\U" + cp.toString(16).padStart(8, "0");
    } else out += ch;
  }
  return out + q;
}

export function bytesRepr(b: Uint8Array): string {
  let s = "";
  for (const c of b) s += String.fromCharCode(c);
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = "b" + q;
  for (const c of b) {
    const ch = String.fromCharCode(c);
    if (ch === q || ch === "\\") out += "\\" + ch;
    else if (c === 10) out += "\\n";
    else if (c === 13) out += "\\r";
    else if (c === 9) out += "\\t";
    else if (c < 0x20 || c >= 0x7f) out += "\\x" + c.toString(16).padStart(2, "0");
    else out += ch;
  }
  return out + q;
}

/** Python's repr() of a float (shortest round-trip digits, exponent outside 1e-4 <= |x| < 1e16). */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const [mant, expStr] = x.toExponential().split("e");
  const exp = parseInt(expStr, 10);
  const neg = mant.startsWith("-");
  const digits = mant.replace("-", "").replace(".", "");
  let s: string;
  if (exp >= -5 && exp < 16) {
    if (exp >= 0) {
      const intPart = digits.slice(0, exp + 1).padEnd(exp + 1, "0");
      const frac = digits.slice(exp + 1);
      s = intPart + "." + (frac || "0");
    } else {
      s = "0." + "0".repeat(-exp - 1) + digits;
    }
    if (exp < -4) s = fmtExp(digits, exp);
  } else s = fmtExp(digits, exp);
  return (neg ? "-" : "") + s;
}

function fmtExp(digits: string, exp: number): string {
  const m = digits.length > 1 ? digits[0] + "." + digits.slice(1) : digits;
  const e = Math.abs(exp).toString().padStart(2, "0");
  return `${m}e${exp < 0 ? "-" : "+"}${e}`;
}

function valueRepr(v: A.ConstValue): string {
  if (v === null) return "None";
  if (v === true) return "True";
  if (v === false) return "False";
  if (typeof v === "number" || typeof v === "bigint") return String(v);
  if (typeof v === "string") return strRepr(v);
  if (v instanceof Uint8Array) return bytesRepr(v);
  if ("float" in v) return floatRepr(v.float);
  if ("imag" in v) {
    const r = floatRepr(v.imag);
    return (r.endsWith(".0") ? r.slice(0, -2) : r) + "j";
  }
  return "Ellipsis";
}

/** ast.dump(node, include_attributes=True) of a gilpy AST. */
export function dumpAst(node: unknown): string {
  if (node === null || node === undefined) return "None";
  if (Array.isArray(node)) return "[" + node.map(dumpAst).join(", ") + "]";
  if (typeof node === "string") return strRepr(node);
  if (typeof node === "number" || typeof node === "boolean") return String(node);
  const n = node as { kind: string } & Record<string, unknown>;
  const fields = FIELDS[n.kind];
  if (!fields) return String(node);
  const parts: string[] = [];
  for (const f of fields) {
    if (f === "type_ignores") { parts.push("type_ignores=[]"); continue; }
    if (f === "type_comment" || f === "kind") continue;
    let v = n[f];
    if (n.kind === "Constant" && f === "value") { parts.push("value=" + valueRepr(v as A.ConstValue)); continue; }
    if (v === null || v === undefined) continue;
    if (f === "ctx" || f === "op") { parts.push(`${f}=${v as string}()`); continue; }
    if (f === "ops") { parts.push(`ops=[${(v as string[]).map((o) => o + "()").join(", ")}]`); continue; }
    if (INT_FIELDS.has(f)) v = typeof v === "boolean" ? (v ? 1 : 0) : v;
    parts.push(`${f}=${dumpAst(v)}`);
  }
  if (!NO_ATTRS.has(n.kind)) {
    for (const a of ATTRS) if (n[a] !== undefined) parts.push(`${a}=${n[a] as number}`);
  }
  return `${n.kind}(${parts.join(", ")})`;
}
