import { describe, expect, it } from "vitest";
import { createKeyRing } from "./key-ring.ts";
import type { LiveRecord, LiveRun } from "./model.ts";
import { decodeRecord, encodeRecord } from "./record-codec.ts";
import { Secret } from "./secret.ts";

const SECRET = "GOCSPX-abcdefghijklmnopqrstuvwxyz12";

function record(): LiveRecord {
  return {
    run: { id: "kP3w0J9c2qXbq1tZ5uYvVw", status: "waiting", steps: [], lang: "it" } as unknown as LiveRun,
    clientId: "c",
    stateNonce: "n",
    createdAtMs: 1,
    expiresAtMs: 2,
    endpoints: {
      oauth2AuthBaseUrl: "a",
      oauth2TokenUrl: "t",
      oauth2RevokeUrl: "r",
      tokenInfoUrl: "i",
      userinfoUrl: "u",
    },
    smtp: { host: "h", port: 1 },
    sending: false,
    secrets: { clientSecret: new Secret(SECRET), refreshToken: new Secret("1//0gRefresh") },
  };
}

describe("record codec", () => {
  it("round-trips a record with its secrets, which the bytes never show", () => {
    const ring = createKeyRing();
    const bytes = encodeRecord(record(), ring);
    expect(bytes.toString("latin1")).not.toContain("GOCSPX");
    expect(bytes.toString("latin1")).not.toContain("kP3w0J9c2qXbq1tZ5uYvVw");
    const back = decodeRecord(bytes, ring);
    expect(back?.secrets.clientSecret).toBeInstanceOf(Secret);
    expect(back?.secrets.clientSecret?.reveal()).toBe(SECRET);
    expect(back?.secrets.refreshToken?.reveal()).toBe("1//0gRefresh");
    expect(back?.run).toEqual(record().run);
    expect(JSON.stringify(back)).not.toContain(SECRET);
  });

  it("opens nothing sealed with another key", () => {
    expect(decodeRecord(encodeRecord(record(), createKeyRing()), createKeyRing())).toBeUndefined();
    expect(decodeRecord(Buffer.from("garbage"), createKeyRing())).toBeUndefined();
  });
});
