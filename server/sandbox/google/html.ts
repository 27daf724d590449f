/**
 * Server-rendered HTML for the emulated Google pages: an escaping template tag (`h`) and the page
 * shell (a card in Google's sign-in style, a sandbox banner, no JavaScript). Pages work as plain
 * forms, so a browserless test can drive them with fetch exactly as a browser would.
 */
import type { Lang } from "../../../src/core/lang.ts";
import { text } from "./text.ts";

/** Markup that is already safe to insert. */
export class Html {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

export function escapeHtml(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

function render(value: unknown): string {
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join("");
  if (value === undefined || value === null || value === false) return "";
  return escapeHtml(String(value));
}

/** Template tag: interpolated values are escaped unless they are Html (or arrays of it). */
export function h(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0] ?? "";
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? "");
  });
  return new Html(out);
}

const STYLE = `
:root{color-scheme:light;font-family:Roboto,"Google Sans",Arial,sans-serif;color:#1f1f1f;background:#f0f4f9}
body{margin:0;min-height:100vh;display:flex;flex-direction:column;align-items:center;justify-content:center;gap:12px}
.banner{font-size:13px;background:#fef7e0;border:1px solid #f9ab00;border-radius:8px;padding:6px 12px;max-width:600px}
main{background:#fff;border-radius:28px;padding:36px 40px;width:min(600px,92vw);box-sizing:border-box}
.logo{font-size:24px;font-weight:500;letter-spacing:-.5px;margin-bottom:16px}
.logo span:nth-child(1),.logo span:nth-child(4){color:#4285f4}.logo span:nth-child(2),.logo span:nth-child(6){color:#ea4335}
.logo span:nth-child(3){color:#fbbc05}.logo span:nth-child(5){color:#34a853}
h1{font-size:28px;font-weight:400;margin:0 0 12px}p{line-height:1.5}
.accounts{list-style:none;padding:0;margin:16px 0}.accounts li{border-top:1px solid #dadce0}
.accounts button{all:unset;box-sizing:border-box;display:block;width:100%;padding:12px 8px;cursor:pointer}
.accounts button:hover,.accounts button:focus-visible{background:#f0f4f9;outline:2px solid #0b57d0}
.accounts .name{display:block;font-weight:500}.accounts .email,.muted{color:#444746;font-size:14px}
.scopes{list-style:none;padding:0}.scopes li{padding:10px 0;border-top:1px solid #dadce0}
.actions{display:flex;justify-content:flex-end;gap:12px;margin-top:24px;flex-wrap:wrap}
.actions button,.link-button{font:inherit;font-weight:500;border-radius:20px;padding:10px 24px;cursor:pointer;border:1px solid #747775;background:#fff;color:#0b57d0}
.actions .primary{background:#0b57d0;color:#fff;border-color:#0b57d0}
details summary{cursor:pointer;color:#0b57d0;font-weight:500;margin:12px 0}
.code{font-weight:500}.details{font-family:monospace;font-size:13px;word-break:break-all;color:#444746}
.run-return{border-top:1px solid #dadce0;margin-top:24px;padding-top:8px}.run-return h2{font-size:18px;font-weight:500;margin:12px 0 4px}
.run-return-actions{display:flex;flex-wrap:wrap;gap:12px;align-items:center}.run-return-actions a{color:#0b57d0;font-weight:500}
.run-return button{font:inherit;font-weight:500;border-radius:20px;padding:8px 20px;cursor:pointer;border:1px solid #0b57d0;background:#0b57d0;color:#fff}
`;

/** A full page in the given language; `body` goes inside the card. */
export function renderPage(lang: Lang, body: Html): string {
  return `<!doctype html>${
    h`<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${text(lang, "page.title")}</title><link rel="icon" href="data:,"><style>${new Html(STYLE)}</style></head>
<body><p class="banner" role="note">${text(lang, "page.banner")}</p>
<main><div class="logo" aria-hidden="true"><span>G</span><span>o</span><span>o</span><span>g</span><span>l</span><span>e</span></div>${body}</main>
</body></html>`.value
  }`;
}
