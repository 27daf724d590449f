import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { pagePolicy, withPolicy } from "./build-csp.ts";

const sha = (code: string) => `'sha256-${createHash("sha256").update(code).digest("base64")}'`;

describe("the pages' Content-Security-Policy", () => {
  const page =
    '<!DOCTYPE html><html><head><meta charset="utf-8"/><script>var a=1;</script>' +
    '<script type="module">import("/x.js")</script><script type="module" src="/_astro/p.js"></script>' +
    '<script type="application/ld+json">{"a":1}</script></head><body></body></html>';

  it("allows exactly the inline scripts of the page, by hash, and WebAssembly for search", () => {
    const policy = pagePolicy(page);
    expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' ${sha("var a=1;")} ${sha('import("/x.js")')};`);
    expect(policy).not.toContain(sha('{"a":1}'));
    expect(policy).not.toMatch(/ 'unsafe-(eval|inline)' .*script|script-src[^;]*'unsafe-(eval|inline)'/);
    expect(policy).toMatch(/default-src 'self'.*object-src 'none'.*base-uri 'self'/);
  });

  it("is put right after the charset, once, even when applied twice", () => {
    const once = withPolicy(page);
    const twice = withPolicy(once);
    expect(twice).toBe(once);
    expect(once).toMatch(
      /^<!DOCTYPE html><html><head><meta charset="utf-8"\/><meta http-equiv="content-security-policy"/,
    );
    expect(once.match(/content-security-policy/g)).toHaveLength(1);
  });
});
