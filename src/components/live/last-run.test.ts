import { describe, expect, it } from "vitest";
import {
  forgetRun,
  LAST_RUN_KEY,
  nextScenario,
  practiceFromSearch,
  RUN_LIFETIME_MS,
  recallRun,
  recallScenario,
  rememberRun,
  runIdFromSearch,
} from "./last-run.ts";
import { SCENARIOS, type Scenario } from "./types.ts";

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
    removeItem: (key: string) => void map.delete(key),
  };
}

describe("the last run of this browser", () => {
  it("is recalled until the server would have forgotten it, then dropped", () => {
    const storage = memoryStorage();
    rememberRun(storage, "r_abc-123", 1_000);
    expect(JSON.parse(storage.map.get(LAST_RUN_KEY) ?? "")).toEqual({
      id: "r_abc-123",
      until: 1_000 + RUN_LIFETIME_MS,
    });
    expect(recallRun(storage, 1_000 + RUN_LIFETIME_MS - 1)).toBe("r_abc-123");
    expect(recallRun(storage, 1_000 + RUN_LIFETIME_MS)).toBeUndefined();
    expect(storage.map.has(LAST_RUN_KEY)).toBe(false);
  });

  it("ignores and drops anything else under the key, and survives a refusing or missing storage", () => {
    const storage = memoryStorage();
    storage.setItem(LAST_RUN_KEY, JSON.stringify({ id: "<script>", until: Number.MAX_SAFE_INTEGER }));
    expect(recallRun(storage, 0)).toBeUndefined();
    expect(storage.map.size).toBe(0);
    storage.setItem(LAST_RUN_KEY, "{ broken");
    expect(recallRun(storage, 0)).toBeUndefined();
    const refusing = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
      removeItem: () => {
        throw new Error("SecurityError");
      },
    };
    expect(() => rememberRun(refusing, "r1", 0)).not.toThrow();
    expect(recallRun(refusing, 0)).toBeUndefined();
    expect(() => forgetRun(refusing)).not.toThrow();
    expect(recallRun(undefined, 0)).toBeUndefined();
  });

  it("reads a plausible run id from the page address", () => {
    expect(runIdFromSearch("?run=Ab_3-x")).toBe("Ab_3-x");
    expect(runIdFromSearch("?run=../x")).toBeUndefined();
    expect(runIdFromSearch("")).toBeUndefined();
  });
});

describe("practice scenarios", () => {
  it("remembers a practice run's scenario with the run and forgets it with the run", () => {
    const storage = memoryStorage();
    rememberRun(storage, "run-1", 0, "day-7-expiry");
    expect(recallRun(storage, 1)).toBe("run-1");
    expect(recallScenario(storage)).toBe("day-7-expiry");
    rememberRun(storage, "run-2", 0);
    expect(recallScenario(storage)).toBeUndefined();
    storage.setItem(LAST_RUN_KEY, '{"id":"x","until":9,"scenario":"nope"}');
    expect(recallScenario(storage)).toBeUndefined();
  });

  it("offers the scenarios one after the other, back to the first after the last", () => {
    expect(nextScenario("healthy")).toBe(SCENARIOS[1]);
    expect(nextScenario(SCENARIOS[SCENARIOS.length - 1] as Scenario)).toBe(SCENARIOS[0]);
  });

  it("reads the scenario a link asks for, and nothing else", () => {
    expect(practiceFromSearch("?practice=healthy")).toBe("healthy");
    expect(practiceFromSearch("?practice=1")).toBeUndefined();
    expect(practiceFromSearch("")).toBeUndefined();
  });
});
