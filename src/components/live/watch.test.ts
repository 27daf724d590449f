import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Failure, Outcome } from "./api.ts";
import { type Run, type RunStatus, STEP_IDS, type StepStatus } from "./types.ts";
import { type EventStream, moving, watchRun } from "./watch.ts";

function run(status: RunStatus, send: StepStatus = "pending"): Run {
  return {
    id: "r1",
    status,
    provider: "sandbox",
    mode: "direct",
    lang: "en",
    email: "a@example.com",
    redirectUri: "",
    authUrl: "",
    createdAt: "",
    expiresAt: "",
    steps: STEP_IDS.map((id) => ({
      id,
      status: id === "send" ? send : "pending",
      title: id,
      result: "",
      elapsedMs: null,
    })),
    sendsLeft: 3,
  };
}

class FakeStream implements EventStream {
  static opened: FakeStream[] = [];
  listeners = new Map<string, ((event: MessageEvent<string>) => void)[]>();
  closed = false;
  readonly url: string;
  constructor(url: string) {
    this.url = url;
    FakeStream.opened.push(this);
  }
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  close() {
    this.closed = true;
  }
  emit(type: string, data = "") {
    for (const listener of this.listeners.get(type) ?? []) listener(new MessageEvent(type, { data }));
  }
}

const openStream = (url: string) => new FakeStream(url);

beforeEach(() => {
  vi.useFakeTimers();
  FakeStream.opened = [];
});
afterEach(() => {
  vi.useRealTimers();
});

describe("watchRun", () => {
  it("follows the event stream and closes it once the run is over", async () => {
    const seen: RunStatus[] = [];
    const read = vi.fn();
    watchRun({ id: "r1", lang: "en", onRun: (r) => seen.push(r.status), onFailure: () => {}, openStream, read });
    const stream = FakeStream.opened[0];
    expect(stream?.url).toBe("/api/live/r1/events");
    stream?.emit("message", JSON.stringify(run("running")));
    stream?.emit("run", JSON.stringify(run("running")));
    stream?.emit("message", "not json");
    expect(stream?.closed).toBe(false);
    stream?.emit("message", JSON.stringify(run("passed", "skipped")));
    expect(seen).toEqual(["running", "running", "passed"]);
    expect(stream?.closed).toBe(true);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(read).not.toHaveBeenCalled();
  });

  it("falls back to polling when the stream breaks, until the run is over", async () => {
    const answers: Outcome<{ run: Run }>[] = [
      { ok: true, run: run("running") },
      { ok: false, status: 0 },
      { ok: true, run: run("failed", "skipped") },
    ];
    const read = vi.fn(async () => answers.shift() ?? { ok: true as const, run: run("failed") });
    const seen: RunStatus[] = [];
    watchRun({
      id: "r1",
      lang: "it",
      onRun: (r) => seen.push(r.status),
      onFailure: () => {},
      openStream,
      read,
      pollMs: 100,
    });
    FakeStream.opened[0]?.emit("error");
    expect(FakeStream.opened[0]?.closed).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(seen).toEqual(["running"]);
    await vi.advanceTimersByTimeAsync(100); // the network failure: retried after twice the interval
    await vi.advanceTimersByTimeAsync(200);
    expect(seen).toEqual(["running", "failed"]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(read).toHaveBeenCalledTimes(3);
    expect(read).toHaveBeenCalledWith("r1", "it");
  });

  it("polls from the start without EventSource and reports an expired run", async () => {
    const failures: Failure[] = [];
    const read = vi.fn(async (): Promise<Outcome<{ run: Run }>> => ({ ok: false, status: 410, detail: "Expired." }));
    watchRun({
      id: "r1",
      lang: "en",
      onRun: () => {},
      onFailure: (f) => failures.push(f),
      openStream: undefined,
      read,
    });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(failures).toEqual([{ ok: false, status: 410, detail: "Expired." }]);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it("reads again on refresh and keeps polling while the test email is being sent", async () => {
    const answers = [run("passed", "skipped"), run("passed", "running"), run("passed", "passed")];
    const read = vi.fn(async () => ({ ok: true as const, run: answers.shift() ?? run("passed", "passed") }));
    const seen: StepStatus[] = [];
    const watch = watchRun({
      id: "r1",
      lang: "en",
      onRun: (r) => seen.push(r.steps.find((s) => s.id === "send")?.status ?? "pending"),
      onFailure: () => {},
      read,
      pollMs: 100,
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(seen).toEqual(["skipped"]);
    watch.refresh();
    await vi.advanceTimersByTimeAsync(0);
    await vi.advanceTimersByTimeAsync(100);
    expect(seen).toEqual(["skipped", "running", "passed"]);
    watch.stop();
    watch.refresh();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(read).toHaveBeenCalledTimes(3);
  });

  it("knows when a run can still change by itself", () => {
    expect(moving(run("waiting"))).toBe(true);
    expect(moving(run("passed", "skipped"))).toBe(false);
    expect(moving(run("passed", "running"))).toBe(true);
  });
});
