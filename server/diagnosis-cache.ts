/**
 * Memo of recent diagnoses. The engine is a pure function of (evidence, language), and the same
 * evidence is often sent again (the form resubmitted, a support tool retrying), so the serialized
 * answer is kept for the last few hundred requests. Keys are SHA-256 digests of the request: the cache
 * never holds the evidence itself (which may contain secrets), only redacted answers.
 */
import { hash } from "node:crypto";
import type { Lang } from "../src/core/lang.ts";

export class DiagnosisCache {
  readonly #entries = new Map<string, string>();
  readonly #max: number;

  constructor(max = 500) {
    this.#max = max;
  }

  /**
   * Key of a request: its raw body and the language the answer is written in. Identical requests get
   * identical answers, so a hit skips validation and the engine.
   */
  static key(body: string, lang: Lang): string {
    // One-shot digest: a third of the cost of a createHash() object per request.
    return hash("sha256", `${lang}\0${body}`, "base64");
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
