// The reference plans: committed outputs reproduced byte for byte (UPDATE=1 rewrites them for
// review), scores against the gold annotations, and invariants over every output.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, writeFileSync, existsSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { extractFile } from '../src/pipeline.js';
import { serialize } from '../src/write/json.js';
import { evaluate } from '../src/evaluate/index.js';
import { PlanDocument } from '../src/model/schema.js';
import { root } from './helpers.js';

const formats = readdirSync(join(root, 'fixtures'));
const inputs = formats.flatMap((format) => readdirSync(join(root, 'fixtures', format)).map((name) => join(root, 'fixtures', format, name)));
const scratch = mkdtempSync(join(tmpdir(), 'plan-extract-'));
const documents = new Map<string, PlanDocument>();

async function documentOf(input: string): Promise<PlanDocument> {
  let doc = documents.get(input);
  if (!doc) {
    doc = await extractFile(input);
    documents.set(input, doc);
    writeFileSync(join(scratch, `${input.split('/').pop()}.json`), serialize(doc));
  }
  return doc;
}

describe('committed outputs', () => {
  it.each(inputs.map((i) => [i.split('/').pop()!, i]))('%s is reproduced byte for byte', async (name, input) => {
    const produced = serialize(await documentOf(input));
    const committed = join(root, 'output', `${name}.json`);
    if (process.env.UPDATE) writeFileSync(committed, produced);
    expect(existsSync(committed), `${committed} is missing: run UPDATE=1 npm test and review the diff`).toBe(true);
    expect(produced).toBe(readFileSync(committed, 'utf8'));
  });
});

describe('scores on the reference plans (.txt)', async () => {
  for (const input of inputs) await documentOf(input);
  const txt = evaluate(join(root, 'test', 'gold'), inputs.filter((i) => i.endsWith('.txt')).map((i) => join(scratch, `${i.split('/').pop()}.json`)));
  const o = txt.overall;
  it('sections F1 ≥ 0.97, subsections F1 ≥ 0.93, meta ≥ 0.85', () => {
    expect(o.sectionsF1).toBeGreaterThanOrEqual(0.97);
    expect(o.subsectionsF1).toBeGreaterThanOrEqual(0.93);
    expect(o.metaAccuracy).toBeGreaterThanOrEqual(0.85);
  });
  it('targets F1 ≥ 0.92, year accuracy ≥ 0.9, comparator accuracy ≥ 0.95, subjects sharing ≥ 0.78 of the annotated words', () => {
    expect(o.targetsF1).toBeGreaterThanOrEqual(0.92);
    expect(o.targetYearAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(o.targetComparatorAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(o.targetSubjectOverlap).toBeGreaterThanOrEqual(0.78);
  });
  it('tasks F1 ≥ 0.85, lead F1 ≥ 0.9, period accuracy ≥ 0.9', () => {
    expect(o.tasksF1).toBeGreaterThanOrEqual(0.85);
    expect(o.taskLeadF1).toBeGreaterThanOrEqual(0.9);
    expect(o.taskPeriodAccuracy).toBeGreaterThanOrEqual(0.9);
  });
});

describe('.docx and .pdf give the same facts as .txt', async () => {
  for (const input of inputs) await documentOf(input);
  const outputs = (format: string) => inputs.filter((i) => i.endsWith(`.${format}`)).map((i) => join(scratch, `${i.split('/').pop()}.json`));
  const composite = (format: string) => new Map(evaluate(join(root, 'test', 'gold'), outputs(format)).documents.map((d) => [d.output.split('.')[0], d]));
  const txt = composite('txt');
  const mean = (d: ReturnType<typeof composite> extends Map<string, infer D> ? D : never) =>
    (d.sections.f1 + d.subsections.f1 + d.targets.strictF1 + d.tasks.strictF1 + d.meta.accuracy) / 5;
  it.each(['docx', 'pdf'])('each reference plan as .%s scores within 0.03 of its .txt', (format) => {
    const other = composite(format);
    expect(other.size).toBe(5);
    for (const [base, d] of other) expect(Math.abs(mean(d) - mean(txt.get(base)!)), `${base}.${format}`).toBeLessThanOrEqual(0.03);
  });
  it('the assignment table of 004 read from the PDF: table-row tasks F1 ≥ 0.9', () => {
    const pdf = evaluate(join(root, 'test', 'gold'), outputs('pdf').filter((o) => o.includes('004_')), { taskKind: 'table-row' });
    expect(pdf.documents[0].tasks.f1).toBeGreaterThanOrEqual(0.9);
    expect(pdf.documents[0].tasks.strictF1).toBeGreaterThanOrEqual(0.9);
  });
});

describe('a hard-wrapped .txt (paragraphs broken at 80 columns, tables kept)', () => {
  /** What a reader checks of a document, without positions: sections, targets, tasks. */
  const facts = (d: PlanDocument) => [
    ...d.sections.flatMap(function walk(s): string[] {
      return [`${s.id} ${s.title}`, ...s.children.flatMap(walk)];
    }),
    ...d.targets.map((t) => `${t.sectionId} ${t.text} ${t.comparator} ${t.year} ${t.subject}`),
    ...d.tasks.map((t) => `${t.kind} ${t.title} ${t.lead.map((a) => a.name)} ${t.partners.map((a) => a.name)} ${t.period.start} ${t.period.end}`),
  ];
  const wrap = (line: string) => {
    if (line.includes('\t') || line.length <= 80) return [line];
    const out: string[] = [];
    let current = '';
    for (const word of line.split(' ')) {
      if (current && current.length + 1 + word.length > 80) {
        out.push(current);
        current = word;
      } else current = current ? `${current} ${word}` : word;
    }
    return [...out, current];
  };
  it.each(inputs.filter((i) => i.endsWith('.txt')).map((i) => [i.split('/').pop()!, i]))('%s gives the facts of its original, each at its line of the wrapped file', async (name, input) => {
    const wrapped = readFileSync(input, 'utf8').split('\n').flatMap(wrap).join('\n');
    const path = join(scratch, `wrapped-${name}`);
    writeFileSync(path, wrapped);
    const doc = await extractFile(path);
    expect(doc.diagnostics.some((x) => x.message.startsWith('hard-wrapped text'))).toBe(true);
    const original = new Set(facts(await documentOf(input)));
    const same = facts(doc).filter((f) => original.has(f)).length;
    // Not all: a numbered paragraph whose wrap lands before a capital is cut there, as a heading
    // that reaches the margin must be (the text of a PDF has many).
    expect(same / original.size, name).toBeGreaterThanOrEqual(0.93);
    // Spans count the file's own lines: each target's text stands on its line (markup the
    // normaliser removes, "*", "$", "\\", aside).
    const lines = wrapped.split('\n');
    for (const t of doc.targets) expect(lines[t.span.line - 1].replace(/[*$\\]/g, ''), t.text).toContain(t.text);
  });
});

describe('invariants over every output', () => {
  it.each(inputs.map((i) => [i.split('/').pop()!, i]))('%s: valid, every fact has a rule id and a span inside the text', async (_name, input) => {
    const doc = await documentOf(input);
    expect(PlanDocument.safeParse(doc).success).toBe(true);
    const facts = [...doc.targets, ...doc.tasks];
    for (const fact of facts) {
      expect(fact.ruleId).toMatch(/^[a-z]+:/);
      expect(fact.span.offset.end).toBeGreaterThan(fact.span.offset.start);
      expect(fact.span.line).toBeGreaterThanOrEqual(1);
    }
    for (const d of doc.diagnostics) expect(d.ruleId).toMatch(/^[a-z]+:/);
    for (const agency of doc.agencies) expect(agency.mentions.length).toBeGreaterThan(0);
  });
});
