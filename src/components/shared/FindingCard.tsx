/**
 * One finding: severity badge (text, not colour alone), title, explanation, fix steps, evidence, guide
 * link. Shared by the troubleshooting form and the live test's step tree.
 */
import { CodeText } from "./CodeText.tsx";

/** The words the card needs, from either island's string table. */
export type FindingCardLabels = Record<
  "severity.error" | "severity.warning" | "severity.info" | "finding.fix" | "finding.evidence" | "finding.docs",
  string
>;

export interface FindingCardData {
  id: string;
  severity: "error" | "warning" | "info";
  title: string;
  explanation: string;
  fix: readonly string[];
  evidence: readonly string[];
  docs: string;
}

interface Props {
  finding: FindingCardData;
  titleId: string;
  s: FindingCardLabels;
}

export function FindingCard({ finding, titleId, s }: Props) {
  return (
    <article class={`dx-finding dx-finding--${finding.severity}`} aria-labelledby={titleId} data-finding={finding.id}>
      <h4 id={titleId} class="dx-finding-title">
        <span class={`dx-badge dx-badge--${finding.severity}`}>{s[`severity.${finding.severity}`]}</span>
        <span class="sr-only">: </span>
        <CodeText text={finding.title} />
      </h4>
      <p>
        <CodeText text={finding.explanation} />
      </p>
      {finding.fix.length > 0 && (
        <>
          <h5 class="dx-subheading">{s["finding.fix"]}</h5>
          <ol class="dx-steps">
            {finding.fix.map((step) => (
              <li key={step}>
                <CodeText text={step} />
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
