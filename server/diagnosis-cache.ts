/**
 * Memo of recent diagnoses. The engine is a pure function of (evidence, language), and the same
 * evidence is often sent again (the form resubmitted, a support tool retrying), so the serialized
 * answer is kept for the last few hundred requests. Keys are SHA-256 digests of the request: the cache
 * never holds the evidence itself (which may contain secrets), only redacted answers.
 */
import { hash } from "node:crypto";

export class DiagnosisCache {
  readonly #entries = new Map<string, string>();
  readonly #max: number;

  constructor(max = 500) {
    this.#max = max;
  }

  /**
   * Key of a request: its raw body plus what else decides the answer's language (Accept-Language and
   * ?lang=). Identical requests get identical answers, so a hit skips parsing, validation and the engine.
   */
  static key(body: string, acceptLanguage: string | undefined, queryLang: string | undefined): string {
    // One-shot digest: a third of the cost of a createHash() object per request.
    return hash("sha256", `${body}\0${acceptLanguage ?? ""}\0${queryLang ?? ""}`, "base64");
  }

  get(key: string): string | undefined {
    const hit = this.#entries.get(key);
    if (hit !== undefined) {
      // Refresh recency: a Map iterates in insertion order, so the oldest entry comes first.
      this.#entries.delete(key);
      this.#entries.set(key, hit);
    }
    return hit;
  }

  set(key: string, value: string): void {
    this.#entries.delete(key);
    this.#entries.set(key, value);
    if (this.#entries.size > this.#max) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
  }

  get size(): number {
    return this.#entries.size;
  }
}
