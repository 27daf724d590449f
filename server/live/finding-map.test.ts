import { describe, expect, it } from "vitest";
import { findingOf, googleFailure, RATE_LIMITED_FINDING, smtpFailure } from "./finding-map.ts";
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

  it("reads a bare invalid_grant by the call that got it: the code exchange or the refresh", () => {
    const bare = () => gaxios(400, { error: "invalid_grant", error_description: "Bad Request" });
    const exchange = googleFailure(bare(), "en", TOKEN_URL, "token-fetch-failed", "authorization_code");
    expect(exchange.id).toBe("auth-code-invalid");
    expect(exchange.evidence).toEqual(["invalid_grant: Bad Request"]);
    const refresh = googleFailure(bare(), "it", TOKEN_URL, "token-fetch-failed", "refresh_token");
    expect(refresh.id).toBe("refresh-token-invalid");
    expect(refresh.evidence).toEqual(["invalid_grant: Bad Request"]);
    // Google's expiry wording still names Testing's seven days on a refresh.
    const expired = googleFailure(
      gaxios(400, { error: "invalid_grant", error_description: "Token has been expired or revoked." }),
      "en",
      TOKEN_URL,
      "token-fetch-failed",
      "refresh_token",
    );
    expect(expired.id).toBe("testing-token-expired");
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

  it("reads Gmail's 421, 454 and 550 5.4.5 refusals as the rate-limit finding, in the run's language", () => {
    const replies = [
      { code: "EPROTOCOL", response: "421 4.7.0 Try again later, closing connection. (EHLO) x - gsmtp" },
      {
        code: "EAUTH",
        responseCode: 454,
        response:
          "454-4.7.0 Too many login attempts, please try again later. Learn more at\n454 4.7.0  https://support.google.com/mail/answer/7126229 x - gsmtp",
      },
      {
        code: "EMESSAGE",
        responseCode: 550,
        response:
          "550-5.4.5 Daily user sending limit exceeded. For more information on Gmail\n550-5.4.5 sending limits go to\n550 5.4.5  https://support.google.com/a/answer/166852 x - gsmtp",
      },
    ];
    for (const error of replies) {
      const finding = smtpFailure(error, "it", target, "smtp-auth-rejected");
      expect(finding.id).toBe(RATE_LIMITED_FINDING);
      expect(finding.docs.startsWith("/it/")).toBe(true);
      expect(finding.evidence[0]).toMatch(/\b(421|454|550)[- ]/);
    }
    expect(["smtp-rate-limited", "smtp-unreachable"]).toContain(RATE_LIMITED_FINDING);
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
