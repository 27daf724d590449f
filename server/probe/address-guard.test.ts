import { describe, expect, it } from "vitest";
import { addressRefusal } from "./address-guard.ts";

describe("addressRefusal", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.45.6.7", "loopback"],
    ["::1", "loopback"],
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:7f00:1", "loopback"],
    ["10.1.2.3", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.254", "private"],
    ["192.168.1.1", "private"],
    ["::ffff:192.168.1.1", "private"],
    ["fc00::1", "private"],
    ["fd12:3456::1", "private"],
    ["169.254.1.1", "link-local"],
    ["fe80::1", "link-local"],
    ["fe80::1%eth0", "link-local"],
    ["100.64.0.1", "cgnat"],
    ["100.127.255.254", "cgnat"],
    ["169.254.169.254", "metadata"],
    ["::ffff:169.254.169.254", "metadata"],
    ["fd00:ec2::254", "metadata"],
    ["100.100.100.200", "metadata"],
    ["0.0.0.0", "unspecified"],
    ["::", "unspecified"],
    ["224.0.0.1", "multicast"],
    ["255.255.255.255", "multicast"],
    ["ff02::1", "multicast"],
    ["64:ff9b::7f00:1", "embedded-ipv4"],
    ["2002:7f00:1::1", "embedded-ipv4"],
    ["2001:0:4136:e378:8000:63bf:3fff:fdd2", "embedded-ipv4"],
    ["240.0.0.1", "reserved"],
    ["not an address", "invalid"],
  ])("%s is refused as %s", (address, refusal) => {
    expect(addressRefusal(address, false)).toBe(refusal);
  });

  it.each(["93.184.215.14", "8.8.8.8", "2606:4700::6810:84e5", "[2a00:1450:4001:82b::200e]", "::ffff:8.8.8.8"])(
    "%s is public",
    (address) => {
      expect(addressRefusal(address, false)).toBeUndefined();
    },
  );

  it("ODOO_PROBE_PRIVATE allows private, loopback, link-local and CGNAT, never metadata or unspecified", () => {
    for (const address of ["10.0.0.5", "192.168.0.10", "127.0.0.1", "::1", "fe80::1", "100.64.1.1", "fd00::5"]) {
      expect(addressRefusal(address, true)).toBeUndefined();
    }
    expect(addressRefusal("169.254.169.254", true)).toBe("metadata");
    expect(addressRefusal("fd00:ec2::254", true)).toBe("metadata");
    expect(addressRefusal("0.0.0.0", true)).toBe("unspecified");
    expect(addressRefusal("64:ff9b::a00:1", true)).toBe("embedded-ipv4");
  });
});
