/**
 * A secret a live run must hold for a while (client secret, PKCE verifier, tokens). Its value is
 * reachable only through `reveal()`: JSON, string conversion, template literals and Node's
 * inspection (console.log, util.inspect) all show `[redacted]`, and the value is a private field,
 * so neither Object.keys, spreading nor structuredClone copies it.
 */
export const REDACTED = "[redacted]";

export class Secret {
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
  }

  reveal(): string {
    return this.#value;
  }

  toJSON(): string {
    return REDACTED;
  }

  toString(): string {
    return REDACTED;
  }

  [Symbol.toPrimitive](): string {
    return REDACTED;
  }

  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return REDACTED;
  }
}

/** A Secret for a non-empty value, else undefined. */
export function secretOf(value: string | null | undefined): Secret | undefined {
  return value ? new Secret(value) : undefined;
}
