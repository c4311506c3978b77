// A fixed pool of worker threads. Each job gets a time limit; a worker that exceeds it is
// terminated and replaced, so one hanging document fails alone.
import { Worker } from 'node:worker_threads';
import type { Job, JobResult, PageProgress, WorkerSetup } from './worker.js';

const workerUrl = new URL('./worker.js', import.meta.url);

interface Slot {
  worker: Worker;
  busy: boolean;
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: ((slot: Slot) => void)[] = [];
  private closed = false;

  constructor(size: number, private readonly setup: WorkerSetup) {
    for (let i = 0; i < size; i++) this.slots.push({ worker: this.spawn(), busy: false });
  }

  async run(job: Job, timeoutMs: number, onPage?: (page: number, pages: number) => void): Promise<JobResult> {
    const slot = await this.acquire();
    try {
      return await new Promise<JobResult>((resolve) => {
        const timer = setTimeout(() => {
          cleanup();
          // A parser that does not return: replace the worker, fail this document alone.
          void worker.terminate();
          slot.worker = this.spawn();
          resolve({ id: job.id, ok: false, error: `timed out after ${Math.round(timeoutMs / 1000)} s`, badInput: true });
        }, timeoutMs);
        const onMessage = (result: JobResult | PageProgress) => {
          if (result.id !== job.id) return;
          if ('page' in result) return onPage?.(result.page, result.pages);
          cleanup();
          resolve(result);
        };
        const onError = (error: Error) => {
          cleanup();
          slot.worker = this.spawn();
          resolve({ id: job.id, ok: false, error: `worker failed: ${error.message.split('\n')[0]}`, badInput: false });
        };
        const onExit = () => {
          cleanup();
          resolve({ id: job.id, ok: false, error: 'interrupted', badInput: false });
        };
        const worker = slot.worker;
        const cleanup = () => {
          clearTimeout(timer);
          worker.off('message', onMessage);
          worker.off('error', onError);
          worker.off('exit', onExit);
        };
        worker.on('message', onMessage);
        worker.on('error', onError);
        worker.on('exit', onExit);
        worker.postMessage(job);
      });
    } finally {
      this.release(slot);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private acquire(): Promise<Slot> {
    const free = this.slots.find((s) => !s.busy);
    if (free) {
      free.busy = true;
      return Promise.resolve(free);
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(slot: Slot): void {
    const next = this.waiting.shift();
    if (next && !this.closed) next(slot);
    else slot.busy = false;
  }

  /**
   * Each worker holds one document at a time; a bounded heap keeps the batch's memory flat
   * (a document that needs more fails alone with a clear reason instead of swapping the machine).
   */
  private spawn(): Worker {
    return new Worker(workerUrl, { workerData: this.setup, resourceLimits: { maxOldGenerationSizeMb: 256 } });
  }
}
