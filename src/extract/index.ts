// extract: the generic engine. Runs the extractors over the segmented document in order —
// tasks (whose time fields give headings their deadlines), then targets — and registers every
// body named as an actor. All Vietnamese knowledge comes from the rule tables.
import type { Agency, Diagnostic, Meta, Target, Task } from '../model/schema.js';
import type { LocationIndex } from '../model/location.js';
import { compile, type RuleSet } from '../model/rules.js';
import type { SectionNode, Segmented } from '../segment/index.js';
import { sectionIdOf } from '../segment/index.js';
import { type AgencyMention, AgencyReader, AgencyRegistry } from './agencies.js';
import { DateReader } from './dates.js';
import { TargetReader } from './targets.js';
import { TaskReader } from './tasks.js';

export { attachedDocuments, extractMeta } from './meta.js';

export interface ExtractInput {
  text: string;
  seg: Segmented;
  location: LocationIndex;
  bodyStart: number;
  meta: Meta;
  rules: RuleSet;
}

export interface Extracted {
  targets: Target[];
  tasks: Task[];
  agencies: Agency[];
  diagnostics: Diagnostic[];
  unreadPercentages: number;
}

interface Readers {
  agencies: AgencyReader;
  dates: DateReader;
  targets: TargetReader;
  tasks: TaskReader;
}

const readersByRules = new WeakMap<RuleSet, Readers>();

/** Compiling the tables once per rule set keeps a batch from recompiling them per document. */
function readers(rules: RuleSet): Readers {
  let found = readersByRules.get(rules);
  if (!found) {
    found = { agencies: new AgencyReader(rules), dates: new DateReader(rules), targets: new TargetReader(rules), tasks: new TaskReader(rules) };
    readersByRules.set(rules, found);
  }
  return found;
}

export function extract(input: ExtractInput): Extracted {
  const { text, seg, location, bodyStart, meta, rules } = input;
  const r = readers(rules);
  const diagnostics: Diagnostic[] = [];

  // The plan's own titles: the document's, and those of the plans it attaches.
  const titles = [meta.title, ...meta.attached.map((a) => a.title)];
  const plan = documentPeriod(titles, rules);
  const planYear = plan?.year ?? null;
  const { drafts, blockOf } = r.tasks.read({ text, seg, location, bodyStart, agencies: r.agencies, dates: r.dates, documentYear: plan?.multiYear ? null : planYear, statedPeriods: r.dates.statedPeriods(text, titles), diagnostics });

  const sectionYear = new Map<SectionNode, number>();
  for (const [node, block] of blockOf) {
    const end = block.period.end ?? block.period.start;
    if (end) sectionYear.set(node, Number(end.slice(0, 4)));
  }
  const { targets, unreadPercentages } = r.targets.read({ text, seg, location, bodyStart, documentYear: planYear, sectionYear });

  const registry = new AgencyRegistry(rules.agencies.fuzzyThreshold, (name) => r.agencies.isShortName(name), meta.issuer, (name) => r.agencies.withoutLevel(name));
  const spanOf = (m: AgencyMention) => location.span(m.start, m.end);
  const registered = drafts.map((d) => ({
    draft: d,
    lead: d.lead.flatMap((m) => registry.addAll(m, spanOf)),
    partners: d.partners.flatMap((m) => registry.addAll(m, spanOf)),
  }));
  const { agencies, resolve } = registry.finish();
  const tasks: Task[] = registered.map(({ draft, lead, partners }, i) => ({
    id: `k${i + 1}`,
    sectionId: sectionIdOf(draft.node),
    kind: draft.kind,
    title: draft.title,
    lead: uniqueRefs(lead.map(resolve)),
    partners: uniqueRefs(partners.map(resolve)),
    period: { start: draft.period.start, end: draft.period.end, text: draft.period.text, ...(draft.period.headingLine ? { headingLine: draft.period.headingLine } : {}) },
    ruleId: draft.ruleId,
    span: location.span(draft.start, draft.end),
  }));
  for (const task of tasks) task.partners = task.partners.filter((p) => !task.lead.some((l) => l.id === p.id));
  return { targets, tasks, agencies, diagnostics, unreadPercentages };
}

function uniqueRefs<T extends { id: string }>(refs: T[]): T[] {
  const seen = new Set<string>();
  return refs.filter((r) => (seen.has(r.id) ? false : (seen.add(r.id), true)));
}

/**
 * The last year of the plan's own period from its title ("… năm học 2023-2024" → 2024, "… giai đoạn
 * 2026 - 2030" → 2030); else from the title of the plan it attaches (a decision "Về việc ban hành Kế hoạch …").
 */
function documentPeriod(titles: readonly (string | null)[], rules: RuleSet): { year: number; multiYear: boolean } | null {
  for (const title of titles) {
    if (!title) continue;
    for (const entry of rules.meta.documentPeriod) {
      const m = compile(entry.pattern).exec(title);
      if (m?.groups?.year) return { year: Number(m.groups.year), multiYear: entry.multiYear };
    }
  }
  return null;
}
