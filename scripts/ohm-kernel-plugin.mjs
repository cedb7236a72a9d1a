// ohm-kernel-plugin.mjs — an esbuild plugin that bundles "ohm-js" as the part gilpy runs: Ohm's kernel, with
// expression sources trimmed and Unicode RegExps made on first use. Used by build-cli.mjs; build-web.mjs can too
// (`plugins: [ohmKernel]`). Matching and semantics are unchanged; only what is built at load time is less.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";

// require.resolve gives the package's dist/ohm.cjs (import.meta.resolve needs Node 20.6).
const ohmDir = resolve(dirname(createRequire(import.meta.url).resolve("ohm-js")), "..");

// Building a grammar from its recipe also trims the source interval of every expression (Interval.trimmed(),
// two regexp scans of the rule's text), about a third of the 10 ms the Python grammar takes. The trimmed
// interval is only read to describe an expression in a message (toDisplayString) or a grammar error, so
// "lazy-source" trims it on first read instead; matching and semantics never read it. Evaluated before the
// kernel, so the built-in rules' grammar is built with it too.
const lazySource = `
import { PExpr } from "./src/pexprs-main.js";
const P = PExpr.prototype;
if (typeof P.withSource === "function" && !Object.getOwnPropertyDescriptor(P, "source")) {
  P.withSource = function (interval) {
    if (interval) this.untrimmedSource = interval;
    return this;
  };
  const own = (o, value) => Object.defineProperty(o, "source", { value, writable: true, enumerable: true, configurable: true });
  Object.defineProperty(P, "source", {
    configurable: true,
    get() {
      return this.untrimmedSource === undefined ? undefined : own(this, this.untrimmedSource.trimmed()).source;
    },
    set(value) {
      own(this, value);
    },
  });
}
`;
// Ohm's unicode.js compiles a RegExp for each of 34 Unicode categories and properties when loaded (1.5 ms);
// the built-in rules use three and the Python grammar none. Each is made on first read instead, the same RegExp.
function lazyUnicode(source) {
  const made = source
    .replace(/Object\.fromEntries\(/g, "lazyEntries(")
    .replace(/\.map\((\w+) => \[\1, toRegExp\(\1\)\]\)/g, ".map(($1) => [$1, () => toRegExp($1)])");
  const changed = (made.match(/lazyEntries\(/g) ?? []).length;
  if (changed === 0 || changed !== (made.match(/\(\) => toRegExp\(/g) ?? []).length) return source; // not the file we know
  return made + `
function lazyEntries(entries) {
  const o = {};
  for (const [key, make] of entries) {
    Object.defineProperty(o, key, {
      enumerable: true, configurable: true,
      get() { const value = make(); Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true }); return value; },
      set(value) { Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true }); },
    });
  }
  return o;
}
`;
}

// Building a grammar ends with three checks over all its rules (uniform arity of alternatives, applications of
// declared rules, no iterated nullable expressions): ~2 ms for the Python grammar, at every start-up. The
// recipes the bundle builds were made by build-grammar.mjs with the full Ohm, which ran the same checks on the
// same grammar, so "trusted-recipes" leaves them out of GrammarDecl.build. They only throw; they change nothing.
function trustedRecipes(source) {
  const start = source.indexOf("const grammarErrors = [];");
  const end = source.indexOf("if (grammarErrors.length > 0) {");
  if (start < 0 || end < start || source.indexOf("const grammarErrors = [];", start + 1) >= 0) return source; // not the file we know
  const checks = source.slice(start, end);
  if (!/assertChoicesHaveUniformArity[\s\S]*assertAllApplicationsAreValid[\s\S]*assertIteratedExprsAreNotNullable/.test(checks)) return source;
  return source.slice(0, start) + "const grammarErrors = []; // checked when the recipe was made (ohm-kernel-plugin.mjs)\n    " + source.slice(end);
}

// gilpy only builds precompiled recipes (grammar.generated.js needs `makeRecipe`) and matches them with plain
// start rule names, so it needs Ohm's kernel, not the grammar of .ohm files that "ohm-js" builds when loaded
// (about 10 ms). Grammar.parseApplication would need that grammar for a start rule such as "ListOf<x>".
export const ohmKernel = {
  name: "ohm-kernel",
  setup(b) {
    b.onLoad({ filter: /ohm-js[\\/]src[\\/]unicode\.js$/ }, (args) => ({ contents: lazyUnicode(readFileSync(args.path, "utf8")), loader: "js" }));
    b.onLoad({ filter: /ohm-js[\\/]src[\\/]GrammarDecl\.js$/ }, (args) => ({ contents: trustedRecipes(readFileSync(args.path, "utf8")), loader: "js" }));
    b.onResolve({ filter: /^ohm-js$/ }, () => ({ path: "ohm-kernel", namespace: "ohm-kernel" }));
    b.onResolve({ filter: /^lazy-source$/ }, () => ({ path: "lazy-source", namespace: "ohm-kernel" }));
    b.onLoad({ filter: /^lazy-source$/, namespace: "ohm-kernel" }, () => ({ resolveDir: ohmDir, contents: lazySource }));
    b.onLoad({ filter: /^ohm-kernel$/, namespace: "ohm-kernel" }, () => ({
      resolveDir: ohmDir,
      // main-kernel before semanticsDeferredInit: it installs the built-in rules that the latter uses.
      contents: 'import "lazy-source";\nexport { makeRecipe } from "./src/main-kernel.js";\nimport "./src/semanticsDeferredInit.js";\n',
    }));
  },
};
