// highlight.ts — light Python syntax highlighting for the playground editor: keywords, builtins, strings,
// comments, numbers, def/class names, as DOM spans (never innerHTML, so user text stays text).
const KEYWORDS = new Set(
  ("False None True and as assert async await break class continue def del elif else except finally for from " +
    "global if import in is lambda nonlocal not or pass raise return try while with yield match case").split(" "),
);
const BUILTINS = new Set(
  ("print input len range int str float list dict set tuple bool type isinstance enumerate zip map filter sorted " +
    "sum min max abs open super object Exception ValueError TypeError KeyError RuntimeError self").split(" "),
);
const TOKEN =
  /(#[^\n]*)|([rbfuRBFU]{0,2}(?:"""[\s\S]*?(?:"""|$)|'''[\s\S]*?(?:'''|$)|"(?:\\.|[^"\\\n])*"?|'(?:\\.|[^'\\\n])*'?))|(\b\d[\d_]*(?:\.\d*)?(?:[eE][+-]?\d+)?j?\b)|([A-Za-z_]\w*)/g;

export function highlightPython(text: string): Node[] {
  const nodes: Node[] = [];
  let last = 0;
  let afterDef = false;
  for (const m of text.matchAll(TOKEN)) {
    const i = m.index ?? 0;
    if (i > last) nodes.push(document.createTextNode(text.slice(last, i)));
    last = i + m[0].length;
    let cls = "";
    if (m[1] !== undefined) cls = "hl-com";
    else if (m[2] !== undefined) cls = "hl-str";
    else if (m[3] !== undefined) cls = "hl-num";
    else if (afterDef) cls = "hl-def";
    else if (KEYWORDS.has(m[4])) cls = "hl-kw";
    else if (BUILTINS.has(m[4])) cls = "hl-bi";
    afterDef = m[4] === "def" || m[4] === "class";
    if (cls === "") nodes.push(document.createTextNode(m[0]));
    else {
      const span = document.createElement("span");
      span.className = cls;
      span.textContent = m[0];
      nodes.push(span);
    }
  }
  if (last < text.length) nodes.push(document.createTextNode(text.slice(last)));
  return nodes;
}
