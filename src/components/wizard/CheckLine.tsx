/**
 * One line of a checklist: the status in words (colour only repeats it), what is checked, the result,
 * and for a failure or a note the catalog's fix, collapsed.
 */
import type { FindingId } from "../../core/findings/ids.ts";
import { CodeText } from "../shared/CodeText.tsx";
import type { Catalog } from "./catalog.ts";
import type { LineStatus } from "./client-checks.ts";
import { FindingFix } from "./FindingFix.tsx";
import type { Strings } from "./strings.ts";

interface Props {
  check: string;
  status: LineStatus;
  label: string;
  /** The result, with `code` spans; a second sentence may follow in `detail`. */
  text: string;
  detail?: string | undefined;
  finding?: FindingId | undefined;
  /** The catalog: undefined while it loads, null when it failed. */
  catalog: Catalog | null | undefined;
  /** The guide section about this check, used when the catalog is missing. */
  href: string;
  s: Strings;
}

export function CheckLine({ check, status, label, text, detail, finding, catalog, href, s }: Props) {
  return (
    <li class="wz-line" data-check={check} data-status={status}>
      <span class={`wz-badge wz-badge--${status}`}>{s[`status.${status}`]}</span>
      <span class="wz-line-body">
        <span class="wz-line-label">{label}:</span> <CodeText text={text} />
        {detail && (
          <>
            {" "}
            <CodeText text={detail} />
          </>
        )}
      </span>
      {finding && catalog !== undefined && (
        <div class="wz-line-fix">
          <FindingFix finding={catalog?.get(finding)} fallbackHref={href} note={status === "info"} s={s} />
        </div>
      )}
    </li>
  );
}
