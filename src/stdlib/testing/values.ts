// values.ts — test helpers: JSON-encoded Python values (written by python3 scripts) to gilpy values, and
// a repr of results for comparing with what python3 printed.
import { PyObject, PyFloat, PyTuple, PyList, newFloat, normInt } from "../../runtime/object.js";
import { plainRepr } from "../support.js";

export function decode(v: unknown): PyObject {
  const o = v as Record<string, unknown>;
  if ("int" in o) return normInt(BigInt(o.int as string));
  if ("float" in o) {
    const s = o.float as string;
    return newFloat(s === "inf" ? Infinity : s === "-inf" ? -Infinity : s === "nan" ? NaN : Number(s));
  }
  if ("bool" in o) return o.bool as boolean;
  if ("str" in o) return o.str as string;
  if ("list" in o) return new PyList((o.list as unknown[]).map(decode));
  if ("tuple" in o) return new PyTuple((o.tuple as unknown[]).map(decode));
  throw new Error("cannot decode " + JSON.stringify(v));
}

export function show(x: PyObject): string {
  if (x instanceof PyList) return "[" + x.items.map(show).join(", ") + "]";
  if (x instanceof PyFloat || x instanceof PyTuple) return plainRepr(x);
  return plainRepr(x);
}
