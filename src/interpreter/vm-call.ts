// vm-call.ts — binding call arguments to a Python function's parameters (positional, *args, keywords,
// **kwargs, defaults), with CPython 3.11's TypeError messages (Python/ceval.c initialize_locals).
import { PyObject, PyTuple, None, emptyTuple } from "../runtime/object.js";
import { PyDict } from "../runtime/dict.js";
import { PyFunction } from "../runtime/function.js";
import { typeError } from "../runtime/exceptions.js";
import { CO } from "./opcodes.js";

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** 'a', 'b', and 'c' — CPython's format_missing list. */
function nameList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return q.slice(0, -1).join(", ") + ", and " + q[q.length - 1];
}

/**
 * Fills a new fast-locals array for `func` from positional arguments `pos` and keyword arguments
 * (`kwNames[i]` = `kwVals[i]`). The array also has room for the value stack.
 */
export function bindArgs(func: PyFunction, pos: PyObject[], kwNames: string[] | null, kwVals: PyObject[] | null): PyObject[] {
  const code = func.code;
  const fast: PyObject[] = new Array(code.nlocalsplus + code.stacksize);
  const argcount = code.argcount;
  const kwonly = code.kwonlyargcount;
  const names = code.localsplusnames;
  const flags = code.flags;
  const npos = pos.length;
  const qn = func.qualname;
  let kwdict: PyDict | null = null;
  let slot = argcount + kwonly;
  if (flags & CO.VARARGS) {
    fast[slot] = npos > argcount ? new PyTuple(pos.slice(argcount)) : emptyTuple;
    slot++;
  }
  if (flags & CO.VARKEYWORDS) {
    kwdict = new PyDict();
    fast[slot] = kwdict;
  }
  const n = npos < argcount ? npos : argcount;
  for (let i = 0; i < n; i++) fast[i] = pos[i];
  if (kwNames !== null) {
    let posonlyPassed: string[] | null = null;
    for (let k = 0; k < kwNames.length; k++) {
      const name = kwNames[k];
      let j = code.posonlyargcount;
      const end = argcount + kwonly;
      for (; j < end; j++) if (names[j] === name) break;
      if (j === end) {
        if (kwdict !== null) {
          kwdict.setNorm(name, name, kwVals![k]);
          continue;
        }
        let isPosonly = false;
        for (let p = 0; p < code.posonlyargcount; p++) if (names[p] === name) isPosonly = true;
        if (isPosonly) {
          (posonlyPassed ??= []).push(name);
          continue;
        }
        throw typeError(`${qn}() got an unexpected keyword argument '${name}'`);
      }
      if (fast[j] !== undefined) throw typeError(`${qn}() got multiple values for argument '${name}'`);
      fast[j] = kwVals![k];
    }
    if (posonlyPassed !== null) {
      throw typeError(`${qn}() got some positional-only arguments passed as keyword arguments: '${posonlyPassed.join(", ")}'`);
    }
  }
  if (npos > argcount && !(flags & CO.VARARGS)) {
    const defaults = func.defaults === null ? 0 : func.defaults.items.length;
    let kwonlyGiven = 0;
    for (let i = argcount; i < argcount + kwonly; i++) if (fast[i] !== undefined) kwonlyGiven++;
    const takes = defaults ? `from ${argcount - defaults} to ${argcount}` : String(argcount);
    const word = defaults || argcount !== 1 ? "positional arguments" : "positional argument";
    const given = kwonlyGiven
      ? `${npos} positional argument${npos === 1 ? "" : "s"} (and ${plural(kwonlyGiven, "keyword-only argument")}) were given`
      : `${npos} ${npos === 1 ? "was" : "were"} given`;
    throw typeError(`${qn}() takes ${takes} ${word} but ${given}`);
  }
  if (npos < argcount) {
    const defs = func.defaults === null ? null : func.defaults.items;
    const nd = defs === null ? 0 : defs.length;
    const firstDefault = argcount - nd;
    let missing: string[] | null = null;
    for (let i = npos; i < argcount; i++) {
      if (fast[i] !== undefined) continue;
      if (i >= firstDefault) fast[i] = defs![i - firstDefault];
      else (missing ??= []).push(names[i]);
    }
    if (missing !== null) {
      throw typeError(`${qn}() missing ${missing.length} required positional argument${missing.length === 1 ? "" : "s"}: ${nameList(missing)}`);
    }
  }
  if (kwonly) {
    let missing: string[] | null = null;
    for (let i = argcount; i < argcount + kwonly; i++) {
      if (fast[i] !== undefined) continue;
      const d = func.kwdefaults === null ? undefined : func.kwdefaults.getNorm(names[i]);
      if (d !== undefined) fast[i] = d;
      else (missing ??= []).push(names[i]);
    }
    if (missing !== null) {
      throw typeError(`${qn}() missing ${missing.length} required keyword-only argument${missing.length === 1 ? "" : "s"}: ${nameList(missing)}`);
    }
  }
  return fast;
}

/** Keyword map → parallel arrays for bindArgs. */
export function splitKwargs(kw: Map<string, PyObject> | null): [string[] | null, PyObject[] | null] {
  if (kw === null || kw.size === 0) return [null, null];
  return [[...kw.keys()], [...kw.values()]];
}

export { None };
