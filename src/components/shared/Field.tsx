/**
 * A labelled form row of the live test: the label, an optional help line and an optional error, both
 * tied to the control by `describedBy(id, …)`, then the control. Text between backticks shows as code.
 */
import type { ComponentChildren } from "preact";
import { CodeText } from "./CodeText.tsx";

interface Props {
  id: string;
  label: string;
  help?: string;
  error?: string | undefined;
  children: ComponentChildren;
}

export const helpId = (id: string): string => `${id}-help`;
export const errorId = (id: string): string => `${id}-error`;

/** The aria-describedby value for a control with this help line and, when shown, this error. */
export function describedBy(id: string, help: boolean, error: string | undefined): string | undefined {
  const ids = [help ? helpId(id) : "", error ? errorId(id) : ""].filter(Boolean).join(" ");
  return ids || undefined;
}

export function Field({ id, label, help, error, children }: Props) {
  return (
    <div class="dx-field">
      <label for={id}>{label}</label>
      {help && (
        <p id={helpId(id)} class="dx-help">
          <CodeText text={help} />
        </p>
      )}
      {children}
      {error && (
        <p id={errorId(id)} class="lt-error">
          <CodeText text={error} />
        </p>
      )}
    </div>
  );
}
