// str-repr.ts — repr() and ascii() of a Python str given as a JS string (CPython 3.11
// Objects/unicodeobject.c unicode_repr): quote choice, escapes, and which characters are printable.

// Python's str.isprintable() is false for categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs (space excepted);
// Node's Unicode tables may be a version apart from CPython's, which only matters for new characters.
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

function hex(cp: number, width: number): string {
  return cp.toString(16).padStart(width, "0");
}

function escapeCodePoint(cp: number): string {
  if (cp < 0x100) return "\\x" + hex(cp, 2);
  if (cp < 0x10000) return "\\u" + hex(cp, 4);
  return "\\U" + hex(cp, 8);
}

function quoteFor(s: string): string {
  return s.includes("'") && !s.includes('"') ? '"' : "'";
}

function reprBody(s: string, quote: string, asciiOnly: boolean): string {
  let out = "";
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === "\\") out += "\\" + ch;
    else if (ch === "\t") out += "\\t";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (cp < 0x20 || cp === 0x7f) out += escapeCodePoint(cp);
    else if (cp < 0x7f) out += ch;
    else if (asciiOnly || NON_PRINTABLE.test(ch)) out += escapeCodePoint(cp);
    else out += ch;
  }
  return out;
}

/** repr(s) exactly as CPython writes it, quotes included. */
export function strRepr(s: string): string {
  // Fast path: plain printable ASCII without quotes or backslashes needs no escaping.
  if (/^[\x20-\x7e]*$/.test(s) && !/['\\]/.test(s)) return "'" + s + "'";
  const q = quoteFor(s);
  return q + reprBody(s, q, false) + q;
}

/** ascii(s): like repr but every non-ASCII character is escaped. */
export function strAscii(s: string): string {
  const q = quoteFor(s);
  return q + reprBody(s, q, true) + q;
}

/** Escape non-ASCII characters of an already built repr (what ascii() does to any object's repr). */
export function asciiEscape(repr: string): string {
  let out = "";
  for (const ch of repr) {
    const cp = ch.codePointAt(0)!;
    out += cp < 0x80 ? ch : escapeCodePoint(cp);
  }
  return out;
}
