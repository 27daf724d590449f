/**
 * The consent checklist island on "Set up Google Cloud": account kind, user type, publishing status,
 * test users and the sending address in; out, the refusals Google would answer (org_internal, a
 * missing test user) with the catalog's fix, and the Testing vs production trade-off of the choices.
 * Usage in MDX: `<ConsentChecklist lang="en" s={consentWords.en} client:visible />`.
 */
import { useId } from "preact/hooks";
import {
  type ConsentPrediction,
  choicesFromForm,
  predictConsent,
  TRADE_OFF_FINDING,
  type TradeOff,
} from "../../core/consent/predict.ts";
import { fill } from "../../core/i18n.ts";
import type { Lang } from "../../core/lang.ts";
import { type StoredConsent, wizardStore } from "../shared/store.ts";
import { CheckLine } from "./CheckLine.tsx";
import { useCatalog } from "./catalog.ts";
import type { LineStatus } from "./client-checks.ts";
import { useWizard } from "./hooks.ts";
import type { ConsentKey } from "./strings-consent.ts";
import type { ConsentWords } from "./words.ts";

type S = ConsentWords;

import "../shared/forms.css";
import "./wizard.css";

interface Props {
  lang: Lang;
  /** The checklist's words in `lang` (words.ts). */
  s: ConsentWords;
}

type ChoiceField = "accountKind" | "userType" | "publishingStatus";

const CHOICES: { field: ChoiceField; legend: ConsentKey; options: [string, ConsentKey][] }[] = [
  {
    field: "accountKind",
    legend: "k.account.legend",
    options: [
      ["gmail", "k.account.gmail"],
      ["workspace", "k.account.workspace"],
    ],
  },
  {
    field: "userType",
    legend: "k.userType.legend",
    options: [
      ["internal", "k.userType.internal"],
      ["external", "k.userType.external"],
    ],
  },
  {
    field: "publishingStatus",
    legend: "k.status.legend",
    options: [
      ["testing", "k.status.testing"],
      ["production", "k.status.production"],
    ],
  },
];

const TRADE_OFF_TEXT: Record<TradeOff, ConsentKey> = {
  internal: "k.tradeOff.internal",
  "testing-7-day": "k.tradeOff.testing-7-day",
  "production-unverified": "k.tradeOff.production-unverified",
};

interface Line {
  check: string;
  status: LineStatus;
  label: ConsentKey;
  text: string;
  finding?: ConsentPrediction["findings"][number] | undefined;
  href: string;
}

function predictionLines(prediction: ConsentPrediction, consent: StoredConsent, s: S): Line[] {
  const email = consent.email.trim();
  const access: Line = {
    check: "access",
    label: "k.access.label",
    href: "#user-type",
    ...(prediction.access === "org-internal"
      ? { status: "fail", text: s["k.access.org-internal"], finding: "org-internal" }
      : prediction.access === "ok"
        ? { status: "pass", text: s["k.access.ok"] }
        : { status: "todo", text: s["k.access.todo"] }),
  };
  const testUserText: Record<ConsentPrediction["testUser"], string> = {
    listed: fill(s["k.testUser.listed"], { email }),
    missing: email && consent.testUsers.trim() ? fill(s["k.testUser.missing"], { email }) : s["k.testUser.empty"],
    "not-needed": s[consent.userType === "internal" ? "k.testUser.internal" : "k.testUser.production"],
    unknown: s["k.testUser.todo"],
  };
  const testUserStatus: Record<ConsentPrediction["testUser"], LineStatus> = {
    listed: "pass",
    missing: "fail",
    "not-needed": "skip",
    unknown: "todo",
  };
  const testUser: Line = {
    check: "test-user",
    label: "k.testUser.label",
    href: "#test-users",
    status: testUserStatus[prediction.testUser],
    text: testUserText[prediction.testUser],
    finding: prediction.testUser === "missing" ? "test-user-missing" : undefined,
  };
  const { tradeOff } = prediction;
  const trade: Line = {
    check: "trade-off",
    label: "k.tradeOff.label",
    href: "#publishing-status",
    status: !tradeOff ? "todo" : tradeOff === "internal" ? "pass" : "info",
    text: s[tradeOff ? TRADE_OFF_TEXT[tradeOff] : "k.tradeOff.todo"],
    finding: tradeOff ? TRADE_OFF_FINDING[tradeOff] : undefined,
  };
  return [access, testUser, trade];
}

export default function ConsentChecklist({ lang, s }: Props) {
  const id = `wzk${useId()}`;
  const { state, ready } = useWizard();
  const catalog = useCatalog(lang);
  const { consent } = state;
  const prediction = predictConsent(choicesFromForm(consent));
  const lines = predictionLines(prediction, consent, s);
  // Merged into what the store holds now, so two quick changes never overwrite each other.
  const change = (patch: Partial<StoredConsent>) => {
    const store = wizardStore();
    store.update({ consent: { ...store.read().consent, ...patch } });
  };

  const summary =
    prediction.findings.length > 0
      ? fill(s["k.summary.fail"], { count: prediction.findings.length })
      : lines.some((l) => l.status === "todo")
        ? s["k.summary.todo"]
        : s["k.summary.ok"];

  return (
    <section class="wz not-content" aria-labelledby={`${id}-title`} data-pagefind-ignore>
      <p id={`${id}-title`} class="wz-title">
        {s["k.title"]}
      </p>
      <p class="dx-help">{s["k.intro"]}</p>
      <noscript>
        <p class="dx-help">{s.noscript}</p>
      </noscript>
      <div class="wz-choices">
        {CHOICES.map(({ field, legend, options }) => (
          <fieldset key={field} class="dx-fieldset wz-radios">
            <legend>{s[legend]}</legend>
            {options.map(([value, label]) => (
              <label key={value} class="wz-radio">
                <input
                  type="radio"
                  name={`${id}-${field}`}
                  value={value}
                  checked={consent[field] === value}
                  disabled={!ready}
                  onChange={() => change({ [field]: value })}
                />
                {s[label]}
              </label>
            ))}
          </fieldset>
        ))}
      </div>
      <div class="wz-row wz-row--even">
        <div class="dx-field">
          <label for={`${id}-email`}>{s["k.email.label"]}</label>
          <p id={`${id}-email-help`} class="dx-help">
            {s["k.email.help"]}
          </p>
          <input
            id={`${id}-email`}
            type="email"
            class="dx-control"
            autocomplete="email"
            spellcheck={false}
            aria-describedby={`${id}-email-help`}
            value={consent.email}
            onInput={(event) => change({ email: event.currentTarget.value })}
          />
        </div>
        <div class="dx-field">
          <label for={`${id}-test-users`}>{s["k.testUsers.label"]}</label>
          <p id={`${id}-test-users-help`} class="dx-help">
            {s["k.testUsers.help"]}
          </p>
          <textarea
            id={`${id}-test-users`}
            class="dx-control"
            rows={3}
            spellcheck={false}
            autocomplete="off"
            aria-describedby={`${id}-test-users-help`}
            value={consent.testUsers}
            onInput={(event) => change({ testUsers: event.currentTarget.value })}
          />
        </div>
      </div>
      <div class="wz-result">
        <p class="wz-summary" role="status">
          {summary}
        </p>
        <ul class="wz-lines">
          {lines.map((line) => (
            <CheckLine
              key={line.check}
              check={line.check}
              status={line.status}
              label={s[line.label]}
              text={line.text}
              finding={line.finding}
              catalog={catalog}
              href={line.href}
              s={s}
            />
          ))}
        </ul>
        <p class="wz-note">
          <a href={`${lang === "it" ? "/it" : ""}/troubleshooting/#testing-vs-production`}>{s["k.tradeOff.compare"]}</a>
        </p>
      </div>
    </section>
  );
}
