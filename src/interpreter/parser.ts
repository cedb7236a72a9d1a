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
import { fastMatch } from "./parse-match.js";
import type { StringEnv } from "./parse-strings.js";

// ohm-js matches only input that parse-match.ts found not to parse: its speed-ups are installed then.
let ohmReady = false;

function ohmMatch(text: string, rule: string): MatchResult {
  if (!ohmReady) { ohmReady = true; speedUpMatching(grammar); }
  return grammar.match(text, rule);
}

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
  return matchAndBuild(ctx, START[mode]) as Module | Expression | Interactive;
}

/**
 * Matches the marked text with the lean matcher (parse-match.ts) and builds the AST; when it does not match,
 * ohm-js matches it again, recording what the error messages need.
 */
function matchAndBuild(ctx: ParseCtx, rule: string): unknown {
  const cst = fastMatch(grammar, ctx.lay.text, rule);
  if (cst) return build(ctx, { _cst: cst, _cstOffset: 0 } as unknown as MatchResult);
  return finish(ctx, ohmMatch(ctx.lay.text, rule), rule);
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

function build(ctx: ParseCtx, m: MatchResult): unknown {
  if (ctx.lay.error) throw ctx.lay.error.info;
  setCtx(ctx);
  try {
    return sem()(m).ast();
  } catch (e) {
    if (e instanceof SyntaxErrorInfo) throw e;
    if (e instanceof PendingError) throw errorAfter(ctx, e.msg, e.at);
    if (e instanceof RangeError) throw e; // too deep: parse() reports it
    throw internalError(ctx, e);
  }
}

function finish(ctx: ParseCtx, m: MatchResult, rule: string): unknown {
  const lay = ctx.lay;
  if (m.succeeded()) return build(ctx, m);
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
  try {
    return matchAndBuild(ctx, "fStringInput") as Expr;
  } finally {
    setCtx(outer);
  }
}

export { origOf };
