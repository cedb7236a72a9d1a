// cli-args.ts — parses gilpy's command line the way python3 parses its own, plus gilpy's --clock/--seed/… options.
// Options come first; the script, `-c CMD`, `-m MOD` or `-` ends them and everything after goes to sys.argv.

export const PYTHON_VERSION = "3.11.7";

export type Mode =
  | { kind: "file"; path: string }
  | { kind: "command"; code: string }
  | { kind: "module"; name: string }
  | { kind: "stdin" }
  | { kind: "repl" };

export interface CliOptions {
  mode: Mode;
  /** sys.argv[1:] */
  args: string[];
  interactive: boolean; // -i: prompt after the script
  quiet: boolean; // -q: no banner
  version: boolean; // -V / --version
  help: boolean;
  clock: "real" | "virtual";
  seed?: number;
  preempt?: "default" | "any";
  trace?: string;
}

export class UsageError extends Error {}

export const USAGE = "usage: gilpy [option] ... [-c cmd | -m mod | file | -] [arg] ...";

export const HELP = `${USAGE}
Runs Python 3.11 programs; threads get a real GIL, a scheduler and an optional virtual clock.
Options (python3's):
-c cmd : program passed in as string (terminates option list)
-m mod : run library module as a script (terminates option list)
-i     : inspect interactively after running script
-q     : don't print version and copyright messages on interactive startup
-u     : unbuffered stdout and stderr (always the case in gilpy)
-B, -E, -s, -S, -I, -O, -W arg, -X opt : accepted and ignored
-V     : print the Python version number and exit (also --version)
-h     : print this help message and exit (also --help)
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
Options (gilpy's):
--clock=real|virtual : real (default): time.sleep(1) takes a second; virtual: time jumps, runs repeat exactly
--seed=N             : chooses the thread interleaving where CPython's is free (with --clock=virtual)
--preempt=default|any: default: CPython 3.11's switch points; any: threads may switch at every instruction
--trace=FILE.json    : write a trace of thread switches and blocking calls to FILE.json`;

const IGNORED_FLAGS = new Set(["u", "B", "E", "s", "S", "I", "O", "b", "d", "v", "x", "P", "R"]);

export function parseArgs(argv: string[]): CliOptions {
  const o: CliOptions = {
    mode: { kind: "repl" },
    args: [],
    interactive: false,
    quiet: false,
    version: false,
    help: false,
    clock: "real",
  };
  let i = 0;
  while (i < argv.length) {
    const a = argv[i];
    if (a === "--") {
      i++;
      break;
    }
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      const name = eq >= 0 ? a.slice(2, eq) : a.slice(2);
      const takeValue = (): string => {
        if (eq >= 0) return a.slice(eq + 1);
        if (i + 1 >= argv.length) throw new UsageError(`Argument expected for the --${name} option`);
        return argv[++i];
      };
      switch (name) {
        case "version":
          o.version = true;
          break;
        case "help":
          o.help = true;
          break;
        case "clock": {
          const v = takeValue();
          if (v !== "real" && v !== "virtual") throw new UsageError(`--clock must be real or virtual, not '${v}'`);
          o.clock = v;
          break;
        }
        case "seed": {
          const v = takeValue();
          if (!/^-?\d+$/.test(v)) throw new UsageError(`--seed must be an integer, not '${v}'`);
          o.seed = Number(v);
          break;
        }
        case "preempt": {
          const v = takeValue();
          if (v !== "any" && v !== "default") throw new UsageError(`--preempt must be default or any, not '${v}'`);
          o.preempt = v;
          break;
        }
        case "trace":
          o.trace = takeValue();
          if (!o.trace) throw new UsageError("--trace needs a file name");
          break;
        default:
          throw new UsageError(`unknown option ${a}`);
      }
      i++;
      continue;
    }
    if (a === "-" || !a.startsWith("-")) break;
    // A cluster of one-letter flags, like python3 -uq; -c/-m/-W/-X take the rest or the next argument.
    let j = 1;
    let ended = false;
    while (j < a.length) {
      const f = a[j];
      if (f === "c" || f === "m" || f === "W" || f === "X") {
        let value = a.slice(j + 1);
        if (!value) {
          if (i + 1 >= argv.length) throw new UsageError(`Argument expected for the -${f} option`);
          value = argv[++i];
        }
        if (f === "c") o.mode = { kind: "command", code: value };
        if (f === "m") o.mode = { kind: "module", name: value };
        ended = f === "c" || f === "m";
        break;
      }
      if (f === "i") o.interactive = true;
      else if (f === "q") o.quiet = true;
      else if (f === "V") o.version = true;
      else if (f === "h" || f === "?") o.help = true;
      else if (!IGNORED_FLAGS.has(f)) throw new UsageError(`unknown option -${f}`);
      j++;
    }
    i++;
    if (ended) {
      o.args = argv.slice(i);
      return o;
    }
  }
  if (i < argv.length) {
    const a = argv[i];
    o.mode = a === "-" ? { kind: "stdin" } : { kind: "file", path: a };
    o.args = argv.slice(i + 1);
  }
  return o;
}
