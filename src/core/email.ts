/**
 * What counts as an email address here: the WHATWG form of `<input type="email">` (a local part of
 * the allowed ASCII characters, @, dot-separated DNS labels), so spaces, commas, angle brackets,
 * quotes and control characters are refused. Shared by the islands and the API.
 */
const EMAIL =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

export function isEmailAddress(text: string): boolean {
  return text.length <= 320 && EMAIL.test(text);
}
