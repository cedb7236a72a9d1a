// cli.test.ts — the gilpy command's behaviour that needs no interpreter: version, usage errors, missing files.
// Runs bin/gilpy.js as a subprocess (npm test builds dist/ first) and compares with what python3 prints.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const GILPY = resolve(__dirname, "..", "bin", "gilpy.js");
const gilpy = (args: string[], cwd = process.cwd()) => spawnSync(process.execPath, [GILPY, ...args], { cwd, encoding: "utf8" });

describe("gilpy command line", () => {
  it("--version and -V print the Python version and gilpy's", () => {
    for (const flag of ["--version", "-V"]) {
      const r = gilpy([flag]);
      expect(r.stdout).toMatch(/^Python 3\.11\.7 \(gilpy \d+\.\d+\.\d+\)\n$/);
      expect(r.status).toBe(0);
    }
  });
  it("a missing script prints python3's message with gilpy's name and exits 2", () => {
    const dir = mkdtempSync(join(tmpdir(), "gilpy-cli-"));
    const r = gilpy(["missing.py", "arg"], dir);
    expect(r.stderr).toBe(`gilpy: can't open file '${join(dir, "missing.py")}': [Errno 2] No such file or directory\n`);
    expect(r.stdout).toBe("");
    expect(r.status).toBe(2);
  });
  it("a folder without __main__.py exits 1 like python3", () => {
    const dir = mkdtempSync(join(tmpdir(), "gilpy-cli-"));
    const r = gilpy([dir]);
    expect(r.stderr).toBe(`gilpy: can't find '__main__' module in '${dir}'\n`);
    expect(r.status).toBe(1);
  });
  it("tracebacks and __file__ show the main script's path with the working directory in front, as python3", () => {
    const dir = mkdtempSync(join(tmpdir(), "gilpy-cli-"));
    writeFileSync(join(dir, "x.py"), "print(__file__)\n1/0\n");
    for (const given of ["x.py", "./x.py"]) {
      const r = gilpy([given], dir);
      expect(r.stdout).toBe(`${dir}/${given}\n`);
      expect(r.stderr).toContain(`  File "${dir}/${given}", line 2, in <module>\n`);
    }
  });
  it("an unknown option prints the usage and exits 2", () => {
    const r = gilpy(["--bogus"]);
    expect(r.stderr).toBe("unknown option --bogus\nusage: gilpy [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `gilpy -h' for more information.\n");
    expect(r.status).toBe(2);
  });
  it("-h describes gilpy's own options", () => {
    const r = gilpy(["-h"]);
    expect(r.stdout).toContain("--clock=real|virtual");
    expect(r.status).toBe(0);
  });
});
