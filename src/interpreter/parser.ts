// parser.ts — parse(source) → AST: runs the layout pass, matches the precompiled Ohm grammar and builds the AST,
// and decides which SyntaxError CPython 3.11 would report (tokenizer errors vs parser errors, pegen_errors.c).
import grammar from "./grammar.generated.js";
import { speedUpMatching } from "./parse-ohm-speed.js";
import type { MatchResult } from "ohm-js";
import { SyntaxErrorInfo } from "./ast.js";
import type { Expr, Expression, Interactive, Module, Stmt } from "./ast.js";
import { colOf, layout, lineOf, lineText, type Layout } from "./layout.js";
import { makeSemantics, origOf, PendingError, posOf, setCtx, type AstBuilder, type ParseCtx } from "./parse-ast.js";
import { diagnose, errorAfter, failLine } from "./parse-errors.js";
import type { StringEnv } from "./parse-strings.js";

speedUpMatching(grammar);

let semantics: AstBuilder | null = null;

function sem(): AstBuilder {
  if (!semantics) semantics = makeSemantics(grammar);
  return semantics;
}

const START: Record<string, string> = { exec: "fileInput", eval: "evalInput", single: "singleInput" };

/**
 * Parses Python 3.11 source. Throws SyntaxErrorInfo (SyntaxError, IndentationError or TabError) with
 * CPython's message and location for bad input; never throws anything else for any input string.
 */
export function parse(source: string, filename: string, mode: "exec" | "eval" | "single" = "exec"): Module | Expression | Interactive {
  try {
    return parseOrOverflow(source, filename, mode);
  } catch (e) {
    if (e instanceof RangeError) throw tooDeep(source);
    throw e;
  }
}

/**
 * Ohm's matcher recurses in JavaScript, so very deep nesting (about 50+ brackets, depending on the engine's
 * stack) exhausts the stack before CPython's limit of 200; report it as CPython reports its own limit.
 */
function tooDeep(source: string): SyntaxErrorInfo {
  const lay = layout(source);
  let depth = 0, max = 0, at = 0;
  for (let i = 0; i < lay.text.length; i++) {
    const c = lay.text[i];
    if (c === "(" || c === "[" || c === "{") { if (++depth > max) { max = depth; at = i; } }
    else if (c === ")" || c === "]" || c === "}") depth--;
  }
  const o = lay.map[at] ?? 0;
  const line = lineOf(lay.lineStarts, o);
  const col = colOf(source, lay.lineStarts, line, o);
  return new SyntaxErrorInfo("SyntaxError", "too many nested parentheses", line, col + 1, line, col + 1,
    lineText(source, lay.lineStarts, line));
}

function parseOrOverflow(source: string, filename: string, mode: "exec" | "eval" | "single"): Module | Expression | Interactive {
  void filename;
  if (mode === "eval") source = source.replace(/^[ \t\f]+/, ""); // eval() strips leading blanks
  const lay = layout(source);
  const ctx = makeCtx(lay, source, source, computeLines(lay), 0, false);
  if (mode === "exec" && !lay.error && lay.chunkStarts.length > 2) {
    const body = parseChunks(ctx);
    if (body) return { kind: "Module", body };
  }
  const m = grammar.match(lay.text, START[mode]);
  return finish(ctx, m, START[mode]) as Module | Expression | Interactive;
}

function computeLines(lay: Layout): number[] { return lay.lineStarts; }

function makeCtx(lay: Layout, text: string, source: string, lineStarts: number[], base: number, fstring: boolean): ParseCtx {
  const ctx: ParseCtx = { lay, text: lay.text, base, source, lineStarts, fstring, strEnv: null as unknown as StringEnv };
  void text;
  ctx.strEnv = {
    source,
    pos: (s, e) => posOf(ctx, s, e),
    parseExpr: (s, e) => parseFStringExpr(ctx, s, e),
  };
  return ctx;
}

function finish(ctx: ParseCtx, m: MatchResult, rule: string): unknown {
  const lay = ctx.lay;
  if (m.succeeded()) {
    if (lay.error) throw lay.error.info;
    setCtx(ctx);
    try {
      return sem()(m).ast();
    } catch (e) {
      if (e instanceof SyntaxErrorInfo) throw e;
      if (e instanceof PendingError) throw errorAfter(ctx, e.msg, e.at);
      throw internalError(ctx, e);
    }
  }
  const fail = (m as unknown as { getRightmostFailurePosition(): number }).getRightmostFailurePosition();
  const tokErr = lay.error;
  if (tokErr) {
    // The tokenizer stopped early; if the parser got that far, the tokenizer error is what it hit.
    const stop = lay.text.length - trailingLen(lay.text);
    if (fail >= stop) throw tokErr.info;
  }
  let err: SyntaxErrorInfo;
  try {
    err = diagnose(ctx, grammar, fail, rule, sem());
  } catch (e) {
    if (e instanceof SyntaxErrorInfo) err = e;
    else throw internalError(ctx, e);
  }
  if (tokErr) {
    // Parser/pegen_errors.c (_PyPegen_tokenize_full_source_to_check_for_errors): a tokenizer error later in
    // the file replaces the parser's error; an unclosed bracket does only when it opened on an earlier line.
    if (tokErr.raises) throw tokErr.info;
    if (tokErr.unclosedLine !== undefined && tokErr.unclosedLine < failLine(ctx, fail)) throw tokErr.info;
  }
  throw err;
}

/**
 * Matches each top-level statement group on its own: Ohm's memo tables stay small and short-lived, which
 * saves most of the garbage collection a whole-file match costs. Returns null when a group fails to match;
 * the caller then matches the whole file so errors are diagnosed exactly as before.
 */
function parseChunks(ctx: ParseCtx): Stmt[] | null {
  const starts = ctx.lay.chunkStarts;
  const text = ctx.lay.text;
  const body: Stmt[] = [];
  setCtx(ctx);
  const build = sem();
  for (let i = 0; i < starts.length; i++) {
    const s = starts[i];
    const e = i + 1 < starts.length ? starts[i + 1] : text.length;
    if (e <= s) continue;
    const m = grammar.match(text.slice(s, e), "fileInput");
    if (m.failed()) return null;
    try {
      const mod = build(m, s).ast() as Module;
      for (const st of mod.body) body.push(st);
    } catch (err) {
      if (err instanceof SyntaxErrorInfo || err instanceof PendingError) return null;
      throw err;
    }
  }
  return body;
}

/** Length of the newline and DEDENT characters the layout pass appended at the end. */
function trailingLen(text: string): number {
  let k = 0;
  while (k < text.length) {
    const c = text.charCodeAt(text.length - 1 - k);
    if (c === 10 || c === 0xe002) k++; else break;
  }
  return k;
}

/** A JavaScript failure inside the parser is a gilpy bug; it still reaches the user as a SyntaxError. */
function internalError(ctx: ParseCtx, e: unknown): SyntaxErrorInfo {
  const msg = e instanceof Error ? e.message : String(e);
  void ctx;
  return new SyntaxErrorInfo("SyntaxError", `internal parser error (gilpy bug): ${msg}`, 1, 1, 1, 1, null);
}

/**
 * Parses the expression of an f-string replacement field, source[start, end), as CPython 3.11 does:
 * wrapped in parentheses, with positions mapped back into the original source.
 */
function parseFStringExpr(outer: ParseCtx, start: number, end: number): Expr {
  const sub = "(" + outer.source.slice(start, end) + ")";
  const lay = layout(sub);
  const ctx = makeCtx(lay, sub, outer.source, outer.lineStarts, start - 1, true);
  const m = grammar.match(lay.text, "fStringInput");
  try {
    return finish(ctx, m, "fStringInput") as Expr;
  } finally {
    setCtx(outer);
  }
}

export { origOf };
