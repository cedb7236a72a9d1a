// lib.mjs — the conformance harness shared by conformance.test.ts and run.mjs: loads a corpus, runs each
// program under the interpreter as a subprocess, normalises both outputs and compares them with CPython's.
// Normalisation follows tests/conformance/corpus/README.md ("Proposed normalization"); deviations are noted.
import { spawn } from "node:child_process";
import { readFileSync, existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(HERE, "..", "..");

/** The two corpora: CPython's output for the lecture snippets, and our own single-threaded programs. */
export const CORPORA = {
  lecture: join(HERE, "corpus"),
  own: join(ROOT, "tests", "corpus"),
};

export const EXPECTED_FAILURES_FILE = join(HERE, "expected-failures.txt");

/**
 * The interpreter command as an argv prefix. GILPY_CMD (split on spaces) replaces it entirely, e.g.
 * GILPY_CMD=python3 proves the normalisation: every program must then pass.
 */
export function interpreterCommand(env = process.env, { clock = "virtual", seed = 1 } = {}) {
  if (env.GILPY_CMD && env.GILPY_CMD.trim()) return env.GILPY_CMD.trim().split(/\s+/);
  const cmd = [process.execPath, join(ROOT, "bin", "gilpy.js"), `--clock=${clock}`];
  return clock === "virtual" ? [...cmd, `--seed=${seed}`] : cmd;
}

/** True when `cmd` sleeps in real time: CPython, or gilpy without --clock=virtual. */
export function isRealClock(cmd) {
  return !cmd.includes("--clock=virtual");
}

/** Expected failures apply to gilpy only; with GILPY_CMD set they are off unless GILPY_EXPECTED_FAILURES names a file. */
export function expectedFailuresPath(env = process.env) {
  if (env.GILPY_EXPECTED_FAILURES) return env.GILPY_EXPECTED_FAILURES === "none" ? null : resolve(env.GILPY_EXPECTED_FAILURES);
  return env.GILPY_CMD ? null : EXPECTED_FAILURES_FILE;
}

/**
 * expected-failures.txt: one program file name per line (`s3-40-sum-single.py  # reason`); `#` starts a
 * comment, blank lines are ignored. Returns Map name → reason.
 */
export function loadExpectedFailures(path) {
  const map = new Map();
  if (!path || !existsSync(path)) return map;
  for (const raw of readFileSync(path, "utf8").split("\n")) {
    const hash = raw.indexOf("#");
    const name = (hash >= 0 ? raw.slice(0, hash) : raw).trim();
    if (!name) continue;
    map.set(name, hash >= 0 ? raw.slice(hash + 1).trim() : "");
  }
  return map;
}

/** Reads a corpus folder's manifest.json: programs with their category, varies tags and CPython's output. */
export function loadCorpus(dir, corpusName = "") {
  const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"));
  const entries = [];
  for (const m of manifest) {
    if (!m.file) continue; // the lecture corpus lists one skipped block with no program
    const base = m.file.replace(/\.py$/, "");
    entries.push({
      corpus: corpusName,
      dir,
      file: m.file,
      category: m.category ?? "exact",
      varies: m.varies ?? [],
      exitCode: m.exit_code,
      cpythonSeconds: m.cpython_seconds ?? 0,
      uses: m.uses ?? importedModules(readFileSync(join(dir, m.file), "utf8")),
      stdout: readFileSync(join(dir, base + ".stdout"), "utf8"),
      stderr: readFileSync(join(dir, base + ".stderr"), "utf8"),
    });
  }
  return entries;
}

/**
 * The top-level module names a program imports (`import a.b, c` / `from a.b import x`), for corpora whose
 * manifest has no `uses` list (tests/corpus). Relative imports and helper modules (`_corpus_helper`) count too.
 */
export function importedModules(source) {
  const found = new Set();
  for (const m of source.matchAll(/^[ \t]*(?:import[ \t]+([\w., \t]+)|from[ \t]+([\w.]+)[ \t]+import\b)/gm)) {
    const names = m[1] !== undefined ? m[1].split(",").map((n) => n.trim().split(/[ \t]/)[0]) : [m[2]];
    for (const n of names) if (n) found.add(n.startsWith("concurrent") ? "concurrent.futures" : n.split(".")[0]);
  }
  return [...found].sort();
}

const THREAD_MODULES = ["threading", "_thread", "queue", "concurrent.futures"];
const CLOCK_MODULES = ["threading", "_thread", "queue", "concurrent.futures", "time"];

/** A program that starts or synchronises threads (the determinism group runs these). */
export function usesThreads(entry) {
  return entry.uses.some((u) => THREAD_MODULES.includes(u));
}

/** A program whose behaviour depends on the clock (the real-clock group runs these). */
export function usesClock(entry) {
  return entry.uses.some((u) => CLOCK_MODULES.includes(u));
}

/**
 * The real-clock group (real-clock.test.ts, run.mjs --clocked): programs using threads, queues or time. Our
 * own asyncio programs stay out: their event-loop orders hang on sleeps tens of milliseconds apart, which a
 * loaded 2-core machine does not keep under a real clock (CPython included); the virtual clock checks them.
 */
export function inRealClockGroup(entry) {
  return usesClock(entry) && !(entry.corpus === "own" && entry.uses.includes("asyncio"));
}

// Programs that share a resource run one at a time (the README's record.sh does the same); heavy ones run alone.
const PORT_8000 = /^s3-(25|28|29)-/;
const HEAVY = /^s3-4[01]-/;

export function scheduleClass(entry) {
  if (HEAVY.test(entry.file)) return "alone";
  if (PORT_8000.test(entry.file)) return "port8000";
  return "any";
}

/**
 * Per-program timeout (GILPY_TIMEOUT seconds, default 10). Under CPython (GILPY_CMD set) or gilpy's real
 * clock (`cmd` without --clock=virtual) sleeps take real
 * time, so a program gets four times its recorded CPython time plus 10 s (a loaded 2-core machine); under gilpy's virtual clock sleeps are
 * free and only the compute-heavy programs get that allowance.
 */
export function timeoutMs(entry, env = process.env, cmd = interpreterCommand(env)) {
  const base = Number(env.GILPY_TIMEOUT ?? 10) * 1000;
  const realTime = Boolean(env.GILPY_CMD) || isRealClock(cmd) || HEAVY.test(entry.file);
  return realTime ? Math.max(base, (entry.cpythonSeconds * 4 + 10) * 1000) : base;
}

/** A program recorded as hanging (exit 124) passes when still running after this long. */
export function hangMs(env = process.env) {
  return Number(env.GILPY_HANG_SECONDS ?? 3) * 1000;
}

/** The environment record.sh gives CPython, so the interpreter sees the same one. */
export function programEnv() {
  return {
    PATH: process.env.PATH ?? "/usr/bin:/bin",
    HOME: process.env.HOME ?? "/tmp",
    LANG: "C.UTF-8",
    LC_ALL: "C.UTF-8",
    TZ: "UTC",
    PYTHONHASHSEED: "0",
    PYTHONUNBUFFERED: "1",
    PYTHONDONTWRITEBYTECODE: "1",
  };
}

/**
 * Runs one program with cwd = its folder and stdin = /dev/null. Resolves when the process and every
 * holder of its pipes are gone (forked children that outlive the parent still count), or at the timeout,
 * when the whole process group is killed and code is 124 like timeout(1).
 */
export function runProgram(entry, cmd = interpreterCommand(), env = process.env) {
  const hanging = entry.exitCode === 124;
  const limit = hanging ? hangMs(env) : timeoutMs(entry, env, cmd);
  return new Promise((resolvePromise) => {
    const t0 = performance.now();
    const child = spawn(cmd[0], [...cmd.slice(1), entry.file], {
      cwd: entry.dir,
      env: programEnv(),
      stdio: ["ignore", "pipe", "pipe"],
      detached: true, // own process group, so a timeout kills forked children too
    });
    const out = [];
    const err = [];
    let timedOut = false;
    let spawnError = null;
    child.stdout.on("data", (d) => out.push(d));
    child.stderr.on("data", (d) => err.push(d));
    const killGroup = (signal) => {
      try {
        process.kill(-child.pid, signal);
      } catch {
        /* already gone */
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup("SIGTERM");
      setTimeout(() => killGroup("SIGKILL"), 2000).unref();
    }, limit);
    child.on("error", (e) => {
      spawnError = e;
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      // Hanging programs' children (e.g. nothing) and stray forks: make sure nothing of the group survives.
      killGroup("SIGKILL");
      let stderr = Buffer.concat(err).toString("utf8");
      if (spawnError) stderr += `harness: cannot start ${cmd[0]}: ${spawnError.message}\n`;
      resolvePromise({
        stdout: Buffer.concat(out).toString("utf8"),
        stderr,
        code: timedOut ? 124 : code ?? (signal ? 128 + (signalNumber(signal) ?? 0) : -1),
        timedOut,
        ms: performance.now() - t0,
      });
    });
  });
}

function signalNumber(name) {
  const table = { SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGABRT: 6, SIGKILL: 9, SIGSEGV: 11, SIGPIPE: 13, SIGTERM: 15 };
  return table[name];
}

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// A run of traceback frames in files outside the corpus (CPython's recorded `<python3.11-stdlib>/…`, a live
// `/usr/lib/python3.11/…`, or gilpy's `<…>` names), each with its optional source and caret lines.
// README deviation: the run is removed instead of becoming `File "<stdlib>"`, because gilpy's stdlib is
// written in TypeScript and shows no Python frames there.
const STDLIB_FRAMES = /^(?: {2}File "[</][^"]*", line \d+, in .*\n(?: {4}.*\n)?(?:[ \t]*[~^]+[ \t]*\n)?)+/gm;
// README deviation: only `at 0x…` (object reprs) is masked, so hex() output in tests/corpus is still compared.
const ADDRESS = /\bat 0x[0-9a-fA-F]+\b/g;

const TAG_RULES = {
  ident: [
    [/(started |id потока: |Локальное значение: )\d+/g, "$1<IDENT>"],
    [/\b[1-9]\d{5,}\b/g, "<IDENT>"],
  ],
  pid: [[/(PID: |PID процесса: |Процесс |Номер процесса \[|процесс: {2})\d+/g, "$1<PID>"]],
  time: [[/\d+\.\d+/g, "<FLOAT>"]],
  random: [[/(Потребовалось |За |Оставшееся время )\d+/g, "$1<N>"]],
};

function sortedLines(text) {
  return text
    .split("\n")
    .filter((l) => l !== "")
    .sort()
    .join("\n");
}

/** s3-15: two `PID:` lines, then n numbered Ping and n numbered Pong lines (n is random). */
function pingPongShape(text) {
  const lines = text.split("\n").filter((l) => l !== "");
  const counts = { Ping: [], Pong: [] };
  let pids = 0;
  for (const l of lines) {
    let m;
    if (/^PID: /.test(l)) pids++;
    else if ((m = /^(\d+): (Ping|Pong)$/.exec(l))) counts[m[2]].push(Number(m[1]));
    else return sortedLines(text);
  }
  const inOrder = (xs) => xs.every((x, i) => x === i + 1);
  if (pids === 2 && counts.Ping.length === counts.Pong.length && inOrder(counts.Ping) && inOrder(counts.Pong)) {
    return "PID: <PID>\nPID: <PID>\n<n numbered Ping and Pong lines>";
  }
  return sortedLines(text);
}

/** s3-22 runs `ls -l` in the corpus folder: dates, sizes and owners differ per checkout; compare the .py names. */
function lsPyNames(text) {
  return text
    .split("\n")
    .map((l) => l.trim().split(/\s+/).pop() ?? "")
    .filter((n) => n.endsWith(".py"))
    .sort()
    .join("\n");
}

/**
 * Lines of tests/corpus programs that print measured wall time, rounded. Under a real clock (CPython, or gilpy's
 * --clock=real in real-clock.test.ts) a loaded machine shifts the figure, so only there the number is masked;
 * under the virtual clock it is compared as printed.
 */
const WALL_TIME_LINES = {
  "asyncio-executor-threads.py": /^about \d+ seconds$/gm,
  "asyncio-task-order.py": /^(?:elapsed about|slept through) [\d.]+$/gm,
};

/**
 * Normalises one stream. Returns { text, chars } where `chars` (only for `interleave` programs) is the
 * character multiset used when a torn line makes the sorted-line comparison fail.
 */
export function normalise(text, stream, entry, { realClock = false } = {}) {
  const dirPrefix = new RegExp(escapeRegExp(entry.dir + "/"), "g");
  let t = text.replace(dirPrefix, "");
  const wall = WALL_TIME_LINES[entry.file];
  if (realClock && wall && stream === "stdout") t = t.replace(wall, (line) => line.replace(/\d+(\.\d+)?/g, "<SECONDS>"));
  if (stream === "stderr") t = t.replace(STDLIB_FRAMES, "");
  t = t.replace(ADDRESS, "at 0x<ADDR>");
  for (const tag of entry.varies) for (const [re, rep] of TAG_RULES[tag] ?? []) t = t.replace(re, rep);
  const base = entry.file.replace(/\.py$/, "");
  if (stream === "stdout" && base === "s3-22-subprocess-ls") return { text: lsPyNames(t) };
  if (stream === "stdout" && base === "s3-15-ping-pong-processes") return { text: pingPongShape(t) };
  if (entry.varies.includes("daemon-exit")) t = t.replace(/^\[thr-1\]: 3\n?/gm, "");
  if (stream === "stdout" && base === "s2-14-manager-list.fixed") {
    t = t.replace(/\[([^\]]*)\]/g, (_, items) => "[" + items.split(", ").sort().join(", ") + "]");
  }
  // CPython writes print()'s pieces separately, so in concurrent programs (every `varying`/`unordered` one)
  // a thread can tear another's line: compare character multisets when the lines differ.
  const concurrent = entry.category === "varying" || entry.category === "unordered";
  const chars = concurrent ? [...t].sort().join("") : undefined;
  const unordered = ["order", "interleave", "daemon-exit"].some((tag) => entry.varies.includes(tag));
  return { text: unordered ? sortedLines(t) : t, chars };
}

/** Compares a run with CPython's recorded output; returns the list of differences (empty = pass). */
export function compare(entry, result, { realClock = false } = {}) {
  const problems = [];
  if (result.code !== entry.exitCode) {
    problems.push({ what: "exit code", expected: String(entry.exitCode), actual: String(result.code) });
  }
  for (const stream of ["stdout", "stderr"]) {
    const want = normalise(entry[stream], stream, entry, { realClock });
    const got = normalise(result[stream], stream, entry, { realClock });
    if (want.text === got.text) continue;
    if (want.chars !== undefined && want.chars === got.chars) continue; // torn lines, same characters
    problems.push({ what: stream, expected: want.text, actual: got.text });
  }
  return problems;
}

/**
 * Runs entries `jobs` at a time; "port8000" programs never overlap each other, "alone" programs run with
 * nothing else. Calls onResult(entry, result, problems) as each finishes; resolves with all outcomes in order.
 */
export function runAll(entries, { jobs = 2, cmd = interpreterCommand(), onStart, onResult } = {}) {
  const queue = [...entries];
  const outcomes = new Map();
  let running = 0;
  let runningAlone = false;
  let port8000Busy = false;
  return new Promise((resolveAll) => {
    const pump = () => {
      if (queue.length === 0 && running === 0) {
        resolveAll(entries.map((e) => outcomes.get(e)));
        return;
      }
      while (queue.length > 0 && running < jobs && !runningAlone) {
        let idx;
        if (scheduleClass(queue[0]) === "alone") {
          if (running > 0) break; // wait for the slots to drain, then run it by itself
          idx = 0;
        } else {
          idx = queue.findIndex((e) => scheduleClass(e) === "any" || (scheduleClass(e) === "port8000" && !port8000Busy));
          if (idx < 0) break;
        }
        const [entry] = queue.splice(idx, 1);
        const cls = scheduleClass(entry);
        running++;
        if (cls === "alone") runningAlone = true;
        if (cls === "port8000") port8000Busy = true;
        onStart?.(entry);
        runProgram(entry, cmd).then((result) => {
          const problems = compare(entry, result, { realClock: isRealClock(cmd) });
          const outcome = { entry, result, problems };
          outcomes.set(entry, outcome);
          running--;
          if (cls === "alone") runningAlone = false;
          if (cls === "port8000") port8000Busy = false;
          onResult?.(outcome);
          pump();
        });
      }
    };
    pump();
  });
}

/** Orders entries so heavy programs come last (the scheduler runs them alone). */
export function scheduleOrder(entries) {
  const rank = (e) => (scheduleClass(e) === "alone" ? 1 : 0);
  return [...entries].sort((a, b) => rank(a) - rank(b));
}

/** pass / fail / xfail (expected failure that failed) / xpass (expected failure that passed: an error). */
export function verdict(outcome, expectedFailures) {
  const expected = expectedFailures.has(outcome.entry.file);
  const ok = outcome.problems.length === 0;
  if (ok) return expected ? "xpass" : "pass";
  return expected ? "xfail" : "fail";
}

/** A table of verdict counts per corpus and category. */
export function summaryTable(rows) {
  const keys = ["pass", "fail", "xfail", "xpass"];
  const groups = new Map();
  for (const { entry, verdict: v } of rows) {
    const key = `${entry.corpus || "corpus"}/${entry.category}`;
    if (!groups.has(key)) groups.set(key, Object.fromEntries(keys.map((k) => [k, 0])));
    groups.get(key)[v]++;
  }
  const total = Object.fromEntries(keys.map((k) => [k, 0]));
  for (const g of groups.values()) for (const k of keys) total[k] += g[k];
  const width = Math.max(14, ...[...groups.keys()].map((k) => k.length));
  const line = (name, g) => name.padEnd(width) + keys.map((k) => String(g[k]).padStart(7)).join("");
  const out = [line("category", Object.fromEntries(keys.map((k) => [k, k])))];
  for (const [name, g] of [...groups.entries()].sort()) out.push(line(name, g));
  out.push(line("total", total));
  return out.join("\n");
}

/** A short line diff (LCS over lines; falls back to a plain dump for very long outputs). */
export function lineDiff(expected, actual, maxLines = 60) {
  const a = expected === "" ? [] : expected.split("\n");
  const b = actual === "" ? [] : actual.split("\n");
  if (a.length > 1 && b.length > 1 && a[a.length - 1] === "" && b[b.length - 1] === "") {
    a.pop(); // both end with a newline: no empty last line in the diff
    b.pop();
  } else if (a.length === 0 && b[b.length - 1] === "") b.pop();
  else if (b.length === 0 && a[a.length - 1] === "") a.pop();
  const out = [];
  if (a.length * b.length > 4_000_000) {
    out.push("--- expected", ...a.slice(0, maxLines).map((l) => "-" + l), "+++ actual", ...b.slice(0, maxLines).map((l) => "+" + l));
    return out.join("\n");
  }
  const n = a.length;
  const m = b.length;
  const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      out.push(" " + a[i]);
      i++;
      j++;
    } else if (j < m && (i >= n || lcs[i][j + 1] >= lcs[i + 1][j])) out.push("+" + b[j++]);
    else out.push("-" + a[i++]);
  }
  // Keep changed lines with a little context.
  const keep = out.map((l) => l[0] !== " ");
  const shown = [];
  let skipped = false;
  for (let k = 0; k < out.length; k++) {
    const near = keep.slice(Math.max(0, k - 2), k + 3).some(Boolean);
    if (near) {
      shown.push(out[k]);
      skipped = false;
    } else if (!skipped) {
      shown.push(" …");
      skipped = true;
    }
  }
  if (shown.length > maxLines) return shown.slice(0, maxLines).join("\n") + `\n … (${shown.length - maxLines} more lines)`;
  return shown.join("\n");
}

/** Human-readable report of a failing program's differences. */
export function describeProblems(outcome) {
  const parts = [];
  for (const p of outcome.problems) {
    if (p.what === "exit code") parts.push(`exit code: expected ${p.expected}, got ${p.actual}`);
    else parts.push(`${p.what} (- expected, + actual, after normalisation):\n${lineDiff(p.expected, p.actual)}`);
  }
  return parts.join("\n");
}
