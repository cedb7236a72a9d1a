// _sre.ts — the native engine under re.py: compiles a Python pattern to a JavaScript RegExp (through
// _re-translate), runs search/match/fullmatch at code-point positions, parses sub() templates, and owns
// the re.error exception type. Pattern and Match objects themselves are Python classes in re.py.
import {
  PyObject, PyObj, PyModule, PyTuple, None, newTuple, newList, makeBuiltinType, objectType, TypeFlag, typeName,
} from "../runtime/object.js";
import { typeError, newException, Exception as ExceptionType, PyBaseException } from "../runtime/exceptions.js";
import { defineModuleFunctions } from "../runtime/builtin-function.js";
import { PyDict } from "../runtime/dict.js";
import { AlgoError } from "../runtime/algo-error.js";
import { fromAlgoError } from "../runtime/ops-error.js";
import type { RuntimeContext } from "../runtime/runtime-context.js";
import { translatePattern, parseReplacement, type TranslatedPattern } from "./_re-translate.js";
import { arity, intValue, strValue } from "./support.js";

/** re.error, with CPython's attributes msg, pattern, pos, lineno, colno. */
export const reErrorType = makeBuiltinType("error", ExceptionType, TypeFlag.BaseType | TypeFlag.HasDict | TypeFlag.Exception);
reErrorType.module = "re";
reErrorType.newInstance = (cls) => new PyBaseException(cls);

const compiledType = makeBuiltinType("SRE_Compiled", objectType, TypeFlag.None);
compiledType.module = "_sre";

export class PyCompiled extends PyObj {
  /** Sticky form: matches only at lastIndex (match/fullmatch); global form: searches from lastIndex. */
  readonly sticky: RegExp;
  readonly global: RegExp;
  constructor(readonly t: TranslatedPattern) {
    super(compiledType);
    this.sticky = new RegExp(t.source, t.flags + "yd");
    this.global = new RegExp(t.source, t.flags + "gd");
  }
}

function reError(e: AlgoError, pattern: string): PyBaseException {
  const raw = (e as { msg?: string }).msg ?? e.message;
  const err = newException(reErrorType, e.message);
  err.dict.set("msg", raw);
  err.dict.set("pattern", pattern);
  err.dict.set("pos", e.pos >= 0 ? e.pos : None);
  if (e.pos >= 0) {
    const before = Array.from(pattern).slice(0, e.pos);
    const nl = before.lastIndexOf("\n");
    err.dict.set("lineno", before.filter((c) => c === "\n").length + 1);
    err.dict.set("colno", e.pos - nl);
  } else {
    err.dict.set("lineno", None);
    err.dict.set("colno", None);
  }
  return err;
}

export function rethrow(e: unknown, pattern: string): never {
  if (e instanceof AlgoError) throw e.type === "re.error" ? reError(e, pattern) : fromAlgoError(e);
  throw e;
}

/** Code-point ↔ UTF-16 index maps, only built for strings with astral characters. */
class Positions {
  private cpToU: number[] | null = null;
  private uToCp: Map<number, number> | null = null;
  readonly cpLength: number;
  constructor(readonly s: string) {
    if (!/[\uD800-\uDFFF]/.test(s)) {
      this.cpLength = s.length;
      return;
    }
    const cpToU: number[] = [];
    const uToCp = new Map<number, number>();
    let u = 0, cp = 0;
    for (const ch of s) {
      cpToU.push(u);
      uToCp.set(u, cp);
      u += ch.length;
      cp++;
    }
    cpToU.push(u);
    uToCp.set(u, cp);
    this.cpToU = cpToU;
    this.uToCp = uToCp;
    this.cpLength = cp;
  }
  toU(cp: number): number {
    return this.cpToU === null ? cp : this.cpToU[cp];
  }
  toCp(u: number): number {
    return this.uToCp === null ? u : this.uToCp.get(u) ?? u;
  }
}

function compiled(x: PyObject): PyCompiled {
  if (!(x instanceof PyCompiled)) throw typeError(`expected a compiled pattern, got ${typeName(x)}`);
  return x;
}

function textArg(x: PyObject): string {
  const s = strValue(x);
  if (s === undefined) throw typeError(`expected string or bytes-like object, got '${typeName(x)}'`);
  return s;
}

/**
 * One match attempt. mode 0 = search, 1 = match at pos, 2 = fullmatch from pos to endpos. Returns the
 * flat spans (start, end per group, -1 when unset) in code points, or None.
 */
export function run(c: PyCompiled, s: string, pos: number, endpos: number, mode: number, mustAdvance: boolean): PyObject {
  const p = new Positions(s);
  const n = p.cpLength;
  if (pos < 0) pos = 0;
  if (endpos > n) endpos = n;
  if (pos > endpos) return None;
  const subject = endpos < n ? s.slice(0, p.toU(endpos)) : s;
  let start = p.toU(pos);
  for (;;) {
    const re = mode === 0 ? c.global : c.sticky;
    re.lastIndex = start;
    const m = re.exec(subject) as (RegExpExecArray & { indices?: [number, number][] }) | null;
    if (m === null) return None;
    const ms = m.index, me = ms + m[0].length;
    if (mode === 2 && me !== subject.length) {
      // A shorter alternative may win in JS where Python's fullmatch needs the whole rest: anchor and retry.
      const anchored = new RegExp(`(?:${c.t.source})$`, c.t.flags + "yd");
      anchored.lastIndex = start;
      const m2 = anchored.exec(subject) as (RegExpExecArray & { indices?: [number, number][] }) | null;
      if (m2 === null) return None;
      return spans(c, m2, p);
    }
    if (mustAdvance && ms === me && ms === p.toU(pos)) {
      if (mode !== 0 || start >= subject.length) return None;
      start += subject.codePointAt(start)! > 0xffff ? 2 : 1;
      continue;
    }
    return spans(c, m, p);
  }
}

function spans(c: PyCompiled, m: RegExpExecArray & { indices?: [number, number][] }, p: Positions): PyTuple {
  const out: PyObject[] = [];
  const ind = m.indices!;
  for (let g = 0; g <= c.t.groups; g++) {
    const js = c.t.groupMap[g];
    const span = js === undefined || js < 0 ? undefined : ind[js];
    if (span === undefined) out.push(-1, -1);
    else out.push(p.toCp(span[0]), p.toCp(span[1]));
  }
  return newTuple(out);
}

export function createRe(_rt: RuntimeContext): PyModule {
  const m = new PyModule("_sre");
  m.dict.set("error", reErrorType);
  defineModuleFunctions(m, {
    /** compile(pattern, flags) -> (compiled, flags, groups, groupindex dict) */
    compile: (args) => {
      arity("compile", args, 2);
      const pattern = textArg(args[0]);
      const flags = Number(intValue(args[1]) ?? 0);
      let t: TranslatedPattern;
      try {
        t = translatePattern(pattern, flags);
      } catch (e) {
        rethrow(e, pattern);
      }
      let c: PyCompiled;
      try {
        c = new PyCompiled(t);
      } catch (e) {
        throw newException(reErrorType, `gilpy cannot run this pattern: ${(e as Error).message}`);
      }
      const gi = new PyDict();
      for (const [k, v] of t.groupIndex) gi.setNorm(k, k, v);
      return newTuple([c, t.pyFlags, t.groups, gi]);
    },
    /** run(compiled, string, pos, endpos, mode, must_advance) -> spans tuple or None */
    run: (args) => {
      arity("run", args, 6);
      const c = compiled(args[0]);
      const s = textArg(args[1]);
      return run(c, s, Number(intValue(args[2]) ?? 0), Number(intValue(args[3]) ?? 0), Number(intValue(args[4]) ?? 0), args[5] === true);
    },
    /** template(compiled, repl) -> list of str and group numbers */
    template: (args) => {
      arity("template", args, 2);
      const c = compiled(args[0]);
      const repl = textArg(args[1]);
      try {
        return newList(parseReplacement(repl, c.t.groups, c.t.groupIndex));
      } catch (e) {
        rethrow(e, repl);
      }
    },
  });
  return m;
}
