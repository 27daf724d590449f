/** Bounds a promise in time: the step engine's guarantee that no step waits forever. */
export class StepTimeout extends Error {
  readonly ms: number;

  constructor(ms: number) {
    super(`No answer within ${ms} ms.`);
    this.ms = ms;
    this.name = "StepTimeout";
  }
}

export function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StepTimeout(ms)), ms);
  });
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}
