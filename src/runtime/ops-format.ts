// ops-format.ts — format(value, spec) through __format__, printf-style `str % args` (driving
// percent-format.ts) and str.format/format_map (driving str-format.ts's parsed templates), with the
// Python-level lookups (__format__, __index__, __float__, getattr, getitem) done resumably.
import { PyObject, PyTuple, PyFloat, PyStrSub, None, typeOf, typeName, strType } from "./object.js";
import { PyDict } from "./dict.js";
import { PyMethodDescr } from "./builtin-function.js";
import { typeError, indexError, keyError, overflowError } from "./exceptions.js";
import { callMethodGen, type Gen } from "./ops-call.js";
import { strGen, reprGen, asStr, asIndex, indexGen } from "./ops-object.js";
import { loadAttrGen } from "./ops-attr.js";
import { getItemGen } from "./ops-item.js";
import { rethrowAlgo, fromAlgoError } from "./ops-error.js";
import { AlgoError } from "./algo-error.js";
import { asciiEscape } from "./str-repr.js";
import {
  percentFormat, percentIntTypeMessage, percentFloatTypeMessage, PERCENT_CHAR_MESSAGE, PERCENT_STAR_MESSAGE,
  type PercentRequest,
} from "./percent-format.js";
import { parseFormatTemplate, replacementIndexMessage, type FormatItem } from "./str-format.js";
import { formatStr } from "./format-spec.js";
import * as I from "./int-ops.js";
import type { NativeGen } from "./protocol.js";

/** format(value, spec): type(value).__format__(value, spec), which must return a str. */
export function* formatGen(value: PyObject, spec: string): Gen<string> {
  if (typeof value === "string") {
    if (spec === "") return value;
    try {
      return formatStr(value, spec);
    } catch (e) {
      return rethrowAlgo(e);
    }
  }
  const m = typeOf(value).lookup("__format__");
  if (m === undefined) throw typeError(`Type ${typeName(value)} doesn't define __format__`);
  const r = m instanceof PyMethodDescr && !m.isGen
    ? (m.fn as (a: PyObject[], k: null) => PyObject)([value, spec], null)
    : yield* callMethodGen(m, value, [spec]);
  const s = asStr(r);
  if (s === null) throw typeError(`__format__ must return a str, not ${typeName(r)}`);
  return s;
}

// ---- % ----

function isMapping(x: PyObject): boolean {
  if (x instanceof PyTuple || typeof x === "string" || x instanceof PyStrSub) return false;
  return typeOf(x).lookup("__getitem__") !== undefined;
}

function* answerPercent(req: PercentRequest<PyObject>, args: PyObject): Gen<unknown> {
  if (req.kind === "getitem") return yield* getItemGen(args, req.key);
  const v = req.value;
  switch (req.kind) {
    case "str":
      return yield* strGen(v);
    case "repr":
      return yield* reprGen(v);
    case "ascii":
      return asciiEscape(yield* reprGen(v));
    case "int": {
      const i = asIndex(v);
      if (i !== null) return i;
      if (v instanceof PyFloat && (req.conv === "d" || req.conv === "i" || req.conv === "u")) {
        try {
          return I.floatToInt(v.value);
        } catch (e) {
          return rethrowAlgo(e);
        }
      }
      const t = typeOf(v);
      if (t.lookup("__index__") !== undefined) return yield* indexGen(v);
      if ((req.conv === "d" || req.conv === "i" || req.conv === "u") && t.lookup("__int__") !== undefined) {
        const r = yield* callMethodGen(t.lookup("__int__")!, v, []);
        const n = asIndex(r);
        if (n === null) throw typeError(`__int__ returned non-int (type ${typeName(r)})`);
        return n;
      }
      throw typeError(percentIntTypeMessage(req.conv, typeName(v)));
    }
    case "float": {
      if (v instanceof PyFloat) return v.value;
      const i = asIndex(v);
      if (i !== null) return I.toFloat(i);
      const t = typeOf(v);
      const f = t.lookup("__float__");
      if (f !== undefined) {
        const r = yield* callMethodGen(f, v, []);
        if (r instanceof PyFloat) return r.value;
      }
      if (t.lookup("__index__") !== undefined) return I.toFloat((yield* indexGen(v))!);
      throw typeError(percentFloatTypeMessage(typeName(v)));
    }
    case "char": {
      const s = asStr(v);
      if (s !== null) {
        if (Array.from(s).length !== 1) throw typeError(PERCENT_CHAR_MESSAGE);
        return s;
      }
      const i = asIndex(v);
      if (i === null) throw typeError(PERCENT_CHAR_MESSAGE);
      if (i < 0 || i > 0x10ffff) throw overflowError("%c arg not in range(0x110000)");
      return i;
    }
    case "star": {
      const i = asIndex(v);
      if (i === null) throw typeError(PERCENT_STAR_MESSAGE);
      return i;
    }
  }
  return None;
}

/** fmt % args for a str template. */
export function* percentGen(fmt: string, args: PyObject): NativeGen {
  const pa = args instanceof PyTuple
    ? { tuple: args.items, single: null, isMapping: false }
    : { tuple: null, single: args, isMapping: isMapping(args) };
  const g = percentFormat<PyObject>(fmt, pa);
  try {
    let r = g.next();
    while (!r.done) r = g.next(yield* answerPercent(r.value, args));
    return r.value;
  } catch (e) {
    return rethrowAlgo(e);
  }
}

// ---- str.format ----

function* fieldValue(item: { arg: number | string; accessors: FormatItem extends infer _ ? any[] : never }, args: PyObject[], kwargs: PyObject | null): Gen<PyObject> {
  let v: PyObject;
  if (typeof item.arg === "number") {
    if (item.arg >= args.length) throw indexError(replacementIndexMessage(item.arg));
    v = args[item.arg];
  } else {
    if (kwargs === null) throw keyError(item.arg);
    if (kwargs instanceof PyDict) {
      const got = yield* kwargs.getGen(item.arg);
      if (got === undefined) {
        if (kwargs.type !== strType && typeOf(kwargs).lookup("__missing__") !== undefined) v = yield* getItemGen(kwargs, item.arg);
        else throw keyError(item.arg);
      } else v = got;
    } else v = yield* getItemGen(kwargs, item.arg);
  }
  for (const acc of item.accessors) {
    if (acc.kind === "error") throw fromAlgoError(acc.error);
    if (acc.kind === "attr") v = yield* loadAttrGen(v, acc.name);
    else v = yield* getItemGen(v, acc.key);
  }
  return v;
}

function* renderItems(items: FormatItem[], args: PyObject[], kwargs: PyObject | null): Gen<string> {
  let out = "";
  for (const it of items) {
    if (it.kind === "text") {
      out += it.text;
      continue;
    }
    if (it.kind === "error") throw fromAlgoError(it.error);
    let v = yield* fieldValue(it, args, kwargs);
    if (it.conversion instanceof AlgoError) throw fromAlgoError(it.conversion);
    if (it.conversion === "r") v = yield* reprGen(v);
    else if (it.conversion === "s") v = yield* strGen(v);
    else if (it.conversion === "a") v = asciiEscape(yield* reprGen(v));
    const spec = typeof it.spec === "string" ? it.spec : yield* renderItems(it.spec, args, kwargs);
    out += yield* formatGen(v, spec);
  }
  return out;
}

/** template.format(*args, **kwargs) / format_map(mapping) (kwargs is then the mapping). */
export function* strFormatGen(template: string, args: PyObject[], kwargs: PyObject | null): Gen<string> {
  return yield* renderItems(parseFormatTemplate(template), args, kwargs);
}
