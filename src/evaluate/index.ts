// evaluate: scores outputs against hand annotations in the gold format (test/gold/FORMAT.md),
// so users can annotate a few of their own plans and see how well the rules do on them.
// A target counts only with its comparator and deadline year right; a task only with its
// lead bodies and both ends of its period right.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';

const Gold = z.object({
  file: z.string().optional(),
  meta: z.object({
    docType: z.string().nullable().optional(),
    number: z.string().nullable().optional(),
    place: z.string().nullable().optional(),
    issuedDate: z.string().nullable().optional(),
    title: z.string().nullable().optional(),
  }),
  sections: z.array(z.object({ label: z.string(), title: z.string(), line: z.number() })).default([]),
  subsections: z.array(z.object({ path: z.string(), title: z.string(), line: z.number() })).default([]),
  percentages: z
    .array(z.object({ line: z.number(), text: z.string(), min: z.number(), max: z.number(), comparator: z.string(), isTarget: z.boolean(), year: z.number().nullable(), subject: z.string() }))
    .default([]),
  tasks: z
    .array(
      z.object({
        line: z.number(),
        kind: z.string(),
        title: z.string(),
        lead: z.array(z.string()),
        partners: z.array(z.string()).default([]),
        start: z.string().nullable(),
        end: z.string().nullable(),
      }),
    )
    .default([]),
});
type Gold = z.infer<typeof Gold>;

interface Output {
  meta?: Record<string, string | null>;
  sections?: OutSection[];
  targets?: { value?: { min: number; max: number }; comparator?: string; year?: number | null; subject?: string; quote?: string; span?: { line?: number } }[];
  tasks?: { kind?: string; title?: string; lead?: { name: string }[]; period?: { start: string | null; end: string | null }; span?: { line?: number } }[];
}
interface OutSection {
  label: string;
  kind?: string;
  title: string;
  span?: { line?: number };
  children?: OutSection[];
}

export interface Score {
  f1: number;
  precision: number;
  recall: number;
}

export interface DocumentScore {
  output: string;
  format: string;
  sections: Score;
  subsections: Score;
  targets: Score & { strictF1: number; comparatorAccuracy: number | null; yearAccuracy: number | null; subjectOverlap: number | null; missed: string[] };
  tasks: Score & { strictF1: number; leadF1: number | null; startAccuracy: number | null; endAccuracy: number | null };
  meta: { accuracy: number; wrong: string[] };
}

export interface Evaluation {
  documents: DocumentScore[];
  overall: Record<string, number | null> & { composite: number };
  unmatched: string[];
}

// ---------- text comparison ----------
const EXPANSIONS: [RegExp, string][] = [
  [/\bgd\s*&\s*đt\b|\bgdđt\b|\bgd-đt\b|\bgd và đt\b/g, 'giáo dục và đào tạo'],
  [/\bubnd\b/g, 'ủy ban nhân dân'],
  [/\bhđnd\b/g, 'hội đồng nhân dân'],
  [/\bubmttq\b/g, 'ủy ban mặt trận tổ quốc việt nam'],
  [/\bmttq\b/g, 'mặt trận tổ quốc việt nam'],
  [/\btc\s*-\s*kh\b/g, 'tài chính - kế hoạch'],
  [/\bgdnn\s*-\s*gdtx\b/g, 'giáo dục nghề nghiệp - giáo dục thường xuyên'],
  [/\blđ\s*-\s*tb\s*(&|và)\s*xh\b/g, 'lao động - thương binh và xã hội'],
  [/\bthcs\b/g, 'trung học cơ sở'],
  [/\bthpt\b/g, 'trung học phổ thông'],
  [/\bqu\b/g, 'quận ủy'],
  [/\bbch\b/g, 'ban chấp hành'],
];

/** Comparable form: NFC, lower case, abbreviations written out, punctuation dropped. */
export function comparable(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = String(value).normalize('NFC').toLowerCase().replace(/uỷ/g, 'ủy').replace(/[*_`[\]"“”'‘’]/g, ' ');
  for (const [re, full] of EXPANSIONS) text = text.replace(re, full);
  return text
    .replace(/\s*&\s*/g, ' và ')
    .replace(/\s*[-–—]\s*/g, ' - ')
    .replace(/[.,;:()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function words(value: unknown): string[] {
  return comparable(value)
    .split(' ')
    .filter((w) => w && w !== '-');
}

/** Dice coefficient over word multisets. */
export function wordDice(a: unknown, b: unknown): number {
  const x = words(a);
  const y = words(b);
  if (x.length === 0 && y.length === 0) return 1;
  if (x.length === 0 || y.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const w of x) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of y) {
    const c = counts.get(w) ?? 0;
    if (c > 0) {
      shared++;
      counts.set(w, c - 1);
    }
  }
  return (2 * shared) / (x.length + y.length);
}

/** Title similarity that forgives one title being cut short of the other. */
export function titleSimilarity(a: unknown, b: unknown): number {
  const x = comparable(a);
  const y = comparable(b);
  if (!x || !y) return x === y ? 1 : 0;
  if (x === y) return 1;
  if (x.startsWith(y) || y.startsWith(x)) return Math.min(x.length, y.length) >= 12 ? 0.95 : 0.7;
  return wordDice(a, b);
}

function score(matched: number, predicted: number, gold: number): Score {
  const precision = predicted ? matched / predicted : gold ? 0 : 1;
  const recall = gold ? matched / gold : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** F1 of two sets of agency names, names matching when equal or nearly so. */
function nameSetF1(gold: string[], predicted: string[]): number {
  const g = [...new Set(gold.map(comparable))];
  const p = [...new Set(predicted.map(comparable))];
  if (g.length === 0 && p.length === 0) return 1;
  const taken = new Set<number>();
  let matched = 0;
  for (const name of g) {
    const k = p.findIndex((candidate, i) => !taken.has(i) && (candidate === name || wordDice(name, candidate) >= 0.85));
    if (k >= 0) {
      taken.add(k);
      matched++;
    }
  }
  return score(matched, p.length, g.length).f1;
}

const average = (values: (number | null)[]): number | null => {
  const present = values.filter((v): v is number => v !== null);
  return present.length ? present.reduce((a, b) => a + b, 0) / present.length : null;
};
const same = (a: unknown, b: unknown) => typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) < 1e-6;

// ---------- one document ----------
export interface EvaluateOptions {
  /** Score only the tasks of this kind ("table-row", …), in gold and output alike. */
  taskKind?: string;
}

export function scoreDocument(gold: Gold, out: Output, output: string, format: string, options: EvaluateOptions = {}): DocumentScore {
  if (options.taskKind) {
    gold = { ...gold, tasks: gold.tasks.filter((t) => t.kind === options.taskKind) };
    out = { ...out, tasks: (out.tasks ?? []).filter((t) => t.kind === options.taskKind) };
  }
  const useLines = format === 'txt';
  const nearLine = (line: number | undefined, goldLine: number, slack: number) => !useLines || (typeof line === 'number' && Math.abs(line - goldLine) <= slack);

  const m = out.meta ?? {};
  const checks: [string, boolean][] = [
    ['docType', comparable(m.docType) === comparable(gold.meta.docType)],
    ['number', comparable(m.number) === comparable(gold.meta.number)],
    ['place', comparable(m.place) === comparable(gold.meta.place)],
    ['issuedDate', (m.issuedDate ?? null) === (gold.meta.issuedDate ?? null)],
    ['title', titleSimilarity(m.title, gold.meta.title) >= 0.8],
  ];

  // Sections: Roman headings at the top; subsections: their direct numbered children.
  const top = (out.sections ?? []).filter((s) => (s.kind ?? 'roman') === 'roman');
  const sub = top.flatMap((s) => (s.children ?? []).map((c) => ({ ...c, path: `${s.label}.${c.label}` })));
  const matchAll = <G, P>(goldItems: G[], predicted: P[], ok: (g: G, p: P) => boolean) => {
    const used = new Set<number>();
    let n = 0;
    for (const g of goldItems) {
      const k = predicted.findIndex((p, i) => !used.has(i) && ok(g, p));
      if (k >= 0) {
        used.add(k);
        n++;
      }
    }
    return score(n, predicted.length, goldItems.length);
  };
  const sections = matchAll(gold.sections, top, (g, p) => p.label === g.label && titleSimilarity(p.title, g.title) >= 0.8);
  const subsections = matchAll(gold.subsections, sub, (g, p) => p.path === g.path && titleSimilarity(p.title, g.title) >= 0.6);

  // Targets: same value on (about) the same line; ties broken by subject, or by position without lines.
  const goldTargets = gold.percentages.filter((p) => p.isTarget);
  const predicted = out.targets ?? [];
  const usedTargets = new Set<number>();
  const targetPairs: [Gold['percentages'][number], NonNullable<Output['targets']>[number]][] = [];
  goldTargets.forEach((g, gi) => {
    let best = -1;
    let bestScore = -Infinity;
    predicted.forEach((p, pi) => {
      if (usedTargets.has(pi) || !same(p.value?.min, g.min) || !same(p.value?.max, g.max) || !nearLine(p.span?.line, g.line, 2)) return;
      const position = useLines ? 0 : 1 - Math.abs(pi / Math.max(predicted.length, 1) - gi / Math.max(goldTargets.length, 1));
      const s = wordDice(`${p.subject ?? ''} ${p.quote ?? ''}`, g.subject) + position;
      if (s > bestScore) {
        bestScore = s;
        best = pi;
      }
    });
    if (best >= 0) {
      usedTargets.add(best);
      targetPairs.push([g, predicted[best]]);
    }
  });
  const strictTargets = targetPairs.filter(([g, p]) => p.comparator === g.comparator && (p.year ?? null) === g.year).length;

  // Tasks: near the same line or with a similar title; without lines, the same lead nearby also counts.
  const predictedTasks = out.tasks ?? [];
  const usedTasks = new Set<number>();
  const taskPairs: [Gold['tasks'][number], NonNullable<Output['tasks']>[number]][] = [];
  gold.tasks.forEach((g, gi) => {
    let best = -1;
    let bestScore = -Infinity;
    predictedTasks.forEach((p, pi) => {
      if (usedTasks.has(pi)) return;
      const similarity = titleSimilarity(p.title, g.title);
      const near = useLines && typeof p.span?.line === 'number' && Math.abs(p.span.line - g.line) <= 2;
      const leads = nameSetF1(g.lead, (p.lead ?? []).map((a) => a.name));
      const close = Math.abs(pi / Math.max(predictedTasks.length, 1) - gi / Math.max(gold.tasks.length, 1)) <= 0.1;
      const accepted = useLines ? near || similarity >= 0.6 : similarity >= 0.5 || (leads >= 0.8 && close);
      const s = (near ? 1 : 0) + similarity + 0.5 * leads + (close ? 0.25 : 0);
      if (accepted && s > bestScore) {
        bestScore = s;
        best = pi;
      }
    });
    if (best >= 0) {
      usedTasks.add(best);
      taskPairs.push([g, predictedTasks[best]]);
    }
  });
  const leadF1 = (g: Gold['tasks'][number], p: NonNullable<Output['tasks']>[number]) => nameSetF1(g.lead, (p.lead ?? []).map((a) => a.name));
  const strictTasks = taskPairs.filter(([g, p]) => leadF1(g, p) === 1 && (p.period?.start ?? null) === g.start && (p.period?.end ?? null) === g.end).length;

  return {
    output,
    format,
    sections,
    subsections,
    targets: {
      ...score(targetPairs.length, predicted.length, goldTargets.length),
      strictF1: score(strictTargets, predicted.length, goldTargets.length).f1,
      comparatorAccuracy: average(targetPairs.map(([g, p]) => (p.comparator === g.comparator ? 1 : 0))),
      yearAccuracy: average(targetPairs.map(([g, p]) => ((p.year ?? null) === g.year ? 1 : 0))),
      // How much of what the annotator says a target measures its subject says (word Dice): what lets a researcher put indicators side by side.
      subjectOverlap: average(targetPairs.map(([g, p]) => wordDice(p.subject ?? '', g.subject))),
      missed: goldTargets.filter((g) => !targetPairs.some(([x]) => x === g)).map((g) => `${g.line}:${g.text}`),
    },
    tasks: {
      ...score(taskPairs.length, predictedTasks.length, gold.tasks.length),
      strictF1: score(strictTasks, predictedTasks.length, gold.tasks.length).f1,
      leadF1: average(taskPairs.map(([g, p]) => leadF1(g, p))),
      startAccuracy: average(taskPairs.map(([g, p]) => ((p.period?.start ?? null) === g.start ? 1 : 0))),
      endAccuracy: average(taskPairs.map(([g, p]) => ((p.period?.end ?? null) === g.end ? 1 : 0))),
    },
    meta: { accuracy: checks.filter(([, ok]) => ok).length / checks.length, wrong: checks.filter(([, ok]) => !ok).map(([k]) => k) },
  };
}

/** Gold files are `<source file name>.gold.json`; outputs `<base>.<txt|docx|pdf>.json` pair with `<base>.txt.gold.json`. */
export function evaluate(goldDir: string, outputs: string[], options: EvaluateOptions = {}): Evaluation {
  if (!existsSync(goldDir)) throw new Error(`no gold directory: ${goldDir}`);
  const goldFiles = new Map(
    readdirSync(goldDir)
      .filter((f) => f.endsWith('.gold.json'))
      .map((f) => [f.replace(/\.gold\.json$/, '').replace(/\.(txt|docx|pdf)$/, ''), join(goldDir, f)]),
  );
  const documents: DocumentScore[] = [];
  const unmatched: string[] = [];
  for (const path of outputs) {
    const name = basename(path);
    const m = /^(?<base>.+?)(?<scan>\.scan)?\.(?<format>txt|docx|pdf)\.json$/.exec(name);
    const goldPath = m?.groups ? goldFiles.get(m.groups.base) : undefined;
    if (!m?.groups || !goldPath) {
      unmatched.push(name);
      continue;
    }
    const gold = Gold.parse(JSON.parse(readFileSync(goldPath, 'utf8')));
    const out = JSON.parse(readFileSync(path, 'utf8')) as Output;
    documents.push(scoreDocument(gold, out, name, m.groups.scan ? 'scan' : m.groups.format, options));
  }
  const mean = (pick: (d: DocumentScore) => number | null) => average(documents.map(pick));
  const overall = {
    sectionsF1: mean((d) => d.sections.f1),
    subsectionsF1: mean((d) => d.subsections.f1),
    targetsF1: mean((d) => d.targets.f1),
    targetsStrictF1: mean((d) => d.targets.strictF1),
    targetYearAccuracy: mean((d) => d.targets.yearAccuracy),
    targetComparatorAccuracy: mean((d) => d.targets.comparatorAccuracy),
    targetSubjectOverlap: mean((d) => d.targets.subjectOverlap),
    tasksF1: mean((d) => d.tasks.f1),
    tasksStrictF1: mean((d) => d.tasks.strictF1),
    taskLeadF1: mean((d) => d.tasks.leadF1),
    taskPeriodAccuracy: average([mean((d) => d.tasks.startAccuracy), mean((d) => d.tasks.endAccuracy)]),
    metaAccuracy: mean((d) => d.meta.accuracy),
  };
  const composite = documents.length
    ? average([overall.sectionsF1, overall.subsectionsF1, overall.targetsStrictF1, overall.tasksStrictF1, overall.metaAccuracy].map((x) => x ?? 0))!
    : 0;
  return { documents, overall: { ...overall, composite }, unmatched };
}
