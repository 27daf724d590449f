/**
 * The five hops of the run as a compact, ordered strip (browser → Google consent → callback → token
 * endpoint → smtp.gmail.com). Each hop writes its state out; the failing hop is also marked "fails
 * here" and outlined, so colour is never the only signal. Built from HTML, so it follows both themes.
 */
import { HOPS, type Hop, hopStates } from "./hops.ts";
import type { Strings } from "./strings.ts";
import type { Run } from "./types.ts";

interface Props {
  run: Run;
  s: Strings;
}

/** The callback's address without its scheme, e.g. `mycompany.odoo.com/google_gmail/confirm`. */
function callbackLabel(redirectUri: string): string {
  return redirectUri.replace(/^https?:\/\//, "");
}

export function HopDiagram({ run, s }: Props) {
  const states = hopStates(run.steps);
  const sub: Record<Hop, string> = {
    browser: s["hop.browser.sub"],
    consent: "accounts.google.com",
    callback: callbackLabel(run.redirectUri),
    token: "oauth2.googleapis.com",
    smtp: "smtp.gmail.com:587",
  };
  return (
    <ol class="lt-hops" aria-label={s["hops.label"]}>
      {HOPS.map((hop) => {
        const state = states[hop];
        return (
          <li key={hop} class={`lt-hop lt-hop--${state}`} data-hop={hop} data-state={state}>
            <span class="lt-hop-name">{s[`hop.${hop}`]}</span>
            <span class="lt-hop-sub">{sub[hop]}</span>
            <span class="lt-hop-state">
              <span class="lt-icon" aria-hidden="true" />
              {s[`step.${state}`]}
              {state === "failed" && <strong class="lt-hop-here"> · {s["hop.failsHere"]}</strong>}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
