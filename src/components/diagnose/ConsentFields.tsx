/** Optional consent-screen facts, collapsed by default: publishing status, user type, test users, sending address. */

import { Field, helpId } from "../shared/Field.tsx";
import type { FormFields } from "./request.ts";
import type { Strings } from "./strings.ts";

interface Props {
  idPrefix: string;
  fields: FormFields;
  onChange: <K extends keyof FormFields>(key: K, value: FormFields[K]) => void;
  s: Strings;
}

export function ConsentFields({ idPrefix, fields, onChange, s }: Props) {
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <details class="dx-details">
      <summary>{s["consent.summary"]}</summary>
      <div class="dx-details-body">
        <Field id={id("status")} label={s["consent.status"]}>
          <select
            id={id("status")}
            class="dx-control"
            value={fields.publishingStatus}
            onChange={(event) =>
              onChange("publishingStatus", event.currentTarget.value as FormFields["publishingStatus"])
            }
          >
            <option value="">{s["choice.unknown"]}</option>
            <option value="testing">{s["consent.status.testing"]}</option>
            <option value="production">{s["consent.status.production"]}</option>
          </select>
        </Field>
        <Field id={id("user-type")} label={s["consent.userType"]}>
          <select
            id={id("user-type")}
            class="dx-control"
            value={fields.userType}
            onChange={(event) => onChange("userType", event.currentTarget.value as FormFields["userType"])}
          >
            <option value="">{s["choice.unknown"]}</option>
            <option value="internal">{s["consent.userType.internal"]}</option>
            <option value="external">{s["consent.userType.external"]}</option>
          </select>
        </Field>
        <Field id={id("test-users")} label={s["consent.testUsers"]} help={s["consent.testUsers.help"]}>
          <textarea
            id={id("test-users")}
            class="dx-control"
            rows={3}
            spellcheck={false}
            autocomplete="off"
            aria-describedby={helpId(id("test-users"))}
            value={fields.testUsers}
            onInput={(event) => onChange("testUsers", event.currentTarget.value)}
          />
        </Field>
        <Field id={id("email")} label={s["consent.email"]} help={s["consent.email.help"]}>
          <input
            id={id("email")}
            type="email"
            class="dx-control"
            autocomplete="off"
            spellcheck={false}
            aria-describedby={helpId(id("email"))}
            value={fields.email}
            onInput={(event) => onChange("email", event.currentTarget.value)}
          />
        </Field>
      </div>
    </details>
  );
}
