// float-repr.ts — repr()/str() of a Python float: the shortest digits that round-trip, laid out the way
// CPython 3.11 does (Python/pystrtod.c format_float_short with repr's 'r' mode).

/**
 * The shortest round-tripping decimal digits of a finite, non-zero |x| and the exponent of the first
 * digit: x = 0.d1d2d3... * 10**(exp+1). ECMAScript's toExponential() with no argument picks the same
 * shortest digits, nearest to the value, as CPython's dtoa mode 0.
 */
export function shortestDigits(x: number): { digits: string; exp: number } {
  const s = Math.abs(x).toExponential();
  const e = s.indexOf("e");
  const digits = s[1] === "." ? s[0] + s.slice(2, e) : s.slice(0, e);
  return { digits, exp: Number(s.slice(e + 1)) };
}

/** repr(x) for a float, exactly as CPython prints it: '1e+16', '1.5e-05', '0.0001', '100.0', '-0.0'. */
export function floatRepr(x: number): string {
  if (x !== x) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const neg = x < 0;
  // Fast path: integral values below 1e16 print as their digits plus ".0".
  if (Number.isInteger(x) && (neg ? -x : x) < 1e16) return x.toString() + ".0";
  const { digits, exp } = shortestDigits(x);
  let body: string;
  if (exp < -4 || exp >= 16) {
    const mant = digits.length === 1 ? digits : digits[0] + "." + digits.slice(1);
    const ae = Math.abs(exp);
    body = mant + (exp < 0 ? "e-" : "e+") + (ae < 10 ? "0" + ae : String(ae));
  } else if (exp < 0) {
    body = "0." + "0".repeat(-exp - 1) + digits;
  } else if (digits.length <= exp + 1) {
    body = digits + "0".repeat(exp + 1 - digits.length) + ".0";
  } else {
    body = digits.slice(0, exp + 1) + "." + digits.slice(exp + 1);
  }
  return neg ? "-" + body : body;
}

/** str(x) for a float: the same as repr since Python 3.2. */
export const floatStr = floatRepr;
