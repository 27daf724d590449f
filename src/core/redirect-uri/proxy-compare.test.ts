import { describe, expect, it } from "vitest";
import { liteOdooUri } from "./odoo-uri-lite.ts";
import { compareSent, readSent, refusedHttp } from "./proxy-compare.ts";

const REGISTER = "https://erp.example.com/google_gmail/confirm";

describe("readSent", () => {
  it("reads a web.base.url, a redirect URI, and the redirect_uri= of Google's error details", () => {
    expect(readSent("http://erp.example.com", "17.0")?.uri).toBe("http://erp.example.com/google_gmail/confirm");
    expect(readSent(" http://10.0.0.5:8069/google_gmail/confirm ", "17.0")?.uri).toBe(
      "http://10.0.0.5:8069/google_gmail/confirm",
    );
    const details =
      "Request details: redirect_uri=http%3A%2F%2Ferp.example.com%2Fgoogle_gmail%2Fconfirm flowName=GeneralOAuthFlow";
    expect(readSent(details, "18.0")?.uri).toBe("http://erp.example.com/google_gmail/confirm");
    expect(readSent("redirect_uri=http://erp.example.com/google_gmail/confirm", "18.0")?.uri).toBe(
      "http://erp.example.com/google_gmail/confirm",
    );
  });

  it("applies the version's path rule, and refuses what is not an address", () => {
    expect(readSent("https://example.com/erp", "17.0")?.uri).toBe("https://example.com/google_gmail/confirm");
    expect(readSent("https://example.com/erp", "19.0")?.uri).toBe("https://example.com/erp/google_gmail/confirm");
    expect(readSent("mycompany", "17.0")).toBeUndefined();
    expect(readSent("", "17.0")).toBeUndefined();
  });
});

describe("compareSent", () => {
  const sent = (input: string) => liteOdooUri(input, "17.0") ?? { uri: "", base: "", basePath: "", odooOnline: false };

  it("finds nothing to fix when Odoo sends the URI to register", () => {
    expect(compareSent(REGISTER, sent("https://erp.example.com/"))).toEqual({
      sends: REGISTER,
      sentHost: "erp.example.com",
      fixes: [],
    });
  });

  it("names http:// behind a proxy as a scheme difference, fixed by web.base.url, freeze and proxy mode", () => {
    expect(compareSent(REGISTER, sent("http://erp.example.com"))).toEqual({
      sends: "http://erp.example.com/google_gmail/confirm",
      differs: "scheme",
      sentHost: "erp.example.com",
      fixes: ["base-url", "freeze", "proxy"],
    });
  });

  it("asks for proxy mode when Odoo sends its backend host, not for another public name", () => {
    expect(compareSent(REGISTER, sent("https://localhost:8069")).fixes).toEqual(["base-url", "freeze", "proxy"]);
    expect(compareSent(REGISTER, sent("https://10.1.2.3")).fixes).toEqual(["base-url", "freeze", "proxy"]);
    expect(compareSent(REGISTER, sent("https://odoo-prod")).fixes).toEqual(["base-url", "freeze", "proxy"]);
    const old = compareSent(REGISTER, sent("https://old.example.com"));
    expect([old.differs, old.fixes]).toEqual(["host", ["base-url", "freeze"]]);
  });

  it("tells a path difference apart (19.0 keeps a base path)", () => {
    const kept = liteOdooUri("https://erp.example.com/erp", "19.0");
    expect(kept && compareSent(REGISTER, kept).differs).toBe("path");
  });
});

describe("refusedHttp", () => {
  it("refuses http:// except on loopback hosts", () => {
    expect(refusedHttp("http://erp.example.com/google_gmail/confirm")).toBe(true);
    expect(refusedHttp("http://localhost:8069/google_gmail/confirm")).toBe(false);
    expect(refusedHttp("http://127.0.0.1:8069/google_gmail/confirm")).toBe(false);
    expect(refusedHttp(REGISTER)).toBe(false);
  });
});
