// parse-match-rules.ts — the rules of grammar/python.ohm that parse-match.ts treats specially: which get memo
// entries, which nodes are left out of the tree, which are only recognised. Each list depends on how
// parse-ast.ts reads the nodes; the parse-match test in parser.test.ts compares with ohm-js's full tree.

/**
 * The rules that get memo entries: ones that alternatives of their callers re-try at the same position. Without
 * them nested displays take exponential time: `{1: {1: ...}}` parses each value as a dict comprehension's, then
 * again as a dict's (braceAtom), a parenthesised expression once per alternative of parenAtom, and `(*(*x))`
 * once per alternative of parenAtom that starts with `*`.
 */
export const MEMO_RULES = new Set<string>(["namedExpression", "expression", "bitOr"]);

/**
 * Rules whose node is left out when it has one non-empty child, a rule node covering all of it: parse-ast.ts
 * builds the same AST from that child alone (these rules have no action, or one that returns the child's AST
 * when the optional and repeated parts are empty). Most expressions are a single name or number, which this
 * spares a dozen nodes (expression → disjunction → ... → atom) in the tree and in the AST builder.
 */
export const ELIDE_RULES = new Set<string>([
  "expression", "disjunction", "comparison", "bitOr", "factor",
  "primary", "atom", "starExpression", "namedExpression", "starNamedExpression",
  "targetPrimary", "starTarget", "starExpressionsOrYield", "simpleStmt", "compoundStmt", "dictItem", "block",
  "argItem",
]);

/**
 * Rules whose node's children no action reads (they use the node's text and place only): tokens, keywords,
 * operators. Their nodes have no children, which spares a node per character of every name and number.
 */
export const OPAQUE_RULES = new Set<string>([
  "name", "number", "stringTok", "assignEq", "augassign", "sliceColon", "compOp", "dots", "compoundStart",
  "kwFalse", "kwNone", "kwTrue", "kwAnd", "kwAs", "kwAssert", "kwAsync", "kwAwait", "kwBreak", "kwClass",
  "kwContinue", "kwDef", "kwDel", "kwElif", "kwElse", "kwExcept", "kwFinally", "kwFor", "kwFrom", "kwGlobal", "kwIf",
  "kwImport", "kwIn", "kwIs", "kwLambda", "kwNonlocal", "kwNot", "kwOr", "kwPass", "kwRaise", "kwReturn", "kwTry",
  "kwWhile", "kwWith", "kwYield",
]);
