// segment: builds the section tree from the numbering grammar in rules/numbering.yaml.
// Nesting follows the numbering (Roman → 1. → 1.1. → a) → - / +), never indentation; a
// structure that looks wrong becomes a diagnostic, not a crash.
import type { Diagnostic, Section, SectionKind } from '../model/schema.js';
import type { LocationIndex } from '../model/location.js';
import { alternation, compile, type RuleSet } from '../model/rules.js';
import { collapseWhiteSpace, WHITE_SPACE } from '../model/text.js';

type LabelKind = RuleSet['numbering'][number]['kind'];

export interface Line {
  index: number;
  start: number;
  end: number;
  text: string;
  /** Tab-separated cells when the line is a row of a table (three or more cells, not all empty). */
  cells: string[] | null;
}

export interface SectionNode {
  section: Section;
  labelKind: LabelKind;
  parent: SectionNode | null;
  children: SectionNode[];
  /** Line index of the heading. */
  line: number;
  /** Offset where the heading text starts (after the label). */
  textStart: number;
  /** Lines that belong to this node directly (its heading's continuation, paragraphs), not to children. */
  ownLines: number[];
  /** Last line index of the node's whole subtree. */
  lastLine: number;
  /** What the section is for (meta.yaml sectionRoles), its own or its parent's; null for most. */
  role: SectionRole | null;
}

export type SectionRole = RuleSet['meta']['sectionRoles'][number]['role'];

export interface Segmented {
  lines: Line[];
  roots: SectionNode[];
  /** For every line, the innermost section node it belongs to (null before the first heading). */
  nodeOfLine: (SectionNode | null)[];
  diagnostics: Diagnostic[];
  numberingGaps: number;
  /** Line index of the type line ("KẾ HOẠCH") of each document attached after the closing block. */
  attachments: number[];
  /** For every line, whether it is in a closing block (recipients, signature): no content to place. */
  closing: boolean[];
}

/** Lines under an attached document's type line where the note saying it is attached may stand (its title may take several). */
const ATTACHED_NOTE_WITHIN = 6;

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX'];

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    const parts = raw.split('\t');
    const cells = parts.length >= 3 && parts.some((p) => p.trim() !== '') ? parts.map((p) => p.trim()) : null;
    lines.push({ index: lines.length, start, end: start + raw.length, text: raw, cells });
    start += raw.length + 1;
  }
  return lines;
}

/**
 * Lines `from` (after the header block) up to the closing block ("Nơi nhận:", the signature) may
 * hold sections; so may a document attached after it or in it — a decision issues the plan it
 * attaches, which starts with its type alone on a line ("KẾ HOẠCH") and has a tree of its own. An appendix
 * heading inside the body ("PHỤ LỤC") closes the tree: its lines belong to no section above it.
 */
export function segment(text: string, lines: Line[], location: LocationIndex, rules: RuleSet, from = 0): Segmented {
  const bodyEnd = rules.meta.bodyEnd.map((b) => compile(b.pattern));
  const closingAfter = (index: number) => lines.findIndex((l) => l.index > index && bodyEnd.some((re) => re.test(l.text)));
  const attachment = compile(`^\\s*(?:${alternation(rules.meta.docTypes.map((t) => t.name))})\\s*$`, '', true);
  const appendix = compile(rules.meta.appendixHeading);
  const attachedNote = compile(rules.meta.attachedNote);
  let to = closingAfter(from);
  // A type alone after the closing block, or in the body with the note that it is attached, starts an attached document.
  const startsAttachment = (line: Line, closed: boolean) =>
    attachment.test(line.text) && (closed || lines.slice(line.index + 1, line.index + 1 + ATTACHED_NOTE_WITHIN).some((l) => attachedNote.test(l.text)));
  const attaches = lines.some((l) => l.index >= from && startsAttachment(l, to >= 0 && l.index >= to));
  const patterns = numberingPatterns(rules, attaches);
  const roles = rules.meta.sectionRoles.map((r) => ({ role: r.role, re: compile(r.pattern) }));
  // A field's line, by a label of tasks.yaml fields and its colon: "Thời gian: tháng 3/2026", "Người phụ trách: …".
  const fieldLine = compile(`^\\s*(?:${alternation(rules.tasks.fields.map((f) => f.label))})\\s*:`);
  const diagnostics: Diagnostic[] = [];
  const roots: SectionNode[] = [];
  const nodeOfLine: (SectionNode | null)[] = lines.map(() => null);
  const stack: SectionNode[] = [];
  const usedIds = new Set<string>();
  const attachments: number[] = [];
  const closing = lines.map(() => false);
  let romanCount = 0;
  // Roman sections numbered on through the parts (countedThroughParts: "Chương II" / "Điều 3."), counted in the whole tree.
  let throughCount = 0;
  let partCount = 0;
  let subpartCount = 0;
  // Whether the open top-level part is of a row whose parts are sub-parts elsewhere ("A." after "A.", not after "Phần II").
  let partOfSubpartRow = false;
  let numberingGaps = 0;

  const warn = (message: string, ruleId: string, line: Line) => {
    diagnostics.push({ severity: 'warning', message, ruleId, span: location.span(line.start, line.end) });
  };

  for (const line of lines) {
    if (line.index < from) continue;
    // A type alone on its line after the closing block starts an attached document with a tree of
    // its own; so does one in the body, when a note under its title says it is attached ("Điều 3.
    // …" / "KẾ HOẠCH" / "…" / "(Ban hành kèm theo Quyết định số …)"): a type alone in the body may be
    // an example or a form.
    const closed = to >= 0 && line.index >= to;
    if (startsAttachment(line, closed)) {
      attachments.push(line.index);
      to = closingAfter(line.index);
      stack.length = 0;
      romanCount = 0;
      throughCount = 0;
      partCount = 0;
      subpartCount = 0;
      continue;
    }
    if (closed) {
      closing[line.index] = true;
      continue;
    }
    // The plan's own numbering goes on after an appendix placed between its sections.
    if (appendix.test(line.text)) {
      stack.length = 0;
      continue;
    }
    const read = line.cells ? null : readLabel(line.text, patterns);
    // "I.1." is an item only in Roman section I.
    const label = read && (!read.within || read.within === stack.findLast((n) => n.labelKind === 'roman')?.section.label) ? withLostDot(read, stack) : null;
    if (read && label && label !== read) {
      diagnostics.push({ severity: 'info', message: `"${read.label}" read as "${label.label}": a lost dot, as OCR makes`, ruleId: 'segment:lost-dot', span: location.span(line.start, line.end) });
    }
    const subpart = label?.kind === 'part' && label.subparts && stack[0]?.labelKind === 'part' && !partOfSubpartRow;
    const expectedPart = ROMAN[subpart ? subpartCount : partCount];
    const expectedRoman = label?.countedThroughParts && partCount > 0 ? [ROMAN[romanCount], ROMAN[throughCount]] : [ROMAN[romanCount]];
    if (!label || (label.kind === 'roman' && !expectedRoman.includes(label.label)) || (label.kind === 'part' && label.label !== expectedPart)) {
      if (label?.kind === 'roman' && ROMAN.includes(label.label) && romanCount > 0) {
        warn(`Roman numeral "${label.label}" out of sequence (expected ${ROMAN[romanCount]}); read as text`, 'segment:roman-sequence', line);
      }
      // "- Đợt 2: Từ tháng 9 đến tháng 10/2026." / "Chi cục Chăn nuôi và Thú y chủ trì …": a paragraph after a finished
      // bullet, opening with a capital, goes on with what the bullets are under, not with the last of them; a field
      // line ("Thời gian: tháng 3/2026.") is the bullet's.
      const last = stack[stack.length - 1];
      const previous = lines[line.index - 1];
      if (last?.labelKind === 'bullet' && last.line === line.index - 1 && /[.;]\s*$/.test(previous.text) && /^\s*\p{Lu}/u.test(line.text) && !fieldLine.test(line.text)) stack.pop();
      const owner = stack[stack.length - 1] ?? null;
      if (owner && line.text.trim() !== '') owner.ownLines.push(line.index);
      nodeOfLine[line.index] = owner;
      if (owner) for (const open of stack) open.lastLine = line.index;
      continue;
    }
    if (label.kind === 'roman') {
      romanCount++;
      if (label.countedThroughParts) throughCount = ROMAN.indexOf(label.label) + 1;
    }
    // Roman sections are counted again in each part and sub-part ("PHẦN II" → "I.", "II." …), sub-parts in each part.
    if (subpart) {
      subpartCount++;
      romanCount = 0;
    } else if (label.kind === 'part') {
      partCount++;
      romanCount = 0;
      subpartCount = 0;
      partOfSubpartRow = label.subparts;
    }

    const parent = subpart
      ? stack[0]
      : findParent(stack, label, (message) => {
          numberingGaps++;
          warn(message, 'segment:level-jump', line);
        });
    const siblings = parent ? parent.children : roots;
    checkSequence(siblings, label, (message) => {
      numberingGaps++;
      warn(message, 'segment:numbering-gap', line);
    });

    const kind: SectionKind = label.kind === 'dotted' || label.kind === 'bracketed' ? 'numbered' : label.kind === 'part' ? 'roman' : label.kind;
    const bulletIndex = siblings.filter((s) => s.labelKind === 'bullet').length + 1;
    const shownLabel = subpart ? label.asRead : label.label;
    let id = label.kind === 'bullet' ? `${parent ? parent.section.id + '.' : ''}-${bulletIndex}` : parent ? `${parent.section.id}.${shownLabel}` : shownLabel;
    if (label.kind === 'dotted' && parent && parent.labelKind !== 'roman') {
      id = `${stripToRoman(parent)}${label.label}`;
    }
    let unique = id;
    for (let n = 2; usedIds.has(unique); n++) unique = `${id}~${n}`;
    usedIds.add(unique);

    // "2. Nhiệm vụ 2: Đào tạo nguồn nhân lực": a task's name by number after the label names nothing; its title follows.
    const afterLabel = text.slice(line.start + label.length, line.end);
    const named = readLabel(afterLabel, patterns);
    const textStart = line.start + label.length + (named?.kind === 'numbered' && /^\s*\p{L}/u.test(afterLabel) ? named.length : 0);
    const title = headingTitle(text.slice(textStart, line.end), rules) || titleOnNextLine(lines, line, patterns, rules);
    const ownRole = label.kind === 'bullet' ? undefined : roles.find((r) => r.re.test(title))?.role;
    const node: SectionNode = {
      section: {
        id: unique,
        label: shownLabel,
        kind,
        level: parent ? parent.section.level + 1 : 1,
        title,
        span: location.span(line.start, line.end),
        children: [],
      },
      labelKind: label.kind,
      parent,
      children: [],
      line: line.index,
      textStart,
      ownLines: [],
      lastLine: line.index,
      role: ownRole ?? parent?.role ?? null,
    };
    siblings.push(node);
    // Bullets are list items: kept in the tree the extractors walk, not in the output's sections.
    if (parent && label.kind !== 'bullet') parent.section.children.push(node.section);
    while (stack.length && stack[stack.length - 1] !== parent) stack.pop();
    stack.push(node);
    for (const open of stack) open.lastLine = line.index;
    nodeOfLine[line.index] = node;
  }
  return { lines, roots, nodeOfLine, diagnostics, numberingGaps, attachments, closing };
}

/**
 * "PHẦN THỨ NHẤT" / "THỰC TRẠNG": a label alone on its line takes the next line, when that is
 * plain text, as its title; past one blank line ("4.1." / "" / "Cán bộ quản lý" from a PDF's text).
 */
function titleOnNextLine(lines: Line[], line: Line, patterns: Parameters<typeof readLabel>[1], rules: RuleSet): string {
  const next = lines[line.index + 1]?.text.trim() === '' ? lines[line.index + 2] : lines[line.index + 1];
  if (!next || next.cells || readLabel(next.text, patterns)) return '';
  return headingTitle(next.text, rules);
}

interface Label {
  kind: LabelKind;
  label: string;
  /** Characters from the line start to the heading text. */
  length: number;
  /** The Roman section the label names as its own ("I.1." → "I"), if it names one. */
  within?: string;
  /** The label as written, before `labels` reads it as another ("A" for part "I"). */
  asRead: string;
  /** Whether its row's parts are sub-parts inside a part of another row. */
  subparts: boolean;
  /** Whether its row's Roman sections are numbered on through the parts. */
  countedThroughParts: boolean;
}

type NumberingPattern = { kind: LabelKind; re: RegExp; labels?: Record<string, string>; subparts: boolean; countedThroughParts: boolean };

/** The numbering rows as patterns; a document that attaches another leaves out those that only it reads (notWithAttachment). */
function numberingPatterns(rules: RuleSet, attaches: boolean): NumberingPattern[] {
  return rules.numbering
    .filter((entry) => !(entry.notWithAttachment && attaches))
    .map((entry) => ({ kind: entry.kind, re: compile(entry.pattern, '', true), labels: entry.labels, subparts: entry.subparts, countedThroughParts: entry.countedThroughParts }));
}

const allNumbering = new WeakMap<RuleSet, NumberingPattern[]>();

/**
 * Where the numbering a text opens with ends ("1. ", "a) ", "- "), or 0: for lines the tree does not
 * hold (a closing block's), or, with `kinds`, for numbers of those kinds inside a sentence ("…: (1) …; (2) …").
 */
export function numberingEnd(text: string, rules: RuleSet, kinds?: readonly LabelKind[]): number {
  let patterns = allNumbering.get(rules);
  if (!patterns) allNumbering.set(rules, (patterns = numberingPatterns(rules, false)));
  const label = readLabel(text, patterns);
  return label && (!kinds || kinds.includes(label.kind)) ? label.length : 0;
}

function readLabel(text: string, patterns: NumberingPattern[]): Label | null {
  const indent = text.length - text.trimStart().length;
  const body = text.slice(indent);
  for (const { kind, re, labels, subparts, countedThroughParts } of patterns) {
    const match = re.exec(body);
    const label = match?.groups?.label;
    if (label) return { kind, label: labels?.[label.toLowerCase()] ?? label, asRead: label, length: indent + match[0].length, within: match.groups?.within, subparts, countedThroughParts };
  }
  return null;
}

/**
 * "52." where "5.2." comes next, after "5.1.": OCR often loses the dot of a dotted number. The
 * plain number is read as the dotted one when its digits are the same; once the dotted list is
 * closed (a later "6."), "52." is a number again.
 */
function withLostDot(label: Label, stack: SectionNode[]): Label {
  if (label.kind !== 'numbered' || label.label.length < 2) return label;
  const dotted = stack.findLast((n) => n.labelKind === 'dotted');
  if (!dotted) return label;
  const expected = nextLabel(dotted.section.label, 'dotted');
  return expected.replaceAll('.', '') === label.label ? { ...label, kind: 'dotted', label: expected } : label;
}

/** The id of the section a fact belongs to: its node's, or for a bullet its nearest heading's. */
export function sectionIdOf(node: SectionNode | null): string | null {
  let n = node;
  while (n && n.labelKind === 'bullet') n = n.parent;
  return n?.section.id ?? null;
}

/** The dotted id prefix: the nearest Roman (or part) ancestor's id plus a dot ("II."), or nothing. */
function stripToRoman(node: SectionNode): string {
  for (let n: SectionNode | null = node; n; n = n.parent) if (n.labelKind === 'roman' || n.labelKind === 'part') return `${n.section.id}.`;
  return '';
}

/** Pops the stack to the node that the numbering says is the parent of `label`. */
function findParent(stack: SectionNode[], label: Label, reportJump: (message: string) => void): SectionNode | null {
  const nearest = (accept: (n: SectionNode) => boolean): SectionNode | null => {
    for (let i = stack.length - 1; i >= 0; i--) if (accept(stack[i])) return stack[i];
    return null;
  };
  switch (label.kind) {
    case 'part':
      return null;
    case 'roman':
      return nearest((n) => n.labelKind === 'part');
    case 'numbered':
      return nearest((n) => n.labelKind === 'roman' || n.labelKind === 'part');
    case 'dotted': {
      const parentLabel = label.label.split('.').slice(0, -1).join('.');
      const exact = nearest((n) => (n.labelKind === 'numbered' || n.labelKind === 'dotted') && n.section.label === parentLabel);
      if (exact) return exact;
      // Not a sibling or its child: "1.1." and "1.2." under "A." with no "1." are both the section's.
      const depth = label.label.split('.').length;
      const fallback = nearest((n) => n.labelKind === 'numbered' || (n.labelKind === 'dotted' && n.section.label.split('.').length < depth) || n.labelKind === 'roman' || n.labelKind === 'part');
      reportJump(`"${label.label}" has no parent "${parentLabel}"; placed under ${fallback ? `"${fallback.section.id}"` : 'the top level'}`);
      return fallback;
    }
    // "a)" after "(1)", "(2)" under an earlier "a)" is that item's sibling.
    case 'lettered':
      return nearest((n) => n.labelKind !== 'bullet' && n.labelKind !== 'lettered' && n.labelKind !== 'bracketed');
    case 'bracketed':
      return nearest((n) => n.labelKind !== 'bullet' && n.labelKind !== 'bracketed');
    case 'bullet': {
      // A bullet continues an open list of the same marker, or nests under the innermost node.
      for (let i = stack.length - 1; i >= 0 && stack[i].labelKind === 'bullet'; i--) {
        if (sameMarker(stack[i].section.label, label.label)) return stack[i].parent;
      }
      return stack[stack.length - 1] ?? null;
    }
  }
}

function sameMarker(a: string, b: string): boolean {
  const group = (m: string) => (m === '–' || m === '—' ? '-' : m === '•' ? '·' : m);
  return group(a) === group(b);
}

/** Items are lettered in the Vietnamese alphabet (… d, đ, e, g …) or, as many writers do, the Latin one (… d, e, f, g …). */
const LETTER_SEQUENCES = ['abcdđeghiklmnopqrstuvxy', 'abcdefghijklmnopqrstuvwxyz'];

function checkSequence(siblings: SectionNode[], label: Label, report: (message: string) => void): void {
  if (label.kind === 'bullet' || label.kind === 'roman' || label.kind === 'part') return;
  const previous = [...siblings].reverse().find((s) => s.labelKind === label.kind);
  if (label.kind === 'lettered') {
    const expected = previous ? LETTER_SEQUENCES.map((letters) => nextIn(letters, previous.section.label)) : ['a'];
    if (!expected.includes(label.label)) report(`numbering "${label.label}" where "${expected[0]}" was expected`);
    return;
  }
  const ordinal = (l: string) => Number(l.replace(/[()]/g, '').split('.').pop());
  const expected = previous ? ordinal(previous.section.label) + 1 : 1;
  const got = ordinal(label.label);
  if (got !== expected) {
    report(`numbering "${label.label}" where ${previous ? `"${nextLabel(previous.section.label, label.kind)}"` : 'the first item'} was expected`);
  }
}

function nextIn(letters: string, previous: string): string {
  const at = letters.indexOf(previous);
  return at >= 0 ? (letters[at + 1] ?? '?') : '?';
}

function nextLabel(previous: string, kind: LabelKind): string {
  if (kind === 'bracketed') return `(${Number(previous.slice(1, -1)) + 1})`;
  const parts = previous.split('.');
  parts[parts.length - 1] = String(Number(parts[parts.length - 1]) + 1);
  return parts.join('.');
}

/**
 * A heading's title: the whole line when it is a heading, the first sentence or clause when
 * the numbered item is a paragraph. Markup is already gone; a trailing colon is dropped.
 */
export function headingTitle(raw: string, rules: RuleSet): string {
  // The clause end is found before white space is collapsed, so a long paragraph costs only its first clause.
  const text = raw.trimStart();
  let end = firstClauseEnd(text, abbreviationsOf(rules));
  while (end > 0 && TRAILING.has(text[end - 1])) end--;
  return collapseWhiteSpace(text.slice(0, end));
}

/** What a title does not end with: white space (all that \s matches) and the punctuation before a clause. */
const TRAILING = new Set([...WHITE_SPACE, ...':;,.']);

const abbreviationPatterns = new WeakMap<RuleSet, RegExp>();

/** The abbreviations after which a dot does not end a sentence (meta.yaml), as one pattern. */
function abbreviationsOf(rules: RuleSet): RegExp {
  let re = abbreviationPatterns.get(rules);
  if (!re) {
    re = new RegExp(`(?:^|\\s)(?:${alternation(rules.meta.abbreviations.map((a) => a.word))})$`, 'u');
    abbreviationPatterns.set(rules, re);
  }
  return re;
}

function firstClauseEnd(text: string, abbreviations: RegExp): number {
  const clauseMark = /[.;:](?=\s+\S)|[.;:]$/gu;
  for (let match = clauseMark.exec(text); match; match = clauseMark.exec(text)) {
    const i = match.index;
    const before = text.slice(Math.max(0, i - 8), i);
    // "TP. Hồ Chí Minh", "ThS. …": an abbreviation does not end a sentence.
    if (text[i] === '.' && abbreviations.test(before)) continue;
    if (text[i] === '.' && /\d$/u.test(before) && /^\.\d/u.test(text.slice(i, i + 2))) continue;
    if (i >= 3 && collapseWhiteSpace(text.slice(0, i)).length >= 3) return i;
  }
  return text.length;
}
