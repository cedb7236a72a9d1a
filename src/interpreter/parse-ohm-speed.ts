// parse-ohm-speed.ts — faster drop-in versions of ohm-js matcher steps for python.ohm (isSyntactic, Seq arity,
// MatchState.eval). Each gives what ohm-js's own gives (ohm-js src/common.js, src/pexprs-getArity.js,
// src/MatchState.js) for this grammar; they only skip repeated work, about a fifth of the time spent matching.
interface ApplyProto { ruleName: string; isSyntactic(): boolean }
interface SeqProto { factors: { getArity(): number }[]; getArity(): number; arityCache?: number }

/**
 * The prototypes of Ohm's Apply and Seq expressions, taken from the grammar's own rule bodies: the CLI bundle
 * has only Ohm's kernel (scripts/ohm-kernel-plugin.mjs), which does not export `pexprs`.
 */
function findPrototypes(grammar: object): { apply: ApplyProto | null; seq: SeqProto | null } {
  let apply: ApplyProto | null = null, seq: SeqProto | null = null;
  const seen = new Set<object>();
  const visit = (e: unknown): void => {
    if (!e || typeof e !== "object" || seen.has(e) || (apply && seq)) return;
    seen.add(e);
    const x = e as { ruleName?: unknown; args?: unknown[]; factors?: unknown[]; terms?: unknown[]; expr?: unknown };
    if (!apply && typeof x.ruleName === "string" && Array.isArray(x.args)) apply = Object.getPrototypeOf(x) as ApplyProto;
    if (!seq && Array.isArray(x.factors)) seq = Object.getPrototypeOf(x) as SeqProto;
    for (const k of [x.args, x.factors, x.terms]) if (Array.isArray(k)) k.forEach(visit);
    visit(x.expr);
  };
  const rules = (grammar as { rules: Record<string, { body: unknown }> }).rules;
  for (const name in rules) visit(rules[name].body);
  return { apply, seq };
}

function speedUpExpressions(grammar: object): void {
  const { apply, seq } = findPrototypes(grammar);
  // Ohm asks, for every expression it evaluates, whether the current rule is syntactic (its name starts with
  // an upper-case letter: `c === c.toUpperCase()`). All of python.ohm's rules start with a lower-case ASCII
  // letter, which needs no case conversion to answer.
  if (apply) {
    const originalIsSyntactic = apply.isSyntactic;
    apply.isSyntactic = function (this: ApplyProto): boolean {
      const c = this.ruleName.charCodeAt(0);
      if (c >= 97 && c <= 122) return false;
      return originalIsSyntactic.call(this);
    };
  }
  // A sequence's arity (how many CST children it binds) never changes once the grammar is built, but ohm-js
  // sums it again each time a rule body matches.
  if (seq) {
    seq.getArity = function (this: SeqProto): number {
      let arity = this.arityCache;
      if (arity === undefined) {
        arity = 0;
        for (let i = 0; i < this.factors.length; i++) arity += this.factors[i].getArity();
        this.arityCache = arity;
      }
      return arity;
    };
  }
}

/** The parts of ohm-js's MatchState (src/MatchState.js) that the fast `eval` below touches. */
interface MatchStateLike {
  grammar: unknown;
  recordedFailures: unknown;
  trace: unknown;
  userData: unknown;
  inputStream: { pos: number };
  _bindings: unknown[];
  truncateBindings(n: number): void;
  eval(expr: { eval(state: MatchStateLike): boolean }): boolean;
}

/**
 * Installs a lighter MatchState.eval for matches of `grammar`, once, when its first match starts (MatchState is
 * not exported, so its prototype is taken from the first state the grammar sets up). ohm-js's eval also skips
 * spaces before expressions of syntactic (capitalised) rules, records failures for error messages and
 * records traces; `grammar` has no syntactic rules, and a match that records failures (the second pass over
 * input that failed) or traces still runs ohm-js's own eval.
 */
export function speedUpMatching(grammar: object): void {
  speedUpExpressions(grammar);
  const g = grammar as { _setUpMatchState(state: MatchStateLike): void };
  const setUp = g._setUpMatchState;
  let installed = false;
  g._setUpMatchState = function (this: unknown, state: MatchStateLike): void {
    if (!installed) {
      installed = true;
      const proto = Object.getPrototypeOf(state) as MatchStateLike;
      const original = proto.eval;
      proto.eval = function (this: MatchStateLike, expr): boolean {
        if (this.grammar !== grammar || this.recordedFailures || this.trace) return original.call(this, expr);
        const input = this.inputStream;
        const origNumBindings = this._bindings.length;
        const origUserData = this.userData;
        const origPos = input.pos;
        const ans = expr.eval(this);
        if (!ans) {
          input.pos = origPos;
          this.truncateBindings(origNumBindings);
          this.userData = origUserData;
        }
        return ans;
      };
    }
    setUp.call(this, state);
  };
}
