// worker-stdlib.test.ts — stdlib modules loaded on demand, as the browser worker does it, driven in Node: some
// registry entries are swapped for slow loaders of the real ones (vitest gives each test file its own
// registry). Expected outputs are python3 3.11's, except gilpy's own message for a chunk that fails to load.
import { beforeAll, describe, expect, it } from "vitest";
import { stdlibModules, type StdlibModule } from "../stdlib/index.js";
import { installLazyStdlib, preloadStdlib, type LazyStdlibEntry } from "./worker-stdlib.js";
import { createGilpy } from "../embed/node.js";

const loads: string[] = [];
const gilpy = createGilpy({ mode: "inline" });

beforeAll(() => {
  const lazy = (name: string, deps: string[] = [], fail = false): LazyStdlibEntry => {
    const real = stdlibModules.get(name) as StdlibModule;
    return {
      isPackage: false,
      deps,
      load: () =>
        new Promise((resolve, reject) =>
          setTimeout(() => {
            loads.push(name);
            if (fail) reject(new Error("network down"));
            else resolve(real);
          }, 20),
        ),
    };
  };
  installLazyStdlib(stdlibModules, {
    json: lazy("json"),
    textwrap: lazy("textwrap"),
    dataclasses: lazy("dataclasses", ["copy"]),
    copy: lazy("copy"),
    bisect: lazy("bisect"),
    heapq: lazy("heapq", [], true),
  });
});

async function run(source: string) {
  const r = await gilpy.run(source, { clock: "virtual" }).done;
  return [r.stdout, r.stderr, r.exitCode];
}

describe("stdlib modules loaded on demand", () => {
  it("preloads the modules a program names, with their dependencies, and nothing else", async () => {
    expect(preloadStdlib(["print('hi')\n"])).toBeNull();
    await preloadStdlib(["import dataclasses  # and json in a comment\n"]);
    expect([...loads].sort()).toEqual(["copy", "dataclasses", "json"]);
  });

  it("runs a program whose import was preloaded before it started", async () => {
    loads.length = 0;
    expect(await run('import textwrap\nprint(textwrap.fill("one two three", 7))\n')).toEqual(["one two\nthree\n", "", 0]);
    expect(loads).toEqual(["textwrap"]);
  });

  it("parks threads importing a module named only at run time until it has loaded", async () => {
    loads.length = 0;
    const source = [
      "import sys, threading",
      "results = []",
      "def work(i):",
      '    m = __import__("bis" + "ect")',
      '    results.append((i, m.bisect([1, 3], 2), m is sys.modules["bisect"]))',
      "ts = [threading.Thread(target=work, args=(i,)) for i in range(3)]",
      "for t in ts: t.start()",
      "for t in ts: t.join()",
      "print(sorted(results))",
      'print("_gilpy_stdlib" in sys.modules)',
      "",
    ].join("\n");
    expect(await run(source)).toEqual(["[(0, 1, True), (1, 1, True), (2, 1, True)]\nFalse\n", "", 0]);
    expect(loads).toEqual(["bisect"]);
  });

  it("raises ImportError when a module's chunk cannot be loaded", async () => {
    const source = 'try:\n    __import__("heap" + "q")\nexcept ImportError as e:\n    print(type(e).__name__, e)\n';
    expect(await run(source)).toEqual(["ImportError gilpy could not load the stdlib module 'heapq': network down\n", "", 0]);
  });
});
