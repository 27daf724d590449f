import { describe, expect, it } from "vitest";
import { clientKey } from "./client-key.ts";

describe("clientKey", () => {
  it("counts an IPv4 client by its address", () => {
    expect(clientKey("127.0.0.1")).toBe("127.0.0.1");
    expect(clientKey("::ffff:127.0.0.2")).toBe("127.0.0.2");
  });

  it("counts IPv6 clients per /64", () => {
    const a = clientKey("2001:db8:1:2:aaaa:bbbb:cccc:dddd");
    const b = clientKey("2001:db8:1:2::1");
    const other = clientKey("2001:db8:1:3::1");
    expect(a).toBe("2001:db8:1:2::/64");
    expect(b).toBe(a);
    expect(other).not.toBe(a);
    expect(clientKey("[::1]")).toBe("0:0:0:0::/64");
    expect(clientKey("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
  });

  it("keeps anything else as bounded text", () => {
    expect(clientKey("unknown")).toBe("unknown");
    expect(clientKey("x".repeat(500))).toHaveLength(100);
  });
});
