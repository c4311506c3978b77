#!/usr/bin/env node
// The command line: argument parsing, file discovery, messages and exit codes. The work is
// done by the library (pipeline.ts); one bad input never stops the others.
import { Command, Option } from 'commander';
import { readdir, stat } from 'node:fs/promises';
import { basename, join, matchesGlob, resolve } from 'node:path';
import { extractFile } from './pipeline.js';
import { planDocumentJsonSchema } from './model/schema.js';
import { loadRules } from './model/rules.js';
import { isSupported } from './load/index.js';
import { outputPath, serialize, writeAtomic } from './write/json.js';
import { evaluate } from './evaluate/index.js';

const program = new Command();
program
  .name('plan-extract')
  .description('Turn Vietnamese administrative plans (Kế hoạch, Chương trình, Đề án) into normalised JSON: sections, targets, tasks, agencies.')
  .version('0.1.0')
  .showHelpAfterError();

program
  .command('extract')
  .description('extract every input (.txt, .docx, .pdf) into <out>/<input file name>.json')
  .argument('<inputs...>', 'files, directories (searched recursively) or glob patterns such as "plans/**/*.docx"')
  .requiredOption('-o, --out <dir>', 'directory for the JSON outputs (created if missing)')
  .option('-r, --rules <dir>', 'use the rule tables in <dir> instead of the built-in rules/')
  .addOption(new Option('-q, --quiet', 'print nothing but errors'))
  .addHelpText(
    'after',
    `
Exit status: 0 when every input was processed; 1 when any failed (after all the others);
2 for a usage error. Each failed input gets one line on stderr: "<file>: <reason>".

Examples:
  $ plan-extract extract fixtures --out output
  $ plan-extract extract "plans/**/*.pdf" plan.docx --out json/`,
  )
  .action(async (inputs: string[], options: { out: string; rules?: string; quiet?: boolean }) => {
    if (options.rules) loadRules(resolve(options.rules));
    const { files, missing } = await expandInputs(inputs);
    let failed = missing.length;
    for (const m of missing) console.error(`${m}: no such file, directory or matching file`);
    const claimed = new Map<string, string>();
    let done = 0;
    for (const file of files) {
      const target = outputPath(options.out, basename(file));
      const owner = claimed.get(target);
      if (owner) {
        console.error(`${file}: output ${target} is already written for ${owner}; rename one of the inputs`);
        failed++;
        continue;
      }
      claimed.set(target, file);
      try {
        const document = await extractFile(file, { rulesDir: options.rules && resolve(options.rules) });
        await writeAtomic(target, serialize(document));
        done++;
      } catch (error) {
        failed++;
        console.error(`${file}: ${oneLine(error)}`);
      }
    }
    if (!options.quiet) console.error(`plan-extract: ${done} processed, ${failed} failed → ${options.out}`);
    process.exitCode = failed > 0 ? 1 : 0;
  });

program
  .command('schema')
  .description('print the JSON Schema of the output (generated from the zod schema of the contract)')
  .action(() => {
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
    const result = evaluate(options.gold, files, { taskKind: options.taskKind });
    if (options.json) {
      console.log(JSON.stringify(result, null, 2));
      return;
    }
    const pct = (x: number | null | undefined) => (x === null || x === undefined ? '    -' : (100 * x).toFixed(1).padStart(5));
    console.log(`${'output'.padEnd(40)} sect   sub  targ targ*  task task*  lead start   end  meta`);
    for (const d of result.documents) {
      console.log(
        `${d.output.slice(0, 40).padEnd(40)} ${[d.sections.f1, d.subsections.f1, d.targets.f1, d.targets.strictF1, d.tasks.f1, d.tasks.strictF1, d.tasks.leadF1, d.tasks.startAccuracy, d.tasks.endAccuracy, d.meta.accuracy].map(pct).join(' ')}`,
      );
    }
    const o = result.overall;
    console.log(`composite ${pct(o.composite)} = mean(sections ${pct(o.sectionsF1)}, subsections ${pct(o.subsectionsF1)}, targets* ${pct(o.targetsStrictF1)}, tasks* ${pct(o.tasksStrictF1)}, meta ${pct(o.metaAccuracy)})`);
    if (result.unmatched.length) console.log(`no annotation for: ${result.unmatched.join(', ')}`);
  });

/** Files, directories (recursive) and glob patterns → the supported files, sorted for a stable order. */
async function expandInputs(inputs: string[], accept: (path: string) => boolean = isSupported) {
  const files = new Set<string>();
  const missing: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (info?.isFile()) files.add(input);
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


