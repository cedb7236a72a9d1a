// bisect.ts — the bisect module (native): bisect_left/bisect_right and insort_left/insort_right with
// lo/hi/key, as CPython 3.11's Modules/_bisectmodule.c behaves (hi=-1 means len(a); items are read with
// a[i], compared with Python `<`, and insort calls a.insert unless `a` is exactly a list).
import { PyObject, PyModule, PyList, KwArgs, None, listType, newList } from "../runtime/object.js";
import { typeError, valueError } from "../runtime/exceptions.js";
import { getItemFast, getItemGen } from "../runtime/ops-item.js";
import { loadAttrGen } from "../runtime/ops-attr.js";
import { genFn, lessGen, lenOfGen, callObj, intArg, isNone, type Gen } from "./native-helpers.js";

const PARAMS = ["a", "x", "lo", "hi", "key"];

interface BisectArgs { a: PyObject; x: PyObject; lo: number; hi: number | null; key: PyObject | null }

/** (a, x, lo=0, hi=None, *, key=None) with the clinic's messages. */
function parse(name: string, args: PyObject[], kwargs: KwArgs | null): BisectArgs {
  if (args.length > 4) throw typeError(`${name}() takes at most 4 positional arguments (${args.length} given)`);
  const v: (PyObject | undefined)[] = [args[0], args[1], args[2], args[3], undefined];
  if (kwargs !== null) {
    for (const [k, val] of kwargs) {
      const i = PARAMS.indexOf(k);
      if (i < 0) throw typeError(`'${k}' is an invalid keyword argument for ${name}()`);
      if (v[i] !== undefined) throw typeError(`argument for ${name}() given by name ('${k}') and position (${i + 1})`);
      v[i] = val;
    }
  }
  for (let i = 0; i < 2; i++) {
    if (v[i] === undefined) throw typeError(`${name}() missing required argument '${PARAMS[i]}' (pos ${i + 1})`);
  }
  const lo = v[2] === undefined ? 0 : Number(intArg(v[2]));
  if (lo < 0) throw valueError("lo must be non-negative");
  const hiArg = v[3] === undefined || v[3] === None ? -1 : Number(intArg(v[3]));
  return { a: v[0]!, x: v[1]!, lo, hi: hiArg === -1 ? null : hiArg, key: isNone(v[4]) ? null : v[4]! };
}

function* itemAt(a: PyObject, i: number): Gen<PyObject> {
  const f = a instanceof PyList && a.type === listType ? getItemFast(a, i) : undefined;
  return f !== undefined ? f : yield* getItemGen(a, i);
}

/** The insertion point; `right` puts x after equal items. `x` is already a key when key is given. */
function* search(p: BisectArgs, x: PyObject, right: boolean): Gen<number> {
  let lo = p.lo;
  let hi = p.hi === null ? yield* lenOfGen(p.a) : p.hi;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    let item = yield* itemAt(p.a, mid);
    if (p.key !== null) item = yield* callObj(p.key, [item]);
    const goLeft = right ? yield* lessGen(x, item) : !(yield* lessGen(item, x));
    if (goLeft) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function* insort(p: BisectArgs, right: boolean): Gen<PyObject> {
  const k = p.key === null ? p.x : yield* callObj(p.key, [p.x]);
  const i = yield* search(p, k, right);
  if (p.a instanceof PyList && p.a.type === listType) p.a.items.splice(i, 0, p.x);
  else yield* callObj(yield* loadAttrGen(p.a, "insert"), [i, p.x]);
  return None;
}

export function createBisect(): PyModule {
  const m = new PyModule("bisect");
  m.dict.set("__all__", newList(["bisect", "bisect_left", "bisect_right", "insort", "insort_left", "insort_right"]));
  const right = genFn(m, "bisect_right", function* (args, kw) {
    const p = parse("bisect_right", args, kw);
    return yield* search(p, p.x, true);
  });
  genFn(m, "bisect_left", function* (args, kw) {
    const p = parse("bisect_left", args, kw);
    return yield* search(p, p.x, false);
  });
  const insortRight = genFn(m, "insort_right", function* (args, kw) {
    return yield* insort(parse("insort_right", args, kw), true);
  });
  genFn(m, "insort_left", function* (args, kw) {
    return yield* insort(parse("insort_left", args, kw), false);
  });
  m.dict.set("bisect", right);
  m.dict.set("insort", insortRight);
  return m;
}
