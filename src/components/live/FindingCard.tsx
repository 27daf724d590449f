/** A step's finding: severity written out, title, explanation, fix steps, evidence and the guide link. */
import { InlineCode } from "../diagnose/InlineCode.tsx";
import type { Strings } from "./strings.ts";
import type { Finding } from "./types.ts";

interface Props {
  finding: Finding;
  titleId: string;
  s: Strings;
}

export function FindingCard({ finding, titleId, s }: Props) {
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
