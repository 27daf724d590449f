/**
 * Follows a run as its steps change: Server-Sent Events from GET /api/live/{id}/events, and polling of
 * GET /api/live/{id} when the stream is unavailable or breaks. Watching stops once the run is over and
 * no step is still running; `refresh()` reads the run again (after a paste or a test email) and resumes
 * watching if it is moving again. Transient failures (network, 5xx) are retried; others are reported.
 */
import type { Lang } from "../../core/lang.ts";
import { eventsUrl, type Failure, fetchRun, type Outcome } from "./api.ts";
import { isFinal, isRun, type Run } from "./types.ts";

export interface EventStream {
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void;
  close(): void;
}

export interface WatchOptions {
  id: string;
  lang: Lang;
  onRun: (run: Run) => void;
  onFailure: (failure: Failure) => void;
  /** Opens the event stream; `undefined` (no EventSource in this browser) means polling only. */
  openStream?: ((url: string) => EventStream) | undefined;
  read?: (id: string, lang: Lang) => Promise<Outcome<{ run: Run }>>;
  pollMs?: number;
}

export interface Watch {
  refresh(): void;
  stop(): void;
}

export const POLL_MS = 1_000;

/** Whether anything can still change without the admin doing something. */
export function moving(run: Run): boolean {
  return !isFinal(run.status) || run.steps.some((step) => step.status === "running");
}

const transient = (failure: Failure) => failure.status === 0 || failure.status >= 500;

export function watchRun(options: WatchOptions): Watch {
  const { id, lang, onRun, onFailure, openStream } = options;
  const read = options.read ?? fetchRun;
  const pollMs = options.pollMs ?? POLL_MS;
  let stream: EventStream | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let reading = false;
  let readAgain = false;

  const closeStream = () => {
    stream?.close();
    stream = undefined;
  };
  const cancelPoll = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };

  async function poll(): Promise<void> {
    timer = undefined;
    if (stopped) return;
    if (reading) {
      readAgain = true;
      return;
    }
    reading = true;
    const outcome = await read(id, lang);
    reading = false;
    if (stopped) return;
    if (readAgain) {
      // A refresh came in while this answer was on its way: it may already be stale.
      readAgain = false;
      void poll();
      return;
    }
    if (outcome.ok) {
      onRun(outcome.run);
      if (moving(outcome.run) && !stream) timer = setTimeout(poll, pollMs);
    } else if (transient(outcome)) {
      timer = setTimeout(poll, pollMs * 2);
    } else {
      closeStream();
      onFailure(outcome);
    }
  }

  function listen(): void {
    if (!openStream) {
      void poll();
      return;
    }
    const opened = openStream(eventsUrl(id));
    stream = opened;
    const onMessage = (event: MessageEvent<string>) => {
      let run: unknown;
      try {
        run = JSON.parse(event.data);
      } catch {
        return;
      }
      if (stopped || stream !== opened || !isRun(run)) return;
      onRun(run);
      if (!moving(run)) closeStream();
    };
    opened.addEventListener("message", onMessage);
    opened.addEventListener("run", onMessage);
    opened.addEventListener("error", () => {
      if (stream !== opened) return;
      // A broken or refused stream: fall back to polling, which also reports a 404 or 410.
      closeStream();
      cancelPoll();
      void poll();
    });
  }

  listen();
  return {
    refresh() {
      if (stopped) return;
      cancelPoll();
      if (stream) return;
      void poll();
    },
    stop() {
      stopped = true;
      closeStream();
      cancelPoll();
    },
  };
}
