// The pipeline: load → normalize → segment (with meta) → extract → validate. Each stage adds
// to the document and never reaches back; positions are made once (LocationIndex) and copied.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { InputError } from './model/errors.js';
import { basename } from 'node:path';
import { load, type Loaded } from './load/index.js';
import { wrapRulesOf } from './load/txt.js';
import { firstAtOrAfter, normalize } from './normalize/index.js';
import { segment, splitLines } from './segment/index.js';
import { attachedDocuments, extract, extractMeta } from './extract/index.js';
import { LocationIndex } from './model/location.js';
import { PlanDocument, type Section } from './model/schema.js';
import { loadRules, rulesHash, type RuleSet } from './model/rules.js';
import { VERSION } from './version.js';
import type { Segmented } from './segment/index.js';

export interface ExtractOptions {
  /** A directory of rule tables replacing the built-in rules/. */
  rulesDir?: string;
  /** OCR of PDF pages: auto (pages without a text layer), always, never. */
  ocr?: 'auto' | 'always' | 'never';
  /** Called after each page read by OCR. */
  onPage?: (page: number, pages: number) => void;
}

export async function extractFile(path: string, options: ExtractOptions = {}): Promise<PlanDocument> {
  const rules = loadRules(options.rulesDir);
  // A pipe or a device could block a read forever; only regular files are read. Read at once:
  // in a batch's worker thread an asynchronous read left the thread idle for each document.
  if (!statSync(path).isFile()) throw new InputError('not a regular file');
  const bytes = readFileSync(path);
  const loaded = await load(path, bytes, { ocr: options.ocr ?? 'auto', ocrFixes: rules.ocr, pageNumberLine: rules.meta.pageNumberLine, wrap: wrapRulesOf(rules), onPage: options.onPage });
  return buildDocument(basename(path), bytes, loaded, rules);
}

export function buildDocument(file: string, bytes: Uint8Array, loaded: Loaded, rules: RuleSet): PlanDocument {
  const normalized = normalize(loaded.text, rules, loaded.joinedBreaks);
  const pageStarts = loaded.pageStarts.map((offset) => firstAtOrAfter(normalized.sourceOffset, offset));
  const joinedBreaks = (loaded.joinedBreaks ?? []).map((offset) => firstAtOrAfter(normalized.sourceOffset, offset));
  const location = new LocationIndex(normalized.text, pageStarts, loaded.ocrPages, joinedBreaks);
  const lines = splitLines(normalized.text);
  const header = extractMeta(lines, rules);
  const bodyStart = header.bodyStart;
  const seg = segment(normalized.text, lines, location, rules, bodyStart);
  const meta = { ...header.meta, attached: attachedDocuments(lines, seg.attachments, location, rules) };
  const extracted = extract({ text: normalized.text, seg, location, bodyStart, meta, rules });

  const document: PlanDocument = {
    schemaVersion: '1',
    generator: { name: 'plan-extract', version: VERSION, rulesSha256: rulesHash(rules) },
    source: {
      file,
      format: loaded.format,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      bytes: bytes.length,
      ...(loaded.pages ? { pages: loaded.pages } : {}),
      ...(loaded.ocrPages?.length ? { ocrPages: loaded.ocrPages } : {}),
    },
    meta,
    sections: seg.roots.filter((n) => n.labelKind !== 'bullet').map((n) => n.section),
    targets: extracted.targets,
    tasks: extracted.tasks,
    agencies: extracted.agencies,
    diagnostics: [
      ...loaded.messages.map((message) => ({ severity: 'info' as const, message, ruleId: `load:${loaded.format}`, span: null })),
      ...seg.diagnostics,
      ...extracted.diagnostics,
    ],
    quality: {
      linesInSections: linesInSections(seg, bodyStart),
      numberingGaps: seg.numberingGaps,
      unreadPercentages: extracted.unreadPercentages,
    },
  };
  const checked = PlanDocument.safeParse(document);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new Error(`output does not match the contract at ${issue.path.join('.')}: ${issue.message}`);
  }
  return document;
}

/** Of the body's non-empty lines, the share placed under a section; closing blocks (recipients, signature) hold none. */
function linesInSections(seg: Segmented, bodyStart: number): number {
  let body = 0;
  let placed = 0;
  for (let i = bodyStart; i < seg.lines.length; i++) {
    if (seg.closing[i] || seg.lines[i].text.trim() === '') continue;
    body++;
    if (seg.nodeOfLine[i]) placed++;
  }
  return body === 0 ? 1 : Math.round((placed / body) * 1000) / 1000;
}

export type { Section };
