// vm.test.ts — end-to-end behaviour of the compiler and VM, checked against what python3 3.11 prints.
import { describe, it, expect } from "vitest";
import { runPythonWith } from "../runtime/testing/run-python.js";

function runPython(source: string) {
  const start = Date.now();
  return runPythonWith(source, { host: { monotonicMs: () => Date.now() - start, wallMs: () => Date.now() } });
}

describe("compiler and VM", () => {
  it("runs arithmetic, functions and recursion", async () => {
    const r = await runPython("def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\nprint(fib(20), 1 + 2, 7 // 2, -7 // 2)\n");
    expect(r.stdout).toBe("6765 3 3 -4\n");
  });

  it("runs loops with break, continue and else", async () => {
    const src = [
      "t = 0",
      "for i in range(10):",
      "    if i == 3:",
      "        continue",
      "    if i == 8:",
      "        break",
      "    t += i",
      "else:",
      "    t = -1",
      "n = 0",
      "while n < 5:",
      "    n += 1",
      "else:",
      "    n += 100",
      "print(t, n)",
    ].join("\n") + "\n";
    expect((await runPython(src)).stdout).toBe("25 105\n");
  });

  it("closures, nonlocal and comprehensions see the right scopes", async () => {
    const src = [
      "def counter():",
      "    c = 0",
      "    def inc():",
      "        nonlocal c",
      "        c += 1",
      "        return c",
      "    return inc",
      "f = counter()",
      "f(); f()",
      "k = 10",
      "print(f(), [x * k for x in range(3)], {x: x * x for x in range(3)}[2])",
    ].join("\n") + "\n";
    expect((await runPython(src)).stdout).toBe("3 [0, 10, 20] 4\n");
  });

  it("generators, yield from and send", async () => {
    const src = [
      "def g():",
      "    x = yield 1",
      "    yield (x or 5) * 2",
      "    return 7",
      "def h():",
      "    yield 0",
      "    r = yield from g()",
      "    yield r",
      "print([v for v in h()])",
      "it = g()",
      "print(it.send(None), it.send(21))",
    ].join("\n") + "\n";
    expect((await runPython(src)).stdout).toBe("[0, 1, 10, 7]\n1 42\n");
  });

  it("try/except/else/finally, also on return and break", async () => {
    const src = [
      "def f():",
      "    try:",
      "        return 1",
      "    finally:",
      "        print('fin')",
      "print(f())",
      "for i in range(3):",
      "    try:",
      "        if i == 1:",
      "            break",
      "    finally:",
      "        print('f', i)",
      "try:",
      "    {}['x']",
      "except KeyError as e:",
      "    print('key', repr(e))",
      "else:",
      "    print('no')",
    ].join("\n") + "\n";
    expect((await runPython(src)).stdout).toBe("fin\n1\nf 0\nf 1\nkey KeyError('x')\n");
  });

  it("prints a 3.11 traceback with carets and exits 1", async () => {
    const src = "def f(a):\n    return a[1] + 1\n\nf([1])\n";
    const r = await runPython(src);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'Traceback (most recent call last):\n  File "t.py", line 4, in <module>\n    f([1])\n' +
      '  File "t.py", line 2, in f\n    return a[1] + 1\n           ~^^^\nIndexError: list index out of range\n',
    );
  });

  it("reports compile-time SyntaxErrors as CPython does", async () => {
    const r = await runPython("x = 1\nreturn 5\n");
    expect(r.stderr).toBe('  File "t.py", line 2\n    return 5\n    ^^^^^^^^\nSyntaxError: \'return\' outside function\n');
    expect(r.code).toBe(1);
  });

  it("NameError suggests a close name", async () => {
    const r = await runPython("def f():\n    lenght = 1\n    return lengt\nf()\n");
    expect(r.stderr.split("\n").slice(-2)[0]).toBe("NameError: name 'lengt' is not defined. Did you mean: 'lenght'?");
  });

  it("classes with super(), with-statements that swallow or propagate", async () => {
    const src = [
      "class A:",
      "    def get(self):",
      "        return 1",
      "class B(A):",
      "    def get(self):",
      "        return super().get() + 1",
      "class CM:",
      "    def __enter__(self):",
      "        return 'in'",
      "    def __exit__(self, t, v, tb):",
      "        print('exit', t.__name__ if t else None)",
      "        return t is KeyError",
      "with CM() as x:",
      "    raise KeyError('k')",
      "print(B().get(), x)",
    ].join("\n") + "\n";
    expect((await runPython(src)).stdout).toBe("exit KeyError\n2 in\n");
  });
});

