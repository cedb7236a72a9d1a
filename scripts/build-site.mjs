// build-site.mjs — builds the demo site into dist/site/ (`npm run site`, after build:web): one page per
// lecture note in site/seeds/ with its Russian text and every Python snippet runnable in place, an index,
// and the playground. Snippets are cut from the notes exactly as tests/conformance's extractor cuts them
// (lenient fences, a tab-indented fence's tab removed), so each runs as its conformance program does.
import { copyFileSync, cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const out = root + "dist/site/";
mkdirSync(out + "gilpy", { recursive: true });
for (const f of ["gilpy.js", "gilpy-worker.js", "gilpy.css", "playground.js", "files.json"]) copyFileSync(root + "dist/web/" + f, out + "gilpy/" + f);
// The worker's chunks: shared code it imports at start, and the stdlib modules it loads on demand.
rmSync(out + "gilpy/chunks", { recursive: true, force: true });
cpSync(root + "dist/web/chunks", out + "gilpy/chunks", { recursive: true });
copyFileSync(root + "site/site.css", out + "site.css");

const OPEN = /^([ \t]*)(`{3,})[ \t]*([A-Za-z0-9_+-]*)[ \t]*$/;
const CLOSE = /^([ \t]*)(`{3,})[ \t]*$/;
/** Fenced blocks that hold printed output, not code (tests/conformance/corpus/manifest.json: skipped). */
const NOT_CODE = new Set(["s3-05"]);

const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function width(ws) {
  let col = 0;
  for (const ch of ws) col = ch === "\t" ? (Math.floor(col / 4) + 1) * 4 : col + 1;
  return col;
}
function stripIndent(line, n) {
  let col = 0;
  let i = 0;
  while (i < line.length && (line[i] === " " || line[i] === "\t") && col < n) {
    const nc = line[i] === "\t" ? (Math.floor(col / 4) + 1) * 4 : col + 1;
    if (nc > n) return " ".repeat(nc - n) + line.slice(i + 1);
    col = nc;
    i++;
  }
  return line.slice(i);
}
function stripFenceIndent(line, ind) {
  if (ind.includes("\t")) return line.startsWith(ind) ? line.slice(ind.length) : line;
  return stripIndent(line, width(ind));
}

/** Inline markdown: code spans, bold, italic, links (images become links: the page loads nothing remote). */
function inline(text) {
  const parts = text.split(/(`+[^`]*?`+)/);
  return parts
    .map((p, i) => {
      if (i % 2 === 1) return `<code>${esc(p.replace(/^`+|`+$/g, ""))}</code>`;
      let s = esc(p);
      s = s.replace(/!?\[([^\]]*)\]\(([^)\s]+)[^)]*\)/g, (_, t, url) => {
        const href = /^(https?:|#|mailto:)/.test(url) ? url : "#";
        return `<a href="${href}">${t || url}</a>`;
      });
      s = s.replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>").replace(/__([^_]+)__/g, "<strong>$1</strong>");
      s = s.replace(/(^|[\s(])\*([^*\s][^*]*?)\*(?=[\s).,:;!?]|$)/g, "$1<em>$2</em>");
      return s;
    })
    .join("");
}

function slug(text) {
  return text.toLowerCase().replace(/<[^>]+>/g, "").replace(/[^\p{L}\p{N}_ -]/gu, "").trim().replace(/ /g, "-");
}

/** Renders one note: markdown blocks → HTML, fenced blocks → runnable snippets named sS-II. */
function renderNote(text, seedIndex) {
  const lines = text.split("\n");
  const html = [];
  let para = [];
  let list = null; // "ul" | "ol"
  let blockIndex = 0;
  let title = null;
  const flushPara = () => {
    if (para.length > 0) html.push(`<p>${inline(para.join("\n"))}</p>`);
    para = [];
  };
  const closeList = () => {
    if (list !== null) html.push(`</${list}>`);
    list = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const open = OPEN.exec(line);
    if (open) {
      flushPara();
      closeList();
      const body = [];
      let j = i + 1;
      for (; j < lines.length; j++) {
        const c = CLOSE.exec(lines[j]);
        if (c && c[2].length >= open[2].length) break;
        body.push(stripFenceIndent(lines[j], open[1]));
      }
      i = j;
      const id = `s${seedIndex}-${String(blockIndex++).padStart(2, "0")}`;
      const src = body.join("\n") + "\n";
      if (seedIndex < 0 || NOT_CODE.has(id)) html.push(`<pre class="output-sample"><code>${esc(src)}</code></pre>`);
      else html.push(`<pre data-gilpy-id="${id}"><code class="language-python">${esc(src)}</code></pre>`);
      continue;
    }
    const h = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (h) {
      flushPara();
      closeList();
      const level = h[1].length;
      const content = inline(h[2]);
      title ??= h[2].replace(/[*`]/g, "");
      html.push(`<h${level} id="${esc(slug(content))}">${content}</h${level}>`);
      continue;
    }
    if (/^\s*(-{3,}|\*{3,}|_{3,})\s*$/.test(line)) {
      flushPara();
      closeList();
      html.push("<hr>");
      continue;
    }
    if (/^\s*\|.*\|\s*$/.test(line)) {
      flushPara();
      closeList();
      const rows = [];
      while (i < lines.length && /^\s*\|.*\|\s*$/.test(lines[i])) rows.push(lines[i++]);
      i--;
      const cells = (r) => r.trim().replace(/^\||\|$/g, "").split("|").map((c) => c.trim());
      const body = rows.filter((r) => !/^\s*\|[\s:|-]+\|\s*$/.test(r));
      html.push("<table>" + body.map((r, k) => `<tr>${cells(r).map((c) => (k === 0 ? `<th>${inline(c)}</th>` : `<td>${inline(c)}</td>`)).join("")}</tr>`).join("") + "</table>");
      continue;
    }
    const li = /^\s*([-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (li) {
      flushPara();
      const kind = /\d/.test(li[1]) ? "ol" : "ul";
      if (list !== kind) {
        closeList();
        html.push(`<${kind}>`);
        list = kind;
      }
      html.push(`<li>${inline(li[2])}</li>`);
      continue;
    }
    if (/^\s*>/.test(line)) {
      flushPara();
      closeList();
      html.push(`<blockquote>${inline(line.replace(/^\s*>\s?/, ""))}</blockquote>`);
      continue;
    }
    if (line.trim() === "") {
      flushPara();
      closeList();
      continue;
    }
    closeList();
    para.push(line.trim());
  }
  flushPara();
  closeList();
  return { title: title ?? `Конспект ${seedIndex}`, html: html.join("\n"), blocks: blockIndex };
}

function page(title, body, { scripts = ["gilpy/gilpy.js"], bodyClass = "" } = {}) {
  return `<!doctype html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} — gilpy</title>
<link rel="stylesheet" href="site.css">
<link rel="stylesheet" href="gilpy/gilpy.css">
${scripts.map((s) => `<script type="module" src="${s}"></script>`).join("\n")}
</head>
<body${bodyClass ? ` class="${bodyClass}"` : ""}>
<nav class="top"><a href="index.html">gilpy: конспекты</a><a href="playground.html">Песочница (playground)</a></nav>
${body}
</body>
</html>
`;
}

const seeds = readdirSync(root + "site/seeds").filter((f) => f.endsWith(".txt")).sort();
const index = [];
seeds.forEach((file, n) => {
  const text = readFileSync(root + "site/seeds/" + file, "utf8");
  // Seeds 000–003 are the corpus's s0–s3; 004 (a fragment of 000) has no code but gets its page too.
  const note = renderNote(text, n);
  const name = `note-${String(n).padStart(3, "0")}.html`;
  writeFileSync(out + name, page(note.title, `<main>\n${note.html}\n</main>`));
  index.push(`<li><a href="${name}">${esc(note.title)}</a> <small>(${file}, ${note.blocks} фрагментов кода)</small></li>`);
});

writeFileSync(
  out + "index.html",
  page(
    "Конспекты",
    `<h1>gilpy: потоки в Python прямо в браузере</h1>
<p>Каждый фрагмент кода в конспектах можно запустить кнопкой Run: интерпретатор gilpy работает в Web Worker,
поэтому страница не зависает даже на <code>while True: pass</code>, а кнопка Stop останавливает программу сразу.</p>
<ul>
${index.join("\n")}
<li><a href="playground.html">Песочница с временной диаграммой потоков (playground)</a></li>
</ul>`,
  ),
);

writeFileSync(
  out + "playground.html",
  page(
    "Песочница",
    `<h1>Песочница</h1>
<div class="controls">
  <label>Clock <select id="clock"><option value="real">real</option><option value="virtual">virtual</option></select></label>
  <label>Seed <input id="seed" type="number" size="5" placeholder="none"></label>
  <label>Preempt <select id="preempt"><option value="default">default (CPython 3.11)</option><option value="any">any instruction</option></select></label>
  <label>Time limit, s <input id="time-limit" type="number" size="4" value="60"></label>
</div>
<div class="editor"><pre id="highlight" aria-hidden="true"></pre><textarea id="source" spellcheck="false" aria-label="Python source"></textarea></div>
<p class="hint">Ctrl+Enter — запустить; Enter сохраняет отступ (и добавляет уровень после «:»); Tab / Shift+Tab сдвигают выделенные строки.</p>
<div id="runner"></div>`,
    { scripts: ["gilpy/playground.js"], bodyClass: "playground" },
  ),
);
// The smallest page: one snippet that runs as soon as the page loads (time to first output).
writeFileSync(
  out + "hello.html",
  page("Hello", `<h1>Hello</h1>\n<gilpy-run autorun>print("Привет, мир!")</gilpy-run>`),
);
console.log(`  dist/site: ${seeds.length} note pages, index.html, playground.html`);
