import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * Files that take long although they are small (they visit every built page). Vitest starts the longest
 * files first when it knows their durations from an earlier run, and the largest first otherwise (a
 * fresh clone): these go first in both cases, so no lane is left alone with one of them at the end.
 */
const LONG_SMALL_FILES = ["test/e2e/pages.test.ts"];

class LongFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const long = (spec: TestSpecification) => LONG_SMALL_FILES.some((file) => spec.moduleId.endsWith(file));
    return [...sorted.filter(long), ...sorted.filter((spec) => !long(spec))];
  }
}

export default defineConfig({
  test: {
    sequence: { sequencer: LongFilesFirst },
    projects: [
      {
        test: {
          name: "unit",
          include: [
            "src/**/*.test.ts",
            "server/**/*.test.ts",
            "test/unit/**/*.test.ts",
            "test/integration/**/*.test.ts",
          ],
          environment: "node",
          setupFiles: ["test/support/unit-setup.ts"],
          // One file at a time, before the browser tests and not beside them: some integration tests time
          // their servers to a few hundred milliseconds, which a second busy process would make flaky.
          sequence: { groupOrder: 0 },
          maxWorkers: 1,
          // The unit files share their worker instead of starting a fresh one each (about a second per
          // file on a loaded 2-core machine, most of this project's time). A file must therefore leave
          // no global state behind: stub with vi.stubEnv / vi.stubGlobal / vi.spyOn (undone after each
          // test by the options below) and restore fake timers in afterEach.
          isolate: false,
          unstubEnvs: true,
          unstubGlobals: true,
          restoreMocks: true,
          // Property tests run hundreds of cases; a loaded 2-core CI machine must not time them out.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts"],
          globalSetup: ["test/e2e/global-setup.ts"],
          sequence: { groupOrder: 1 },
          // Two files at a time even on 2 cores: browser tests spend much of their time waiting on Chromium
          // and on servers.
          maxWorkers: 2,
          testTimeout: 60_000,
          hookTimeout: 300_000,
          // Browser test files run side by side: each has its own Chromium, contexts and sandbox servers,
          // and reads the one site the global setup built and serves.
          fileParallelism: true,
        },
      },
    ],
  },
});
