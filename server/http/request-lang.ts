/**
 * The language of an API request, decided once: `?lang=`, then the `lang` of a JSON body, then
 * Accept-Language, then English. Every answer (body, Content-Language, problems) uses it.
 */
import type { MiddlewareHandler } from "hono";
import { isLang, type Lang, pickLang } from "../../src/core/lang.ts";
import type { LangEnv } from "../problem.ts";
import { isJsonType } from "./content-type.ts";

/** A language code as people write it ("it", "IT", "it-IT"), or undefined. */
function explicitLang(value: unknown): Lang | undefined {
  if (typeof value !== "string") return undefined;
  const code = value.trim().toLowerCase().slice(0, 2);
  return isLang(code) ? code : undefined;
}

async function bodyLang(c: Parameters<MiddlewareHandler>[0]): Promise<Lang | undefined> {
  if (c.req.method !== "POST" || !isJsonType(c.req.header("content-type"))) return undefined;
  try {
    const body: unknown = await c.req.json();
    return body && typeof body === "object" && "lang" in body ? explicitLang(body.lang) : undefined;
  } catch {
    // Malformed JSON is the validator's to report, in the language decided without it.
    return undefined;
  }
}

export const decideLang: MiddlewareHandler<LangEnv> = async (c, next) => {
  const lang = explicitLang(c.req.query("lang")) ?? (await bodyLang(c)) ?? pickLang(c.req.header("accept-language"));
  c.set("lang", lang);
  c.header("content-language", lang);
  await next();
};
