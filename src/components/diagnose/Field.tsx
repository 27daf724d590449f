/** A labelled form row: the label, an optional help line (the control points at it with aria-describedby), the control. */
import type { ComponentChildren } from "preact";

interface Props {
  id: string;
  label: string;
  help?: string;
  children: ComponentChildren;
}

export const helpId = (id: string): string => `${id}-help`;

export function Field({ id, label, help, children }: Props) {
  return (
    <div class="dx-field">
      <label for={id}>{label}</label>
      {help && (
        <p id={helpId(id)} class="dx-help">
          {help}
        </p>
      )}
      {children}
    </div>
  );
}
