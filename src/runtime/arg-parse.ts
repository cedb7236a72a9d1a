// arg-parse.ts — argument checking for builtin functions and methods, with CPython 3.11's messages
// ("len() takes exactly one argument (2 given)", "pop expected at most 1 argument, got 2",
// "'x' is an invalid keyword argument for sort()").
import type { KwArgs, PyObject } from "./object.js";
import { typeError } from "./exceptions.js";

/** Rejects keyword arguments: "append() takes no keyword arguments". */
export function noKw(name: string, kwargs: KwArgs | null): void {
  if (kwargs !== null && kwargs.size > 0) throw typeError(`${name}() takes no keyword arguments`);
}

/** "len() takes exactly one argument (0 given)" — the METH_O form. `n` counts the given arguments. */
export function exactlyOne(name: string, n: number): void {
  if (n !== 1) throw typeError(`${name}() takes exactly one argument (${n} given)`);
}

/** "insert expected 2 arguments, got 1" / "pop expected at most 1 argument, got 2" — the clinic form. */
export function argRange(name: string, n: number, min: number, max: number): void {
  if (n >= min && n <= max) return;
  const plural = (k: number) => (k === 1 ? "argument" : "arguments");
  if (min === max) throw typeError(`${name} expected ${min} ${plural(min)}, got ${n}`);
  if (n < min) throw typeError(`${name} expected at least ${min} ${plural(min)}, got ${n}`);
  throw typeError(`${name} expected at most ${max} ${plural(max)}, got ${n}`);
}

/** "f() takes no arguments (1 given)" — the METH_NOARGS form. */
export function noArgs(name: string, n: number): void {
  if (n !== 0) throw typeError(`${name}() takes no arguments (${n} given)`);
}

/**
 * Reads keyword-only arguments `names` from kwargs, rejecting any other name with
 * "'x' is an invalid keyword argument for f()". Returns values in the order of `names` (undefined when absent).
 */
export function kwOnly(fname: string, kwargs: KwArgs | null, names: readonly string[]): (PyObject | undefined)[] {
  const out: (PyObject | undefined)[] = new Array(names.length);
  if (kwargs === null || kwargs.size === 0) return out;
  for (const [k, v] of kwargs) {
    const i = names.indexOf(k);
    if (i < 0) throw typeError(`'${k}' is an invalid keyword argument for ${fname}()`);
    out[i] = v;
  }
  return out;
}

/**
 * Positional-or-keyword parameters: merges args and kwargs into slots by `names`, with CPython's
 * messages for duplicates and unknown names. `required` is how many leading names must be given.
 */
export function bindArgs(
  fname: string, args: PyObject[], kwargs: KwArgs | null, names: readonly string[], required: number,
): (PyObject | undefined)[] {
  if (args.length > names.length) {
    throw typeError(`${fname}() takes at most ${names.length} argument${names.length === 1 ? "" : "s"} (${args.length} given)`);
  }
  const out: (PyObject | undefined)[] = new Array(names.length);
  for (let i = 0; i < args.length; i++) out[i] = args[i];
  if (kwargs !== null) {
    for (const [k, v] of kwargs) {
      const i = names.indexOf(k);
      if (i < 0) throw typeError(`'${k}' is an invalid keyword argument for ${fname}()`);
      if (out[i] !== undefined) {
        throw typeError(`argument for ${fname}() given by name ('${k}') and position (${i + 1})`);
      }
      out[i] = v;
    }
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === undefined) {
      throw typeError(`${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
    }
  }
  return out;
}
