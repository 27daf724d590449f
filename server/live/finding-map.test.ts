import { describe, expect, it } from "vitest";
import { findingOf, googleFailure, smtpFailure } from "./finding-map.ts";
import { StepTimeout } from "./timeout.ts";

const TOKEN_URL = "https://oauth2.googleapis.com/token";
const gaxios = (status: number | undefined, data?: unknown, code?: string) =>
  Object.assign(new Error("x"), { status, code, response: status === undefined ? undefined : { status, data } });

describe("Google failures", () => {
  it("reads Google's error JSON with the diagnose parser", () => {
    const expired = googleFailure(
      gaxios(400, { error: "invalid_grant", error_description: "Token has been expired or revoked." }),
      "en",
      TOKEN_URL,
      "token-fetch-failed",
    );
    expect(expired.id).toBe("testing-token-expired");
    expect(expired.evidence[0]).toContain("Token has been expired or revoked.");
    const secret = googleFailure(
      gaxios(401, { error: "invalid_client", error_description: "Unauthorized" }),
      "it",
      TOKEN_URL,
      "token-fetch-failed",
    );
    expect(secret.id).toBe("invalid-client");
    expect(secret.docs).toBe("/it/troubleshooting/#invalid-client");
    const rapt = googleFailure(
      gaxios(400, {
        error: "invalid_grant",
        error_description: "reauth related error (invalid_rapt)",
        error_subtype: "invalid_rapt",
      }),
      "en",
      TOKEN_URL,
      "token-fetch-failed",
    );
    expect(rapt.id).toBe("admin-policy-enforced");
  });

  it("makes time-outs, network errors and 5xx google-unavailable", () => {
    expect(googleFailure(new StepTimeout(10), "en", TOKEN_URL, "token-fetch-failed").id).toBe("google-unavailable");
    const timeout = googleFailure(gaxios(undefined, undefined, "TimeoutError"), "en", TOKEN_URL, "token-fetch-failed");
    expect(timeout).toMatchObject({ id: "google-unavailable", evidence: ["oauth2.googleapis.com: TimeoutError"] });
    expect(googleFailure(gaxios(503, {}), "en", TOKEN_URL, "token-fetch-failed").evidence).toEqual([
      "oauth2.googleapis.com: HTTP 503",
    ]);
  });

  it("falls back to the step's finding for anything else", () => {
    expect(googleFailure(gaxios(404, "<html>"), "en", TOKEN_URL, "token-fetch-failed").id).toBe("token-fetch-failed");
  });
});

describe("SMTP failures", () => {
  const target = { host: "smtp.gmail.com", port: 587 };
  it("reads Gmail's 535 reply as smtp-auth-rejected", () => {
    const error = {
      code: "EAUTH",
      responseCode: 535,
      response:
        "535-5.7.8 Username and Password not accepted. For more information, go to\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials x - gsmtp",
      message: "Invalid login",
    };
    expect(smtpFailure(error, "en", target, "smtp-auth-rejected").id).toBe("smtp-auth-rejected");
  });

  it("makes connection errors and time-outs smtp-unreachable", () => {
    const refused = { code: "ESOCKET", message: "connect ECONNREFUSED 127.0.0.1:2587" };
    expect(smtpFailure(refused, "en", { host: "127.0.0.1", port: 2587 }, "smtp-auth-rejected").id).toBe(
      "smtp-unreachable",
    );
    expect(smtpFailure(new StepTimeout(5), "en", target, "smtp-auth-rejected").id).toBe("smtp-unreachable");
    expect(smtpFailure(new StepTimeout(5), "it", target, "smtp-auth-rejected").evidence[0]).toMatch(
      /: nessuna risposta entro 5 ms$/,
    );
  });

  it("redacts what it quotes", () => {
    const leak = {
      code: "EAUTH",
      response: "535 5.7.8 no: AUTH XOAUTH2 dXNlcj1hZGFAZXhhbXBsZS5jb20BYXV0aD1CZWFyZXIgeWEy",
    };
    expect(smtpFailure(leak, "en", target, "smtp-auth-rejected").evidence.join(" ")).not.toContain("dXNlcj1h");
    expect(findingOf("email-mismatch", "en", ["token ya29.secretsecret"]).evidence).toEqual(["token ya29.…"]);
  });
});
