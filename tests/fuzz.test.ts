// fuzz.test.ts — random and mutated programs through the whole pipeline (layout, parser, compiler, VM)
// end in output or a Python exception: never a JavaScript error escaping ("gilpy internal error") and never
// a hang (each run has an instruction budget). Mutations of the corpus programs delete, duplicate, swap or
// insert tokens and lines; fixed seeds keep every run repeatable.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createInterpreter } from "../src/interpreter/run.js";
import type { Host } from "../src/runtime/host.js";

const CORPUS = join(__dirname, "corpus");
const PROGRAMS = readdirSync(CORPUS).filter((f) => f.endsWith(".py") && !f.startsWith("_")).sort()
  .map((f) => readFileSync(join(CORPUS, f), "utf8"))
  .filter((s) => !/\bimport (os|sys|random|threading|time|concurrent|queue)\b/.test(s)); // keep runs in-process and quick

/** Thrown by the host when a run used up its budget; not a gilpy failure. */
class OutOfBudget {}

const INSTRUCTION_BUDGET = 3_000_000;
// FUZZ_SEED / FUZZ_RUNS explore further by hand; the defaults are what the suite runs.
const SEED = Number(process.env.FUZZ_SEED ?? 20240611);
const RUNS = Number(process.env.FUZZ_RUNS ?? 250);

async function runLimited(source: string): Promise<{ stdout: string; stderr: string; code: number | null }> {
  let stdout = "", stderr = "", instructions = 0;
  const host: Host = {
    writeStdout: (t) => { if (stdout.length < 100_000) stdout += t; },
    writeStderr: (t) => { if (stderr.length < 100_000) stderr += t; },
    readLine: async () => null,
    monotonicMs: () => 0,
    wallMs: () => 0,
    setTimer: (ms, fn) => { const h = setTimeout(fn, Math.min(ms, 10)); return { cancel: () => clearTimeout(h) }; },
    yieldToEventLoop: () => new Promise((r) => setImmediate(r)),
    countInstructions: (n) => {
      instructions += n;
      if (instructions > INSTRUCTION_BUDGET) throw new OutOfBudget();
    },
    readTextFile: () => null,
    cwd: "/tmp",
    env: new Map(),
    pid: 4242,
    platform: "linux",
    cpuCount: 2,
  };
  const interp = createInterpreter({ host, argv: ["fuzz.py"], clock: "virtual", seed: 1, scriptDir: "" });
  try {
    const code = await interp.runMain(source, "fuzz.py");
    return { stdout, stderr, code };
  } catch (e) {
    if (e instanceof OutOfBudget) return { stdout, stderr, code: null };
    throw e;
  }
}

function checkOutcome(source: string, r: { stderr: string; code: number | null }): void {
  if (/internal error|RangeError|Maximum call stack/.test(r.stderr) || r.code === 70) {
    throw new Error(`internal error for program:\n${source}\n--- stderr:\n${r.stderr}`);
  }
}

const TOKEN = /[A-Za-z_][A-Za-z_0-9]*|\d+(?:\.\d*)?|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|\*\*|\/\/|==|!=|<=|>=|->|:=|[ \t]+|\n|./g;
const INSERTS = [":", "(", ")", "[", "]", "{", "}", ",", "=", "*", "**", ".", "yield", "return", "lambda", "await", "async",
  "del", "global", "nonlocal", "break", "continue", "not", "in", "is", "if", "else", "for", "while", "try", "except",
  "finally", "with", "as", "class", "def", "import", "from", "pass", "None", "0", "-1", "'s'", "f'{x}'", "\\", "\t", "    ", "\n", "@", ";", "...", "x", "self"];

/** A mutation: [kind, position, position, insert index] applied to a program's tokens or lines. */
const mutation = fc.tuple(fc.integer({ min: 0, max: 7 }), fc.nat(), fc.nat(), fc.nat({ max: INSERTS.length - 1 }));

function mutate(src: string, muts: [number, number, number, number][]): string {
  for (const [kind, a, b, k] of muts) {
    if (kind < 4) {
      const toks = src.match(TOKEN) ?? [];
      if (toks.length === 0) continue;
      const i = a % toks.length, j = b % toks.length;
      if (kind === 0) toks.splice(i, 1);
      else if (kind === 1) toks.splice(i, 0, toks[i]);
      else if (kind === 2) [toks[i], toks[j]] = [toks[j], toks[i]];
      else toks.splice(i, 0, INSERTS[k]);
      src = toks.join("");
    } else {
      const lines = src.split("\n");
      const i = a % lines.length, j = b % lines.length;
      if (kind === 4) lines.splice(i, 1);
      else if (kind === 5) lines.splice(i, 0, lines[i]);
      else if (kind === 6) [lines[i], lines[j]] = [lines[j], lines[i]];
      else lines[i] = "    " + lines[i];
      src = lines.join("\n");
    }
  }
  return src;
}

describe("fuzzing the whole pipeline", () => {
  it("mutated corpus programs end in output or a Python exception", async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 4 }), async (p, muts) => {
        const src = mutate(PROGRAMS[p % PROGRAMS.length], muts);
        checkOutcome(src, await runLimited(src));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  }, 600_000);

  it("random token soup ends in output or a Python exception", async () => {
    const soup = fc.array(fc.constantFrom(...INSERTS, "x", "y", "1", "+", "-", "<", "%", "~", "|", "&", "^", "print", "(x)", "range(3)"),
      { minLength: 1, maxLength: 40 }).map((t) => t.join(" ") + "\n");
    await fc.assert(
      fc.asyncProperty(soup, async (src) => {
        checkOutcome(src, await runLimited(src));
      }),
      { seed: SEED + 1, numRuns: RUNS },
    );
  }, 600_000);
});
