/**
 * The run's steps in order, each with its status (an icon and the word), the "Attempting to …" title,
 * the result, the time it took, its details behind a disclosure and, when it failed, its finding. All
 * steps are listed from the start, so the list does not grow while the run progresses.
 */
import { FindingCard } from "../shared/FindingCard.tsx";
import type { Strings } from "./strings.ts";
import type { Step } from "./types.ts";

interface Props {
  steps: readonly Step[];
  idPrefix: string;
  s: Strings;
}

export function StepList({ steps, idPrefix, s }: Props) {
  return (
    <ol class="lt-steps" aria-label={s["steps.label"]}>
      {steps.map((step) => (
        <li key={step.id} class={`lt-step lt-step--${step.status}`} data-step={step.id} data-status={step.status}>
          <p class="lt-step-head">
            <span class="lt-icon" aria-hidden="true" />
            <span class="lt-step-status">{s[`step.${step.status}`]}</span>
            <span class="sr-only">: </span>
            <span class="lt-step-title">{step.title}</span>
            <span class="lt-elapsed">{step.elapsedMs === null ? "" : `${step.elapsedMs} ms`}</span>
          </p>
          {step.result && <p class="lt-step-result">{step.result}</p>}
          {step.details && step.details.length > 0 && (
            <details class="lt-details">
              <summary>
                {s["step.details"]}
                <span class="sr-only">: {step.title}</span>
              </summary>
              <ul class="dx-evidence">
                {step.details.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </details>
          )}
          {step.finding && <FindingCard finding={step.finding} titleId={`${idPrefix}-${step.id}-finding`} s={s} />}
        </li>
      ))}
    </ol>
  );
}
