// vitest.config.ts — test discovery and limits: unit tests beside the code, corpus harness in tests/.
// The machine has 2 cores: at most 2 test files at once (the conformance harness runs 2 programs itself).
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "tests/**/*.test.ts"],
    pool: "forks",
    maxWorkers: 2,
    fileParallelism: true,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // The conformance summary table is printed from afterAll; keep console output visible.
    silent: false,
  },
});
