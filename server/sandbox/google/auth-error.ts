/**
 * The `authError` parameter of Google's error page URL (/signin/oauth/error/v2?authError=…): base64 of
 * a small protobuf message. Its shape follows real values decoded from public reports (docs/sandbox.md):
 * field 1 the error code, 2 the description (in the user's language), 3 a help URL, 4 the HTTP-style
 * status as a number (400, 401, 403), 5 (repeated) the "Request details" as {1: key, 2: value}, 6 a
 * developer note. The sandbox adds field 15 (repeated {1: key, 2: value}): the values its localized
 * page text needs (app name, domain, scopes…). Unknown fields are skipped when decoding.
 */

export interface AuthErrorPayload {
  error: string;
  description: string;
  docUrl: string;
  status: number;
  /** "Request details" items, e.g. ["redirect_uri", "https://…"]. */
  details: [string, string][];
  /** Values for the sandbox's localized page text (field 15). */
  params: Record<string, string>;
}

const VARINT = 0;
const FIXED64 = 1;
const LENGTH_DELIMITED = 2;
const FIXED32 = 5;
const PARAMS_FIELD = 15;
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

function bytesField(number: number, bytes: number[]): number[] {
  return [...varint((number << 3) | LENGTH_DELIMITED), ...varint(bytes.length), ...bytes];
}

const stringField = (number: number, value: string) => bytesField(number, [...Buffer.from(value, "utf8")]);
const pair = (number: number, key: string, value: string) =>
  bytesField(number, [...stringField(1, key), ...stringField(2, value)]);

export function encodeAuthError(payload: AuthErrorPayload): string {
  const bytes = [
    ...stringField(1, payload.error),
    ...stringField(2, payload.description),
    ...stringField(3, payload.docUrl),
    ...varint((4 << 3) | VARINT),
    ...varint(payload.status),
    ...payload.details.flatMap(([key, value]) => pair(5, key, value)),
    ...Object.entries(payload.params).flatMap(([key, value]) => pair(PARAMS_FIELD, key, value)),
  ];
  return Buffer.from(bytes).toString("base64url");
}

type Field = { number: number; value: number | Uint8Array };

/** The top-level fields of a protobuf message; undefined when it is not one. */
function readMessage(bytes: Uint8Array): Field[] | undefined {
  const fields: Field[] = [];
  let at = 0;
  const readVarint = (): number | undefined => {
    let value = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      const byte = bytes[at++];
      if (byte === undefined) return undefined;
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
    return undefined;
  };
  while (at < bytes.length) {
    const tag = readVarint();
    if (tag === undefined) return undefined;
    const number = Math.floor(tag / 8);
    const wire = tag % 8;
    if (wire === VARINT) {
      const value = readVarint();
      if (value === undefined) return undefined;
      fields.push({ number, value });
    } else if (wire === LENGTH_DELIMITED) {
      const length = readVarint();
      if (length === undefined || at + length > bytes.length) return undefined;
      fields.push({ number, value: bytes.subarray(at, at + length) });
      at += length;
    } else if (wire === FIXED64 || wire === FIXED32) {
      at += wire === FIXED64 ? 8 : 4;
      if (at > bytes.length) return undefined;
    } else return undefined;
  }
  return fields;
}

function text(value: number | Uint8Array | undefined): string | undefined {
  if (!(value instanceof Uint8Array)) return undefined;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(value);
  } catch {
    return undefined;
  }
}

function keyValue(value: number | Uint8Array): [string, string] | undefined {
  if (!(value instanceof Uint8Array)) return undefined;
  const inner = readMessage(value);
  const key = text(inner?.find((f) => f.number === 1)?.value);
  const val = text(inner?.find((f) => f.number === 2)?.value);
  return key === undefined || val === undefined ? undefined : [key, val];
}

/** Decodes an authError value (base64 or base64url); undefined when it is not a message of this shape. */
export function decodeAuthError(encoded: string): AuthErrorPayload | undefined {
  if (encoded.length > MAX_ENCODED_LENGTH || !/^[A-Za-z0-9+/_-]*={0,2}$/.test(encoded)) return undefined;
  const fields = readMessage(Buffer.from(encoded.replace(/-/g, "+").replace(/_/g, "/"), "base64"));
  if (!fields) return undefined;
  const payload: AuthErrorPayload = { error: "", description: "", docUrl: "", status: 0, details: [], params: {} };
  for (const { number, value } of fields) {
    if (number === 1) payload.error = text(value) ?? "";
    else if (number === 2) payload.description = text(value) ?? "";
    else if (number === 3) payload.docUrl = text(value) ?? "";
    else if (number === 4 && typeof value === "number") payload.status = value;
    else if (number === 5) {
      const detail = keyValue(value);
      if (detail) payload.details.push(detail);
    } else if (number === PARAMS_FIELD) {
      const param = keyValue(value);
      if (param && param[0] !== "__proto__") payload.params[param[0]] = param[1];
    }
  }
  return /^[a-z_]{1,64}$/.test(payload.error) ? payload : undefined;
}
