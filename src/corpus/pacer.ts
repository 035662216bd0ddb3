/**
 * A polite pace: a request to a host starts at least `delayMs` after the previous request to that
 * host ended (requests are made one at a time).
 */

export class HostPacer {
  private ended = new Map<string, number>();

  constructor(private readonly delayMs: number) {}

  /** Resolves when a request to the host may start (false when the signal aborted the wait). */
  async wait(host: string, signal?: AbortSignal): Promise<boolean> {
    const last = this.ended.get(host);
    const wait = last === undefined ? 0 : last + this.delayMs - Date.now();
    if (wait <= 0) return !signal?.aborted;
    return sleep(wait, signal);
  }

  /** Records the end of a request to the host. */
  done(host: string): void {
    this.ended.set(host, Date.now());
  }
}

/** Sleeps, or resolves false as soon as the signal aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<boolean> {
  if (signal?.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const done = (ok: boolean) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      resolve(ok);
    };
    const onAbort = () => done(false);
    const timer = setTimeout(() => done(true), ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
