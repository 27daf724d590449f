import { describe, expect, it } from "vitest";
import { diagnose } from "../../core/diagnose/diagnose.ts";
import { explainedByPrimary, withFirst } from "./order.ts";

describe("withFirst", () => {
  it("puts the answer's cause first, drops the server's confidence, keeps every finding", () => {
    const diagnosis = diagnose({ errorText: "535-5.7.8 Username and Password not accepted." }, "en");
    expect(diagnosis.findings.map((f) => f.id)).toEqual(["smtp-auth-rejected", "smtp-password-auth"]);
    const answered = withFirst(diagnosis, "smtp-password-auth");
    expect(answered.findings.map((f) => [f.id, f.severity])).toEqual([
      ["smtp-password-auth", "error"],
      ["smtp-auth-rejected", "warning"],
    ]);
    expect(withFirst(answered, "smtp-auth-rejected").findings.map((f) => [f.id, f.severity])).toEqual([
      ["smtp-auth-rejected", "error"],
      ["smtp-password-auth", "warning"],
    ]);
    expect(answered.primary).toBe("smtp-password-auth");
    expect(answered.confidence).toBeUndefined();
    expect(answered.question).toEqual(diagnosis.question);
    expect(withFirst(diagnosis, "deleted-client")).toBe(diagnosis);
  });

  it("keeps the findings a cause explains right under it", () => {
    const diagnosis = diagnose(
      { errorText: "Error 400: redirect_uri_mismatch", redirectUri: "http://erp.acme.com/google_gmail/confirm" },
      "en",
    );
    expect(diagnosis.findings.map((f) => f.id)).toEqual(["redirect-uri-insecure-http", "redirect-uri-mismatch"]);
    expect([...explainedByPrimary(diagnosis)]).toEqual(["redirect-uri-mismatch"]);
    expect([...explainedByPrimary(withFirst(diagnosis, "redirect-uri-mismatch"))]).toEqual([]);
  });
});
