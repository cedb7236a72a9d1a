// re.ts — the re module in TypeScript: RegexFlag, Pattern and Match objects and the module functions,
// over the _sre engine (patterns translated to JavaScript RegExps by _re-translate.ts).
// Reprs, results and messages follow docs.python.org/3.11/library/re.html and what python3 3.11 prints.
import {
  PyObject, PyObj, PyModule, PyTuple, PyIntSub, KwArgs, None, makeBuiltinType, objectType, intType, TypeFlag,
  newTuple, newList, typeName, NotImplemented,
} from "../runtime/object.js";
import { typeError, valueError, indexError } from "../runtime/exceptions.js";
import {
  PyBuiltin, defineMethods, defineGenMethods, defineGetters, defineClassMethods, defineModuleFunctions, defineModuleGenFunctions,
} from "../runtime/builtin-function.js";
import { PyDict } from "../runtime/dict.js";
import { callGen, isCallable } from "../runtime/ops-call.js";
import { formatGen } from "../runtime/ops-format.js";
import { getIterFast } from "../runtime/ops-iter.js";
import { strRepr } from "../runtime/str-repr.js";
import type { NativeGen } from "../runtime/protocol.js";
import type { RuntimeContext } from "../runtime/runtime-context.js";
import { PyCompiled, reErrorType, rethrow, run } from "./_sre.js";
import { translatePattern, parseReplacement, type TranslatedPattern } from "./_re-translate.js";
import { bindArgs, intValue, strValue, cpLen } from "./support.js";

// ---- RegexFlag: an int subclass whose reprs name the flags (3.11's enum.IntFlag look) ----

/** Members in definition order (3.11 Lib/re/__init__.py), which is the order combined reprs use. */
const FLAG_MEMBERS: [string, number][] = [
  ["ASCII", 256], ["IGNORECASE", 2], ["LOCALE", 4], ["UNICODE", 32], ["MULTILINE", 8], ["DOTALL", 16],
  ["VERBOSE", 64], ["TEMPLATE", 1], ["DEBUG", 128],
];
const SHORT_NAMES: Record<string, string> = { A: "ASCII", I: "IGNORECASE", L: "LOCALE", U: "UNICODE", M: "MULTILINE", S: "DOTALL", X: "VERBOSE", T: "TEMPLATE" };
const ALL_FLAGS = FLAG_MEMBERS.reduce((acc, [, v]) => acc | v, 0);

export const regexFlagType = makeBuiltinType("RegexFlag", intType, TypeFlag.None);
regexFlagType.module = "re";

function flag(value: number): PyIntSub {
  return new PyIntSub(value, regexFlagType, null);
}

function flagValue(x: PyObject): number {
  return Number(intValue(x) ?? 0);
}

/** 'IGNORECASE|MULTILINE' (unknown bits as hex), or null for 0. */
function flagNames(value: number): string[] {
  const names: string[] = [];
  let rest = value;
  for (const [name, bit] of FLAG_MEMBERS) {
    if (rest & bit) {
      names.push(name);
      rest &= ~bit;
    }
  }
  if (rest) names.push("0x" + rest.toString(16));
  return names;
}

function flagRepr(value: number): string {
  if (value === 0) return "re.NOFLAG";
  return flagNames(value).map((n) => (n.startsWith("0x") ? n : "re." + n)).join("|");
}

function flagOp(op: (a: number, b: number) => number): (args: PyObject[]) => PyObject {
  return ([self, other]) => {
    const b = intValue(other);
    if (b === undefined) return NotImplemented;
    return flag(op(flagValue(self), Number(b)));
  };
}

defineMethods(regexFlagType, {
  __repr__: ([self]) => flagRepr(flagValue(self)),
  __str__: ([self]) => flagRepr(flagValue(self)),
  __or__: flagOp((a, b) => a | b),
  __ror__: flagOp((a, b) => a | b),
  __and__: flagOp((a, b) => a & b),
  __rand__: flagOp((a, b) => a & b),
  __xor__: flagOp((a, b) => a ^ b),
  __rxor__: flagOp((a, b) => a ^ b),
  __invert__: ([self]) => flag(ALL_FLAGS & ~flagValue(self)),
  __reduce__: ([self]) => newTuple([regexFlagType, newTuple([flagValue(self)])]),
});
defineGenMethods(regexFlagType, {
  __format__: function* ([self, spec]) {
    const s = strValue(spec) ?? "";
    return s === "" ? flagRepr(flagValue(self)) : yield* formatGen(flagValue(self), s);
  },
});
defineGetters(regexFlagType, {
  name: (self) => (flagValue(self) === 0 ? "NOFLAG" : flagNames(flagValue(self)).join("|")),
  value: (self) => flagValue(self),
});
// RegexFlag(n): a flag value from an int (type.__call__ passes the class first)
regexFlagType.dict.set("__new__", new PyBuiltin("__new__", ((args: PyObject[]) => {
  const v = intValue(args[1] ?? 0);
  if (v === undefined) throw valueError(`${typeName(args[1])} is not a valid RegexFlag`);
  return flag(Number(v));
}) as never, false, regexFlagType, "RegexFlag.__new__"));
regexFlagType.dict.set("NOFLAG", flag(0));
for (const [name, bit] of FLAG_MEMBERS) regexFlagType.dict.set(name, flag(bit));
for (const [short, long] of Object.entries(SHORT_NAMES)) regexFlagType.dict.set(short, regexFlagType.dict.get(long)!);
regexFlagType.changed();

// ---- Pattern ----

export const patternType = makeBuiltinType("Pattern", objectType, TypeFlag.None);
patternType.module = "re";
export const matchType = makeBuiltinType("Match", objectType, TypeFlag.None);
matchType.module = "re";

class PyPattern extends PyObj {
  constructor(
    readonly code: PyCompiled, readonly source: string, readonly flags: number, readonly groups: number,
    readonly groupindex: PyDict, readonly names: Map<string, number>,
  ) {
    super(patternType);
  }
}

class PyMatch extends PyObj {
  constructor(
    readonly pat: PyPattern, readonly string: string, readonly pos: number, readonly endpos: number,
    readonly spans: number[],
  ) {
    super(matchType);
  }
}

function asPattern(x: PyObject): PyPattern {
  if (!(x instanceof PyPattern)) throw typeError(`descriptor requires a 're.Pattern' object but received a '${typeName(x)}'`);
  return x;
}

function asMatch(x: PyObject): PyMatch {
  if (!(x instanceof PyMatch)) throw typeError(`descriptor requires a 're.Match' object but received a '${typeName(x)}'`);
  return x;
}

function subject(x: PyObject): string {
  const s = strValue(x);
  if (s === undefined) throw typeError(`expected string or bytes-like object, got '${typeName(x)}'`);
  return s;
}

function position(x: PyObject | undefined, fallback: number): number {
  if (x === undefined) return fallback;
  const v = intValue(x);
  if (v === undefined) throw typeError(`'${typeName(x)}' object cannot be interpreted as an integer`);
  return typeof v === "bigint" ? (v > 0n ? Number.MAX_SAFE_INTEGER : 0) : v;
}

/** One attempt: mode 0 search, 1 match, 2 fullmatch. */
function attempt(p: PyPattern, s: string, pos: number, endpos: number, mode: number, mustAdvance = false): PyMatch | null {
  const n = cpLen(s);
  const from = Math.max(0, Math.min(pos, n));
  const to = Math.max(0, Math.min(endpos, n));
  const found = run(p.code, s, from, to, mode, mustAdvance);
  if (!(found instanceof PyTuple)) return null;
  return new PyMatch(p, s, from, to, found.items as number[]);
}

/** Successive non-overlapping matches, as finditer/sub/split see them (an empty match may follow a match). */
function allMatches(p: PyPattern, s: string, pos = 0, endpos = Number.MAX_SAFE_INTEGER, limit = 0): PyMatch[] {
  const out: PyMatch[] = [];
  const end = Math.min(endpos, cpLen(s));
  let at = Math.max(0, pos);
  let mustAdvance = false;
  while (at <= end && (limit === 0 || out.length < limit)) {
    const m = attempt(p, s, at, endpos, 0, mustAdvance);
    if (m === null) break;
    out.push(m);
    const [start, stop] = [m.spans[0], m.spans[1]];
    mustAdvance = start === stop;
    at = stop;
  }
  return out;
}

function searchArgs(name: string, args: PyObject[], kwargs: KwArgs | null): [PyPattern, string, number, number] {
  const [string, pos, endpos] = bindArgs(name, args.slice(1), kwargs, ["string", "pos", "endpos"]);
  if (string === undefined) throw typeError(`${name}() missing required argument 'string' (pos 1)`);
  return [asPattern(args[0]), subject(string), position(pos, 0), position(endpos, Number.MAX_SAFE_INTEGER)];
}

const orNone = (m: PyMatch | null): PyObject => m ?? None;

function groupText(m: PyMatch, g: number, fallback: PyObject = None): PyObject {
  const start = m.spans[2 * g];
  if (start < 0) return fallback;
  return Array.from(m.string).slice(start, m.spans[2 * g + 1]).join("");
}

function findallItem(m: PyMatch): PyObject {
  const groups = m.pat.groups;
  if (groups === 0) return groupText(m, 0);
  if (groups === 1) return groupText(m, 1, "");
  const items: PyObject[] = [];
  for (let g = 1; g <= groups; g++) items.push(groupText(m, g, ""));
  return newTuple(items);
}

/** The replacement for one match: a template's pieces, or the result of calling repl. */
function* replacement(repl: PyObject, pieces: (string | number)[] | null, m: PyMatch): NativeGen {
  if (pieces === null) return yield* callGen(repl, [m]);
  let out = "";
  for (const piece of pieces) out += typeof piece === "string" ? piece : (strValue(groupText(m, piece, "")) ?? "");
  return out;
}

function templatePieces(p: PyPattern, template: string): (string | number)[] {
  try {
    return parseReplacement(template, p.groups, p.names);
  } catch (e) {
    rethrow(e, template);
  }
}

function* substitute(p: PyPattern, repl: PyObject, string: PyObject, countArg: PyObject | undefined): Generator<any, [string, number], any> {
  const s = subject(string);
  let pieces: (string | number)[] | null = null;
  if (!isCallable(repl)) {
    const text = strValue(repl);
    if (text === undefined) throw typeError(`decoding to str: need a bytes-like object, ${typeName(repl)} found`);
    pieces = text.includes("\\") ? templatePieces(p, text) : [text];
  }
  const count = position(countArg, 0);
  const chars = Array.from(s);
  const parts: PyObject[] = [];
  let last = 0;
  const found = allMatches(p, s, 0, Number.MAX_SAFE_INTEGER, Math.max(0, count));
  for (const m of found) {
    if (m.spans[0] > last) parts.push(chars.slice(last, m.spans[0]).join(""));
    const r = yield* replacement(repl, pieces, m);
    if (r !== None && r !== "") parts.push(r);
    last = m.spans[1];
  }
  if (last < chars.length) parts.push(chars.slice(last).join(""));
  let out = "";
  parts.forEach((piece, i) => {
    const text = strValue(piece);
    if (text === undefined) throw typeError(`sequence item ${i}: expected str instance, ${typeName(piece)} found`);
    out += text;
  });
  return [out, found.length];
}

function splitWith(p: PyPattern, string: PyObject, maxsplit: PyObject | undefined): PyObject {
  const s = subject(string);
  const chars = Array.from(s);
  const out: PyObject[] = [];
  let last = 0;
  for (const m of allMatches(p, s, 0, Number.MAX_SAFE_INTEGER, Math.max(0, position(maxsplit, 0)))) {
    out.push(chars.slice(last, m.spans[0]).join(""));
    for (let g = 1; g <= p.groups; g++) out.push(groupText(m, g));
    last = m.spans[1];
  }
  out.push(chars.slice(last).join(""));
  return newList(out);
}

defineGetters(patternType, {
  pattern: (self) => asPattern(self).source,
  flags: (self) => asPattern(self).flags,
  groups: (self) => asPattern(self).groups,
  groupindex: (self) => asPattern(self).groupindex,
});
defineMethods(patternType, {
  search: (args, kw) => orNone(attempt(...searchArgs("search", args, kw), 0)),
  match: (args, kw) => orNone(attempt(...searchArgs("match", args, kw), 1)),
  fullmatch: (args, kw) => orNone(attempt(...searchArgs("fullmatch", args, kw), 2)),
  findall: (args, kw) => newList(allMatches(...searchArgs("findall", args, kw)).map(findallItem)),
  finditer: (args, kw) => getIterFast(newList(allMatches(...searchArgs("finditer", args, kw))))!,
  split: (args, kw) => {
    const [string, maxsplit] = bindArgs("split", args.slice(1), kw, ["string", "maxsplit"]);
    return splitWith(asPattern(args[0]), string ?? None, maxsplit);
  },
  __repr__: ([self]) => {
    const p = asPattern(self);
    const shown = strRepr(p.source).slice(0, 200);
    // UNICODE is implied for str patterns; the C repr (Modules/_sre/sre.c pattern_repr) leaves it out
    const names = [["TEMPLATE", 1], ["IGNORECASE", 2], ["LOCALE", 4], ["MULTILINE", 8], ["DOTALL", 16], ["VERBOSE", 64], ["DEBUG", 128], ["ASCII", 256]] as const;
    const rest = p.flags & ~32;
    const listed = names.filter(([, bit]) => rest & bit).map(([n]) => "re." + n);
    const unknown = rest & ~names.reduce((a, [, b]) => a | b, 0);
    if (unknown) listed.push("0x" + unknown.toString(16));
    return listed.length ? `re.compile(${shown}, ${listed.join("|")})` : `re.compile(${shown})`;
  },
  __eq__: ([self, other]) => {
    if (!(other instanceof PyPattern)) return NotImplemented;
    const p = asPattern(self);
    return p.source === other.source && p.flags === other.flags;
  },
  __hash__: ([self]) => {
    const p = asPattern(self);
    let h = p.flags;
    for (const ch of p.source) h = (h * 31 + ch.codePointAt(0)!) | 0;
    return h;
  },
  __copy__: ([self]) => self,
  __deepcopy__: ([self]) => self,
});
defineGenMethods(patternType, {
  sub: function* (args, kw) {
    const [repl, string, count] = bindArgs("sub", args.slice(1), kw, ["repl", "string", "count"]);
    return (yield* substitute(asPattern(args[0]), repl ?? None, string ?? None, count))[0];
  },
  subn: function* (args, kw) {
    const [repl, string, count] = bindArgs("subn", args.slice(1), kw, ["repl", "string", "count"]);
    const [text, n] = yield* substitute(asPattern(args[0]), repl ?? None, string ?? None, count);
    return newTuple([text, n]);
  },
});
defineClassMethods(patternType, { __class_getitem__: ([cls]) => cls });

// ---- Match ----

/** A group reference (number or name) as a group number; IndexError "no such group" otherwise. */
function groupNumber(m: PyMatch, g: PyObject): number {
  const name = strValue(g);
  if (name !== undefined) {
    const n = m.pat.names.get(name);
    if (n !== undefined) return n;
    throw indexError("no such group");
  }
  const v = intValue(g);
  if (v !== undefined && v >= 0 && v <= m.pat.groups) return Number(v);
  throw indexError("no such group");
}

function lastIndex(m: PyMatch): number | null {
  // the group that closed last: furthest end; on a tie the outer (lower-numbered) group, which closes
  // after the groups nested in it (spans alone cannot tell a trailing empty group from a nested one)
  let best: number | null = null;
  for (let g = 1; g <= m.pat.groups; g++) {
    const s = m.spans[2 * g], e = m.spans[2 * g + 1];
    if (s < 0) continue;
    if (best === null) {
      best = g;
      continue;
    }
    if (e > m.spans[2 * best + 1]) best = g;
  }
  return best;
}

defineGetters(matchType, {
  re: (self) => asMatch(self).pat,
  string: (self) => asMatch(self).string,
  pos: (self) => asMatch(self).pos,
  endpos: (self) => asMatch(self).endpos,
  lastindex: (self) => lastIndex(asMatch(self)) ?? None,
  lastgroup: (self) => {
    const m = asMatch(self);
    const last = lastIndex(m);
    for (const [name, n] of m.pat.names) if (n === last) return name;
    return None;
  },
  regs: (self) => {
    const m = asMatch(self);
    const out: PyObject[] = [];
    for (let g = 0; g <= m.pat.groups; g++) out.push(newTuple([m.spans[2 * g], m.spans[2 * g + 1]]));
    return newTuple(out);
  },
});
defineMethods(matchType, {
  group: ([self, ...which]) => {
    const m = asMatch(self);
    if (which.length === 0) return groupText(m, 0);
    if (which.length === 1) return groupText(m, groupNumber(m, which[0]));
    return newTuple(which.map((g) => groupText(m, groupNumber(m, g))));
  },
  __getitem__: ([self, g]) => groupText(asMatch(self), groupNumber(asMatch(self), g)),
  groups: ([self, ...rest], kw) => {
    const m = asMatch(self);
    const [fallback = None] = bindArgs("groups", rest, kw, ["default"]);
    const out: PyObject[] = [];
    for (let g = 1; g <= m.pat.groups; g++) out.push(groupText(m, g, fallback));
    return newTuple(out);
  },
  groupdict: ([self, ...rest], kw) => {
    const m = asMatch(self);
    const [fallback = None] = bindArgs("groupdict", rest, kw, ["default"]);
    const d = new PyDict();
    for (const [name, n] of m.pat.names) d.setNorm(name, name, groupText(m, n, fallback));
    return d;
  },
  start: ([self, g = 0]) => asMatch(self).spans[2 * groupNumber(asMatch(self), g)],
  end: ([self, g = 0]) => asMatch(self).spans[2 * groupNumber(asMatch(self), g) + 1],
  span: ([self, g = 0]) => {
    const m = asMatch(self);
    const n = groupNumber(m, g);
    return newTuple([m.spans[2 * n], m.spans[2 * n + 1]]);
  },
  expand: ([self, template]) => {
    const m = asMatch(self);
    const text = strValue(template);
    if (text === undefined) throw typeError(`expected str instance, ${typeName(template)} found`);
    let out = "";
    for (const piece of templatePieces(m.pat, text)) out += typeof piece === "string" ? piece : (strValue(groupText(m, piece, "")) ?? "");
    return out;
  },
  __repr__: ([self]) => {
    const m = asMatch(self);
    return `<re.Match object; span=(${m.spans[0]}, ${m.spans[1]}), match=${strRepr(strValue(groupText(m, 0)) ?? "")}>`;
  },
  __copy__: ([self]) => self,
  __deepcopy__: ([self]) => self,
});
defineClassMethods(matchType, { __class_getitem__: ([cls]) => cls });

// ---- compiling, with a cache, and the module ----

const CACHE_LIMIT = 512;
const cache = new Map<string, PyPattern>();

function compilePattern(pattern: PyObject, flags: PyObject): PyPattern {
  const f = intValue(flags);
  if (f === undefined) throw typeError(`unsupported operand type(s) for &: '${typeName(flags)}' and 'int'`);
  if (pattern instanceof PyPattern) {
    if (f) throw valueError("cannot process flags argument with a compiled pattern");
    return pattern;
  }
  const source = strValue(pattern);
  if (source === undefined) {
    if (typeName(pattern) === "bytes") throw typeError("gilpy: bytes patterns are not supported");
    throw typeError("first argument must be string or compiled pattern");
  }
  const key = `${Number(f)}:${source}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  let t: TranslatedPattern;
  try {
    t = translatePattern(source, Number(f));
  } catch (e) {
    rethrow(e, source);
  }
  let code: PyCompiled;
  try {
    code = new PyCompiled(t);
  } catch (e) {
    throw typeError(`gilpy cannot run this pattern: ${(e as Error).message}`);
  }
  const index = new PyDict();
  for (const [k, v] of t.groupIndex) index.setNorm(k, k, v);
  const compiled = new PyPattern(code, source, t.pyFlags, t.groups, index, new Map(t.groupIndex));
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, compiled);
  return compiled;
}

/** Binds a module function's (pattern, required..., optional..., flags=0) and compiles the pattern. */
function viaPattern(name: string, required: string[], optional: string[] = []) {
  const names = ["pattern", ...required, ...optional, "flags"];
  return (args: PyObject[], kw: KwArgs | null): [PyPattern, (PyObject | undefined)[]] => {
    const bound = bindArgs(name, args, kw, names);
    for (let i = 0; i <= required.length; i++) {
      if (bound[i] === undefined) throw typeError(`${name}() missing 1 required positional argument: '${names[i]}'`);
    }
    return [compilePattern(bound[0]!, bound[names.length - 1] ?? 0), bound.slice(1, names.length - 1)];
  };
}

const SPECIAL = new Set(Array.from("()[]{}?*+-|^$\\.&~# \t\n\r\v\f"));

export function createReModule(_rt: RuntimeContext): PyModule {
  const m = new PyModule("re");
  const d = m.dict;
  d.set("__all__", newList(["match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer", "compile",
    "purge", "template", "escape", "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U", "ASCII",
    "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag"]));
  d.set("error", reErrorType);
  d.set("Pattern", patternType);
  d.set("Match", matchType);
  d.set("RegexFlag", regexFlagType);
  d.set("NOFLAG", regexFlagType.dict.get("NOFLAG")!);
  for (const [name] of FLAG_MEMBERS) d.set(name, regexFlagType.dict.get(name)!);
  for (const [short, long] of Object.entries(SHORT_NAMES)) d.set(short, regexFlagType.dict.get(long)!);
  const search = viaPattern("search", ["string"]);
  const match = viaPattern("match", ["string"]);
  const full = viaPattern("fullmatch", ["string"]);
  const findall = viaPattern("findall", ["string"]);
  const finditer = viaPattern("finditer", ["string"]);
  const split = viaPattern("split", ["string"], ["maxsplit"]);
  const sub = viaPattern("sub", ["repl", "string"], ["count"]);
  const subn = viaPattern("subn", ["repl", "string"], ["count"]);
  defineModuleFunctions(m, {
    compile: (args, kw) => {
      const [pattern, flags] = bindArgs("compile", args, kw, ["pattern", "flags"]);
      if (pattern === undefined) throw typeError("compile() missing 1 required positional argument: 'pattern'");
      return compilePattern(pattern, flags ?? 0);
    },
    search: (args, kw) => {
      const [p, [s]] = search(args, kw);
      return orNone(attempt(p, subject(s!), 0, Number.MAX_SAFE_INTEGER, 0));
    },
    match: (args, kw) => {
      const [p, [s]] = match(args, kw);
      return orNone(attempt(p, subject(s!), 0, Number.MAX_SAFE_INTEGER, 1));
    },
    fullmatch: (args, kw) => {
      const [p, [s]] = full(args, kw);
      return orNone(attempt(p, subject(s!), 0, Number.MAX_SAFE_INTEGER, 2));
    },
    findall: (args, kw) => {
      const [p, [s]] = findall(args, kw);
      return newList(allMatches(p, subject(s!)).map(findallItem));
    },
    finditer: (args, kw) => {
      const [p, [s]] = finditer(args, kw);
      return getIterFast(newList(allMatches(p, subject(s!))))!;
    },
    split: (args, kw) => {
      const [p, [s, maxsplit]] = split(args, kw);
      return splitWith(p, s!, maxsplit);
    },
    purge: () => {
      cache.clear();
      return None;
    },
    escape: (args) => {
      const s = strValue(args[0] ?? None);
      if (s === undefined) throw typeError(`expected str instance, ${typeName(args[0] ?? None)} found`);
      let out = "";
      for (const ch of s) out += SPECIAL.has(ch) ? "\\" + ch : ch;
      return out;
    },
    template: (args, kw) => {
      const [pattern, flags] = bindArgs("template", args, kw, ["pattern", "flags"]);
      return compilePattern(pattern ?? None, flag(flagValue(flags ?? 0) | 1));
    },
  });
  defineModuleGenFunctions(m, {
    sub: function* (args, kw) {
      const [p, [repl, s, count]] = sub(args, kw);
      return (yield* substitute(p, repl!, s!, count))[0];
    },
    subn: function* (args, kw) {
      const [p, [repl, s, count]] = subn(args, kw);
      const [text, n] = yield* substitute(p, repl!, s!, count);
      return newTuple([text, n]);
    },
  });
  return m;
}
