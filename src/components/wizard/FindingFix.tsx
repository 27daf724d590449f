/**
 * A catalog finding as the API sends it, and its display: collapsed to one line (by default "How to
 * fix it: title") that opens on its explanation, fix steps and guide link. Without the catalog, a link
 * to the guide section.
 */
import type { ComponentChildren } from "preact";
import type { CatalogEntry } from "../../core/findings/catalog.ts";
import { CodeText } from "../shared/CodeText.tsx";
import type { Strings } from "./strings.ts";

export type Finding = CatalogEntry;

/** Whether an API answer has the fields a finding needs. */
export function isFinding(value: unknown): value is Finding {
  const f = value as Finding | null;
  return typeof f?.id === "string" && typeof f.title === "string" && Array.isArray(f.fix);
}

interface Props {
  finding: Finding | undefined;
  /** Where the guide explains it when the catalog could not be loaded. */
  fallbackHref: string;
  /**
   * The one-line summary. By default "How to fix it" ("What you can do" for a note), with the title
   * for screen readers only and shown first when opened, so a closed fix takes one line.
   */
  summary?: ComponentChildren;
  note?: boolean;
  s: Strings;
}

export function FindingFix({ finding, fallbackHref, summary, note, s }: Props) {
  if (!finding) {
    return (
      <p class="wz-fix-missing">
        <a href={fallbackHref}>{s["fix.more"]}</a>
      </p>
    );
  }
  return (
    <details class="wz-fix" data-finding={finding.id}>
      <summary>
        {summary ?? (
          <>
            {s[note ? "fix.options" : "fix.summary"]}
            <span class="sr-only">: {finding.title.replace(/`/g, "")}</span>
          </>
        )}
      </summary>
      <div class="wz-fix-body">
        {!summary && (
          <p class="wz-fix-title">
            <CodeText text={finding.title} />
          </p>
        )}
        <p>
          <CodeText text={finding.explanation} />
        </p>
        <ol>
          {finding.fix.map((step) => (
            <li key={step}>
              <CodeText text={step} />
            </li>
          ))}
        </ol>
        <p>
          <a href={finding.docs}>
            {s["fix.more"]}
            <span class="sr-only">: {finding.title.replace(/`/g, "")}</span>
          </a>
        </p>
      </div>
    </details>
  );
}
