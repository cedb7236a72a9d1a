// stdlib-split-plugin.mjs — an esbuild plugin for the web worker build: rewrites src/stdlib/index.ts so that
// only the "core" stdlib modules are imported statically and every other registry entry is loaded on demand
// (a dynamic import(), which esbuild's code splitting turns into a chunk). It reads the registry as written,
// so entries other people add to index.ts are picked up without anyone doing anything; an entry it cannot
// read stays static (correct, only bigger). src/host/worker-stdlib.ts does the loading at run time.
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";

const IMPORT = /^import\s*\{([^}]*)\}\s*from\s*"(\.[^"]+)";[ \t]*$/gm;
const NATIVE = /\[\s*"([\w.]+)"\s*,\s*native\(\s*(\w+)\s*\)\s*\]/g;
const PYTHON = /\[\s*"([\w.]+)"\s*,\s*python\(\s*\(\)\s*=>\s*(\w+)\s*(,\s*true\s*)?\)\s*\]/g;

/** The TypeScript file a relative ".js" import names. */
function tsFile(fromDir, spec) {
  const base = resolve(fromDir, spec);
  for (const cand of [base.replace(/\.js$/, ".ts"), base.replace(/\.js$/, "/index.ts"), base]) if (existsSync(cand)) return cand;
  return null;
}

/** Every file under `stdlibDir` that `file` reaches by relative imports (itself included). */
function closure(file, stdlibDir, seen = new Set()) {
  if (seen.has(file) || !file.startsWith(stdlibDir)) return seen;
  seen.add(file);
  const text = readFileSync(file, "utf8");
  for (const m of text.matchAll(/(?:from|import)\s*"(\.[^"]+)"/g)) {
    const f = tsFile(dirname(file), m[1]);
    if (f !== null) closure(f, stdlibDir, seen);
  }
  return seen;
}

/**
 * Reads the registry: entries (name → {ident, spec, kind, isPackage}) and which imports can become lazy.
 * Exported for build-web.mjs's report.
 */
export function readRegistry(indexPath, core) {
  const text = readFileSync(indexPath, "utf8");
  const imports = new Map(); // ident → { spec, statement }
  for (const m of text.matchAll(IMPORT)) {
    for (const part of m[1].split(",")) {
      const p = part.trim();
      if (p === "" || p.startsWith("type ")) continue;
      const [orig, alias] = p.split(/\s+as\s+/);
      imports.set((alias ?? orig).trim(), { spec: m[2], statement: m[0], exported: orig.trim() });
    }
  }
  const entries = new Map();
  for (const m of text.matchAll(NATIVE)) entries.set(m[1], { ident: m[2], kind: "native", isPackage: false });
  for (const m of text.matchAll(PYTHON)) entries.set(m[1], { ident: m[2], kind: "python", isPackage: m[3] !== undefined });
  // An import statement can go only if every name it brings in is used by lazy entries alone.
  const bySpec = new Map();
  for (const [ident, imp] of imports) {
    if (!bySpec.has(imp.statement)) bySpec.set(imp.statement, []);
    bySpec.get(imp.statement).push(ident);
  }
  const lazy = new Map();
  for (const [statement, idents] of bySpec) {
    const users = [...entries].filter(([, e]) => idents.includes(e.ident));
    if (users.length === 0 || users.some(([name]) => core.has(name))) continue;
    const rest = text.replace(statement, "");
    const uses = idents.reduce((n, id) => n + (rest.match(new RegExp(`\\b${id}\\b`, "g")) ?? []).length, 0);
    if (uses !== users.length) continue; // used elsewhere in index.ts: keep it static
    for (const [name, e] of users) lazy.set(name, { ...e, spec: imports.get(e.ident).spec, exported: imports.get(e.ident).exported, statement });
  }
  return { text, entries, lazy };
}

/** The registry names each lazy module may import when it runs (found in its files' text), for preloading. */
function dependencies(indexPath, lazy, names) {
  const stdlibDir = dirname(indexPath) + "/";
  const deps = {};
  for (const [name, e] of lazy) {
    const found = new Set();
    const file = tsFile(stdlibDir, e.spec);
    for (const f of file === null ? [] : closure(file, stdlibDir)) {
      const text = readFileSync(f, "utf8");
      // Python `import x` / `from x import` in source texts, and names given to a TypeScript helper that
      // imports (rt.importModule("x"), osModule(env, "x")).
      for (const m of text.matchAll(/\b(?:import|from)\s+([\w.]+)|[mM]odule\((?:\s*\w+\s*,)?\s*"([\w.]+)"/g)) {
        const n = m[1] ?? m[2];
        for (const cand of [n, n.split(".")[0]]) if (cand !== name && lazy.has(cand)) found.add(cand);
      }
    }
    // A submodule needs its package first.
    for (let d = name.lastIndexOf("."); d > 0; d = name.lastIndexOf(".", d - 1)) if (lazy.has(name.slice(0, d))) found.add(name.slice(0, d));
    deps[name] = [...found].sort();
  }
  void names;
  return deps;
}

const LAZY = "gilpy-lazy:";

/**
 * The plugin: `core` is the set of registry names kept in the main chunk; `coreRoot` a module that reaches the
 * whole core without side effects (src/host/worker-main.ts).
 */
export function stdlibSplit(core, coreRoot, report = null) {
  return {
    name: "stdlib-split",
    setup(b) {
      // A lazy module is imported through a small wrapper that also imports the worker's core (`coreRoot`):
      // then every lazy chunk reaches all of the core, so esbuild puts the core in one shared chunk instead of
      // many pieces (one per set of lazy modules using a piece), and a page fetches two files, not twenty.
      b.onResolve({ filter: /^gilpy-lazy:/ }, (args) => ({
        path: resolve(args.resolveDir, args.path.slice(LAZY.length)),
        namespace: "gilpy-lazy",
      }));
      b.onLoad({ filter: /.*/, namespace: "gilpy-lazy" }, (args) => {
        const file = tsFile(dirname(args.path), "./" + args.path.slice(dirname(args.path).length + 1));
        return {
          contents: `import ${JSON.stringify(coreRoot)};\nexport * from ${JSON.stringify(file)};\n`,
          loader: "ts",
          resolveDir: dirname(args.path),
        };
      });
      b.onLoad({ filter: /[\\/]src[\\/]stdlib[\\/]index\.ts$/ }, (args) => {
        const { text, entries, lazy } = readRegistry(args.path, core);
        const deps = dependencies(args.path, lazy, entries);
        let out = text;
        const declared = new Set();
        for (const e of lazy.values()) {
          if (out.includes(e.statement)) out = out.replace(e.statement, "");
          if (!declared.has(e.ident)) {
            declared.add(e.ident);
            // `var`: hoisted, so the registry's Map literal above reads undefined (a stand-in replaces it).
            out += `\nvar ${e.ident}: any;`;
          }
        }
        const table = [...lazy].map(([name, e]) => {
          const make = e.kind === "native" ? `native(m.${e.exported})` : `python(() => m.${e.exported}${e.isPackage ? ", true" : ""})`;
          return `  ${JSON.stringify(name)}: { isPackage: ${e.isPackage}, deps: ${JSON.stringify(deps[name])}, load: () => import(${JSON.stringify(LAZY + e.spec)}).then((m: any) => ${make}) },`;
        });
        const host = resolve(dirname(args.path), "../host/worker-stdlib.ts");
        out += `\nimport { installLazyStdlib } from ${JSON.stringify(host.replace(/\\/g, "/"))};\ninstallLazyStdlib(stdlibModules, {\n${table.join("\n")}\n});\n`;
        if (report !== null) {
          report.core = [...entries.keys()].filter((n) => !lazy.has(n));
          report.lazy = [...lazy.keys()];
          report.deps = deps;
        }
        return { contents: out, loader: "ts", resolveDir: dirname(args.path) };
      });
    },
  };
}
