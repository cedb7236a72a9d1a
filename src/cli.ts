// cli.ts — the gilpy command: python3's command line (file, -c, -m, stdin, REPL) on top of the Node host.
// Imports stay lazy: --version and a missing file never load the interpreter, and an empty script
// pays only for what it uses.
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { HELP, PYTHON_VERSION, USAGE, UsageError, parseArgs, type CliOptions } from "./cli-args.js";
import type { Interpreter, RunOptions } from "./interpreter/run.js";
import { NodeHost, checkReadable, stdinIsTTY, stdinLines, writeAllSync } from "./host/node-host.js";

/** Run before the process ends (writes the --trace file). */
const atExit: (() => void)[] = [];

export function gilpyVersion(): string {
  try {
    return JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version;
  } catch {
    return "0.0.0";
  }
}

/** Ends the process; output is already written synchronously, so nothing is lost. */
function exit(code: number): never {
  for (const fn of atExit.splice(0)) fn();
  process.exit(code);
}

function fail(message: string, code: number): never {
  writeAllSync(2, message.endsWith("\n") ? message : message + "\n");
  exit(code);
}

export async function main(argv: string[]): Promise<void> {
  let o: CliOptions;
  try {
    o = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    fail(`${e.message}\n${USAGE}\nTry \`gilpy -h' for more information.`, 2);
  }
  if (o.help) {
    writeAllSync(1, HELP + "\n");
    exit(0);
  }
  if (o.version) {
    writeAllSync(1, `Python ${PYTHON_VERSION} (gilpy ${gilpyVersion()})\n`);
    exit(0);
  }
  try {
    exit(await run(o));
  } catch (e) {
    // A JavaScript exception escaping the interpreter is a bug in gilpy, never the user's program.
    const detail = e instanceof Error ? (e.stack ?? e.message) : String(e);
    fail(`gilpy: internal error (a bug in gilpy, not in your program):\n${detail}`, 70);
  }
}

async function run(o: CliOptions): Promise<number> {
  const mode = o.mode;
  let source = "";
  let filename = "";
  let argv0 = "";
  let scriptDir = "";
  if (mode.kind === "file") {
    const abs = resolve(mode.path);
    let path = mode.path;
    if (isDirectory(abs)) {
      // python3 DIR runs DIR/__main__.py with sys.argv[0] == DIR.
      path = join(mode.path, "__main__.py");
      if (checkReadable(join(abs, "__main__.py"))) fail(`gilpy: can't find '__main__' module in '${abs}'`, 1);
    }
    const problem = checkReadable(resolve(path));
    if (problem) fail(`gilpy: can't open file '${abs}': [Errno ${problem.errno}] ${problem.message}`, 2);
    source = stripBom(readFileSync(resolve(path), "utf8"));
    // CPython 3.11 makes the main script's path absolute by prefixing the working directory, unnormalised
    // (`python3 ./x.py` shows File "/cwd/./x.py"; Modules/main.c pymain_run_python, config->run_filename).
    filename = isAbsolute(path) ? path : join(process.cwd(), "/") + path;
    argv0 = mode.path;
    scriptDir = dirname(resolve(path));
  } else if (mode.kind === "command") {
    source = mode.code.endsWith("\n") ? mode.code : mode.code + "\n";
    filename = "<string>";
    argv0 = "-c";
  } else if (mode.kind === "module") {
    argv0 = "-m";
  } else if (mode.kind === "stdin" || !stdinIsTTY() && !o.interactive) {
    source = stripBom(await readAllStdin());
    filename = "<stdin>";
    argv0 = mode.kind === "stdin" ? "-" : "";
  }
  const repl = mode.kind === "repl" && (o.interactive || stdinIsTTY());

  const host = new NodeHost({ onExit: (code) => exit(code) });
  const { createInterpreter } = await import("./interpreter/run.js");
  const options: RunOptions = {
    host,
    argv: [repl ? "" : argv0, ...o.args],
    clock: o.clock,
    scriptDir,
  };
  if (o.seed !== undefined) options.seed = o.seed;
  if (o.preempt !== undefined) options.preempt = o.preempt;
  if (o.trace !== undefined) {
    const traceFile = resolve(o.trace);
    const { TraceRecorder } = await import("./runtime/trace.js");
    const recorder = new TraceRecorder();
    options.trace = recorder;
    atExit.push(() => {
      try {
        writeFileSync(traceFile, recorder.toJSON());
      } catch (e) {
        writeAllSync(2, `gilpy: cannot write the trace to '${traceFile}': ${(e as Error).message}\n`);
      }
    });
  }
  const interp: Interpreter = createInterpreter(options);

  if (repl) return runRepl(interp, o);
  const code = mode.kind === "module" ? await interp.runModule(mode.name) : await interp.runMain(source, filename);
  if (!o.interactive) return code;
  return runRepl(interp, o);
}

async function runRepl(interp: Interpreter, o: CliOptions): Promise<number> {
  const { repl } = await import("./cli-repl.js");
  return repl(interp, { quiet: o.quiet, version: `Python ${PYTHON_VERSION} (gilpy ${gilpyVersion()})`, lines: stdinLines });
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

async function readAllStdin(): Promise<string> {
  const chunks: string[] = [];
  for (;;) {
    const line = await stdinLines.readLine();
    if (line === null) return chunks.join("");
    chunks.push(line);
  }
}
