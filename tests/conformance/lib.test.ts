// lib.test.ts — the harness's normalisation and verdicts: what counts as "the same output as CPython".
import { describe, expect, it } from "vitest";
import { compare, loadExpectedFailures, normalise, verdict } from "./lib.mjs";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const entry = (over: Record<string, unknown> = {}) => ({
  corpus: "t", dir: "/corpus", file: "p.py", category: "exact", varies: [] as string[], exitCode: 0, cpythonSeconds: 0,
  stdout: "", stderr: "", ...over,
});

describe("normalise", () => {
  it("drops runs of stdlib frames (recorded and live paths) but keeps the program's own frames", () => {
    const tb = (lib: string) =>
      `Traceback (most recent call last):\n  File "p.py", line 3, in <module>\n    f()\n` +
      `  File "${lib}/socket.py", line 851, in create_connection\n    raise exceptions[0]\n    ^^^^^\n` +
      `  File "${lib}/socket.py", line 836, in create_connection\n    sock.connect(sa)\nConnectionRefusedError: x\n`;
    const a = normalise(tb("<python3.11-stdlib>"), "stderr", entry()).text;
    expect(a).toBe(normalise(tb("/usr/lib/python3.11"), "stderr", entry()).text);
    expect(a).toBe(`Traceback (most recent call last):\n  File "p.py", line 3, in <module>\n    f()\nConnectionRefusedError: x\n`);
  });
  it("strips the corpus folder from paths and masks object addresses, not hex() output", () => {
    const t = normalise('File "/corpus/p.py" <X object at 0x7f00ab> 0xff\n', "stdout", entry()).text;
    expect(t).toBe('File "p.py" <X object at 0x<ADDR>> 0xff\n');
  });
  it("masks thread idents only for programs tagged ident", () => {
    expect(normalise("started 140234\n", "stdout", entry({ varies: ["ident"] })).text).toBe("started <IDENT>\n");
    expect(normalise("started 140234\n", "stdout", entry()).text).toBe("started 140234\n");
  });
});

describe("compare", () => {
  it("order-tagged programs compare sorted lines", () => {
    const e = entry({ category: "unordered", varies: ["order"], stdout: "a\nb\n" });
    expect(compare(e, { stdout: "b\na\n", stderr: "", code: 0 })).toEqual([]);
    expect(compare(e, { stdout: "a\na\n", stderr: "", code: 0 })).not.toEqual([]);
  });
  it("a torn line in a concurrent program matches by characters", () => {
    const e = entry({ category: "varying", stdout: "x: 1\ny: 2\n" });
    expect(compare(e, { stdout: "x: y: 2\n1\n", stderr: "", code: 0 })).toEqual([]);
    expect(compare(entry({ stdout: "x: 1\ny: 2\n" }), { stdout: "x: y: 2\n1\n", stderr: "", code: 0 })).not.toEqual([]);
  });
  it("the exit code must match", () => {
    expect(compare(entry({ exitCode: 1 }), { stdout: "", stderr: "", code: 0 })[0]).toMatchObject({ what: "exit code" });
  });
});

describe("expected failures", () => {
  it("reads one name per line with # comments; a listed program that passes is an xpass", () => {
    const file = join(mkdtempSync(join(tmpdir(), "xf-")), "xf.txt");
    writeFileSync(file, "# header\np.py  # slow\n\nq.py\n");
    const xf = loadExpectedFailures(file);
    expect([...xf]).toEqual([["p.py", "slow"], ["q.py", ""]]);
    expect(verdict({ entry: entry(), problems: [] }, xf)).toBe("xpass");
    expect(verdict({ entry: entry(), problems: [{}] }, xf)).toBe("xfail");
    expect(verdict({ entry: entry({ file: "r.py" }), problems: [{}] }, xf)).toBe("fail");
  });
});
