/**
 * The `authError` parameter of Google's error page URL (/signin/oauth/error?authError=…): base64 of a
 * small protobuf message. Fields 1 (error code) and 2 (English description) are Google's; the sandbox
 * adds 3 (repeated: the "Request details" items, e.g. `redirect_uri=…`) and 4 (repeated `key=value`
 * values the localized page text needs, e.g. `domain=…`). Only length-delimited strings are used.
 */

export interface AuthErrorPayload {
  error: string;
  description: string;
  details: string[];
  params: Record<string, string>;
}

const WIRE_LENGTH_DELIMITED = 2;
const MAX_ENCODED_LENGTH = 8192;

function varint(value: number): number[] {
  const bytes: number[] = [];
  let rest = value;
  while (rest > 0x7f) {
    bytes.push((rest & 0x7f) | 0x80);
    rest >>>= 7;
  }
  bytes.push(rest);
  return bytes;
}

function field(number: number, value: string): number[] {
  const utf8 = [...Buffer.from(value, "utf8")];
  return [...varint((number << 3) | WIRE_LENGTH_DELIMITED), ...varint(utf8.length), ...utf8];
}

export function encodeAuthError(payload: AuthErrorPayload): string {
  const bytes = [
    ...field(1, payload.error),
    ...field(2, payload.description),
    ...payload.details.flatMap((detail) => field(3, detail)),
    ...Object.entries(payload.params).flatMap(([key, value]) => field(4, `${key}=${value}`)),
  ];
  return Buffer.from(bytes).toString("base64");
}

/** Decodes an authError value; undefined when it is not a message of this shape. */
export function decodeAuthError(encoded: string): AuthErrorPayload | undefined {
  if (encoded.length > MAX_ENCODED_LENGTH || !/^[A-Za-z0-9+/_-]*={0,2}$/.test(encoded)) return undefined;
  const bytes = Buffer.from(encoded, "base64");
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const payload: AuthErrorPayload = { error: "", description: "", details: [], params: {} };
  let at = 0;
  const readVarint = (): number | undefined => {
    let value = 0;
    for (let shift = 0; shift < 28; shift += 7) {
      const byte = bytes[at++];
      if (byte === undefined) return undefined;
      value |= (byte & 0x7f) << shift;
      if (byte < 0x80) return value;
    }
    return undefined;
  };
  while (at < bytes.length) {
    const tag = readVarint();
    const length = readVarint();
    if (tag === undefined || length === undefined || (tag & 7) !== WIRE_LENGTH_DELIMITED) return undefined;
    if (at + length > bytes.length) return undefined;
    let value: string;
    try {
      value = decoder.decode(bytes.subarray(at, at + length));
    } catch {
      return undefined;
    }
    at += length;
    const number = tag >>> 3;
    if (number === 1) payload.error = value;
    else if (number === 2) payload.description = value;
    else if (number === 3) payload.details.push(value);
    else if (number === 4) {
      const split = value.indexOf("=");
      if (split > 0) payload.params[value.slice(0, split)] = value.slice(split + 1);
    }
  }
  return payload.error ? payload : undefined;
}
