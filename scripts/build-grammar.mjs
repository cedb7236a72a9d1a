// build-grammar.mjs — turns grammar/python.ohm into a precompiled bundle (placeholder until the parser lands).
import { existsSync } from "node:fs";
if (!existsSync("grammar/python.ohm")) process.exit(0);
