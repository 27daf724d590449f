/**
 * Pasted text the way people paste it, made readable for the parsers: HTML-escaped text (`&lt;`,
 * `&#39;`, twice-escaped `&amp;quot;`), page source with tags, non-breaking and zero-width spaces,
 * typographic apostrophes. Links keep their address; everything else of a tag goes. Pure.
 */

const NAMED: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  laquo: "«",
  raquo: "»",
  rsquo: "'",
  lsquo: "'",
  ldquo: '"',
  rdquo: '"',
  hellip: "…",
  ndash: "–",
  mdash: "—",
  egrave: "è",
  eacute: "é",
  agrave: "à",
  ograve: "ò",
  ugrave: "ù",
  igrave: "ì",
};

const ENTITY = /&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]{2,8});/g;

function decodeEntity(whole: string, body: string): string {
  if (body.startsWith("#")) {
    const code = body[1] === "x" || body[1] === "X" ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
    return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  }
  return NAMED[body.toLowerCase()] ?? whole;
}

/** HTML tags people paste with a page's source; `<https://…>` and `<name@host>` in SMTP replies are not tags. */
const TAG =
  /<\/?(?:a|p|div|span|br|hr|h[1-6]|li|ul|ol|pre|code|samp|b|i|u|em|strong|small|font|center|td|tr|th|table|tbody|thead|body|html|head|title|meta|link|img|section|main|header|footer|label|blockquote|style|script|noscript|address)(?=[\s/>])[^<>]{0,600}>/gi;
const BLOCK =
  /^<\/?(?:p|div|br|hr|h[1-6]|li|ul|ol|pre|tr|table|title|section|main|header|footer|blockquote|address|body)\b/i;
const HREF = /\bhref\s*=\s*["']?([^"'\s>]+)/i;

function replaceTag(tag: string): string {
  const href = /^<a\b/i.test(tag) ? HREF.exec(tag)?.[1] : undefined;
  if (href) return ` ${href} `;
  return BLOCK.test(tag) ? "\n" : "";
}

export function normalizeText(text: string): string {
  let out = text;
  // Twice-escaped text (`&amp;lt;`) needs two rounds; a third would change text that means `&lt;` literally.
  for (let round = 0; round < 2 && out.includes("&"); round += 1) out = out.replace(ENTITY, decodeEntity);
  if (out.includes("<")) out = out.replace(TAG, replaceTag);
  return out
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00a0\u2007\u202f\u3000]/g, " ")
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, "")
    .replace(/[\u2018\u2019\u02bc\u2032]/g, "'");
}
