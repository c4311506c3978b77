// A worker thread: extracts one document at a time for the batch runner, so that CPU-bound
// parsing (PDF, DOCX, the extractors) runs on every core and a hung parser can be terminated.
// It writes its own output: the document never crosses to the main thread unless asked for.
import '../model/regexp-engine.js';
import { parentPort, workerData } from 'node:worker_threads';
import { extractFile } from '../pipeline.js';
import { serialize, writeAtomicSync } from '../write/json.js';
import { InputError } from '../model/errors.js';
import { adoptRules, type RuleSet } from '../model/rules.js';

/** The rule tables, read once by the main thread. */
export interface WorkerSetup {
  dir?: string;
  rules: RuleSet;
  sha256: string;
}

const setup = workerData as WorkerSetup;
adoptRules(setup);

export interface Job {
  id: number;
  path: string;
  ocr: 'auto' | 'always' | 'never';
  /** Write the document here, through `temporary` (renamed once complete). */
  output?: { target: string; temporary: string };
  /** Send the document back as one line of JSON (for --ndjson). */
  line: boolean;
}

export type JobResult = { id: number; ok: true; line?: string } | { id: number; ok: false; error: string; badInput: boolean };

/** Sent while a long scan is read, page by page. */
export interface PageProgress {
  id: number;
  page: number;
  pages: number;
}

parentPort?.on('message', async (job: Job) => {
  let result: JobResult;
  try {
    const onPage = (page: number, pages: number) => parentPort!.postMessage({ id: job.id, page, pages } satisfies PageProgress);
    const document = await extractFile(job.path, { rulesDir: setup.dir, ocr: job.ocr, onPage });
    if (job.output) writeAtomicSync(job.output.target, serialize(document), job.output.temporary);
    result = { id: job.id, ok: true, ...(job.line ? { line: JSON.stringify(document) } : {}) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    result = { id: job.id, ok: false, error: message.split('\n')[0].trim() || 'unknown error', badInput: error instanceof InputError };
  }
  parentPort!.postMessage(result);
});
