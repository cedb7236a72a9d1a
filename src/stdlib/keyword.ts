// keyword.ts — the keyword module: kwlist, softkwlist, iskeyword, issoftkeyword (native).
// The lists are Python 3.11's reserved words and soft keywords (docs.python.org/3.11/reference/lexical_analysis.html).
import { PyModule, PyObject, PyStrSub, newList } from "../runtime/object.js";
import { fn } from "./native-helpers.js";

const KEYWORDS = [
  "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
  "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
  "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];
const SOFT_KEYWORDS = ["_", "case", "match"];
const kwSet = new Set(KEYWORDS);
const softSet = new Set(SOFT_KEYWORDS);

/** The text of a str (or str subclass), else null: a non-str is simply not a keyword. */
function text(x: PyObject): string | null {
  return typeof x === "string" ? x : x instanceof PyStrSub ? x.value : null;
}

export function isKeyword(s: string): boolean {
  return kwSet.has(s);
}

export function createKeyword(): PyModule {
  const m = new PyModule("keyword");
  m.dict.set("__all__", newList(["iskeyword", "issoftkeyword", "kwlist", "softkwlist"]));
  m.dict.set("kwlist", newList(KEYWORDS.slice()));
  m.dict.set("softkwlist", newList(SOFT_KEYWORDS.slice()));
  // frozenset.__contains__ semantics: an unhashable argument raises, anything else is just absent.
  fn(m, "iskeyword", (args) => {
    const s = text(args[0]);
    return s !== null && kwSet.has(s);
  });
  fn(m, "issoftkeyword", (args) => {
    const s = text(args[0]);
    return s !== null && softSet.has(s);
  });
  return m;
}
