// build-cli.mjs — bundles the `gilpy` command (src/cli.ts and all it imports) into one file, dist/gilpy-cli.cjs,
// and warms its V8 code cache, so start-up reads one file and skips most compiling (run by `npm run build`).
// bin/gilpy.js loads the bundle through node:vm with the cache (dist/gilpy-cli.cache); see there.
// Identifiers stay unminified so an internal error's stack trace names the functions of the sources.
//   node scripts/build-cli.mjs [--ohm=kernel|bundle|external] [--metafile]
import { build } from "esbuild";
import { createHash } from "node:crypto";
import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { ohmKernel } from "./ohm-kernel-plugin.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const ohm = args.find((a) => a.startsWith("--ohm="))?.slice(6) ?? "kernel";
const outfile = root + "dist/gilpy-cli.cjs";

// The stdlib registry (src/stdlib/index.ts) imports every module's file so that each factory is at hand, and
// ESM has no synchronous import on demand, so every native module's types and tables would be built at each
// start-up. In the bundle a value imported there becomes a require() made on first use, which esbuild turns into
// running that file's code then: `native(createX)` calls the factory through it, `python(() => xSource)` reads
// the text through it. Any other use of an imported name is kept eager (correct, just not lazy).
const lazyStdlib = {
  name: "lazy-stdlib",
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]stdlib[\\/]index\.ts$/ }, (args) => ({
      contents: lazyImports(readFileSync(args.path, "utf8")),
      loader: "ts",
    }));
  },
};

function lazyImports(source) {
  const access = new Map(); // imported name -> the expression that loads its module
  let n = 0;
  let out = source.replace(/^import \{([^}]*)\} from "(\.[^"]+)";$/gm, (line, list, path) => {
    const names = list.split(",").map((x) => x.trim()).filter((x) => x !== "");
    if (!names.every((x) => /^[A-Za-z_$][\w$]*$/.test(x))) return line; // "type X", "a as b": left as they are
    const load = `__stdlibFile${n++}`;
    for (const name of names) access.set(name, `${load}()`);
    return `let ${load}Exports: any; const ${load} = (): any => (${load}Exports ??= require(${JSON.stringify(path)}));`;
  });
  for (const [name, load] of access) {
    out = out
      .replace(new RegExp(`\\bnative\\(${name}\\)`, "g"), `native((...args: any[]) => ${load}.${name}(...args))`)
      .replace(new RegExp(`(?<![.\\w$])${name}\\b`, "g"), `${load}.${name}`);
  }
  return out;
}

// grammar.generated.js passes the grammar's recipe to makeRecipe as an array literal (~90 KB). V8 builds such a
// literal from boilerplate descriptions held in the code cache, slower than JSON.parse reads the same data from
// one string; makeRecipe takes either. In the bundle the literal becomes that string (when it is JSON, as
// Ohm's toRecipe writes it).
const jsonRecipe = {
  name: "json-recipe",
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]interpreter[\\/]grammar\.generated\.js$/ }, (args) => {
      const source = readFileSync(args.path, "utf8");
      const m = /^export default makeRecipe\((.*)\);$/m.exec(source);
      if (m !== null) {
        try {
          JSON.parse(m[1]);
          return { contents: source.slice(0, m.index) + `export default makeRecipe(${JSON.stringify(m[1])});` + source.slice(m.index + m[0].length), loader: "js" };
        } catch {
          // not JSON: the literal stays
        }
      }
      return { contents: source, loader: "js" };
    });
  },
};

async function bundle() {
  const result = await build({
    entryPoints: [root + "src/cli.ts"],
    outfile,
    write: false,
    bundle: true,
    // CommonJS, because node:vm can compile a script with a code cache but (in Node 20) not a module.
    format: "cjs",
    platform: "node",
    target: "node20",
    // import() becomes require(): a vm script has no loader for import() on older Node 20 releases.
    supported: { "dynamic-import": false },
    define: { "import.meta.url": "__gilpyImportMetaUrl" }, // declared below, inside the strict-mode prologue
    minify: false,
    legalComments: "none",
    logLevel: "warning",
    external: ohm === "external" ? ["ohm-js"] : [],
    plugins: ohm === "kernel" ? [ohmKernel, lazyStdlib, jsonRecipe] : [lazyStdlib, jsonRecipe],
    metafile: args.includes("--metafile"),
  });
  if (result.metafile) writeFileSync(root + "dist/gilpy-cli.meta.json", JSON.stringify(result.metafile));

  // Node 20 decodes a UTF-8 file with a few non-ASCII characters ten times slower than an ASCII one read as
  // latin1 (10-40 ms for this bundle). esbuild escapes them in strings and regexps; what is left is in comments,
  // where "?" does as well. If one is left elsewhere, the bundle is read as UTF-8.
  let latin1 = true;
  const bundled = result.outputFiles[0].text;
  if (!bundled.startsWith('"use strict";\n')) throw new Error("build-cli: esbuild's output does not start with \"use strict\"");
  const text = ('"use strict";\nvar __gilpyImportMetaUrl = require("node:url").pathToFileURL(__filename).href;\n' +
    bundled.slice('"use strict";\n'.length)).replace(/^.*[^\x00-\x7f].*$/gm, (line) => {
    if (/^\s*(\/\/|\/\*|\*)/.test(line)) return line.replace(/[^\x00-\x7f]/g, "?");
    latin1 = false;
    return line;
  });
  // V8 accepts a code cache for any source of the same length, so the bundle's first line names its content
  // (and how to read it); bin/gilpy.js uses a cache only when it was made for that line.
  const id = createHash("sha256").update(text).digest("hex").slice(0, 16);
  rmSync(root + "dist/gilpy-cli.cache", { force: true });
  // Written aside and renamed: a gilpy starting meanwhile (tests, a teammate's run) reads the old or the new file.
  writeFileSync(`${outfile}.${process.pid}.tmp`, `// gilpy-cli ${id} ${latin1 ? "latin1" : "utf8"}\n${text}`);
  renameSync(`${outfile}.${process.pid}.tmp`, outfile);

  // In the bundle, import.meta.url is dist/gilpy-cli.cjs's URL for every source file, so a path found from it
  // (a worker's entry point, a data file) must be right from dist/ as well as from the file's own folder.
  // Checked: stdlib-cache-node.ts finds dist/stdlib-cache from either place; node-net.ts only makes a require
  // for Node's builtin modules with it.
  const checked = new Set(["src/cli.ts", "src/stdlib-cache-node.ts", "src/host/node-net.ts"]);
  let file = "";
  for (const line of text.split("\n")) {
    if (line.startsWith("// src/") || line.startsWith("// node_modules/")) file = line.slice(3);
    else if (line.includes("__gilpyImportMetaUrl") && file !== "" && !checked.has(file)) {
      console.warn(`build-cli: ${file} uses import.meta.url; in dist/gilpy-cli.cjs it is the bundle's URL (dist/), check its paths`);
    }
  }

  // One run writes the cache (bin/gilpy.js does when it finds none), with the functions that run compiled: a
  // short program doing a little of everything, so that a script's first run of the parser, compiler, VM and
  // common builtins finds their bytecode in the cache instead of compiling it (a bigger cache costs an empty
  // script ~0.5 ms to load; the functions it holds cost a typical script several ms to compile).
  execFileSync(process.execPath, [root + "bin/gilpy.js", root + "scripts/cli-cache-training.py"], { stdio: "inherit" });
}

// When bundling fails where tsc did not (or the bundle cannot even run `-c pass`), gilpy still works from
// dist/cli.js: bin/gilpy.js loads the modules when there is no bundle. Say so loudly, and let the build go on.
try {
  await bundle();
} catch (e) {
  rmSync(outfile, { force: true });
  rmSync(root + "dist/gilpy-cli.cache", { force: true });
  const why = e?.errors?.[0]?.text ?? (e instanceof Error ? e.message.split("\n")[0] : String(e));
  console.warn(`build-cli: no CLI bundle (${why});\n` +
    "build-cli: gilpy runs from dist/cli.js and its modules, correct but slower to start");
}
