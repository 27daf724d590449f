/** One ranked finding: severity badge (text, not colour alone), title, explanation, fix steps, evidence, guide link. */
import type { Finding } from "../../core/diagnose/diagnose.ts";
import { InlineCode } from "./InlineCode.tsx";
import type { Strings } from "./strings.ts";

interface Props {
  finding: Finding;
  idPrefix: string;
  s: Strings;
}

export function FindingCard({ finding, idPrefix, s }: Props) {
  const titleId = `${idPrefix}-title`;
  return (
    <article class={`dx-finding dx-finding--${finding.severity}`} aria-labelledby={titleId} data-finding={finding.id}>
      <h4 id={titleId} class="dx-finding-title">
        <span class={`dx-badge dx-badge--${finding.severity}`}>{s[`severity.${finding.severity}`]}</span>
        <span class="sr-only">: </span>
        <InlineCode text={finding.title} />
      </h4>
      <p>
        <InlineCode text={finding.explanation} />
      </p>
      {finding.fix.length > 0 && (
        <>
          <h5 class="dx-subheading">{s["finding.fix"]}</h5>
          <ol class="dx-steps">
            {finding.fix.map((step) => (
              <li key={step}>
                <InlineCode text={step} />
              </li>
            ))}
          </ol>
        </>
      )}
      {finding.evidence.length > 0 && (
        <>
          <h5 class="dx-subheading">{s["finding.evidence"]}</h5>
          <ul class="dx-evidence">
            {finding.evidence.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
      <p>
        <a href={finding.docs}>
          {s["finding.docs"]}
          <span class="sr-only">: {finding.title.replace(/`/g, "")}</span>
        </a>
      </p>
    </article>
  );
}
