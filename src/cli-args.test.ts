// cli-args.test.ts — gilpy parses its command line as python3 does (options end at the script, -c or -m).
import { describe, expect, it } from "vitest";
import { parseArgs, UsageError } from "./cli-args.js";

describe("parseArgs", () => {
  it("a script ends the options; the rest is sys.argv[1:]", () => {
    const o = parseArgs(["-u", "prog.py", "-c", "x", "--clock=virtual"]);
    expect(o.mode).toEqual({ kind: "file", path: "prog.py" });
    expect(o.args).toEqual(["-c", "x", "--clock=virtual"]);
  });
  it("-c takes the next argument or the rest of its cluster", () => {
    expect(parseArgs(["-c", "print(1)", "a"]).mode).toEqual({ kind: "command", code: "print(1)" });
    expect(parseArgs(["-uc", "pass"]).mode).toEqual({ kind: "command", code: "pass" });
    expect(parseArgs(["-cpass", "z"]).args).toEqual(["z"]);
  });
  it("-m names a module and ends the options", () => {
    const o = parseArgs(["-m", "json.tool", "-i"]);
    expect(o.mode).toEqual({ kind: "module", name: "json.tool" });
    expect(o.interactive).toBe(false);
    expect(o.args).toEqual(["-i"]);
  });
  it("no arguments means the prompt (or stdin), - means stdin", () => {
    expect(parseArgs([]).mode).toEqual({ kind: "repl" });
    expect(parseArgs(["-", "a"])).toMatchObject({ mode: { kind: "stdin" }, args: ["a"] });
  });
  it("reads gilpy's own options", () => {
    const o = parseArgs(["--clock", "virtual", "--seed=7", "--preempt=any", "--trace=t.json", "x.py"]);
    expect(o).toMatchObject({ clock: "virtual", seed: 7, preempt: "any", trace: "t.json" });
    expect(parseArgs(["x.py"]).clock).toBe("real");
  });
  it("rejects unknown options and bad values", () => {
    expect(() => parseArgs(["--bogus"])).toThrow(new UsageError("unknown option --bogus"));
    expect(() => parseArgs(["-Z"])).toThrow(new UsageError("unknown option -Z"));
    expect(() => parseArgs(["--clock=fast"])).toThrow(UsageError);
    expect(() => parseArgs(["--seed=x"])).toThrow(UsageError);
    expect(() => parseArgs(["-c"])).toThrow(new UsageError("Argument expected for the -c option"));
  });
  it("-V, --version, -h, -q and -i are flags", () => {
    expect(parseArgs(["-V"]).version).toBe(true);
    expect(parseArgs(["--version"]).version).toBe(true);
    expect(parseArgs(["-h"]).help).toBe(true);
    expect(parseArgs(["-qi"])).toMatchObject({ quiet: true, interactive: true });
  });
});
