// normalize: Unicode NFC, export artefacts and markdown-like emphasis removed, with a map
// from every normalised character back to its offset in the loaded text. Newlines are never
// removed, so a line of the normalised text is the same line of the source.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Root, Nodes } from 'mdast';
import { compile, type RuleSet } from '../model/rules.js';
import { memoize } from '../model/memo.js';
import { WHITE_SPACE } from '../model/text.js';

export interface Normalized {
  text: string;
  /** `sourceOffset[i]` is the offset in the loaded text of normalised character i. */
  sourceOffset: Int32Array;
}

type Range = readonly [start: number, end: number];

const markdown = unified().use(remarkParse).freeze();

/** `joinedBreaks`: offsets in the loaded text of the line breaks a hard-wrapped text was joined at (each now a space). */
export function normalize(loadedText: string, rules: RuleSet, joinedBreaks: readonly number[] = []): Normalized {
  let current = toNfc(loadedText);
  current = removeRanges(current, spacesAroundBreaks(current, joinedBreaks));
  current = removeRanges(current, artefactRanges(current.text, rules));
  current = removeRanges(current, emphasisMarkerRanges(current.text));
  return current;
}

/** Composes decomposed diacritics; each composed character maps to the start of its cluster. */
function toNfc(text: string): Normalized {
  if (text.normalize('NFC') === text) return { text, sourceOffset: identity(text.length) };
  // Line by line: a document usually has a few decomposed lines, and the others map one to one.
  const pieces: string[] = [];
  const offsets: number[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    if (line.normalize('NFC') === line) {
      for (let i = 0; i < line.length; i++) offsets.push(lineStart + i);
      pieces.push(line);
    } else {
      for (const match of line.matchAll(/\P{M}\p{M}*|\p{M}+/gsu)) {
        const piece = match[0].normalize('NFC');
        for (let i = 0; i < piece.length; i++) offsets.push(lineStart + match.index);
        pieces.push(piece);
      }
    }
    offsets.push(lineStart + line.length);
    pieces.push('\n');
    lineStart += line.length + 1;
  }
  offsets.pop();
  pieces.pop();
  return { text: pieces.join(''), sourceOffset: Int32Array.from(offsets) };
}

/**
 * A joined break is one space between its words: the spaces its line ended with and the next
 * line's indent go ("… phối hợp Ban Chỉ huy Quân sự huyện, Công " / "an huyện" → "Công an huyện").
 */
function spacesAroundBreaks({ text, sourceOffset }: Normalized, joinedBreaks: readonly number[]): Range[] {
  const ranges: Range[] = [];
  for (const offset of joinedBreaks) {
    const at = firstAtOrAfter(sourceOffset, offset);
    let before = at;
    while (before > 0 && text[before - 1] === ' ') before--;
    let after = at + 1;
    while (text[after] === ' ') after++;
    if (before < at) ranges.push([before, at]);
    if (after > at + 1) ranges.push([at + 1, after]);
  }
  return ranges;
}

/** The first normalised character at or after `offset` of the loaded text. */
export function firstAtOrAfter(sourceOffset: Int32Array, offset: number): number {
  let lo = 0;
  let hi = sourceOffset.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sourceOffset[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function identity(length: number): Int32Array {
  const map = new Int32Array(length);
  for (let i = 0; i < length; i++) map[i] = i;
  return map;
}

/** Artefact patterns delete what they match, except a named group `keep`. */
function artefactRanges(text: string, rules: RuleSet): Range[] {
  const ranges: Range[] = [];
  for (const entry of rules.artefacts) {
    for (const match of text.matchAll(compile(entry.pattern, 'gd'))) {
      const start = match.index;
      const end = start + match[0].length;
      const keep = match.indices?.groups?.keep;
      if (keep) {
        ranges.push([start, keep[0]], [keep[1], end]);
      } else {
        ranges.push([start, end]);
      }
    }
  }
  return mergeRanges(ranges.filter(([s, e]) => e > s && !text.slice(s, e).includes('\n')));
}

/**
 * Finds the `*` markers of emphasis and strong emphasis with remark-parse. micromark reads about
 * a megabyte a second, so it is given only what decides emphasis: of each line the stretch from
 * its first to its last asterisk, without leading white space (an indented line would be taken
 * for code). What opens, closes or hides a marker — the characters of markup and the neighbours
 * of each, which make a marker left- or right-flanking — is kept, a letter or digit as "a" (only
 * its class counts); every run of other characters becomes one letter. Emphasis never leaves its
 * paragraph: each run of lines with asterisks is one, and its shape ("*a:*", "**a**") recurs
 * across a document and a batch, so its parse is memoised.
 */
function emphasisMarkerRanges(text: string): Range[] {
  if (!text.includes('*')) return [];
  const paragraphs: Paragraph[] = [];
  let open: Paragraph | null = null;
  let offset = 0;
  for (const line of text.split('\n')) {
    const first = line.indexOf('*');
    if (first >= 0) {
      if (!open) paragraphs.push((open = { probe: '', probeToText: [] }));
      appendProbeLine(open, line, first, offset);
    } else open = null;
    offset += line.length + 1;
  }
  // A link reference definition ("[a]: …") reaches other paragraphs: then they are parsed together.
  const parsed = paragraphs.some((p) => p.probe.includes('[')) ? [joinParagraphs(paragraphs)] : paragraphs;
  const ranges: Range[] = [];
  for (const { probe, probeToText } of parsed) {
    for (const [open, first, last, close] of markersOf(probe)) {
      ranges.push([probeToText[open], probeToText[first]], [probeToText[last], probeToText[close - 1] + 1]);
    }
  }
  return mergeRanges(ranges);
}

interface Paragraph {
  probe: string;
  /** Offset in the text of each character of the probe. */
  probeToText: number[];
}

function appendProbeLine(paragraph: Paragraph, line: string, first: number, offset: number): void {
  let from = Math.max(0, first - 1);
  while (WHITE_SPACE.has(line[from])) from++;
  const to = Math.min(line.length, line.lastIndexOf('*') + 2);
  for (let i = from; i < to; i++) {
    const plainRun = !isMarkupNear(line, i) && !isMarkupNear(line, i + 1) && i + 1 < to;
    paragraph.probeToText.push(offset + i);
    paragraph.probe += plainRun ? 'x' : probeCharacter(line[i]);
    if (plainRun) while (i + 1 < to && !isMarkupNear(line, i + 1)) i++;
  }
  paragraph.probeToText.push(offset + to);
  paragraph.probe += '\n';
}

function joinParagraphs(paragraphs: Paragraph[]): Paragraph {
  const joined: Paragraph = { probe: '', probeToText: [] };
  for (const p of paragraphs) {
    joined.probe += `${p.probe}\n`;
    joined.probeToText.push(...p.probeToText, p.probeToText[p.probeToText.length - 1]);
  }
  return joined;
}

/** [open, first child, end of last child, close] of each emphasis opened by `*`, as probe offsets. */
const markersOf = memoize((probe: string): [number, number, number, number][] => {
  // Emphasis takes two markers: a lone asterisk ("*" under a header, "(*)" before a note) is text.
  if (probe.indexOf('*') === probe.lastIndexOf('*')) return [];
  const found: [number, number, number, number][] = [];
  const visit = (node: Nodes): void => {
    if ((node.type === 'emphasis' || node.type === 'strong') && node.children.length > 0) {
      const open = node.position!.start.offset!;
      if (probe[open] === '*') {
        found.push([open, node.children[0].position!.start.offset!, node.children[node.children.length - 1].position!.end.offset!, node.position!.end.offset!]);
      }
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(markdown.parse(probe) as Root);
  return found;
});

/** The characters that make or hide markup in markdown's inline syntax. */
const MARKUP = new Set('*_`\\[]()<>!&"\'');

/** A kept character as micromark classes it: markup as written, any letter or digit as "a". */
function probeCharacter(c: string): string {
  return !MARKUP.has(c) && LETTER_OR_DIGIT.test(c) ? 'a' : c;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}\p{M}]$/u;

/** `line[i]` is markup or next to markup, so the emphasis probe keeps it. */
function isMarkupNear(line: string, i: number): boolean {
  return MARKUP.has(line[i - 1]) || MARKUP.has(line[i]) || MARKUP.has(line[i + 1]);
}

function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return merged;
}

function removeRanges(input: Normalized, ranges: readonly Range[]): Normalized {
  if (ranges.length === 0) return input;
  const removed = ranges.reduce((sum, [start, end]) => sum + (end - start), 0);
  const sourceOffset = new Int32Array(input.text.length - removed);
  const pieces: string[] = [];
  let cursor = 0;
  let written = 0;
  for (const [start, end] of [...ranges, [input.text.length, input.text.length] as const]) {
    pieces.push(input.text.slice(cursor, start));
    sourceOffset.set(input.sourceOffset.subarray(cursor, start), written);
    written += start - cursor;
    cursor = Math.max(cursor, end);
  }
  return { text: pieces.join(''), sourceOffset };
}
