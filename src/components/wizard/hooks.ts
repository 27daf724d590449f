/**
 * The wizard store's state for a setup-check island, read after hydration (so the server-rendered
 * HTML and the first client render agree) and updated on every change, from this page or another tab.
 */
import { useEffect, useState } from "preact/hooks";
import { EMPTY_STATE, type WizardState, wizardStore } from "../shared/store.ts";

export interface Wizard {
  state: WizardState;
  /** False until the island has hydrated and read the store. */
  ready: boolean;
}

export function useWizard(): Wizard {
  const [wizard, setWizard] = useState<Wizard>({ state: EMPTY_STATE, ready: false });
  useEffect(() => {
    const store = wizardStore();
    setWizard({ state: store.read(), ready: true });
    return store.subscribe((state) => setWizard({ state, ready: true }));
  }, []);
  return wizard;
}
