/**
 * One comparison worker with a time limit: requests wait their turn, the event loop stays free for
 * other requests, and a comparison that runs past the limit is stopped (the worker is replaced).
 */
import { Worker } from 'node:worker_threads';
import type { Comparison, Profile } from '../types.js';
import { HttpError } from './fetch.js';

interface Pending {
  id: number;
  base: string;
  revised: string;
  profile: Profile;
  resolve: (c: Comparison) => void;
  reject: (e: Error) => void;
}

export class ComparePool {
  private worker: Worker | undefined;
  private queue: Pending[] = [];
  private current: Pending | undefined;
  private timer: NodeJS.Timeout | undefined;
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly timeoutMs: number,
    private readonly workerUrl: URL = new URL('./worker.js', import.meta.url),
  ) {}

  compare(base: string, revised: string, profile: Profile): Promise<Comparison> {
    if (this.closed) return Promise.reject(new HttpError(503, 'the server is shutting down'));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, base, revised, profile, resolve, reject });
      this.pump();
    });
  }

  close(): void {
    this.closed = true;
    for (const p of this.queue) p.reject(new HttpError(503, 'the server is shutting down'));
    this.queue = [];
    this.stop();
  }

  private spawn(): Worker {
    const w = new Worker(this.workerUrl);
    w.unref();
    w.on('message', (m: { id: number; result?: Comparison; error?: string; stack?: string }) => {
      const p = this.current;
      if (!p || p.id !== m.id) return;
      this.finish();
      if (m.error !== undefined) p.reject(Object.assign(new Error(m.error), m.stack ? { stack: m.stack } : {}));
      else p.resolve(m.result!);
    });
    // the worker died (an uncaught error, out of memory) or exited: the job in hand fails, and the
    // next job gets a new worker
    const died = (e: Error) => {
      if (this.worker !== w) return;
      const p = this.current;
      this.stop();
      if (p) {
        this.finish();
        p.reject(e);
      }
    };
    w.on('error', died);
    w.on('exit', (code) => died(new Error(`the comparison worker stopped (exit code ${code})`)));
    return w;
  }

  private pump(): void {
    if (this.current || this.closed) return;
    const p = this.queue.shift();
    if (!p) return;
    this.current = p;
    this.worker ??= this.spawn();
    this.timer = setTimeout(() => {
      // too long: stop the worker (a new one serves the next request)
      this.stop();
      this.finish();
      p.reject(new HttpError(503, `the comparison took longer than ${Math.round(this.timeoutMs / 1000)} s and was stopped; try shorter texts`));
    }, this.timeoutMs);
    this.timer.unref();
    this.worker.postMessage({ id: p.id, base: p.base, revised: p.revised, profile: p.profile });
  }

  private finish(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.current = undefined;
    queueMicrotask(() => this.pump());
  }

  private stop(): void {
    const w = this.worker;
    this.worker = undefined;
    if (w) void w.terminate();
  }
}
