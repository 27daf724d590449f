import { describe, expect, it } from "vitest";
import {
  type ConsentChoices,
  choicesFromForm,
  effectiveAccountKind,
  normalizeAddress,
  predictConsent,
  splitAddresses,
  TRADE_OFF_FINDING,
} from "./predict.ts";

const choices = (over: Partial<ConsentChoices>): ConsentChoices => ({ testUsers: [], ...over });

describe("predictConsent", () => {
  it("predicts org_internal for a personal Gmail account on an Internal app", () => {
    const prediction = predictConsent(choices({ accountKind: "gmail", userType: "internal", email: "a@gmail.com" }));
    expect(prediction.findings).toEqual(["org-internal"]);
    expect(prediction.access).toBe("org-internal");
    expect(prediction.tradeOff).toBeUndefined();
  });

  it("treats a @gmail.com sending address as personal even when Workspace was ticked", () => {
    const prediction = predictConsent(
      choices({ accountKind: "workspace", userType: "internal", email: "Mario.Rossi@gmail.com" }),
    );
    expect(prediction.findings).toEqual(["org-internal"]);
  });

  it("lets a Workspace account use an Internal app: no test users, no trade-off to pay", () => {
    const prediction = predictConsent(
      choices({ accountKind: "workspace", userType: "internal", publishingStatus: "testing", email: "it@acme.com" }),
    );
    expect(prediction).toEqual({ findings: [], access: "ok", testUser: "not-needed", tradeOff: "internal" });
  });

  it("predicts test-user-missing when the sending address is not among the test users", () => {
    const prediction = predictConsent(
      choices({
        accountKind: "gmail",
        userType: "external",
        publishingStatus: "testing",
        testUsers: ["someone.else@gmail.com"],
        email: "sales@gmail.com",
      }),
    );
    expect(prediction.findings).toEqual(["test-user-missing"]);
    expect(prediction.testUser).toBe("missing");
    expect(prediction.tradeOff).toBe("testing-7-day");
  });

  it("predicts test-user-missing with an empty list even before the sending address is known", () => {
    const prediction = predictConsent(
      choices({ accountKind: "workspace", userType: "external", publishingStatus: "testing" }),
    );
    expect(prediction.findings).toEqual(["test-user-missing"]);
  });

  it("finds the sending address in the list regardless of case, spaces and Gmail's dots", () => {
    const prediction = predictConsent(
      choices({
        accountKind: "gmail",
        userType: "external",
        publishingStatus: "testing",
        testUsers: [" Sales.Team@GoogleMail.com "],
        email: "salesteam@gmail.com",
      }),
    );
    expect(prediction).toEqual({ findings: [], access: "ok", testUser: "listed", tradeOff: "testing-7-day" });
  });

  it("does not ignore dots for Workspace addresses", () => {
    const prediction = predictConsent(
      choices({
        accountKind: "workspace",
        userType: "external",
        publishingStatus: "testing",
        testUsers: ["m.rossi@acme.com"],
        email: "mrossi@acme.com",
      }),
    );
    expect(prediction.findings).toEqual(["test-user-missing"]);
  });

  it("notes the unverified-app screen for an app in production, where test users are not needed", () => {
    const prediction = predictConsent(
      choices({ accountKind: "gmail", userType: "external", publishingStatus: "production", email: "a@gmail.com" }),
    );
    expect(prediction).toEqual({
      findings: [],
      access: "ok",
      testUser: "not-needed",
      tradeOff: "production-unverified",
    });
  });

  it("assumes External for a personal account whose user type was not chosen", () => {
    const prediction = predictConsent(
      choices({ accountKind: "gmail", publishingStatus: "testing", email: "a@gmail.com" }),
    );
    expect(prediction.findings).toEqual(["test-user-missing"]);
    expect(prediction.tradeOff).toBe("testing-7-day");
  });

  it("predicts nothing from nothing", () => {
    expect(predictConsent(choices({}))).toEqual({ findings: [], access: "unknown", testUser: "unknown" });
  });

  it("maps each trade-off to the catalog entry that explains it", () => {
    expect(TRADE_OFF_FINDING).toEqual({
      internal: undefined,
      "testing-7-day": "testing-weekly-reauth",
      "production-unverified": "app-unverified",
    });
  });
});

describe("address helpers", () => {
  it("normalizes Gmail addresses only", () => {
    expect(normalizeAddress(" J.Doe@GMAIL.com")).toBe("jdoe@gmail.com");
    expect(normalizeAddress("j.doe@googlemail.com")).toBe("jdoe@gmail.com");
    expect(normalizeAddress("J.Doe@Acme.com")).toBe("j.doe@acme.com");
  });

  it("splits a pasted list on lines, commas, semicolons and spaces", () => {
    expect(splitAddresses("a@x.com\nb@y.com, c@z.com;d@w.com  e@v.com\n\n")).toEqual([
      "a@x.com",
      "b@y.com",
      "c@z.com",
      "d@w.com",
      "e@v.com",
    ]);
  });

  it("reads the account kind from the address when it is a Gmail one", () => {
    expect(effectiveAccountKind(choices({ accountKind: "workspace", email: "x@gmail.com" }))).toBe("gmail");
    expect(effectiveAccountKind(choices({ accountKind: "workspace", email: "x@acme.com" }))).toBe("workspace");
    expect(effectiveAccountKind(choices({ email: "x@acme.com" }))).toBeUndefined();
  });
});

describe("choicesFromForm", () => {
  it("splits the typed test users and keeps the rest", () => {
    expect(
      choicesFromForm({
        userType: "external",
        publishingStatus: "testing",
        testUsers: "a@x.com\nb@y.com",
        email: "a@x.com",
      }),
    ).toEqual({
      accountKind: undefined,
      userType: "external",
      publishingStatus: "testing",
      testUsers: ["a@x.com", "b@y.com"],
      email: "a@x.com",
    });
  });
});
