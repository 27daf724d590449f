import { describe, expect, it } from "vitest";
import * as der from "./der.ts";

const hex = (buffer: Buffer) => buffer.toString("hex");

describe("DER encodings", () => {
  it("uses the short length form below 128 bytes and the long form above", () => {
    expect(hex(der.octetString(Buffer.alloc(3)))).toBe("0403000000");
    expect(hex(der.octetString(Buffer.alloc(200))).slice(0, 6)).toBe("0481c8");
    expect(hex(der.octetString(Buffer.alloc(300))).slice(0, 8)).toBe("0482012c");
  });

  it("encodes object identifiers with base-128 arcs", () => {
    expect(hex(der.objectIdentifier("2.5.4.3"))).toBe("0603550403");
    expect(hex(der.objectIdentifier("1.2.840.10045.4.3.2"))).toBe("06082a8648ce3d040302");
  });

  it("keeps integers positive and minimal", () => {
    expect(hex(der.smallInteger(2))).toBe("020102");
    expect(hex(der.unsignedInteger(Buffer.from([0x80, 0x01])))).toBe("0203008001");
    expect(hex(der.unsignedInteger(Buffer.from([0x00, 0x00, 0x7f])))).toBe("02017f");
  });

  it("encodes named bits without trailing zero bits", () => {
    expect(hex(der.namedBits([0]))).toBe("03020780"); // digitalSignature
    expect(hex(der.namedBits([5, 6]))).toBe("03020106"); // keyCertSign, cRLSign
  });

  it("writes UTCTime before 2050 and GeneralizedTime from 2050", () => {
    expect(der.time(new Date("2026-01-02T03:04:05.678Z")).toString("latin1").slice(2)).toBe("260102030405Z");
    expect(hex(der.time(new Date("2026-01-02T03:04:05Z"))).slice(0, 2)).toBe("17");
    expect(der.time(new Date("2051-01-02T03:04:05Z")).toString("latin1").slice(2)).toBe("20510102030405Z");
    expect(hex(der.time(new Date("2051-01-02T03:04:05Z"))).slice(0, 2)).toBe("18");
  });

  it("builds constructed and context-specific values", () => {
    expect(hex(der.sequence(der.boolean(true)))).toBe("30030101ff");
    expect(hex(der.set(der.boolean(false)))).toBe("3103010100");
    expect(hex(der.explicit(3, Buffer.from([1])))).toBe("a30101");
    expect(hex(der.implicit(2, Buffer.from("a")))).toBe("820161");
    expect(hex(der.bitString(Buffer.from([0xff])))).toBe("030200ff");
    expect(hex(der.utf8String("é"))).toBe("0c02c3a9");
  });
});
