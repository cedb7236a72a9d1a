// decimal-format.ts — format(Decimal, spec) and f-strings: the format-spec mini-language as CPython 3.11's
// _decimal applies it (fill/align, sign, z, 0, width, ',' grouping, precision, e/E/f/F/g/G/n/% or none),
// rounding with the current context's rounding mode; the exponent has no leading zeros ('1.2e+3').
import { valueError } from "../runtime/exceptions.js";
import type { PyObject } from "../runtime/object.js";
import { Dec, FIN, INF, QNAN, digits, pow10, roundShift } from "./decimal-num.js";
import type { PyContext } from "./decimal-context.js";

const SPEC_RE = /^(?:([\s\S])?([<>=^]))?([-+ ])?(z)?(0)?(\d+)?(,)?(?:\.(\d+))?([eEfFgGn%])?$/u;

function codePoints(s: string): number { return Array.from(s).length; }

export function formatDecimal(d: Dec, spec: string, ctx: PyContext, _override?: PyObject): string {
  const m = SPEC_RE.exec(spec);
  // _decimal also refuses a '0' flag after an explicit alignment, and 'n' with a thousands separator.
  if (m === null || (m[5] !== undefined && m[2] !== undefined) || (m[9] === "n" && m[7] !== undefined)) {
    throw valueError("invalid format string");
  }
  let fill = m[1] ?? " ";
  let align = m[2] ?? "";
  const signOpt = m[3] ?? "-";
  const noNegZero = m[4] !== undefined;
  if (m[5] !== undefined && m[1] === undefined && m[2] === undefined) { fill = "0"; align = "="; }
  if (!align) align = ">";
  const width = m[6] !== undefined ? Number(m[6]) : -1;
  const group = m[7] !== undefined;
  const prec = m[8] !== undefined ? Number(m[8]) : -1;
  const type = m[9] ?? "";

  let neg = d.sign === 1;
  let intPart: string, rest: string;
  if (d.kind !== FIN) {
    intPart = "";
    rest = (d.kind === INF ? "Infinity" : d.kind === QNAN ? "NaN" : "sNaN") + (d.isNaN && d.coef ? d.coef.toString() : "") + (type === "%" ? "%" : "");
  } else {
    let coef = d.coef, exp = d.exp;
    if (type === "%") exp += 2;
    const mode = ctx.rounding, sign = d.sign;
    if ((type === "e" || type === "E") && prec >= 0 && coef !== 0n) {
      const nd = digits(coef);
      if (nd > prec + 1) {
        coef = roundShift(coef, nd - prec - 1, sign, mode); exp += nd - prec - 1;
        if (digits(coef) > prec + 1) { coef /= 10n; exp++; }
      } else if (nd < prec + 1) { coef *= pow10(prec + 1 - nd); exp -= prec + 1 - nd; }
    } else if ((type === "f" || type === "F" || type === "%") && prec >= 0) {
      if (exp < -prec) { coef = roundShift(coef, -prec - exp, sign, mode); exp = -prec; }
      else if (exp > -prec) { coef *= pow10(exp + prec); exp = -prec; }
    } else if ((type === "g" || type === "G" || type === "n" || type === "") && prec >= 0) {
      const p = Math.max(prec, 1);
      const nd = digits(coef);
      if (nd > p) {
        coef = roundShift(coef, nd - p, sign, mode); exp += nd - p;
        if (digits(coef) > p) { coef /= 10n; exp++; }
      }
    }
    if (coef === 0n && neg && noNegZero) neg = false;
    const s = coef.toString();
    const left = exp + s.length;
    let dot: number;
    if (type === "e" || type === "E") dot = coef === 0n && prec >= 0 ? 1 - prec : 1;
    else if (type === "f" || type === "F" || type === "%") dot = left;
    else dot = exp <= 0 && left > -6 ? left : 1;
    let frac: string;
    if (dot <= 0) { intPart = "0"; frac = "." + "0".repeat(-dot) + s; }
    else if (dot >= s.length) { intPart = s + "0".repeat(dot - s.length); frac = ""; }
    else { intPart = s.slice(0, dot); frac = "." + s.slice(dot); }
    let ex = "";
    if (type === "e" || type === "E" || left !== dot) {
      const echar = type === "E" || type === "G" || (type === "" && ctx.capitals === 1) ? "E" : "e";
      const e = left - dot;
      ex = echar + (e >= 0 ? "+" : "-") + Math.abs(e);
    }
    rest = frac + ex + (type === "%" ? "%" : "");
  }
  const signText = neg ? "-" : signOpt === "+" ? "+" : signOpt === " " ? " " : "";
  const grouped = (digs: string): string => (group ? digs.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : digs);
  let body = grouped(intPart);
  if (fill === "0" && align === "=" && intPart !== "" && width > 0) {
    let digs = intPart;
    while (signText.length + grouped(digs).length + codePoints(rest) < width) digs = "0" + digs;
    body = grouped(digs);
  }
  const len = signText.length + codePoints(body) + codePoints(rest);
  const pad = width - len;
  if (pad <= 0) return signText + body + rest;
  switch (align) {
    case "<": return signText + body + rest + fill.repeat(pad);
    case "^": return fill.repeat(pad >> 1) + signText + body + rest + fill.repeat(pad - (pad >> 1));
    case "=": return signText + fill.repeat(pad) + body + rest;
    default: return fill.repeat(pad) + signText + body + rest;
  }
}
