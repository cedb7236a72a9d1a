// parse-ohm-speed.ts — faster drop-in versions of two ohm-js matcher helpers the parser calls per step.
// Both return exactly what ohm-js's own versions return (ohm-js src/common.js, src/pexprs-getArity.js); they
// only avoid repeated work: together they were about a tenth of the time spent matching.
import { pexprs } from "ohm-js";

interface ApplyProto { ruleName: string; isSyntactic(): boolean }
interface SeqProto { factors: { getArity(): number }[]; getArity(): number; arityCache?: number }

const P = pexprs as unknown as { Apply: { prototype: ApplyProto }; Seq: { prototype: SeqProto } };

// Ohm asks, for every expression it evaluates, whether the current rule is syntactic (its name starts with an
// upper-case letter: `c === c.toUpperCase()`). All of python.ohm's rules start with a lower-case ASCII letter,
// which needs no case conversion to answer.
const originalIsSyntactic = P.Apply.prototype.isSyntactic;
P.Apply.prototype.isSyntactic = function (this: ApplyProto): boolean {
  const c = this.ruleName.charCodeAt(0);
  if (c >= 97 && c <= 122) return false;
  return originalIsSyntactic.call(this);
};

// A sequence's arity (how many CST children it binds) never changes once the grammar is built, but ohm-js
// sums it again each time a rule body matches.
P.Seq.prototype.getArity = function (this: SeqProto): number {
  let arity = this.arityCache;
  if (arity === undefined) {
    arity = 0;
    for (let i = 0; i < this.factors.length; i++) arity += this.factors[i].getArity();
    this.arityCache = arity;
  }
  return arity;
};

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
