/**
 * The JSON text of a diagnosis, byte for byte what `JSON.stringify(diagnose(evidence, lang))` gives,
 * assembled from pieces: each finding's catalog text (title, explanation, fix steps, guide link) is
 * serialized once per language and reused, so a request only serializes its own evidence lines (and
 * the small primary / confidence / question part).
 * Serializing the ~3 KB answer was the largest single cost of a diagnosis on the server.
 */
import { analyze, diagnosisHint } from "../src/core/diagnose/diagnose.ts";
import type { Evidence } from "../src/core/diagnose/evidence.ts";
import { question } from "../src/core/diagnose/questions.ts";
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
  const analysis = analyze(evidence, lang);
  const parts = analysis.findings.map((f) => {
    const explains = f.explains ? `,"explains":${JSON.stringify(f.explains)}` : "";
    return `{"id":${JSON.stringify(f.id)},"severity":${JSON.stringify(f.severity)},${catalogFragment(f.id, lang)},"evidence":${JSON.stringify(f.evidence)}${explains}}`;
  });
  const hint = diagnosisHint(analysis, lang, evidence);
  let tail = hint === undefined ? "" : `,"hint":${JSON.stringify(hint)}`;
  if (analysis.primary) tail += `,"primary":${JSON.stringify(analysis.primary)}`;
  if (analysis.confidence) tail += `,"confidence":${JSON.stringify(analysis.confidence)}`;
  if (analysis.question) tail += `,"question":${JSON.stringify(question(analysis.question, lang))}`;
  return `{"lang":${JSON.stringify(lang)},"findings":[${parts.join(",")}]${tail}}`;
}
