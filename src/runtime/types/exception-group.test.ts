// exception-group.test.ts — ExceptionGroup/BaseExceptionGroup end to end; each expected output is what python3 3.11
// printed for the same program.
import { describe, it, expect } from "vitest";
import { runPython } from "../testing/run-python.js";

const cases: [string, string, string][] = [
  ["construction", "for make in [lambda: ExceptionGroup(\"m\", []), lambda: ExceptionGroup(\"m\", 5), lambda: ExceptionGroup(b\"m\", [ValueError()]),\n             lambda: ExceptionGroup(\"m\", [ValueError(), \"x\"]), lambda: ExceptionGroup(\"m\", [GeneratorExit()])]:\n    try:\n        make()\n    except Exception as e:\n        print(type(e).__name__, e)\ng = BaseExceptionGroup(\"m\", (ValueError(1),))\nprint(type(g).__name__, g, repr(g), g.exceptions is g.args[1])\nprint(repr(BaseExceptionGroup(\"b\", [ValueError(), KeyboardInterrupt()])))\n", "ValueError second argument (exceptions) must be a non-empty sequence\nTypeError second argument (exceptions) must be a sequence\nTypeError BaseExceptionGroup.__new__() argument 1 must be str, not bytes\nValueError Item 1 of second argument (exceptions) is not an exception\nTypeError Cannot nest BaseExceptions in an ExceptionGroup\nExceptionGroup m (1 sub-exception) ExceptionGroup('m', (ValueError(1),)) True\nBaseExceptionGroup('b', [ValueError(), KeyboardInterrupt()])\n"],
  ["split-subgroup-derive", "eg = ExceptionGroup(\"e\", [ValueError(1), ExceptionGroup(\"i\", [TypeError(2), ValueError(3)]), OSError(4)])\nprint(eg.split(ValueError))\nprint(eg.split(lambda e: isinstance(e, OSError)))\nprint(eg.subgroup((TypeError, OSError)))\nprint(eg.subgroup(KeyError), eg.subgroup(eg.__class__) is eg)\nprint(repr(eg.derive([SystemExit()])))\ntry:\n    eg.subgroup(\"ValueError\")\nexcept TypeError as e:\n    print(e)\n", "(ExceptionGroup('e', [ValueError(1), ExceptionGroup('i', [ValueError(3)])]), ExceptionGroup('e', [ExceptionGroup('i', [TypeError(2)]), OSError(4)]))\n(ExceptionGroup('e', [OSError(4)]), ExceptionGroup('e', [ValueError(1), ExceptionGroup('i', [TypeError(2), ValueError(3)])]))\ne (2 sub-exceptions)\nNone True\nBaseExceptionGroup('e', [SystemExit()])\nexpected a function, exception type or tuple of exception types\n"],
  ["argument-checks-copy", "eg = ExceptionGroup(\"m\", [ValueError()])\nfor f in [lambda: eg.split(), lambda: eg.subgroup(1, 2), lambda: eg.derive(), lambda: BaseExceptionGroup.__new__(int, \"m\", [ValueError()]), lambda: eg.split(cond=ValueError)]:\n    try: f()\n    except Exception as e: print(type(e).__name__, e)\nimport copy\nc = copy.copy(eg)\nprint(repr(c), c.exceptions, eg.__reduce__())\n", "TypeError split expected 1 argument, got 0\nTypeError subgroup expected 1 argument, got 2\nTypeError function takes exactly 1 argument (0 given)\nTypeError BaseExceptionGroup.__new__(int): int is not a subtype of BaseExceptionGroup\nTypeError BaseExceptionGroup.split() takes no keyword arguments\nExceptionGroup('m', [ValueError()]) (ValueError(),) (<class 'ExceptionGroup'>, ('m', [ValueError()]))\n"],
];

describe("exception groups (compared with python3)", () => {
  for (const [name, src, expected] of cases) {
    it(name, async () => {
      const r = await runPython(src);
      expect(r.stderr).toBe("");
      expect(r.stdout).toBe(expected);
    }, 30000);
  }
});
