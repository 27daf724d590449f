/**
 * The guide's Content-Security-Policy, written into every built page as a meta element right after
 * the charset: scripts only from this origin or inline scripts whose exact SHA-256 is listed (the
 * theme and sidebar scripts of Starlight, Astro's island loader), WebAssembly for Pagefind's search,
 * everything else from this origin only. Astro's own `security.csp` leaves `<script is:inline>`
 * unhashed and puts hashes in style-src (which would disable the style attributes Starlight's icons
 * use), so the policy is computed from the final HTML instead, after the build.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { AstroIntegration } from "astro";

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/gi;
const CSP_META = /<meta http-equiv="content-security-policy"[^>]*>/i;

/** Inline scripts the browser runs (JSON data blocks are not scripts). */
function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    const type = /\stype="([^"]*)"/i.exec(match[1] ?? "")?.[1];
    if (type && !/^(module|text\/javascript|application\/javascript)$/i.test(type)) continue;
    scripts.push(match[2] ?? "");
  }
  return scripts;
}

export function pagePolicy(html: string): string {
  const hashes = [...new Set(inlineScripts(html).map((code) => createHash("sha256").update(code).digest("base64")))];
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.map((hash) => `'sha256-${hash}'`).join(" ")}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

/** The page with its policy meta element (replacing an older one). */
export function withPolicy(html: string): string {
  const cleaned = html.replace(CSP_META, "");
  const meta = `<meta http-equiv="content-security-policy" content="${pagePolicy(cleaned)}">`;
  const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(cleaned);
  if (charset) return cleaned.replace(charset[0], `${charset[0]}${meta}`);
  return cleaned.replace(/<head>/i, `<head>${meta}`);
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith(".html"))
    .map((file) => join(dir, file));
}

export function contentSecurityPolicy(): AstroIntegration {
  return {
    name: "gmail-odoo-companion:csp",
    hooks: {
      "astro:build:done": ({ dir }) => {
        for (const file of htmlFiles(dir.pathname)) writeFileSync(file, withPolicy(readFileSync(file, "utf8")));
      },
    },
  };
}
