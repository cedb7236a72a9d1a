// opcodes.test.ts — opNames (what dis prints) stays in step with the Op numbering the compiler and VM use.
import { describe, expect, it } from "vitest";
import { Op, opNames } from "./opcodes.js";

describe("opcode names", () => {
  it("names every opcode by its number", () => {
    expect(opNames.length).toBe(Op.IMPORT_STAR + 1);
    expect(opNames[Op.NOP]).toBe("NOP");
    expect(opNames[Op.LOAD_FAST]).toBe("LOAD_FAST");
    expect(opNames[Op.BINARY_OP]).toBe("BINARY_OP");
    expect(opNames[Op.CALL]).toBe("CALL");
    expect(opNames[Op.FOR_ITER]).toBe("FOR_ITER");
    expect(opNames[Op.BEFORE_WITH]).toBe("BEFORE_WITH");
    expect(opNames[Op.IMPORT_STAR]).toBe("IMPORT_STAR");
  });
  it("matches the enum's own names one to one", () => {
    // esbuild (vitest) keeps a const enum's object, so its reverse map is readable here
    const table = Op as unknown as Record<number, string>;
    for (let i = 0; i < opNames.length; i++) expect(opNames[i]).toBe(table[i]);
  });
});
