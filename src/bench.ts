// npm run bench — throughput and memory of the pipeline on a corpus replicated from fixtures/,
// and the cost of our own stages as a ratio to the bare parsers, timed in the same process.
//
//   node dist/bench.js [--per-format 300] [--scales 1,3] [--jobs <cores>] [--sample 20] [--formats txt,docx,pdf,scan]
import './model/regexp-engine.js';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import mammoth from 'mammoth';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { runBatch } from './batch/index.js';
import { extractFile } from './pipeline.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const formats = ['txt', 'docx', 'pdf'] as const;
type Format = (typeof formats)[number];

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};

interface Measure {
  documents: number;
  bytes: number;
  seconds: number;
  maxRssMb: number;
  failed: number;
}

/** Child mode: run one batch and report; a fresh process so that its peak RSS is its own. */
async function measure(dir: string, jobs: number): Promise<void> {
  const files = readdirSync(dir).map((f) => join(dir, f));
  const out = mkdtempSync(join(tmpdir(), 'pe-bench-out-'));
  const summary = await runBatch(files, { out, jobs, ocr: 'auto', timeoutMs: 600_000, incremental: false }, { failed: () => {} });
  const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
  rmSync(out, { recursive: true, force: true });
  const result: Measure = { documents: summary.processed, bytes, seconds: summary.seconds, maxRssMb: process.resourceUsage().maxRSS / 1024, failed: summary.failed };
  process.stdout.write(JSON.stringify(result));
}

function runChild(dir: string, jobs: number): Measure {
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--measure', dir, '--jobs', String(jobs)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.status !== 0) throw new Error(`benchmark child failed: ${child.stderr}`);
  return JSON.parse(child.stdout) as Measure;
}

/** Replicates fixtures/<format>/* round-robin into `count` files per format. */
function buildCorpus(dir: string, perFormat: number, which: readonly Format[]): Record<Format, string> {
  const dirs = {} as Record<Format, string>;
  for (const format of which) {
    const target = join(dir, format);
    mkdirSync(target, { recursive: true });
    const sources = readdirSync(join(root, 'fixtures', format)).map((f) => join(root, 'fixtures', format, f));
    for (let i = 0; i < perFormat; i++) {
      const source = sources[i % sources.length];
      copyFileSync(source, join(target, `${String(i).padStart(5, '0')}-${basename(source)}`));
    }
    dirs[format] = target;
  }
  return dirs;
}

/** The bare parser of each format, doing only what the format needs to yield its text. */
const bare: Record<Format, (bytes: Buffer) => Promise<unknown>> = {
  txt: async (bytes) => new TextDecoder('utf-8').decode(bytes).split('\n'),
  docx: async (bytes) => mammoth.extractRawText({ buffer: bytes }),
  pdf: async (bytes) => {
    const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
    for (let n = 1; n <= pdf.numPages; n++) await (await pdf.getPage(n)).getTextContent();
    await pdf.destroy();
  },
};

/** Pipeline time / bare-parser time on the same files, one thread, interleaved to share the noise. */
async function ratio(files: string[], format: Format, rounds: number): Promise<{ pipeline: number; bare: number }> {
  let pipeline = 0;
  let parser = 0;
  for (let r = 0; r < rounds; r++) {
    for (const file of files) {
      const bytes = readFileSync(file);
      let t = performance.now();
      await bare[format](bytes);
      parser += performance.now() - t;
      t = performance.now();
      await extractFile(file);
      pipeline += performance.now() - t;
    }
  }
  return { pipeline, bare: parser };
}

async function main(): Promise<void> {
  if (args.includes('--measure')) return measure(option('--measure', ''), Number(option('--jobs', '1')));
  const perFormat = Number(option('--per-format', '300'));
  const scales = option('--scales', '1,3').split(',').filter(Boolean).map(Number);
  const chosen = option('--formats', 'txt,docx,pdf,scan').split(',');
  const selected = formats.filter((f) => chosen.includes(f));
  const jobs = Number(option('--jobs', String(availableParallelism())));
  const sample = Number(option('--sample', '20'));
  const work = mkdtempSync(join(tmpdir(), 'pe-bench-'));
  try {
    console.log(`plan-extract benchmark: ${perFormat} documents per format, --jobs ${jobs}, ${availableParallelism()} cores, Node ${process.version}\n`);
    const corpus = buildCorpus(join(work, 'x1'), perFormat, selected);
    const tripled = buildCorpus(join(work, 'x3'), perFormat * 3, selected);
    console.log('| format | documents | MB | seconds | documents/s | MB/s | MB/s per core | MB/s per core, steady | start-up s | MB/s, one worker | peak RSS MB | pipeline / bare parser | MB/s in one thread |');
    console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
    for (const format of selected) {
      const m = runChild(corpus[format], jobs);
      // Three times the batch: the extra documents over the extra seconds is the rate once the
      // workers are warm; what the first batch took beyond that rate is the start-up it paid.
      const m3 = runChild(tripled[format], jobs);
      const steady = (m3.bytes - m.bytes) / 1048576 / (m3.seconds - m.seconds);
      const startUp = m.seconds - m.bytes / 1048576 / steady;
      // The same batch on one core: what a core does when no other worker shares the machine.
      const alone = jobs === 1 ? m : runChild(corpus[format], 1);
      const files = readdirSync(corpus[format]).slice(0, sample).map((f) => join(corpus[format], f));
      await ratio(files, format, 3); // warm up both paths
      const r = await ratio(files, format, 1);
      const mb = m.bytes / 1048576;
      const sampleMb = files.reduce((sum, f) => sum + statSync(f).size, 0) / 1048576;
      console.log(
        `| ${format} | ${m.documents} | ${mb.toFixed(1)} | ${m.seconds.toFixed(1)} | ${(m.documents / m.seconds).toFixed(1)} | ${(mb / m.seconds).toFixed(2)} | ${(mb / m.seconds / jobs).toFixed(2)} | ${(steady / jobs).toFixed(2)} | ${startUp.toFixed(1)} | ${(mb / alone.seconds).toFixed(2)} | ${m.maxRssMb.toFixed(0)} | ${(r.pipeline / r.bare).toFixed(2)} | ${(sampleMb / (r.pipeline / 1000)).toFixed(2)} |`,
      );
    }
    // Scans go through OCR: their cost is per page, so they are measured apart, on the three reference scans.
    if (chosen.includes('scan')) {
      const scanDir = join(work, 'scan');
      mkdirSync(scanDir);
      let scanPages = 0;
      for (const f of readdirSync(join(root, 'test/fixtures/scan'))) {
        copyFileSync(join(root, 'test/fixtures/scan', f), join(scanDir, f));
        scanPages += (await getDocument({ data: new Uint8Array(readFileSync(join(scanDir, f))), verbosity: 0 }).promise).numPages;
      }
      const scans = runChild(scanDir, jobs);
      console.log(`| scan (OCR) | ${scans.documents} (${scanPages} pages) | ${(scans.bytes / 1048576).toFixed(1)} | ${scans.seconds.toFixed(1)} | ${(scanPages / scans.seconds).toFixed(2)} pages/s | – | – | – | – | – | ${scans.maxRssMb.toFixed(0)} | – | – |`);
    }
    console.log('\n(pipeline / bare parser: the whole pipeline on one file over reading the same file with the bare parser — the .txt split into lines, mammoth.extractRawText, pdfjs-dist getTextContent on every page — one thread, same process; 1.0 means our stages cost nothing. MB/s per core, steady: the extra megabytes over the extra seconds of a batch three times as large, once the workers are warm; start-up s: what the first batch took beyond that rate (loading modules, cold code, the optimising compiler). MB/s, one worker: the same batch with --jobs 1. MB/s in one thread: the same pipeline runs, in the main thread after three warm-up passes over the same files, without start-up or workers)');
    if (scales.length === 0 || selected.length === 0) return;
    console.log('\nPeak RSS of one batch over every format chosen, as the corpus grows:\n');
    console.log('| corpus | documents | seconds | peak RSS MB |');
    console.log('|---|---|---|---|');
    for (const scale of scales) {
      const dir = join(work, `all-x${scale}`);
      mkdirSync(dir, { recursive: true });
      for (const format of selected) {
        const part = buildCorpus(join(work, `part-x${scale}`), perFormat * scale, [format])[format];
        for (const f of readdirSync(part)) copyFileSync(join(part, f), join(dir, `${format}-${f}`));
      }
      const m = runChild(dir, jobs);
      console.log(`| ${scale}× | ${m.documents} | ${m.seconds.toFixed(1)} | ${m.maxRssMb.toFixed(0)} |`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
