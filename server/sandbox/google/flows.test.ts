/** Authorization flows in progress. */
import { describe, expect, it } from "vitest";
import { createSandboxWorld } from "../world.ts";
import type { AuthRequest } from "./authorize.ts";
import { createFlowStore } from "./flows.ts";

const world = createSandboxWorld({ baseUrl: () => "http://127.0.0.1:1" });
const client = world.clients[0];
const request = { scopes: [], prompts: [] } as unknown as AuthRequest;

describe("createFlowStore", () => {
  it("starts, finds and ends flows by opaque id", () => {
    const flows = createFlowStore();
    if (!client) throw new Error("no client");
    const flow = flows.start(client, request);
    expect(flow.id).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(flows.get(flow.id)).toBe(flow);
    expect(flows.get(undefined)).toBeUndefined();
    flows.end(flow.id);
    expect(flows.get(flow.id)).toBeUndefined();
  });

  it("forgets flows after an hour", () => {
    let now = 0;
    const flows = createFlowStore(() => now);
    if (!client) throw new Error("no client");
    const flow = flows.start(client, request);
    now += 60 * 60 * 1000;
    expect(flows.get(flow.id)).toBeUndefined();
  });

  it("drops the oldest flows beyond its cap", () => {
    const flows = createFlowStore(() => 0);
    if (!client) throw new Error("no client");
    const first = flows.start(client, request);
    for (let i = 0; i < 1000; i++) flows.start(client, request);
    expect(flows.get(first.id)).toBeUndefined();
  });
});
