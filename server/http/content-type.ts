/** Media types the API accepts: JSON, with or without a structured suffix (`application/problem+json`). */
const JSON_TYPE = /^application\/([\w.-]+\+)?json\s*(;|$)/i;

export function isJsonType(contentType: string | undefined): boolean {
  return contentType !== undefined && JSON_TYPE.test(contentType.trim());
}
