/** A polite pace: at most one request per host every `delayMs`, waiting without blocking others. */

export class HostPacer {
  private next = new Map<string, number>();

  constructor(private readonly delayMs: number) {}

  /** Resolves when a request to the host may start (false when the signal aborted the wait). */
  async wait(host: string, signal?: AbortSignal): Promise<boolean> {
    const now = Date.now();
    const at = this.next.get(host) ?? 0;
    this.next.set(host, Math.max(now, at) + this.delayMs);
    if (at <= now) return !signal?.aborted;
    return sleep(at - now, signal);
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
