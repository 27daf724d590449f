import { describe, expect, it } from "vitest";
import { createFaultServers, FaultServersFull, MAX_FAULT_SERVERS } from "./fault-servers.ts";

function fakeOpen() {
  let port = 40000;
  const closed: number[] = [];
  return {
    closed,
    open: async () => {
      const address = { host: "127.0.0.1", port: port++ };
      return { address, close: async () => void closed.push(address.port) };
    },
  };
}

describe("fault servers", () => {
  it("give each client its own server, replacing that client's previous one only", async () => {
    const fake = fakeOpen();
    const servers = createFaultServers(fake);
    const first = await servers.open("a", { mode: "drop" });
    const other = await servers.open("b", { mode: "try-later" });
    const second = await servers.open("a", { mode: "daily-limit" });
    expect(new Set([first.port, other.port, second.port]).size).toBe(3);
    expect(fake.closed).toEqual([first.port]);
    expect(servers.count()).toBe(2);
    await servers.closeAll();
    expect(servers.count()).toBe(0);
  });

  it("refuse more than MAX_FAULT_SERVERS at once instead of closing someone else's", async () => {
    const servers = createFaultServers(fakeOpen());
    for (let i = 0; i < MAX_FAULT_SERVERS; i++) await servers.open(`c${i}`, { mode: "drop" });
    await expect(servers.open("late", { mode: "drop" })).rejects.toBeInstanceOf(FaultServersFull);
    await servers.closeAll();
  });
});
