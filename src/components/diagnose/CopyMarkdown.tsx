/**
 * "Copy as Markdown": writes the report to the clipboard; when the browser refuses (no permission, no
 * secure context), shows it in a read-only, selected textarea so Ctrl+C still works.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import type { Strings } from "./strings.ts";

interface Props {
  markdown: string;
  idPrefix: string;
  s: Strings;
}

export function CopyMarkdown({ markdown, idPrefix, s }: Props) {
  const [state, setState] = useState<"idle" | "copied" | "fallback">("idle");
  const fallback = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (state !== "fallback") return;
    fallback.current?.focus();
    fallback.current?.select();
  }, [state]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(markdown);
      setState("copied");
    } catch {
      setState("fallback");
    }
  }

  const fallbackId = `${idPrefix}-markdown`;
  return (
    <div class="dx-copy">
      <div class="dx-actions">
        <button type="button" class="dx-button" onClick={copy}>
          {s["action.copy"]}
        </button>
        <span class="dx-copy-status" role="status">
          {state === "copied" ? s["copy.done"] : state === "fallback" ? s["copy.fallback"] : ""}
        </span>
      </div>
      {state === "fallback" && (
        <div class="dx-field">
          <label for={fallbackId}>{s["copy.fallbackLabel"]}</label>
          <textarea id={fallbackId} ref={fallback} class="dx-control" rows={10} readOnly value={markdown} />
        </div>
      )}
    </div>
  );
}
