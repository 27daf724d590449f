import { describe, expect, it } from "vitest";
import { certificateHosts, clientHost } from "./addresses.ts";

describe("sandbox addresses", () => {
  it("send clients of a wildcard listener to loopback", () => {
    expect(clientHost("0.0.0.0")).toBe("127.0.0.1");
    expect(clientHost("::")).toBe("::1");
    expect(clientHost("127.0.0.1")).toBe("127.0.0.1");
    expect(clientHost("sandbox.internal")).toBe("sandbox.internal");
  });

  it("certify loopback always and a specific listen host too", () => {
    expect(certificateHosts("127.0.0.1")).toEqual(["localhost", "127.0.0.1", "::1"]);
    expect(certificateHosts("0.0.0.0")).toEqual(["localhost", "127.0.0.1", "::1"]);
    expect(certificateHosts("::")).toEqual(["localhost", "127.0.0.1", "::1"]);
    expect(certificateHosts("192.0.2.10")).toEqual(["localhost", "127.0.0.1", "::1", "192.0.2.10"]);
    expect(certificateHosts("sandbox.internal")).toEqual(["localhost", "127.0.0.1", "::1", "sandbox.internal"]);
  });
});
