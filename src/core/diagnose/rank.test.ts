import { describe, expect, it } from "vitest";
import { explainedBy, mergeSignals, rank } from "./rank.ts";
import type { Signal } from "./signal.ts";

const ids = (signals: Signal[]) => rank(mergeSignals(signals, "en")).map((f) => `${f.id}:${f.severity}`);

describe("rank", () => {
  it("puts a cause right above the symptom it explains", () => {
    expect(
      ids([
        { id: "redirect-uri-mismatch", evidence: "a", boost: 3 },
        { id: "redirect-uri-insecure-http", evidence: "b", boost: 3 },
      ]),
    ).toEqual(["redirect-uri-insecure-http:error", "redirect-uri-mismatch:error"]);
  });

  it("keeps redirect findings below a code Google states after checking the redirect URI, as warnings", () => {
    expect(
      ids([
        { id: "redirect-uri-placeholder", evidence: "a", boost: 3 },
        { id: "oob-flow-blocked", evidence: "b", boost: 6 },
        { id: "org-internal", evidence: "c", boost: 3, code: "org_internal" },
      ]),
    ).toEqual(["org-internal:error", "oob-flow-blocked:warning", "redirect-uri-placeholder:warning"]);
  });

  it("keeps them below a client code too, but as errors: Google had not read the redirect URI yet", () => {
    expect(
      ids([
        { id: "redirect-uri-insecure-http", evidence: "a", boost: 3 },
        { id: "invalid-client", evidence: "b", boost: 3, code: "invalid_client" },
      ]),
    ).toEqual(["invalid-client:error", "redirect-uri-insecure-http:error"]);
  });

  it("puts a guess last, as a note, when a stated error is there", () => {
    const guess: Signal = { id: "redirect-uri-placeholder", evidence: "example.com", boost: 3, guess: true };
    expect(ids([guess, { id: "smtp-auth-rejected", evidence: "535", boost: 2, reported: true }])).toEqual([
      "smtp-auth-rejected:error",
      "redirect-uri-placeholder:info",
    ]);
    expect(ids([guess])).toEqual(["redirect-uri-placeholder:error"]);
  });

  it("keeps an alternative below the finding that asks, and drops the question when evidence settles it", () => {
    const asked: Signal[] = [
      { id: "consent-cancelled", evidence: "access_denied", boost: 2, ask: "denied" },
      { id: "test-user-missing", evidence: "access_denied", severity: "warning", alternative: true },
    ];
    const ranked = rank(mergeSignals(asked, "en"));
    expect(ranked.map((f) => [f.id, f.ask])).toEqual([
      ["consent-cancelled", "denied"],
      ["test-user-missing", undefined],
    ]);
    const settled = mergeSignals(
      [...asked, { id: "consent-cancelled", evidence: "error=access_denied", boost: 5 }],
      "en",
    );
    expect(settled.find((f) => f.id === "consent-cancelled")?.ask).toBeUndefined();
  });

  it("lists what a cause explains, through the findings it explains", () => {
    const ranked = rank(
      mergeSignals(
        [
          { id: "redirect-uri-insecure-http", evidence: "a", boost: 3 },
          { id: "web-base-url-mismatch", evidence: "b", boost: 2 },
          { id: "redirect-uri-mismatch", evidence: "c", boost: 3 },
          { id: "smtp-encryption", evidence: "d", boost: 3 },
        ],
        "en",
      ),
    );
    const first = ranked[0];
    expect(first?.id).toBe("redirect-uri-insecure-http");
    if (first) expect(explainedBy(first, ranked).sort()).toEqual(["redirect-uri-mismatch", "web-base-url-mismatch"]);
  });
});
