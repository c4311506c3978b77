#!/usr/bin/env node
// The command line: argument parsing, file discovery, messages and exit codes. The work is
// done by the library (pipeline.ts); one bad input never stops the others. Each command loads
// the modules it needs when it runs, so that `extract` starts its workers without waiting for
// the extractors, compare's TF-IDF or SQLite to load in the main thread.
import { Command, InvalidArgumentError, Option } from 'commander';
import { availableParallelism } from 'node:os';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, matchesGlob, resolve } from 'node:path';
import type { PlanDocument } from './model/schema.js';
import { writeAtomic } from './write/json.js';
import { loadRules } from './model/rules.js';
import { runBatch } from './batch/index.js';
import { progressBar } from './batch/progress.js';
import { isSupported } from './load/index.js';
import { VERSION } from './version.js';

const program = new Command();
program
  .name('plan-extract')
  .description('Turn Vietnamese administrative plans (Kế hoạch, Chương trình, Đề án) into normalised JSON: sections, targets, tasks, agencies.')
  .version(VERSION)
  .showHelpAfterError();

program
  .command('extract')
  .description('extract every input (.txt, .docx, .pdf) into <out>/<input file name>.json')
  .argument('<inputs...>', 'files, directories (searched recursively), glob patterns such as "plans/**/*.docx", or - to read a list of paths from stdin')
  .option('-o, --out <dir>', 'directory for the JSON outputs (created if missing); required unless --ndjson')
  .option('--ndjson', 'write one document per line to stdout (in input order), for piping into other tools')
  .option('-j, --jobs <n>', 'documents processed in parallel, each in a worker thread', parsePositive, availableParallelism())
  .option('--timeout <seconds>', 'time limit per document; a document that exceeds it fails alone', parsePositive, 300)
  .addOption(new Option('--ocr <mode>', 'read PDF pages without a text layer with Vietnamese OCR: auto (those pages), always (every page), never (refuse scans)').choices(['auto', 'always', 'never']).default('auto'))
  .option('--incremental', 'skip inputs whose output was made from the same bytes with the same rules')
  .option('-r, --rules <dir>', 'use the rule tables in <dir> instead of the built-in rules/')
  .option('-q, --quiet', 'print nothing but errors (no progress bar, no summary)')
  .addHelpText(
    'after',
    `
Exit status: 0 when every input was processed; 1 when any failed (after all the others);
2 for a usage error; 130 when interrupted (finished outputs are kept, no partial file is left).
Each failed input gets one line on stderr: "<file>: <reason>". On a terminal a progress bar
shows files done/total, rate and ETA (not when stderr is not a terminal, in CI, or with --quiet).

Examples:
  $ plan-extract extract fixtures --out output
  $ plan-extract extract "plans/**/*.pdf" plan.docx --out json/ --jobs 4 --incremental
  $ find plans -name '*.docx' | plan-extract extract - --ndjson > plans.ndjson`,
  )
  .action(async (inputs: string[], options: ExtractCommandOptions) => {
    if (!options.out && !options.ndjson) program.error('error: --out <dir> is required (or --ndjson)', { exitCode: 2 });
    const rulesDir = options.rules && resolve(options.rules);
    loadRules(rulesDir); // invalid tables stop the command here, before any input is read
    const { files, missing } = await expandInputs(inputs.includes('-') ? [...inputs.filter((i) => i !== '-'), ...(await readStdinList())] : inputs);
    for (const m of missing) console.error(`${m}: no such file, directory or matching file`);

    const showProgress = !options.quiet && process.stderr.isTTY === true && !process.env.CI;
    const progress = progressBar(process.stderr, showProgress);
    const interrupt = new AbortController();
    const onSigint = () => interrupt.abort();
    process.once('SIGINT', onSigint);
    const summary = await runBatch(
      files,
      { out: options.out, ocr: options.ocr, jobs: options.jobs, timeoutMs: options.timeout * 1000, incremental: options.incremental ?? false, rulesDir, signal: interrupt.signal },
      {
        document: options.ndjson ? (json) => process.stdout.write(`${json}\n`) : undefined,
        failed: (file, reason) => {
          progress.clear();
          console.error(`${file}: ${reason}`);
        },
        progress: (done, total) => progress.update(done, total),
        page: (file, page, pages) => progress.page(file, page, pages),
      },
    );
    process.off('SIGINT', onSigint);
    progress.clear();
    const failed = summary.failed + missing.length;
    if (!options.quiet) {
      const rate = summary.processed / Math.max(summary.seconds, 0.001);
      console.error(
        `plan-extract: ${summary.processed} processed, ${summary.skipped} skipped, ${failed} failed, ${summary.seconds.toFixed(1)} s, ${rate.toFixed(1)} documents/s${summary.interrupted ? ' (interrupted)' : ''}`,
      );
    }
    // Exit explicitly once stdout is flushed: a read that never returned (a pipe nobody writes)
    // would otherwise keep the process alive after its worker was terminated.
    const code = summary.interrupted ? 130 : failed > 0 ? 1 : 0;
    process.stdout.write('', () => process.exit(code));
  });

interface ExtractCommandOptions {
  out?: string;
  ocr: 'auto' | 'always' | 'never';
  ndjson?: boolean;
  jobs: number;
  timeout: number;
  incremental?: boolean;
  rules?: string;
  quiet?: boolean;
}

function parsePositive(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a positive number');
  return n;
}

async function readStdinList(): Promise<string[]> {
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  return text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
}

program
  .command('schema')
  .description('print the JSON Schema of the output (generated from the zod schema of the contract)')
  .action(async () => {
    const { planDocumentJsonSchema } = await import('./model/schema.js');
    console.log(JSON.stringify(planDocumentJsonSchema(), null, 2));
  });

program
  .command('evaluate')
  .description('score outputs against hand annotations (*.gold.json, see test/gold/FORMAT.md)')
  .requiredOption('-g, --gold <dir>', 'directory of <source file name>.gold.json annotations')
  .argument('<outputs...>', 'output JSON files or directories of them')
  .option('--json', 'print the full scores as JSON')
  .option('--task-kind <kind>', 'score only tasks of this kind (block, assignment, table-row)')
  .action(async (outputs: string[], options: { gold: string; json?: boolean; taskKind?: string }) => {
    const { files } = await expandInputs(outputs, (p) => p.endsWith('.json'));
    const { evaluate } = await import('./evaluate/index.js');
    const result = evaluate(options.gold, files, { taskKind: options.taskKind });
    if (options.json) {
      console.log(JSON.stringify(result, null, 2));
      return;
    }
    const pct = (x: number | null | undefined) => (x === null || x === undefined ? '    -' : (100 * x).toFixed(1).padStart(5));
    console.log(`${'output'.padEnd(40)} sect   sub  targ targ*  subj  task task*  lead start   end  meta`);
    for (const d of result.documents) {
      console.log(
        `${d.output.slice(0, 40).padEnd(40)} ${[d.sections.f1, d.subsections.f1, d.targets.f1, d.targets.strictF1, d.targets.subjectOverlap, d.tasks.f1, d.tasks.strictF1, d.tasks.leadF1, d.tasks.startAccuracy, d.tasks.endAccuracy, d.meta.accuracy].map(pct).join(' ')}`,
      );
    }
    const o = result.overall;
    console.log(`composite ${pct(o.composite)} = mean(sections ${pct(o.sectionsF1)}, subsections ${pct(o.subsectionsF1)}, targets* ${pct(o.targetsStrictF1)}, tasks* ${pct(o.tasksStrictF1)}, meta ${pct(o.metaAccuracy)})`);
    console.log(`target subjects: ${pct(o.targetSubjectOverlap)} (words shared with the annotated subject; not in the composite)`);
    if (result.unmatched.length) console.log(`no annotation for: ${result.unmatched.join(', ')}`);
  });

/**
 * Documents from outputs (.json) or from plans (.txt, .docx, .pdf, extracted on the way), in a
 * stable order; a file that is neither fails with one line.
 */
async function readDocuments(paths: string[], rulesDir?: string): Promise<{ documents: PlanDocument[]; failed: number }> {
  const { files, missing } = await expandInputs(paths, (p) => p.endsWith('.json') || isSupported(p));
  for (const m of missing) console.error(`${m}: no such file, directory or matching file`);
  const { PlanDocument } = await import('./model/schema.js');
  const { extractFile } = await import('./pipeline.js');
  const documents: PlanDocument[] = [];
  let failed = missing.length;
  for (const file of files) {
    try {
      if (file.endsWith('.json')) {
        const parsed = PlanDocument.safeParse(JSON.parse(await readFile(file, 'utf8')));
        if (!parsed.success) throw new Error(`not a plan-extract output (${parsed.error.issues[0].path.join('.')}: ${parsed.error.issues[0].message})`);
        documents.push(parsed.data);
      } else documents.push(await extractFile(file, { rulesDir }));
    } catch (error) {
      failed++;
      console.error(`${file}: ${oneLine(error)}`);
    }
  }
  return { documents, failed };
}

program
  .command('compare')
  .description('line up the targets of many plans by indicator, as CSV (for Excel) or a self-contained HTML page')
  .argument('<inputs...>', 'outputs (.json) or plans (.txt, .docx, .pdf), files, directories or globs')
  .requiredOption('-o, --out <file>', 'the comparison: <file>.csv (UTF-8 with BOM) or <file>.html')
  .option('-r, --rules <dir>', 'use the rule tables (and indicators.yaml) in <dir>')
  .action(async (inputs: string[], options: { out: string; rules?: string }) => {
    const rulesDir = options.rules && resolve(options.rules);
    const kind = options.out.toLowerCase().endsWith('.html') ? 'html' : options.out.toLowerCase().endsWith('.csv') ? 'csv' : null;
    if (!kind) program.error('error: --out must end in .csv or .html', { exitCode: 2 });
    const { documents, failed } = await readDocuments(inputs, rulesDir);
    const { compareTargets, comparisonCsv, comparisonHtml } = await import('./write/compare.js');
    const comparison = compareTargets(documents, loadRules(rulesDir));
    await writeAtomic(options.out, kind === 'html' ? comparisonHtml(comparison) : comparisonCsv(comparison));
    console.error(`plan-extract: ${comparison.rows.length} indicators across ${documents.length} plans → ${options.out}${failed ? `, ${failed} failed` : ''}`);
    process.exitCode = failed ? 1 : 0;
  });

program
  .command('export')
  .description('load plans into a SQLite database a tracking system can query')
  .argument('<inputs...>', 'outputs (.json) or plans (.txt, .docx, .pdf), files, directories or globs')
  .requiredOption('--sqlite <db>', 'the database file (created if missing)')
  .option('-r, --rules <dir>', 'use the rule tables in <dir> for plans extracted on the way')
  .addHelpText('after', '\nLoading a document twice changes nothing (documents are keyed by sha256); a new version of a file\n(same name, other bytes) replaces its rows in one transaction.')
  .action(async (inputs: string[], options: { sqlite: string; rules?: string }) => {
    const { documents, failed } = await readDocuments(inputs, options.rules && resolve(options.rules));
    const { exportSqlite } = await import('./write/sqlite.js');
    const summary = await exportSqlite(options.sqlite, documents);
    console.error(`plan-extract: ${summary.added} added, ${summary.replaced} replaced, ${summary.unchanged} unchanged → ${options.sqlite}${failed ? `, ${failed} failed` : ''}`);
    process.exitCode = failed ? 1 : 0;
  });

/** Files, directories (recursive) and glob patterns → the supported files, sorted for a stable order. */
async function expandInputs(inputs: string[], accept: (path: string) => boolean = isSupported) {
  const files = new Set<string>();
  const missing: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    // A path named explicitly is read whatever it is (a file, a pipe); the loader judges it.
    if (info && !info.isDirectory()) files.add(input);
    else if (info?.isDirectory()) for (const f of await walk(input)) accept(f) && files.add(f);
    else if (/[*?[{]/.test(input)) {
      const root = globRoot(input);
      const found = (await walk(root)).filter((f) => matchesGlob(f, input) && accept(f));
      if (found.length === 0) missing.push(input);
      found.forEach((f) => files.add(f));
    } else missing.push(input);
  }
  return { files: [...files].sort(), missing };
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const out: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path)));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

function globRoot(pattern: string): string {
  const parts = pattern.split('/');
  const fixed = parts.slice(0, parts.findIndex((p) => /[*?[{]/.test(p)));
  return fixed.length ? fixed.join('/') : '.';
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0].trim() || 'unknown error';
}

program.parseAsync().catch((error) => {
  console.error(`plan-extract: ${oneLine(error)}`);
  process.exitCode = 2;
});


