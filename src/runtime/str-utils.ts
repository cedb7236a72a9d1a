// str-utils.ts — code-point views of JS strings: Python indexes str by code point, JS by UTF-16 unit, so an
// astral character (an emoji) is one Python character but two JS units. Fast paths skip work for
// strings without surrogates, which is nearly all of them.

const SURROGATE = /[\uD800-\uDFFF]/;

/** True when every UTF-16 unit is a whole code point (no surrogates): indexes then agree. */
export function isBmp(s: string): boolean {
  return s.length < 1 || !SURROGATE.test(s);
}

/** len(s) in code points. */
export function cpLen(s: string): number {
  if (!SURROGATE.test(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** The string's code points as an array of one-character strings. */
export function cpArray(s: string): string[] {
  return Array.from(s);
}

/** s[i] for 0 <= i < cpLen(s). */
export function cpAt(s: string, i: number): string {
  if (!SURROGATE.test(s)) return s[i];
  return Array.from(s)[i];
}

/** s[start:stop] by code points, with 0 <= start <= stop <= cpLen(s). */
export function cpSlice(s: string, start: number, stop: number): string {
  if (!SURROGATE.test(s)) return s.slice(start, stop);
  return Array.from(s).slice(start, stop).join("");
}

/** Converts a UTF-16 index into a code-point index. */
export function unitToCp(s: string, unit: number): number {
  if (unit <= 0 || !SURROGATE.test(s)) return unit;
  return cpLen(s.slice(0, unit));
}

/** Converts a code-point index (0..cpLen) into a UTF-16 index. */
export function cpToUnit(s: string, cp: number): number {
  if (cp <= 0 || !SURROGATE.test(s)) return cp;
  let i = 0;
  let n = 0;
  while (n < cp && i < s.length) {
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    n++;
  }
  return i;
}

/** ord() of a one-code-point string. */
export function codePoint(s: string): number {
  return s.codePointAt(0)!;
}
