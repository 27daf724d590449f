/**
 * Google's error-page URLs carry `authError=<base64>`: a small protobuf whose field 1 is the error
 * code and field 2 its description (e.g. invalid_client / "The OAuth client was not found.").
 */

export interface AuthError {
  code: string;
  description?: string;
}

function base64ToBytes(input: string): Uint8Array | undefined {
  const clean = input.replace(/-/g, "+").replace(/_/g, "/").replace(/\s+/g, "");
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length > 4000) return undefined;
  try {
    const binary = atob(clean.padEnd(Math.ceil(clean.length / 4) * 4, "="));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

function readVarint(bytes: Uint8Array, start: number): [number, number] | undefined {
  let value = 0;
  let shift = 0;
  for (let i = start; i < bytes.length && i < start + 5; i += 1) {
    const byte = bytes[i] ?? 0;
    value |= (byte & 0x7f) << shift;
    if ((byte & 0x80) === 0) return [value >>> 0, i + 1];
    shift += 7;
  }
  return undefined;
}

/** Decodes the first two string fields of an authError value; undefined if it is not one. */
export function decodeAuthError(value: string): AuthError | undefined {
  const bytes = base64ToBytes(value);
  if (!bytes) return undefined;
  const fields = new Map<number, string>();
  let offset = 0;
  while (offset < bytes.length) {
    const key = readVarint(bytes, offset);
    if (!key) break;
    const [tag, afterKey] = key;
    const field = tag >>> 3;
    const wire = tag & 7;
    if (wire === 0) {
      const skipped = readVarint(bytes, afterKey);
      if (!skipped) break;
      offset = skipped[1];
    } else if (wire === 2) {
      const length = readVarint(bytes, afterKey);
      if (!length || length[1] + length[0] > bytes.length) break;
      if (!fields.has(field))
        fields.set(field, new TextDecoder().decode(bytes.subarray(length[1], length[1] + length[0])));
      offset = length[1] + length[0];
    } else break;
  }
  const code = fields.get(1);
  if (!code || !/^[a-z_]{3,60}$/.test(code)) return undefined;
  const description = fields.get(2);
  return description ? { code, description } : { code };
}
