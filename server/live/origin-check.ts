/**
 * The Origin check on the live test's POSTs (a cross-site page must not start runs or send mail in a
 * visitor's name): the Origin header must be present and equal the companion's public origin or the
 * origin the request itself was addressed to (the Host header, which a cross-site page cannot set).
 */
export function isAllowedOrigin(
  origin: string | undefined,
  requestUrl: string,
  publicOrigin: string | undefined,
): boolean {
  if (!origin || origin === "null") return false;
  let own: string;
  try {
    own = new URL(requestUrl).origin;
  } catch {
    return false;
  }
  const normalized = origin.replace(/\/$/, "").toLowerCase();
  return (
    normalized === own.toLowerCase() || (!!publicOrigin && normalized === publicOrigin.replace(/\/$/, "").toLowerCase())
  );
}
