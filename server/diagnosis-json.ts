/**
 * The JSON text of a diagnosis, byte for byte what `JSON.stringify(diagnose(evidence, lang))` gives,
 * assembled from pieces: each finding's catalog text (title, explanation, fix steps, guide link) is
 * serialized once per language and reused, so a request only serializes its own evidence lines.
 * Serializing the ~3 KB answer was the largest single cost of a diagnosis on the server.
 */
import { diagnosisHint, rankedFindings } from "../src/core/diagnose/diagnose.ts";
import type { Evidence } from "../src/core/diagnose/evidence.ts";
import { catalogEntry } from "../src/core/findings/catalog.ts";
import type { FindingId } from "../src/core/findings/ids.ts";
import type { Lang } from "../src/core/lang.ts";

const catalogText = new Map<string, string>();

/** `"title":…,"explanation":…,"fix":[…],"docs":…` of one finding, serialized on first use. */
function catalogFragment(id: FindingId, lang: Lang): string {
  const key = `${lang}:${id}`;
  let fragment = catalogText.get(key);
  if (fragment === undefined) {
    const { title, explanation, fix, docs } = catalogEntry(id, lang);
    fragment = JSON.stringify({ title, explanation, fix, docs }).slice(1, -1);
    catalogText.set(key, fragment);
  }
  return fragment;
}

export function diagnosisJson(evidence: Evidence, lang: Lang): string {
  const findings = rankedFindings(evidence, lang);
  const parts = findings.map(
    (f) =>
      `{"id":${JSON.stringify(f.id)},"severity":${JSON.stringify(f.severity)},${catalogFragment(f.id, lang)},"evidence":${JSON.stringify(f.evidence)}}`,
  );
  const hint = diagnosisHint(findings, lang, evidence);
  const tail = hint === undefined ? "" : `,"hint":${JSON.stringify(hint)}`;
  return `{"lang":${JSON.stringify(lang)},"findings":[${parts.join(",")}]${tail}}`;
}
