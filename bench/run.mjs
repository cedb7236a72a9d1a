#!/usr/bin/env node
// run.mjs — `npm run bench`: runs bench/*.py under gilpy and python3 in one go and prints wall time, the
// gilpy/CPython ratio, CPU time (user+sys, steadier than wall on a shared machine), the geometric mean,
// start-up time of an empty script and peak memory (RSS).
// Each benchmark prints a checksum; differing outputs fail the run loudly (exit 1). Lines a benchmark writes
// to stderr starting with "note:" are shown under its row (timings that cannot be part of the checksum).
// A benchmark with a "# bench: gilpy-only (why)" line runs under gilpy alone; its "# bench-expect: LINE"
// lines are the stdout it must print (for what CPython cannot do on a typical machine, e.g. 100,000 threads).
//   node bench/run.mjs [--filter NAME] [--runs N]      env: GILPY_CMD, PYTHON, BENCH_TIMEOUT (s)
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, "..");
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return dflt;
  return args[i].includes("=") ? args[i].split("=").slice(1).join("=") : args[i + 1];
};
const filter = opt("filter", "");
const runs = Number(opt("runs", 1));
const startupRuns = Number(opt("startup-runs", 7));
const timeoutS = Number(process.env.BENCH_TIMEOUT ?? 300);
const gilpyCmd = process.env.GILPY_CMD ? process.env.GILPY_CMD.split(/\s+/) : [process.execPath, join(ROOT, "bin", "gilpy.js")];
const pythonCmd = (process.env.PYTHON ?? "python3").split(/\s+/);
const TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : null;

/** Runs cmd on file; returns wall seconds, CPU seconds and peak RSS in MB (if /usr/bin/time exists), stdout, exit code. */
function measure(cmd, file) {
  return new Promise((resolveRun) => {
    const marker = "@@BENCH-RSS-KB ";
    const argv = TIME ? [TIME, "-f", `${marker}%M %U %S`, ...cmd, file] : [...cmd, file];
    const t0 = performance.now();
    const child = spawn(argv[0], argv.slice(1), { cwd: HERE, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutS * 1000);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const secs = (performance.now() - t0) / 1000;
      let rssMb = null;
      let cpu = null;
      const m = new RegExp(`${marker}(\\d+) ([\\d.]+) ([\\d.]+)\\n?$`).exec(err);
      if (m) {
        rssMb = Number(m[1]) / 1024;
        cpu = Number(m[2]) + Number(m[3]);
        err = err.slice(0, m.index);
      }
      err = err.replace(/^Command (exited with non-zero status|terminated by signal) .*\n/m, "");
      resolveRun({ secs, cpu, rssMb, out, err, code: signal ? `killed (${signal}${secs >= timeoutS ? ", timeout" : ""})` : code });
    });
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (x, d = 2) => (x === null || x === undefined || Number.isNaN(x) ? "-" : x.toFixed(d));

const benches = readdirSync(HERE)
  .filter((f) => f.endsWith(".py") && f.includes(filter))
  .sort();
console.log(`gilpy:   ${gilpyCmd.join(" ")}\nCPython: ${pythonCmd.join(" ")}\n`);
const header = ["benchmark", "CPython s", "gilpy s", "ratio", "CPU CPython", "CPU gilpy", "CPU ratio", "CPython MB", "gilpy MB", "output"];
const widths = [20, 10, 10, 8, 12, 10, 10, 11, 9, 8];
const row = (cells) => cells.map((c, i) => String(c)[i === 0 ? "padEnd" : "padStart"](widths[i])).join(" ");
console.log(row(header));
console.log("(s: wall seconds, median of runs; CPU: user+sys seconds, best of runs; ratio: gilpy/CPython, 0.20x = 5x faster)");

let failures = 0;
const ratios = [];
// Issue 2's target is stated on these six (geometric mean of the wall ratios at most 2.0, none above 4.0).
const CORE = ["comprehensions", "dict-str-list", "fib", "int-loop", "nbody", "oop-methods"];
const core = { wall: [], cpu: [] };
const best = (xs) => (xs.some((x) => x === null) ? null : Math.min(...xs));
for (const file of benches) {
  const text = readFileSync(join(HERE, file), "utf8");
  const only = /^# bench: gilpy-only\b/m.test(text);
  const expect = [...text.matchAll(/^# bench-expect: (.*)$/gm)].map((x) => x[1] + "\n").join("");
  const py = [];
  const gp = [];
  for (let r = 0; r < runs; r++) {
    py.push(only ? { secs: NaN, cpu: null, rssMb: null, out: expect, err: "", code: 0 } : await measure(pythonCmd, file));
    gp.push(await measure(gilpyCmd, file));
  }
  const p = py[0];
  const g = gp[0];
  const pSecs = median(py.map((x) => x.secs));
  const gSecs = median(gp.map((x) => x.secs));
  const pCpu = best(py.map((x) => x.cpu));
  const gCpu = best(gp.map((x) => x.cpu));
  let verdict = only ? "expected" : "same";
  if (g.code !== 0 || p.code !== 0) verdict = "ERROR";
  else if (g.out !== p.out) verdict = "DIFFERS";
  const ratio = verdict === "same" ? gSecs / pSecs : null;
  const cpuRatio = verdict === "same" && pCpu && gCpu !== null ? gCpu / pCpu : null;
  if (ratio !== null) ratios.push(ratio);
  if (ratio !== null && cpuRatio !== null && CORE.includes(file.replace(/\.py$/, ""))) {
    core.wall.push(ratio);
    core.cpu.push(cpuRatio);
  }
  console.log(row([
    file.replace(/\.py$/, ""), only ? "-" : fmt(pSecs), verdict === "ERROR" && g.code !== 0 ? "-" : fmt(gSecs),
    ratio === null ? "-" : fmt(ratio, 2) + "x", fmt(pCpu), fmt(gCpu), cpuRatio === null ? "-" : fmt(cpuRatio, 2) + "x",
    fmt(p.rssMb, 1), fmt(g.rssMb, 1), verdict,
  ]));
  const notes = (x) => x.err.split("\n").filter((l) => l.startsWith("note:"));
  if (!only) for (const n of notes(p)) console.log(`    CPython ${n}`);
  for (const n of notes(g)) console.log(`    gilpy   ${n}`);
  if (verdict !== "same" && verdict !== "expected") {
    failures++;
    const show = (label, x) => `  ${label}: exit ${x.code}\n    stdout: ${JSON.stringify(x.out.slice(0, 300))}\n    stderr: ${JSON.stringify(x.err.slice(-600))}`;
    console.log(`${show("CPython", p)}\n${show("gilpy", g)}`);
  }
}
if (ratios.length) {
  const geo = Math.exp(ratios.reduce((a, r) => a + Math.log(r), 0) / ratios.length);
  console.log(`\ngeometric mean gilpy/CPython over ${ratios.length} benchmark(s): ${fmt(geo, 1)}x`);
}
if (core.wall.length === CORE.length) {
  const gm = (xs) => Math.exp(xs.reduce((a, r) => a + Math.log(r), 0) / xs.length);
  console.log(`core suite (${CORE.join(", ")}): geometric mean ${fmt(gm(core.wall))}x wall, ${fmt(gm(core.cpu))}x CPU; ` +
    `worst ${fmt(Math.max(...core.wall))}x wall`);
}

// Start-up: an empty script, median of several runs each.
const dir = mkdtempSync(join(tmpdir(), "gilpy-bench-"));
const empty = join(dir, "empty.py");
writeFileSync(empty, "");
const startup = async (cmd) => {
  const xs = [];
  let rss = null;
  let code = 0;
  for (let i = 0; i < startupRuns; i++) {
    const r = await measure(cmd, empty);
    xs.push(r.secs);
    rss = r.rssMb;
    if (r.code !== 0) code = r.code;
  }
  return { ms: median(xs) * 1000, rss, code };
};
const ps = await startup(pythonCmd);
const gs = await startup(gilpyCmd);
rmSync(dir, { recursive: true, force: true });
console.log(
  `start-up (empty script, median of ${startupRuns}): CPython ${fmt(ps.ms, 0)} ms, gilpy ${gs.code === 0 ? fmt(gs.ms, 0) + " ms" : "ERROR (exit " + gs.code + ")"}` +
    `; peak RSS CPython ${fmt(ps.rss, 1)} MB, gilpy ${fmt(gs.rss, 1)} MB`,
);
if (!TIME) console.log("(peak memory needs /usr/bin/time; not found)");
if (failures || gs.code !== 0) {
  console.log(`\nBENCH FAILED: ${failures} benchmark(s) errored or printed a different checksum than CPython`);
  process.exit(1);
}
