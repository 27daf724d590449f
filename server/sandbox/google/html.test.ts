/** Escaping template and page shell. */
import { describe, expect, it } from "vitest";
import { escapeHtml, h, renderPage } from "./html.ts";

describe("html", () => {
  it("escapes interpolated values but not nested markup", () => {
    const name = `<script>alert("x")</script>&'`;
    expect(h`<p>${name}</p>`.value).toBe("<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;</p>");
    expect(h`<ul>${["a", "b"].map((x) => h`<li>${x}</li>`)}</ul>`.value).toBe("<ul><li>a</li><li>b</li></ul>");
    expect(h`${undefined}${false}${0}`.value).toBe("0");
    expect(escapeHtml("a&b")).toBe("a&amp;b");
  });

  it("renders a page in the given language with the sandbox banner and no script", () => {
    const page = renderPage("it", h`<h1>Ciao</h1>`);
    expect(page.startsWith('<!doctype html><html lang="it">')).toBe(true);
    expect(page).toContain("Accedi - Account Google");
    expect(page).toContain("Sandbox: un&#39;emulazione");
    expect(page).not.toContain("<script");
  });
});
