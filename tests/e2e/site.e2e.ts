// site.e2e.ts — the demo site in headless chromium: the notes' threading snippets print what CPython prints,
// the page stays responsive while a snippet sleeps or spins, Stop ends `while True: pass`, the timeline of a
// two-thread run shows two lanes with running and blocked states, all under a strict CSP; plus the bundle
// size and the time to first output of a cold hello-world page (reported).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import type { BrowserContext, Page } from "playwright-core";
import { serve } from "./server.mjs";
import { launch } from "./browser.mjs";
import { CORPORA, compare, describeProblems, EXPECTED_FAILURES_FILE, loadCorpus, loadExpectedFailures, verdict } from "../conformance/lib.mjs";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SITE = ROOT + "dist/site/";
const ARTIFACTS = ROOT + "dist/e2e/";
mkdirSync(ARTIFACTS, { recursive: true });

let server: { url: string; close(): Promise<void> };
let browser: { context: BrowserContext; close(): Promise<void> };

beforeAll(async () => {
  server = await serve(SITE);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A page with CSP violations and page errors recorded, so each test can check there were none. */
async function open(path: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(server.url + path);
  return { page, problems };
}

async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

const blockSel = (id: string) => `pre[data-gilpy-id="${id}"] + .gilpy-mount .gilpy-block`;

/** Runs snippet `id` with the given data-* options and returns its output pane's streams and exit code. */
async function runSnippet(page: Page, id: string, attrs: Record<string, string>) {
  await page.evaluate(
    ({ id, attrs }) => {
      const pre = document.querySelector(`pre[data-gilpy-id="${id}"]`) as HTMLElement;
      for (const [k, v] of Object.entries(attrs)) pre.setAttribute(`data-${k}`, v);
    },
    { id, attrs },
  );
  await page.click(`${blockSel(id)} .gilpy-run`);
  await page.waitForFunction((sel) => {
    const b = document.querySelector(sel) as HTMLElement | null;
    return b !== null && b.dataset.status !== undefined && b.dataset.status !== "running";
  }, blockSel(id), { timeout: 60_000, polling: 50 });
  return page.evaluate((sel) => {
    const b = document.querySelector(sel) as HTMLElement;
    const out = b.querySelector(".gilpy-output")!;
    let stdout = "";
    let stderr = "";
    for (const n of Array.from(out.childNodes)) {
      if (n.nodeType === Node.TEXT_NODE) stdout += n.textContent;
      else if ((n as Element).classList.contains("gilpy-stderr")) stderr += n.textContent;
    }
    return { stdout, stderr, status: b.dataset.status!, code: b.dataset.exitCode === "" ? -1 : Number(b.dataset.exitCode) };
  }, blockSel(id));
}

/**
 * Measures how long the page's main thread takes to answer clicks on a probe button: the delay between the
 * browser creating each click event and its handler running. Returns the worst of `n` clicks (ms).
 */
async function clickDelay(page: Page, n = 5): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { __delays: number[] };
    w.__delays = [];
    let b = document.getElementById("probe");
    if (b === null) {
      b = document.createElement("button");
      b.id = "probe";
      b.textContent = "probe";
      document.body.prepend(b);
      b.addEventListener("click", (e) => w.__delays.push(performance.now() - e.timeStamp));
    }
  });
  for (let i = 0; i < n; i++) {
    await page.click("#probe");
    await page.waitForTimeout(30);
  }
  const delays = await page.evaluate(() => (window as unknown as { __delays: number[] }).__delays);
  expect(delays.length).toBe(n);
  return Math.max(...delays);
}

describe("the notes' threading snippets in the browser", () => {
  const lecture = loadCorpus(CORPORA.lecture, "lecture");
  const expectedFailures = loadExpectedFailures(EXPECTED_FAILURES_FILE);
  const THREADING = new Set(["threading", "queue", "concurrent.futures"]);
  const snippets = lecture.filter((e) => !e.file.includes(".fixed.") && e.category !== "external" && e.exitCode !== 124);
  const manifest = JSON.parse(readFileSync(CORPORA.lecture + "/manifest.json", "utf8")) as { file: string | null; uses: string[] }[];
  const uses = new Map(manifest.filter((m) => m.file !== null).map((m) => [m.file!, m.uses]));
  const threading = snippets.filter((e) => (uses.get(e.file) ?? []).some((u) => THREADING.has(u)) || /threading|Thread/.test(readFileSync(`${e.dir}/${e.file}`, "utf8")));

  for (const entry of threading) {
    const id = entry.file.slice(0, 5);
    it(`${entry.file} prints what CPython prints`, async () => {
      const { page, problems } = await open(`note-00${id[1]}.html`);
      try {
        const r = await runSnippet(page, id, { clock: "virtual", seed: "1", filename: entry.file, "time-limit": "60" });
        const outcome = { entry, result: r, problems: compare(entry, r) };
        const v = verdict(outcome, expectedFailures);
        if (v === "fail") throw new Error(`${entry.file} in the browser differs from CPython:\n${describeProblems(outcome)}`);
        // An expected failure that passes is the Node suite's business (it prunes expected-failures.txt).
        if (v === "xpass") console.log(`${entry.file} passes in the browser (listed in expected-failures.txt)`);
        expect(problems).toEqual([]);
        expect(await cspViolations(page)).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }
});

describe("the page while a program runs", () => {
  it("answers clicks within 100 ms while a snippet sleeps", async () => {
    const { page, problems } = await open("note-001.html");
    try {
      await page.evaluate(() => {
        const code = document.querySelector('pre[data-gilpy-id="s1-00"] code')!;
        code.textContent = 'import time\nprint("sleeping")\ntime.sleep(3)\nprint("awake")\n';
      });
      await page.click(`${blockSel("s1-00")} .gilpy-run`);
      await page.waitForFunction((sel) => document.querySelector(sel)?.textContent?.includes("sleeping"), `${blockSel("s1-00")} .gilpy-output`);
      expect(await clickDelay(page)).toBeLessThan(100);
      await page.waitForFunction((sel) => document.querySelector(sel)?.textContent?.includes("awake"), `${blockSel("s1-00")} .gilpy-output`, { timeout: 20_000 });
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("answers clicks within 100 ms during `while True: pass`, and Stop ends it within 100 ms", async () => {
    const { page, problems } = await open("note-001.html");
    try {
      const sel = blockSel("s1-00");
      await page.evaluate(() => {
        const code = document.querySelector('pre[data-gilpy-id="s1-00"] code')!;
        code.textContent = 'print("spinning")\nwhile True: pass\n';
      });
      await page.click(`${sel} .gilpy-run`);
      await page.waitForFunction((s) => document.querySelector(s)?.textContent?.includes("spinning"), `${sel} .gilpy-output`);
      expect(await clickDelay(page)).toBeLessThan(100);
      // Time from the Stop click event to the status line saying so, measured in the page.
      await page.evaluate((s) => {
        const w = window as unknown as { __stopMs: number };
        const block = document.querySelector(s) as HTMLElement;
        const stop = block.querySelector(".gilpy-stop")!;
        let clickAt = 0;
        stop.addEventListener("click", (e) => (clickAt = e.timeStamp), { capture: true });
        new MutationObserver(() => {
          if (block.dataset.status === "stopped" && w.__stopMs === undefined) w.__stopMs = performance.now() - clickAt;
        }).observe(block, { attributes: true });
      }, sel);
      await page.click(`${sel} .gilpy-stop`);
      await page.waitForFunction(() => (window as unknown as { __stopMs?: number }).__stopMs !== undefined);
      const stopMs = await page.evaluate(() => (window as unknown as { __stopMs: number }).__stopMs);
      expect(stopMs).toBeLessThan(100);
      expect(await page.textContent(`${sel} .gilpy-status`)).toBe("Stopped.");
      // The next run starts in a fresh worker.
      await page.evaluate(() => {
        document.querySelector('pre[data-gilpy-id="s1-00"] code')!.textContent = 'print("again")\n';
      });
      const r = await runSnippet(page, "s1-00", {});
      expect(r.stdout).toBe("again\n");
      expect(problems).toEqual([]);
      expect(await cspViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("a time limit ends an endless loop with a clear message", async () => {
    const { page } = await open("note-001.html");
    try {
      await page.evaluate(() => {
        document.querySelector('pre[data-gilpy-id="s1-00"] code')!.textContent = "while True:\n    pass\n";
      });
      const r = await runSnippet(page, "s1-00", { "time-limit": "0.5" });
      expect(r.status).toBe("time-limit");
      expect(await page.textContent(`${blockSel("s1-00")} .gilpy-status`)).toBe("Stopped: the time limit of 0.5 s was reached.");
    } finally {
      await page.close();
    }
  });
});

describe("the playground editor", () => {
  it("indents after a colon, dedents after return, and runs what was typed", async () => {
    const { page, problems } = await open("playground.html");
    try {
      await page.fill("#source", "");
      await page.focus("#source");
      await page.keyboard.type("def f(n):");
      await page.keyboard.press("Enter");
      await page.keyboard.type("return n * 2");
      await page.keyboard.press("Enter");
      await page.keyboard.type("print(f(21))");
      expect(await page.inputValue("#source")).toBe("def f(n):\n    return n * 2\nprint(f(21))");
      await page.keyboard.press("Control+Enter");
      await page.waitForFunction(() => (document.querySelector(".gilpy-block") as HTMLElement | null)?.dataset.status === "exited");
      expect(await page.textContent(".gilpy-output")).toBe("42\n");
      expect(problems).toEqual([]);
      expect(await cspViolations(page)).toEqual([]);
    } finally {
      await page.evaluate(() => localStorage.removeItem("gilpy-playground"));
      await page.close();
    }
  });
});

describe("the timeline", () => {
  it("shows a lane per thread of a two-thread run, with running and blocked states", async () => {
    const { page, problems } = await open("playground.html");
    try {
      const program = [
        "import threading, time",
        "def worker():",
        "    for i in range(3):",
        "        time.sleep(0.05)",
        "        print('worker', i)",
        "t = threading.Thread(target=worker)",
        "t.start()",
        "t.join()",
        "print('done')",
        "",
      ].join("\n");
      await page.fill("#source", program);
      await page.selectOption("#clock", "virtual");
      await page.click(".gilpy-run");
      await page.waitForFunction(() => {
        const b = document.querySelector(".gilpy-block") as HTMLElement | null;
        return b?.dataset.status === "exited";
      });
      await page.waitForTimeout(100); // one animation frame for the final drawing
      expect(await page.textContent(".gilpy-output")).toBe("worker 0\nworker 1\nworker 2\ndone\n");
      const lanes = await page.$$eval("svg.gilpy-timeline g.gilpy-tl-lane", (gs) =>
        gs.map((g) => ({ name: g.getAttribute("data-thread"), states: [...new Set(Array.from(g.querySelectorAll("rect[data-state]")).map((r) => r.getAttribute("data-state")))] })),
      );
      expect(lanes.map((l) => l.name)).toEqual(["MainThread", "Thread-1 (worker)"]);
      for (const l of lanes) expect(l.states).toEqual(expect.arrayContaining(["running", "blocked"]));
      // The screenshot itself shows both states: count pixels of the running and blocked colours.
      const png = await page.locator("svg.gilpy-timeline").screenshot({ path: ARTIFACTS + "timeline-two-threads.png" });
      const colours = await page.evaluate(async (b64) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const c = document.createElement("canvas");
        c.width = img.width;
        c.height = img.height;
        const g = c.getContext("2d")!;
        g.drawImage(img, 0, 0);
        const d = g.getImageData(0, 0, c.width, c.height).data;
        let running = 0;
        let blocked = 0;
        const near = (i: number, r: number, gr: number, b: number) => Math.abs(d[i] - r) + Math.abs(d[i + 1] - gr) + Math.abs(d[i + 2] - b) < 24;
        for (let i = 0; i < d.length; i += 4) {
          if (near(i, 0x2e, 0x9d, 0x4f)) running++;
          if (near(i, 0x8a, 0x94, 0xa6)) blocked++;
        }
        return { running, blocked };
      }, png.toString("base64"));
      expect(colours.running).toBeGreaterThan(0);
      expect(colours.blocked).toBeGreaterThan(0);
      expect(problems).toEqual([]);
      expect(await cspViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe("stdlib modules outside the worker's main chunk", () => {
  // Run through the embedding API on the index page; expected output is what python3 prints.
  async function runOnPage(page: Page, source: string) {
    await page.evaluate(`import("/gilpy/gilpy.js").then((m) => { window.__gilpy ??= m.createGilpy(); })`);
    return page.evaluate(({ source }) => {
      const g = (window as unknown as { __gilpy: { run(s: string, o: object): { done: Promise<{ stdout: string; stderr: string; exitCode: number | null }> } } }).__gilpy;
      return g.run(source, { clock: "virtual", seed: 1 }).done.then((d) => ({ stdout: d.stdout, stderr: d.stderr, exitCode: d.exitCode }));
    }, { source });
  }

  it("a module the program names is fetched before it runs", async () => {
    const { page, problems } = await open("index.html");
    try {
      const source = 'import json, textwrap\nprint(json.dumps({"a": [1, 2]}))\nprint(textwrap.fill("one two three", 7))\n';
      expect(await runOnPage(page, source)).toEqual({ stdout: '{"a": [1, 2]}\none two\nthree\n', stderr: "", exitCode: 0 });
      expect(problems).toEqual([]);
      expect(await cspViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("a module named only at run time parks the importing threads until it is loaded", async () => {
    const { page, problems } = await open("index.html");
    try {
      const source = [
        "import sys, threading",
        "results = []",
        "def work(i):",
        '    m = __import__("data" + "classes")',
        '    results.append((i, m.is_dataclass(m), m is sys.modules["dataclasses"]))',
        "ts = [threading.Thread(target=work, args=(i,)) for i in range(2)]",
        "for t in ts: t.start()",
        "for t in ts: t.join()",
        "print(sorted(results))",
        'print("_gilpy_stdlib" in sys.modules)',
        "try:",
        '    __import__("no_such_" + "module")',
        "except ImportError as e:",
        "    print(type(e).__name__, e)",
        "",
      ].join("\n");
      expect(await runOnPage(page, source)).toEqual({
        stdout: "[(0, False, True), (1, False, True)]\nFalse\nModuleNotFoundError No module named 'no_such_module'\n",
        stderr: "",
        exitCode: 0,
      });
      expect(problems).toEqual([]);
      expect(await cspViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe("size and start-up", () => {
  it("a page downloads under 250 KB gzip (page script, worker and the chunks it imports at start, styles)", () => {
    // files.json (scripts/build-web.mjs) lists them from esbuild's metafile; the stdlib chunks loaded on
    // demand are not downloaded by a page whose programs do not import those modules.
    const files = JSON.parse(readFileSync(SITE + "gilpy/files.json", "utf8")) as { page: string[]; onDemand: string[] };
    expect(files.page).toEqual(expect.arrayContaining(["gilpy.js", "gilpy-worker.js", "gilpy.css"]));
    let total = 0;
    for (const f of files.page) total += gzipSync(readFileSync(SITE + "gilpy/" + f), { level: 9 }).length;
    console.log(`bundle: ${(total / 1024).toFixed(1)} KB gzip in ${files.page.length} files (${files.onDemand.length} more chunks on demand)`);
    expect(total).toBeLessThan(250 * 1024);
  });

  it("a cold hello-world page prints its output (time to first output is reported)", async () => {
    const cold = await launch();
    try {
      const page = await cold.context.newPage();
      // What the page really fetches from gilpy/ (the worker's requests included), to check files.json.
      const fetched: string[] = [];
      cold.context.on("request", (r) => {
        const path = new URL(r.url()).pathname;
        if (path.startsWith("/gilpy/")) fetched.push(path.slice("/gilpy/".length));
      });
      await page.addInitScript(() => {
        const w = window as unknown as { __first: number };
        new MutationObserver(() => {
          const out = document.querySelector(".gilpy-output");
          if (w.__first === undefined && out !== null && (out.textContent ?? "") !== "") w.__first = performance.now();
        }).observe(document, { subtree: true, childList: true, characterData: true });
      });
      await page.goto(server.url + "hello.html");
      await page.waitForFunction(() => (window as unknown as { __first?: number }).__first !== undefined, null, { timeout: 30_000 });
      const ms = await page.evaluate(() => (window as unknown as { __first: number }).__first);
      console.log(`time to first output (cold hello.html, from navigation start): ${ms.toFixed(0)} ms`);
      expect(await page.textContent(".gilpy-output")).toBe("Привет, мир!\n");
      // A program that imports nothing fetches exactly the files counted by the size test, no stdlib chunk.
      const files = JSON.parse(readFileSync(SITE + "gilpy/files.json", "utf8")) as { page: string[] };
      expect([...new Set(fetched)].sort()).toEqual([...files.page].sort());
      const bytes = files.page.reduce((n, f) => n + gzipSync(readFileSync(SITE + "gilpy/" + f), { level: 9 }).length, 0);
      console.log(`hello.html fetched ${fetched.length} files from gilpy/, ${(bytes / 1024).toFixed(1)} KB gzip`);
    } finally {
      await cold.close();
    }
  });
});
