import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeText } from "./normalize.ts";

describe("normalizeText", () => {
  it("decodes HTML entities, also escaped twice", () => {
    expect(normalizeText("This app&#39;s request &amp; more")).toBe("This app's request & more");
    expect(normalizeText("&amp;lt;p&amp;gt;Error 403: org&amp;#95;internal")).toBe("\nError 403: org_internal");
    expect(normalizeText("&quot;invalid_grant&quot; &#x27;x&#x27; &nbsp;")).toBe("\"invalid_grant\" 'x'  ");
  });

  it("turns block tags into line breaks, drops inline ones and keeps a link's address", () => {
    expect(normalizeText("<h1>Access blocked</h1><p>Error <b>400</b>: redirect_uri_mismatch</p>")).toBe(
      "\nAccess blocked\n\nError 400: redirect_uri_mismatch\n",
    );
    expect(normalizeText('See <a href="https://support.google.com/x">help</a>')).toBe(
      "See  https://support.google.com/x help",
    );
  });

  it("leaves SMTP's angle-bracketed addresses and unknown entities alone", () => {
    const reply = "534-5.7.14 <https://accounts.google.com/signin/continue?x> Please log in <a@b.com>";
    expect(normalizeText(reply)).toBe(reply);
    expect(normalizeText("&bogus; &#99999999;")).toBe("&bogus; &#99999999;");
  });

  it("evens out spaces, apostrophes and line ends", () => {
    expect(normalizeText("hasn’t\u00a0verified\u200b\r\nok")).toBe("hasn't verified\nok");
  });

  it("never throws", () => {
    fc.assert(fc.property(fc.string({ maxLength: 500 }), (text) => void normalizeText(text)));
  });
});
