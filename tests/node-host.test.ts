// node-host.test.ts — the Node host loses no output at exit (full pipes, EAGAIN) and reads stdin by lines.
// Runs small Node programs against dist/host/node-host.js (npm test builds dist/ first).
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";

const HOST = resolve(__dirname, "..", "dist", "host", "node-host.js");
const node = (code: string, input?: string) =>
  spawnSync(process.execPath, ["--input-type=module", "-e", code], { input, encoding: "utf8", maxBuffer: 1 << 26 });

describe("NodeHost", () => {
  it("writes 8 MB to a pipe and exits at once without losing any of it", () => {
    const r = node(`import { NodeHost } from ${JSON.stringify(HOST)};
      const h = new NodeHost(); const line = "x".repeat(1023) + "\\n";
      for (let i = 0; i < 8192; i++) h.writeStdout(line);
      h.writeStderr("é done\\n"); process.exit(3);`);
    expect(r.stdout.length).toBe(8 * 1024 * 1024);
    expect(r.stderr).toBe("é done\n");
    expect(r.status).toBe(3);
  });
  it("readLine gives each line with its newline, the last one without, then null", () => {
    const r = node(`import { NodeHost } from ${JSON.stringify(HOST)};
      const h = new NodeHost(); const got = [];
      for (let l; (l = await h.readLine()) !== null; ) got.push(l);
      got.push(await h.readLine()); h.writeStdout(JSON.stringify(got)); process.exit(0);`, "one\ntwo ü\nlast");
    expect(JSON.parse(r.stdout)).toEqual(["one\n", "two ü\n", "last", null]);
  });
});
