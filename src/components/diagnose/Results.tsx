/**
 * The live region under the form: the busy state, the empty-form message, a failure with the server's
 * problem detail, or the ranked findings with the confidence, the deciding question when two causes fit
 * equally (answering it puts that cause first), the hint and "Copy as Markdown".
 */
import { useState } from "preact/hooks";
import type { Diagnosis } from "../../core/diagnose/diagnose.ts";
import { fill } from "../../core/i18n.ts";
import { FindingCard } from "../shared/FindingCard.tsx";
import { CopyMarkdown } from "./CopyMarkdown.tsx";
import { diagnosisMarkdown } from "./markdown.ts";
import { explainedByPrimary, withFirst } from "./order.ts";
import type { Strings } from "./strings.ts";

export type View =
  | { kind: "idle" }
  | { kind: "invalid" }
  | { kind: "busy" }
  | { kind: "done"; diagnosis: Diagnosis; serial: number }
  | { kind: "failed"; status: number; detail?: string };

interface Props {
  view: View;
  idPrefix: string;
  /** The id of the empty-form message, so the first field can point at it. */
  invalidId: string;
  s: Strings;
}

function failureMessage(status: number, s: Strings): string {
  if (status === 0) return s["failure.network"];
  if (status === 400) return s["failure.400"];
  if (status === 413) return s["failure.413"];
  return fill(s["failure.other"], { status });
}

function summary(diagnosis: Diagnosis, s: Strings): string {
  const count = diagnosis.findings.length;
  if (count === 0) return s["status.none"];
  return count === 1 ? s["status.one"] : fill(s["status.many"], { count });
}

function Findings({ diagnosis, idPrefix, s }: { diagnosis: Diagnosis; idPrefix: string; s: Strings }) {
  const [answer, setAnswer] = useState<number>();
  const question = diagnosis.question;
  const choice = answer === undefined ? undefined : question?.choices[answer];
  const shown = choice ? withFirst(diagnosis, choice.leadsTo) : diagnosis;
  const explained = explainedByPrimary(shown);
  return (
    <>
      <h3 class="dx-results-heading">{s["results.heading"]}</h3>
      <p class="dx-summary">{summary(shown, s)}</p>
      {shown.confidence && <p class="dx-summary">{s[`confidence.${shown.confidence}`]}</p>}
      {question && (
        <fieldset class="dx-fieldset dx-question">
          <legend>{s["question.legend"]}</legend>
          <p>{question.fact}</p>
          <div class="dx-actions">
            {question.choices.map((c, index) => (
              <button
                key={c.leadsTo}
                type="button"
                class="dx-button"
                aria-pressed={index === answer}
                onClick={() => setAnswer(index)}
              >
                {c.answer}
              </button>
            ))}
          </div>
          {choice && <p>{fill(s["question.answered"], { answer: choice.answer })}</p>}
        </fieldset>
      )}
      {shown.findings.length > 0 && (
        <ol class="dx-findings">
          {shown.findings.map((finding, index) => (
            <li key={finding.id}>
              {explained.has(finding.id) && <p class="dx-explained">{s["finding.explained"]}</p>}
              <FindingCard finding={finding} titleId={`${idPrefix}-${index}-title`} s={s} />
            </li>
          ))}
        </ol>
      )}
      {shown.hint && <p class="dx-hint">{shown.hint}</p>}
      <CopyMarkdown key={answer} markdown={diagnosisMarkdown(shown, s, location.origin)} idPrefix={idPrefix} s={s} />
    </>
  );
}

export function Results({ view, idPrefix, invalidId, s }: Props) {
  return (
    <div class="dx-results" aria-live="polite">
      {view.kind === "busy" && (
        <p class="dx-busy">
          <span class="dx-spinner" aria-hidden="true" />
          {s["status.busy"]}
        </p>
      )}
      {view.kind === "invalid" && (
        <p id={invalidId} class="dx-alert">
          {s["status.empty"]}
        </p>
      )}
      {view.kind === "failed" && (
        <div class="dx-alert">
          <p>{failureMessage(view.status, s)}</p>
          {view.detail && <p class="dx-detail">{view.detail}</p>}
        </div>
      )}
      {view.kind === "done" && <Findings key={view.serial} diagnosis={view.diagnosis} idPrefix={idPrefix} s={s} />}
    </div>
  );
}
