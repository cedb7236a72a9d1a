#!/usr/bin/env node
// run.mjs — the developers' conformance runner: runs corpus programs under gilpy (or GILPY_CMD), prints one
// line per program, diffs on request, a summary by category, and can prune/extend expected-failures.txt.
//
//   node tests/conformance/run.mjs [--corpus lecture|own|all] [--filter TEXT|/REGEX/] [--verbose] [--jobs N]
//                                  [--clock virtual|real] [--seed N] [--threaded|--clocked]
//                                  [--prune-expected] [--add-failing]
//   GILPY_CMD=python3 node tests/conformance/run.mjs      # proves the normalisation: everything passes
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import {
  CORPORA,
  loadCorpus,
  loadExpectedFailures,
  expectedFailuresPath,
  interpreterCommand,
  runAll,
  scheduleOrder,
  verdict,
  summaryTable,
  describeProblems,
  usesThreads,
  inRealClockGroup,
} from "./lib.mjs";

const USAGE = `usage: node tests/conformance/run.mjs [options]
  --corpus lecture|own|all   which corpus (default all)
  --filter TEXT | /REGEX/    only programs whose file name contains TEXT (or matches REGEX)
  --verbose, -v              print the diff of every failing program (also of expected failures)
  --jobs N                   programs run at a time (default 2)
  --clock virtual|real       gilpy's clock (default virtual; real: sleeps take real time, timeouts grow)
  --seed N                   gilpy's --seed with the virtual clock (default 1)
  --threaded                 only programs that use threading, _thread, queue or concurrent.futures
  --clocked                  only the real-clock group (those or time; not tests/corpus's asyncio programs)
  --prune-expected           remove programs that now pass from expected-failures.txt
  --add-failing              add programs that fail and are not listed to expected-failures.txt
  --expected-only            run only the programs listed in expected-failures.txt
  --update-reasons           rewrite the reason of every listed program that still fails from its first difference
env: GILPY_CMD (interpreter argv prefix, default: node bin/gilpy.js --clock=virtual --seed=1),
     GILPY_EXPECTED_FAILURES (file, or "none"), GILPY_TIMEOUT (s), GILPY_HANG_SECONDS (s)`;

const args = process.argv.slice(2);
const opts = { clock: "virtual", seed: 1, threaded: false, clocked: false, corpus: "all", filter: null, verbose: false, jobs: 2, prune: false, addFailing: false, updateReasons: false, expectedOnly: false };
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  const value = () => {
    const eq = a.indexOf("=");
    if (eq >= 0) return a.slice(eq + 1);
    if (i + 1 >= args.length) fail(`${a} needs a value`);
    return args[++i];
  };
  if (a === "--verbose" || a === "-v") opts.verbose = true;
  else if (a.startsWith("--corpus")) opts.corpus = value();
  else if (a.startsWith("--filter")) opts.filter = value();
  else if (a.startsWith("--jobs")) opts.jobs = Math.max(1, Number(value()) || 1);
  else if (a.startsWith("--clock") && a !== "--clocked") opts.clock = value();
  else if (a.startsWith("--seed")) opts.seed = Number(value());
  else if (a === "--threaded") opts.threaded = true;
  else if (a === "--clocked") opts.clocked = true;
  else if (a === "--prune-expected") opts.prune = true;
  else if (a === "--add-failing") opts.addFailing = true;
  else if (a === "--update-reasons") opts.updateReasons = true;
  else if (a === "--expected-only") opts.expectedOnly = true;
  else if (a === "--help" || a === "-h") {
    console.log(USAGE);
    process.exit(0);
  } else fail(`unknown option ${a}`);
}

function fail(message) {
  console.error(`run.mjs: ${message}\n${USAGE}`);
  process.exit(2);
}

const names = opts.corpus === "all" ? Object.keys(CORPORA) : [opts.corpus];
let entries = [];
for (const name of names) {
  if (!CORPORA[name]) fail(`unknown corpus ${name}`);
  if (existsSync(CORPORA[name] + "/manifest.json")) entries.push(...loadCorpus(CORPORA[name], name));
}
if (opts.clock !== "virtual" && opts.clock !== "real") fail(`--clock must be virtual or real, not ${opts.clock}`);
if (opts.threaded) entries = entries.filter(usesThreads);
if (opts.clocked) entries = entries.filter(inRealClockGroup);
if (opts.filter) {
  const m = /^\/(.*)\/$/.exec(opts.filter);
  const re = m ? new RegExp(m[1]) : null;
  entries = entries.filter((e) => (re ? re.test(e.file) : e.file.includes(opts.filter)));
}
const xfPath = expectedFailuresPath();
const expected = loadExpectedFailures(xfPath);
if (opts.expectedOnly) entries = entries.filter((e) => expected.has(e.file));
const cmd = interpreterCommand(process.env, { clock: opts.clock, seed: opts.seed });
console.log(`interpreter: ${cmd.join(" ")}\nexpected failures: ${xfPath ?? "(none)"}\nprograms: ${entries.length}\n`);

const rows = [];
const t0 = performance.now();
await runAll(scheduleOrder(entries), {
  jobs: opts.jobs,
  cmd,
  onResult(outcome) {
    const v = verdict(outcome, expected);
    rows.push({ entry: outcome.entry, verdict: v, outcome });
    const secs = (outcome.result.ms / 1000).toFixed(2).padStart(6);
    const reason = v === "xfail" ? `  # ${expected.get(outcome.entry.file)}` : "";
    console.log(`${v.toUpperCase().padEnd(5)} ${secs}s  ${outcome.entry.corpus}/${outcome.entry.file}${reason}`);
    if (v === "fail" || (opts.verbose && v === "xfail")) console.log(indent(describeProblems(outcome)) + "\n");
    if (v === "xpass") console.log(`      passes now: remove it from ${xfPath}`);
  },
});

const known = new Set(rows.map((r) => r.entry.file));
const allFiles = new Set(names.flatMap((n) => (existsSync(CORPORA[n] + "/manifest.json") ? loadCorpus(CORPORA[n], n).map((e) => e.file) : [])));
const stale = opts.corpus === "all" ? [...expected.keys()].filter((f) => !allFiles.has(f)) : [];

console.log("\n" + summaryTable(rows));
console.log(`wall: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
if (stale.length) console.log(`\nexpected-failures.txt names programs that do not exist: ${stale.join(", ")}`);

if ((opts.prune || opts.addFailing || opts.updateReasons) && xfPath) {
  const passing = new Set(rows.filter((r) => r.verdict === "xpass").map((r) => r.entry.file));
  const lines = existsSync(xfPath) ? readFileSync(xfPath, "utf8").split("\n") : [];
  let kept = lines;
  if (opts.prune) {
    kept = lines.filter((l) => {
      const name = l.split("#")[0].trim();
      return !(name && (passing.has(name) || stale.includes(name)));
    });
  }
  if (opts.updateReasons) {
    const failing = new Map(rows.filter((r) => r.verdict === "xfail").map((r) => [r.entry.file, firstProblem(r.outcome)]));
    kept = kept.map((l) => {
      const name = l.split("#")[0].trim();
      return failing.has(name) ? `${name}  # ${failing.get(name)}` : l;
    });
  }
  if (opts.addFailing) {
    const added = rows.filter((r) => r.verdict === "fail").map((r) => `${r.entry.file}  # ${firstProblem(r.outcome)}`);
    while (kept.length && kept[kept.length - 1] === "") kept.pop();
    kept.push(...added, "");
  }
  writeFileSync(xfPath, kept.join("\n"));
  console.log(`updated ${xfPath}`);
}

const bad = rows.filter((r) => r.verdict === "fail" || r.verdict === "xpass").length + stale.length;
void known;
process.exit(bad ? 1 : 0);

function indent(text) {
  return text
    .split("\n")
    .map((l) => "      " + l)
    .join("\n");
}

/** A one-line reason: gilpy's last stderr line when it differs from CPython's (usually the exception), else the first differing line. */
function firstProblem(outcome) {
  const { entry, result, problems } = outcome;
  if (result.timedOut) return `timed out after ${(result.ms / 1000).toFixed(0)} s`;
  const err = problems.find((p) => p.what === "stderr");
  const lastLine = (text) => text.trimEnd().split("\n").pop() ?? "";
  const lastErr = lastLine(result.stderr);
  if (err && lastErr && lastErr !== lastLine(entry.stderr)) return `stderr: ${lastErr.slice(0, 100)}`;
  const p = err ?? problems[0];
  if (!p) return "";
  if (p.what === "exit code") return `exit code ${p.actual}, expected ${p.expected}`;
  const want = p.expected.split("\n");
  const got = p.actual.split("\n");
  let i = 0;
  while (i < want.length && want[i] === got[i]) i++;
  const show = (l) => (l === undefined ? "nothing" : JSON.stringify(l.slice(0, 60)));
  return `${p.what} line ${i + 1}: expected ${show(want[i])}, got ${show(got[i])}`;
}
