/**
 * One paste-back box of a run waiting at consent: Odoo's Forbidden address in Odoo mode, or Google's
 * error text or page address in either mode. Sends POST /api/live/{id}/paste and reports a refusal
 * with the server's detail next to the box.
 */
import type { TargetedEvent } from "preact";
import { useState } from "preact/hooks";
import type { Lang } from "../../core/lang.ts";
import { describedBy, Field } from "../shared/Field.tsx";
import { type Failure, pasteBack, pasteBody } from "./api.ts";
import { failureMessage } from "./failure.ts";
import type { Strings } from "./strings.ts";

interface Props {
  runId: string;
  lang: Lang;
  /** The box's id, also the prefix of its parts. */
  id: string;
  label: string;
  help: string;
  onPasted: () => void;
  s: Strings;
}

export function PasteBox({ runId, lang, id, label, help, onPasted, s }: Props) {
  const [value, setValue] = useState("");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Failure | "empty" | undefined>(undefined);

  async function submit(event: TargetedEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    if (!value.trim()) {
      setProblem("empty");
      document.getElementById(id)?.focus();
      return;
    }
    setBusy(true);
    setProblem(undefined);
    const outcome = await pasteBack(runId, pasteBody(value), lang);
    setBusy(false);
    if (outcome.ok) onPasted();
    else setProblem(outcome);
  }

  const error = problem === "empty" ? s["paste.empty"] : problem ? failureMessage(problem, s) : undefined;
  return (
    <form class="lt-paste" noValidate onSubmit={submit}>
      <Field id={id} label={label} help={help} error={error}>
        <textarea
          id={id}
          class="dx-control dx-mono"
          rows={3}
          spellcheck={false}
          autocomplete="off"
          aria-invalid={error ? "true" : undefined}
          aria-describedby={describedBy(id, true, error)}
          value={value}
          onInput={(event) => setValue(event.currentTarget.value)}
        />
      </Field>
      <div class="dx-actions">
        <button type="submit" class="dx-button dx-button--primary" disabled={busy}>
          {busy ? s["paste.sending"] : s["paste.submit"]}
        </button>
      </div>
    </form>
  );
}
