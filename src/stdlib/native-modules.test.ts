// Checks gilpy's TypeScript stdlib modules end to end: each program in testing/native-programs runs under
// gilpy (virtual clock) and under python3, and stdout and stderr must be identical.
import { describe, it, expect } from "vitest";
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { runPython } from "../runtime/testing/run-python.js";

function python3(path: string): { stdout: string; stderr: string } {
  try {
    const stdout = execFileSync("python3", [path], { encoding: "utf8", env: { ...process.env, PYTHONHASHSEED: "0", TZ: "UTC" }, stdio: ["ignore", "pipe", "pipe"] });
    return { stdout, stderr: "" };
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    return { stdout: err.stdout ?? "", stderr: err.stderr ?? "" };
  }
}

describe("TypeScript stdlib modules print what CPython prints", () => {
  const dir = new URL("./testing/native-programs/", import.meta.url).pathname;
  for (const f of readdirSync(dir).filter((n) => n.endsWith(".py"))) {
    it(f, async () => {
      const path = join(dir, f);
      const expected = python3(path);
      const got = await runPython(readFileSync(path, "utf8"), [], path);
      expect(got.stdout).toBe(expected.stdout);
      expect(got.stderr).toBe(expected.stderr);
    });
  }
});
