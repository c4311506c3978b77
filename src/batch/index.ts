// The batch runner: documents stream through a pool of worker threads (--jobs) and are written
// as they finish; at most `jobs` documents are in memory at once. Outputs are atomic, so an
// interrupt leaves the finished ones and no partial file.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { basename } from 'node:path';
import pLimit from 'p-limit';
import { WorkerPool } from './pool.js';
import { outputPath } from '../write/json.js';
import { loadRules, rulesHash } from '../model/rules.js';

export interface BatchOptions {
  /** Directory for `<input file name>.json`; none with --ndjson alone. */
  out?: string;
  jobs: number;
  timeoutMs: number;
  /** Skip inputs whose output records the same input sha256 and rules. */
  incremental: boolean;
  rulesDir?: string;
  ocr: 'auto' | 'always' | 'never';
  signal?: AbortSignal;
}

export interface BatchEvents {
  /** A document finished, in input order (for --ndjson). */
  document?(json: string): void;
  failed(file: string, reason: string): void;
  progress?(done: number, total: number): void;
  /** A page of a scan was read by OCR. */
  page?(file: string, page: number, pages: number): void;
}

export interface BatchSummary {
  processed: number;
  skipped: number;
  failed: number;
  interrupted: boolean;
  seconds: number;
}

export async function runBatch(files: string[], options: BatchOptions, events: BatchEvents): Promise<BatchSummary> {
  const started = performance.now();
  const rules = loadRules(options.rulesDir);
  // Workers take the tables as read here, rather than each parsing the YAML again.
  const pool = new WorkerPool(Math.max(1, Math.min(options.jobs, files.length)), { dir: options.rulesDir, rules, sha256: rulesHash(rules) });
  const limit = pLimit(Math.max(1, options.jobs));
  const summary: BatchSummary = { processed: 0, skipped: 0, failed: 0, interrupted: false, seconds: 0 };
  const claimed = new Map<string, string>();
  const ordered = new Map<number, string | null>();
  let nextToEmit = 0;
  let done = 0;

  const emitInOrder = (index: number, json: string | null) => {
    ordered.set(index, json);
    while (ordered.has(nextToEmit)) {
      const ready = ordered.get(nextToEmit);
      ordered.delete(nextToEmit);
      if (ready !== null && ready !== undefined) events.document?.(ready);
      nextToEmit++;
    }
  };
  const finish = (index: number, json: string | null) => {
    emitInOrder(index, json);
    events.progress?.(++done, files.length);
  };
  const onAbort = () => void pool.close();
  options.signal?.addEventListener('abort', onAbort);
  if (options.out) await mkdir(options.out, { recursive: true });

  await Promise.all(
    files.map((file, index) =>
      limit(async () => {
        if (options.signal?.aborted) return;
        const target = options.out ? outputPath(options.out, basename(file)) : null;
        if (target) {
          const owner = claimed.get(target);
          if (owner) {
            summary.failed++;
            events.failed(file, `output ${target} is already written for ${owner}; rename one of the inputs`);
            return finish(index, null);
          }
          claimed.set(target, file);
          if (options.incremental && !events.document && (await upToDate(file, target, rulesHash(rules)))) {
            summary.skipped++;
            return finish(index, null);
          }
        }
        // Named here, so that a worker stopped mid-write (timeout, interrupt) leaves nothing behind.
        const output = target ? { target, temporary: `${target}.${process.pid}.${index}.tmp` } : undefined;
        const job = { id: index, path: file, ocr: options.ocr, output, line: events.document !== undefined };
        const result = await pool.run(job, options.timeoutMs, (page, pages) => events.page?.(file, page, pages));
        if (!result.ok && output) await rm(output.temporary, { force: true });
        if (options.signal?.aborted) return;
        if (!result.ok) {
          summary.failed++;
          events.failed(file, result.error);
          return finish(index, null);
        }
        summary.processed++;
        finish(index, result.line ?? null);
      }),
    ),
  );
  options.signal?.removeEventListener('abort', onAbort);
  await pool.close();
  summary.interrupted = options.signal?.aborted ?? false;
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

/** The output was made from these very bytes with these very rules. */
async function upToDate(file: string, target: string, rulesSha256: string): Promise<boolean> {
  try {
    const previous = JSON.parse(await readFile(target, 'utf8')) as { source?: { sha256?: string }; generator?: { rulesSha256?: string } };
    if (previous.generator?.rulesSha256 !== rulesSha256) return false;
    const sha = createHash('sha256').update(await readFile(file)).digest('hex');
    return previous.source?.sha256 === sha;
  } catch {
    return false;
  }
}
