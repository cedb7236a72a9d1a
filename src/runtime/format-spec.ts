// format-spec.ts — the format-spec mini-language of format()/str.format/f-strings for int, float and str
// (CPython 3.11 Python/formatter_unicode.c): parsing with CPython's messages, then padding, signs,
// prefixes and digit grouping.

import { AlgoError, overflowError, valueError } from "./algo-error.js";
import { floatToString } from "./float-format.js";
import { type Int, toFloat } from "./int-ops.js";
import { decimalValue } from "./int-str.js";

export interface FormatSpec {
  fill: string;            // one code point; " " unless given
  fillGiven: boolean;
  align: string;           // "<", ">", "=", "^" or "" when not given
  sign: string;            // "+", "-", " " or ""
  noNegZero: boolean;      // 'z'
  alt: boolean;            // '#'
  zeroPad: boolean;        // a '0' before the width (without an explicit fill)
  width: number;           // -1 when not given
  grouping: string;        // ",", "_" or ""
  precision: number;       // -1 when not given
  type: string;            // one code point, or "" when not given
}

const SSIZE_MAX = 9223372036854775807;

function isAlign(c: string | undefined): boolean {
  return c === "<" || c === ">" || c === "=" || c === "^";
}

function codeText(c: string): string {
  // CPython prints printable ASCII as is and anything else as \x<hex> (formatter_unicode.c).
  const cp = c.codePointAt(0)!;
  return cp > 32 && cp < 128 ? c : "\\x" + cp.toString(16);
}

/** ValueError "Unknown format code 'q' for object of type 'int'". */
export function unknownFormatCode(type: string, typeName: string): AlgoError {
  return valueError(`Unknown format code '${codeText(type)}' for object of type '${typeName.slice(0, 200)}'`);
}

/**
 * Parse `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`. typeName is for messages;
 * defaultType is the type assumed when none is given ('d' for int, 's' for str, '' for float): the
 * grouping check depends on it, so format('ab', ',') complains about 's'.
 */
export function parseFormatSpec(spec: string, typeName: string, defaultType = ""): FormatSpec {
  const cs = Array.from(spec);
  const end = cs.length;
  let pos = 0;
  const f: FormatSpec = {
    fill: " ", fillGiven: false, align: "", sign: "", noNegZero: false, alt: false, zeroPad: false,
    width: -1, grouping: "", precision: -1, type: defaultType,
  };
  if (end - pos >= 2 && isAlign(cs[pos + 1])) {
    f.fill = cs[pos]; f.fillGiven = true; f.align = cs[pos + 1]; pos += 2;
  } else if (end - pos >= 1 && isAlign(cs[pos])) {
    f.align = cs[pos]; pos += 1;
  }
  if (pos < end && (cs[pos] === "+" || cs[pos] === "-" || cs[pos] === " ")) f.sign = cs[pos++];
  if (pos < end && cs[pos] === "z") { f.noNegZero = true; pos++; }
  if (pos < end && cs[pos] === "#") { f.alt = true; pos++; }
  if (!f.fillGiven && pos < end && cs[pos] === "0") { f.zeroPad = true; pos++; }
  const readInt = (): number => {
    let acc = 0, n = 0;
    for (; pos < end; pos++, n++) {
      const d = decimalValue(cs[pos]);
      if (d < 0) break;
      if (acc > (SSIZE_MAX - d) / 10) throw valueError("Too many decimal digits in format string");
      acc = acc * 10 + d;
    }
    return n === 0 ? -1 : acc;
  };
  f.width = readInt();
  if (pos < end && cs[pos] === ",") { f.grouping = ","; pos++; }
  if (pos < end && cs[pos] === "_") {
    if (f.grouping) throw valueError("Cannot specify both ',' and '_'.");
    f.grouping = "_"; pos++;
  }
  // ",," is not an error here: the second comma becomes the type and fails the grouping check below.
  if (f.grouping === "_" && pos < end && cs[pos] === ",") throw valueError("Cannot specify both ',' and '_'.");
  if (pos < end && cs[pos] === ".") {
    pos++;
    f.precision = readInt();
    if (f.precision < 0) throw valueError("Format specifier missing precision");
  }
  if (end - pos > 1) {
    throw valueError(`Invalid format specifier '${spec}' for object of type '${typeName.slice(0, 200)}'`);
  }
  if (end - pos === 1) f.type = cs[pos];
  if (f.grouping) {
    const ok = "defgEG%F".includes(f.type) || (f.grouping === "_" && "boxX".includes(f.type));
    if (!ok) {
      throw valueError(`Cannot specify '${f.grouping}' with '${codeText(f.type)}'.`);
    }
  }
  return f;
}

/** Length in code points (what Python's len() counts). */
function cpLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { n--; i++; }
    }
  }
  return n;
}

/** Insert separators every `size` digits from the right, zero-padding to minWidth (unicode_fill grouping). */
function groupDigits(digits: string, minWidth: number, sep: string, size: number): string {
  let remaining = digits.length;
  if (!sep) return remaining >= minWidth ? digits : "0".repeat(minWidth - remaining) + digits;
  let out = "";
  let mw = minWidth;
  let useSep = false;
  for (;;) {
    const l = Math.min(size, Math.max(remaining, mw, 1));
    const nZeros = Math.max(0, l - remaining);
    const nChars = Math.max(0, Math.min(remaining, l));
    out = "0".repeat(nZeros) + digits.slice(remaining - nChars, remaining) + (useSep ? sep : "") + out;
    remaining -= nChars;
    mw -= l;
    if (remaining <= 0 && mw <= 0) return out;
    mw -= 1;
    useSep = true;
  }
}

/**
 * Lay a number out as `<lpad><sign><prefix><spad><grouped digits><remainder><rpad>` (CPython's
 * calc_number_widths + fill_number). `digits` is the integer part to group, `remainder` the rest.
 */
function layoutNumber(negative: boolean, prefix: string, digits: string, remainder: string, f: FormatSpec,
  fill: string, align: string, groupSize: number): string {
  const sign = f.sign === "+" ? (negative ? "-" : "+") : f.sign === " " ? (negative ? "-" : " ") : negative ? "-" : "";
  const nonDigit = sign.length + prefix.length + cpLength(remainder);
  const minWidth = fill === "0" && align === "=" ? f.width - nonDigit : 0;
  const grouped = digits.length === 0 ? "" : groupDigits(digits, minWidth, f.grouping, groupSize);
  const pad = f.width - (nonDigit + grouped.length);
  let lpad = "", spad = "", rpad = "";
  if (pad > 0) {
    if (align === "<") rpad = fill.repeat(pad);
    else if (align === "^") { lpad = fill.repeat(pad >> 1); rpad = fill.repeat(pad - (pad >> 1)); }
    else if (align === "=") spad = fill.repeat(pad);
    else lpad = fill.repeat(pad);
  }
  return lpad + sign + prefix + spad + grouped + remainder + rpad;
}

/** Resolve fill and alignment for numbers: default '>', and a '0' flag means fill '0' with '='. */
function numberFillAlign(f: FormatSpec): [string, string] {
  if (f.zeroPad) return ["0", f.align || "="];
  return [f.fill, f.align || ">"];
}

/** format(v, spec) for an int (typeName 'bool' for bools: the messages name the type). */
export function formatInt(v: Int, spec: string | FormatSpec, typeName = "int"): string {
  const f = typeof spec === "string" ? parseFormatSpec(spec, typeName, "d") : spec;
  const type = f.type || "d";
  switch (type) {
    case "b": case "c": case "d": case "o": case "x": case "X": case "n": break;
    case "e": case "E": case "f": case "F": case "g": case "G": case "%":
      return formatFloatParsed(toFloat(v), f, typeName);
    default: throw unknownFormatCode(type, typeName);
  }
  if (f.precision !== -1) throw valueError("Precision not allowed in integer format specifier");
  if (f.noNegZero) throw valueError("Negative zero coercion (z) not allowed in integer format specifier");
  const [fill, align] = numberFillAlign(f);
  if (type === "c") {
    if (f.sign) throw valueError("Sign not allowed with integer format specifier 'c'");
    if (f.alt) throw valueError("Alternate form (#) not allowed with integer format specifier 'c'");
    if (typeof v === "bigint" && (v > 0x7fffffffffffffffn || v < -0x8000000000000000n)) {
      throw overflowError("Python int too large to convert to C long");
    }
    if (v < 0 || v > 0x10ffff) throw overflowError("%c arg not in range(0x110000)");
    return layoutNumber(false, "", "", String.fromCodePoint(Number(v)), f, fill, align, 3);
  }
  const base = type === "b" ? 2 : type === "o" ? 8 : type === "x" || type === "X" ? 16 : 10;
  const negative = v < 0;
  let digits = (negative ? -v : v).toString(base);
  let prefix = "";
  if (f.alt && base !== 10) prefix = base === 2 ? "0b" : base === 8 ? "0o" : "0x";
  if (type === "X") { digits = digits.toUpperCase(); prefix = prefix.toUpperCase(); }
  return layoutNumber(negative, prefix, digits, "", f, fill, align, base === 10 ? 3 : 4);
}

/** format(x, spec) for a float. */
export function formatFloat(x: number, spec: string | FormatSpec, typeName = "float"): string {
  return formatFloatParsed(x, typeof spec === "string" ? parseFormatSpec(spec, typeName) : spec, typeName);
}

function formatFloatParsed(x: number, f: FormatSpec, typeName: string): string {
  let type = f.type;
  switch (type) {
    case "": case "e": case "E": case "f": case "F": case "g": case "G": case "n": case "%": break;
    default: throw unknownFormatCode(type, typeName);
  }
  if (f.precision > 0x7fffffff) throw valueError("precision too big");
  let addDot0 = false;
  let precision = f.precision;
  let percent = false;
  if (type === "") {
    addDot0 = true;
    type = precision < 0 ? "r" : "g";
  }
  if (type === "n") type = "g";
  if (type === "%") { type = "f"; x *= 100; percent = true; }
  if (precision < 0) precision = 6;
  const lower = type.toLowerCase() as "e" | "f" | "g" | "r";
  let text = floatToString(x, lower, precision, { alt: f.alt, addDot0, noNegZero: f.noNegZero });
  if (type !== lower) text = text.toUpperCase();
  const negative = text[0] === "-";
  if (negative) text = text.slice(1);
  let i = 0;
  while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  const [fill, align] = numberFillAlign(f);
  return layoutNumber(negative, "", text.slice(0, i), text.slice(i) + (percent ? "%" : ""), f, fill, align, 3);
}

/** format(s, spec) for a str. */
export function formatStr(s: string, spec: string | FormatSpec, typeName = "str"): string {
  const f = typeof spec === "string" ? parseFormatSpec(spec, typeName, "s") : spec;
  if (f.type !== "" && f.type !== "s") throw unknownFormatCode(f.type, typeName);
  if (f.sign === " ") throw valueError("Space not allowed in string format specifier");
  if (f.sign) throw valueError("Sign not allowed in string format specifier");
  if (f.noNegZero) throw valueError("Negative zero coercion (z) not allowed in string format specifier");
  if (f.alt) throw valueError("Alternate form (#) not allowed in string format specifier");
  if (f.align === "=") throw valueError("'=' alignment not allowed in string format specifier");
  const fill = f.zeroPad ? "0" : f.fill;
  let len = cpLength(s);
  if (f.precision >= 0 && len > f.precision) {
    s = len === s.length ? s.slice(0, f.precision) : Array.from(s).slice(0, f.precision).join("");
    len = f.precision;
  }
  const pad = f.width - len;
  if (pad <= 0) return s;
  const align = f.align || "<";
  if (align === ">") return fill.repeat(pad) + s;
  if (align === "^") return fill.repeat(pad >> 1) + s + fill.repeat(pad - (pad >> 1));
  return s + fill.repeat(pad);
}
