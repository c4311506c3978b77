// compare: lines up the targets of many plans by indicator — from the table in
// rules/indicators.yaml, or by text similarity (TF-IDF over Vietnamese tokens) for what the
// table does not list — and writes the comparison as CSV (for Excel) or a self-contained HTML page.
import { createRequire } from 'node:module';
import { alternation, compile, type RuleSet } from '../model/rules.js';
import type { PlanDocument, Target } from '../model/schema.js';

const require = createRequire(import.meta.url);
// The pieces of natural we use, loaded alone: its index also loads storage back-ends.
const TfIdf = require('natural/lib/natural/tfidf/tfidf.js') as new () => TfIdfModel;
const VietnameseTokenizer = require('natural/lib/natural/tokenizers/aggressive_tokenizer_vi.js') as new () => { tokenize(text: string): string[] };

interface TfIdfModel {
  addDocument(tokens: string[]): void;
  listTerms(index: number): { term: string; tfidf: number }[];
}

export interface Column {
  /** "Quận 10 (2020)": the plan's place (or issuer, or file) and year. */
  label: string;
  file: string;
}

export interface Row {
  id: string;
  name: string;
  /** How the targets were grouped: the indicator table, or text similarity. */
  groupedBy: 'table' | 'similarity';
  /** Per column, the targets of that plan for this indicator. */
  cells: Target[][];
}

export interface Comparison {
  columns: Column[];
  rows: Row[];
}

/** Cosine similarity at or above which two subjects no indicator matches measure the same thing. */
const SIMILAR = 0.45;

export function compareTargets(documents: PlanDocument[], rules: RuleSet): Comparison {
  // Administrative levels (agencies.yaml, sharedParts "place"): "phường Phù Liễn" names a plan's place.
  const places = rules.agencies.sharedParts.filter((p) => p.class === 'place').flatMap((p) => p.words);
  const levels = new RegExp(`(?:^|\\s)(?:${alternation(places)})\\s+`, 'u');
  const columns = distinctLabels(documents, documents.map((d) => columnLabel(d, levels))).map((label, i) => ({ label, file: documents[i].source.file }));
  const indicators = rules.indicators.map((i) => ({ ...i, re: compile(i.pattern) }));
  const rows = new Map<string, Row>();
  const unmatched: { column: number; target: Target }[] = [];
  const row = (id: string, name: string, groupedBy: Row['groupedBy']) => {
    let r = rows.get(id);
    if (!r) rows.set(id, (r = { id, name, groupedBy, cells: documents.map(() => []) }));
    return r;
  };
  documents.forEach((document, column) => {
    for (const target of document.targets) {
      // The quote says what a short subject ("Trẻ 5 tuổi: … 100%") measures, unless it holds other
      // targets too ("100% trẻ 5 tuổi được học 2 buổi/ngày và 95% trẻ mẫu giáo …").
      const quoteIsOwn = target.quote.indexOf('%') === target.quote.lastIndexOf('%');
      const indicator = indicators.find((i) => i.re.test(target.subject)) ?? (quoteIsOwn ? indicators.find((i) => i.re.test(target.quote)) : undefined);
      if (indicator) row(indicator.id, indicator.name, 'table').cells[column].push(target);
      else unmatched.push({ column, target });
    }
  });

  // What the table does not list: greedy grouping by TF-IDF cosine of the subjects.
  const tokenizer = new VietnameseTokenizer();
  const model = new TfIdf();
  for (const { target } of unmatched) model.addDocument(tokenizer.tokenize(target.subject.toLowerCase()));
  const vectors = unmatched.map((_, i) => new Map(model.listTerms(i).map((t) => [t.term, t.tfidf])));
  const groups: { representative: Map<string, number>; row: Row }[] = [];
  unmatched.forEach(({ column, target }, i) => {
    let group = groups.find((g) => cosine(g.representative, vectors[i]) >= SIMILAR);
    if (!group) {
      const id = `similar-${groups.length + 1}`;
      group = { representative: vectors[i], row: row(id, target.subject, 'similarity') };
      groups.push(group);
    }
    group.row.cells[column].push(target);
  });

  // Indicators found in more plans first; then by name, for a stable order.
  const ordered = [...rows.values()].sort((a, b) => coverage(b) - coverage(a) || Number(a.groupedBy !== 'table') - Number(b.groupedBy !== 'table') || a.name.localeCompare(b.name, 'vi'));
  return { columns, rows: ordered };
}

function coverage(row: Row): number {
  return row.cells.filter((c) => c.length > 0).length;
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  for (const [term, weight] of a) dot += weight * (b.get(term) ?? 0);
  const norm = (v: Map<string, number>) => Math.sqrt([...v.values()].reduce((s, w) => s + w * w, 0));
  const denominator = norm(a) * norm(b);
  return denominator ? dot / denominator : 0;
}

/** A place named in the issuer or the title ("… ĐẢNG ỦY PHƯỜNG PHÙ LIỄN"), for plans whose date line has none. */
function placeIn(text: string | null, levels: RegExp): string | null {
  if (!text) return null;
  const level = levels.exec(text.toLowerCase());
  if (!level) return null;
  const start = level.index + level[0].length;
  const name = /^\p{Lu}[\p{L}\d]*(?:\s+\p{Lu}[\p{L}\d]*)*/u.exec(text.slice(start));
  return name ? text.slice(level.index, start + name[0].length).trim() : null;
}

function columnLabel(document: PlanDocument, levels: RegExp): string {
  const m = document.meta;
  // The issuer's place before the title's: the issuer, named as the plan's first sentence does, is written as a name is.
  const where = m.place ?? placeIn(m.issuer, levels) ?? placeIn(m.title, levels) ?? m.issuer ?? document.source.file;
  const year = document.meta.issuedDate?.slice(0, 4);
  return year ? `${where} (${year})` : where;
}

/** Two plans of one place and year ("Hà Nội (2026)" twice) are told apart by their numbers, or their files. */
function distinctLabels(documents: PlanDocument[], labels: string[]): string[] {
  const count = new Map<string, number>();
  for (const label of labels) count.set(label, (count.get(label) ?? 0) + 1);
  return labels.map((label, i) => {
    if (count.get(label)! < 2) return label;
    const which = documents[i].meta.number ?? documents[i].source.file;
    return label.endsWith(')') ? `${label.slice(0, -1)}, ${which})` : `${label} (${which})`;
  });
}

const COMPARATOR: Record<Target['comparator'], string> = { eq: '', gte: '≥ ', gt: '> ', lte: '≤ ', lt: '< ', approx: '≈ ', range: '' };

/** A rise or fall from a baseline is signed, so that it is not read as a level. */
const CHANGE: Record<NonNullable<Target['change']>, string> = { increase: '+', decrease: '−' };

/** "≥ 25% (2025)", "55–60% (2024)", "+5% (2024)" for a rise of five points. */
export function formatTarget(t: Target): string {
  const value = t.value.min === t.value.max ? `${t.value.min}%` : `${t.value.min}–${t.value.max}%`;
  return `${COMPARATOR[t.comparator]}${t.change ? CHANGE[t.change] : ''}${value}${t.year ? ` (${t.year})` : ''}`;
}

/** CSV in UTF-8 with a byte-order mark, so that Excel shows Vietnamese correctly. */
export function comparisonCsv(comparison: Comparison): string {
  const quote = (v: string) => (/[",\n;]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = [['Chỉ số', 'Nhóm theo', ...comparison.columns.map((c) => c.label)].map(quote).join(',')];
  for (const row of comparison.rows) {
    const cells = row.cells.map((targets) => targets.map((t) => `${formatTarget(t)} [${t.subject}, dòng ${t.span.line}]`).join(' | '));
    lines.push([row.name, row.groupedBy === 'table' ? 'bảng chỉ số' : 'tương đồng', ...cells].map(quote).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A self-contained page (no script, no network): one row per indicator, one column per plan;
 * each value opens its quote and line; a bar chart per indicator compares the plans.
 */
export function comparisonHtml(comparison: Comparison): string {
  const quotes: string[] = [];
  const header = comparison.columns.map((c) => `<th scope="col" title="${escape(c.file)}">${escape(c.label)}</th>`).join('');
  const body = comparison.rows
    .map((row) => {
      const cells = row.cells
        .map((targets, column) => {
          const values = targets.map((t) => {
            const id = `q${quotes.length + 1}`;
            quotes.push(
              `<li id="${id}"><b>${escape(formatTarget(t))}</b> — ${escape(comparison.columns[column].label)}, ${escape(comparison.columns[column].file)}, dòng ${t.span.line}${t.span.page ? `, trang ${t.span.page}` : ''}${t.span.ocr ? ' (OCR)' : ''}<blockquote>${escape(t.quote)}</blockquote></li>`,
            );
            return `<a class="value" href="#${id}" title="${escape(t.subject)}">${escape(formatTarget(t))}</a>`;
          });
          return `<td>${values.join('<br>')}</td>`;
        })
        .join('');
      return `<tr><th scope="row">${escape(row.name)}<small>${row.groupedBy === 'table' ? 'bảng chỉ số' : 'tương đồng văn bản'}</small></th>${cells}<td>${barChart(row, comparison.columns)}</td></tr>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>So sánh chỉ tiêu</title>
<style>
body { font: 14px/1.4 system-ui, sans-serif; margin: 1.5rem; color: #222; }
table { border-collapse: collapse; }
th, td { border: 1px solid #ccc; padding: .35rem .5rem; vertical-align: top; text-align: left; }
th small { display: block; font-weight: normal; color: #777; }
a.value { text-decoration: none; border-bottom: 1px dotted #369; color: #036; }
#quotes li { display: none; margin: .5rem 0; }
#quotes li:target { display: list-item; background: #fff8d0; padding: .5rem; }
blockquote { margin: .3rem 0 0 1rem; color: #444; }
svg text { font-size: 10px; }
</style>
</head>
<body>
<h1>So sánh chỉ tiêu giữa các kế hoạch</h1>
<p>Mỗi dòng là một chỉ số; mỗi cột là một kế hoạch. Bấm vào một giá trị để xem câu trích và dòng của nó.</p>
<table id="comparison">
<thead><tr><th scope="col">Chỉ số</th>${header}<th scope="col">Biểu đồ</th></tr></thead>
<tbody>
${body}
</tbody>
</table>
<h2>Trích dẫn</h2>
<ol id="quotes">
${quotes.join('\n')}
</ol>
</body>
</html>
`;
}

/** A horizontal bar per plan: the highest level it sets for the indicator (a rise or fall is no level). */
function barChart(row: Row, columns: Column[]): string {
  const bars = row.cells.map((targets, i) => {
    const levels = targets.filter((t) => t.change === null);
    return { label: columns[i].label, value: levels.length ? Math.max(...levels.map((t) => t.value.max)) : null };
  });
  const height = bars.length * 14 + 4;
  const rects = bars
    .map((b, i) =>
      b.value === null
        ? ''
        : `<rect x="90" y="${i * 14 + 2}" width="${Math.max(1, b.value)}" height="10" fill="#4a7ab0"><title>${escape(b.label)}: ${b.value}%</title></rect><text x="0" y="${i * 14 + 11}">${escape(b.label.slice(0, 16))}</text><text x="${95 + Math.max(1, b.value)}" y="${i * 14 + 11}">${b.value}%</text>`,
    )
    .join('');
  return `<svg width="230" height="${height}" role="img" aria-label="${escape(row.name)}">${rects}</svg>`;
}
