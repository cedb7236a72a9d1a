// code-serial.test.ts — the compiled-stdlib cache: CodeObject round trips through code-serial.ts, the importer's
// cache hook gives the same module behaviour as compiling from source, and stale entries are ignored.
import { describe, it, expect } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stdlibModules, stdlibFilename } from "../stdlib/index.js";
import { compileSource } from "./import.js";
import { serializeCode, deserializeCode, sourceLinesOf, type SerializedCode } from "./code-serial.js";
import { CodeObject } from "./code.js";
import { PyTuple, PyFloat, PyComplex, PyBytes, Ellipsis } from "../runtime/object.js";
import { runPythonWith } from "../runtime/testing/run-python.js";
import { readStdlibCache, sourceHash, compilerFingerprint } from "../stdlib-cache-node.js";

/** compile -> serialize -> JSON text -> parse -> deserialize, as the build and the loader do. */
function roundTrip(code: CodeObject, source: string, filename: string): CodeObject {
  const text = JSON.stringify(serializeCode(code, { filename, sourceLines: code.sourceLines! }));
  return deserializeCode(JSON.parse(text) as SerializedCode, { filename, sourceLines: sourceLinesOf(source) });
}

const pythonModules = [...stdlibModules].filter(([, e]) => e.kind === "python").map(([n]) => n);

describe("code-serial round trip", () => {
  it("covers the Python-source stdlib modules", () => {
    expect(pythonModules).toContain("datetime");
    expect(pythonModules).toContain("collections.abc");
  });

  for (const name of pythonModules) {
    it(`deserialize(serialize(compile(${name}))) equals compile(${name})`, () => {
      const entry = stdlibModules.get(name)!;
      if (entry.kind !== "python") throw new Error("not python");
      const source = entry.source();
      const filename = stdlibFilename(name);
      const code = compileSource(source, filename);
      expect(roundTrip(code, source, filename)).toStrictEqual(code);
    }, 30000);
  }

  it("keeps every kind of constant, nested code, exception tables and anchors", () => {
    const source = [
      "'''doc'''",
      "a = (1, -7, 0x123456789abcdef0123, -0x123456789abcdef01234, 1.5, -0.0, 1e400, -1e400, 2j, b'\\x00\\xff', 'x\\ud800', None, True, False, ...)",
      "n = -0x123456789abcdef012345",
      "b = ((1, (2.5, 'z')), ())",
      "def f(x, /, y=3, *args, k, **kw):",
      "    'fdoc'",
      "    def g(): return x + y",
      "    try:",
      "        return [i * 2 for i in args][0] + x[1]",
      "    except (KeyError, IndexError) as e:",
      "        raise ValueError('v') from e",
      "    finally:",
      "        print(lambda q=1: q)",
      "class C:",
      "    z: int = 4",
      "    async def m(self):",
      "        async with self as s:",
      "            yield s",
      "",
    ].join("\r\n");
    const code = compileSource(source, "/tmp/consts.py");
    const back = roundTrip(code, source, "/tmp/consts.py");
    expect(back).toStrictEqual(code);
    // the constants this test is about are really there (the compiler folded the tuple)
    const flat: unknown[] = [];
    const walk = (x: unknown): void => {
      flat.push(x);
      if (x instanceof PyTuple) x.items.forEach(walk);
      if (x instanceof CodeObject) x.consts.forEach(walk);
    };
    walk(back);
    expect(flat).toContain(-0x123456789abcdef012345n);
    expect(flat).toContain(0x123456789abcdef0123n);
    expect(flat.some((x) => x instanceof PyFloat && Object.is(x.value, -0))).toBe(true);
    expect(flat.some((x) => x instanceof PyFloat && x.value === -Infinity)).toBe(true);
    expect(flat.some((x) => x instanceof PyComplex && x.imag === 2)).toBe(true);
    expect(flat.some((x) => x instanceof PyBytes && x.data[1] === 0xff)).toBe(true);
    expect(flat).toContain("x\ud800");
    expect(flat).toContain(Ellipsis);
    expect(flat).toContain("fdoc");
  });

  it("carries a plain-data field it does not know and refuses a field that is not data", () => {
    const code = compileSource("def f(): return 1\n", "/tmp/x.py");
    const inner = code.consts.find((c) => c instanceof CodeObject) as CodeObject;
    const extra = { cache: [1, 2n, null, "s"], map: new Map([[1, new Int16Array([3, -4])]]), set: new Set(["a"]), u: undefined };
    (inner as unknown as Record<string, unknown>).futureField = extra;
    const back = roundTrip(code, "def f(): return 1\n", "/tmp/x.py");
    expect(back).toStrictEqual(code);
    expect((back.consts.find((c) => c instanceof CodeObject) as unknown as Record<string, unknown>).futureField).toStrictEqual(extra);
    (inner as unknown as Record<string, unknown>).futureField = () => 1;
    expect(() => serializeCode(code, { filename: "/tmp/x.py", sourceLines: code.sourceLines! })).toThrow(/futureField/);
    (inner as unknown as Record<string, unknown>).futureField = new Date(0);
    expect(() => serializeCode(code, { filename: "/tmp/x.py", sourceLines: code.sourceLines! })).toThrow(/futureField/);
    delete (inner as unknown as Record<string, unknown>).futureField;
    Object.defineProperty(inner, "hiddenField", { value: 1, enumerable: false, configurable: true });
    expect(() => serializeCode(code, { filename: "/tmp/x.py", sourceLines: code.sourceLines! })).toThrow(/hiddenField/);
  });
});

/** Runs `source` with an in-memory host; `cache` (when given) is the host's stdlib cache hook. */
function run(source: string, cache?: (name: string, src: string, file: string) => unknown) {
  return runPythonWith(source, { host: cache ? { readStdlibCache: cache } : {} });
}

/** A cache hook serving freshly compiled modules; records which modules it served. */
function servingCache(served: string[]) {
  return (name: string, source: string, file: string) => {
    const code = compileSource(source, file);
    served.push(name);
    return JSON.parse(JSON.stringify(serializeCode(code, { filename: file, sourceLines: code.sourceLines! })));
  };
}

describe("importing from the cache", () => {
  const programs = [
    "datetime-module.py", "stdlib-typing-hints.py", "dataclasses-module.py", "enum-module.py",
    "traceback-module.py", "contextlib-tools.py", "stdlib-warnings-filters.py",
  ];
  for (const p of programs) {
    it(`tests/corpus/${p} behaves the same from the cache`, async () => {
      const source = readFileSync(new URL(`../../tests/corpus/${p}`, import.meta.url), "utf8");
      const served: string[] = [];
      const cached = await run(source, servingCache(served));
      expect(served.length).toBeGreaterThan(0);
      expect(cached).toEqual(await run(source));
      expect(cached.stdout).toBe(readFileSync(new URL(`../../tests/corpus/${p.replace(/\.py$/, ".stdout")}`, import.meta.url), "utf8"));
    }, 60000);
  }

  it("shows the same traceback through a cached module (file name, line, source text)", async () => {
    const source = "import datetime\ndatetime.date(2020, 13, 1)\n";
    const served: string[] = [];
    const cached = await run(source, servingCache(served));
    expect(served).toContain("datetime");
    expect(cached.stderr).toContain('File "/usr/local/lib/python3.11/datetime.py", line ');
    expect(cached).toEqual(await run(source));
  }, 60000);

  it("compiles from source when the hook has nothing or gives an unreadable entry", async () => {
    const source = "import pprint\npprint.pprint({'b': [1, 2], 'a': (3,)})\n";
    const expected = "{'a': (3,), 'b': [1, 2]}\n";
    expect((await run(source, () => null)).stdout).toBe(expected);
    expect((await run(source, () => ({ v: 1, fields: [], code: { c: [] } }))).stdout).toBe(expected);
    expect((await run(source, () => ({ v: 999 }))).stdout).toBe(expected);
  }, 60000);
});

describe("stdlib-cache-node", () => {
  it("uses an entry only for the same source, file name and compiler", () => {
    const dir = mkdtempSync(join(tmpdir(), "gilpy-cache-")) + "/";
    const source = "X = 1\n";
    const file = "/usr/local/lib/python3.11/mod.py";
    const code = compileSource(source, file);
    const data = serializeCode(code, { filename: file, sourceLines: code.sourceLines! });
    const write = (over: Record<string, unknown>) => writeFileSync(dir + "mod.json", JSON.stringify({
      source: sourceHash(source), compiler: compilerFingerprint(), bundle: null, bundleId: null, filename: file, data, ...over,
    }));
    write({});
    expect(readStdlibCache("mod", source, file, dir)).toEqual(JSON.parse(JSON.stringify(data)));
    expect(readStdlibCache("mod", "X = 2\n", file, dir)).toBe(null); // the module's source changed since
    expect(readStdlibCache("mod", source, "/elsewhere/mod.py", dir)).toBe(null);
    expect(readStdlibCache("other", source, file, dir)).toBe(null); // no entry
    write({ compiler: "0".repeat(40) }); // made by another compiler
    expect(readStdlibCache("mod", source, file, dir)).toBe(null);
    writeFileSync(dir + "mod.json", "{ truncated");
    expect(readStdlibCache("mod", source, file, dir)).toBe(null);
  });
});
