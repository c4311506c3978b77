// .txt: UTF-8 with or without BOM, UTF-16 with BOM. A binary or undecodable file is refused.
import { InputError } from '../model/errors.js';
import { alternation, compile, type RuleSet } from '../model/rules.js';
import { wordCount } from '../model/text.js';
import type { Loaded, WrapRules } from './types.js';

export function loadTxt(bytes: Uint8Array, wrap: WrapRules): Loaded {
  const decoded = pipeRowsAsCells(decodeText(bytes).replace(/\r\n?/g, '\n'));
  const { text, joinedBreaks } = joinWrappedLines(decoded, wrap);
  const messages = joinedBreaks.length ? [`hard-wrapped text: ${joinedBreaks.length} line breaks inside paragraphs read as spaces`] : [];
  return { format: 'txt', text, pageStarts: [], messages, joinedBreaks };
}

/** A row of a table drawn with pipes ("| 1 | Rà soát | Sở Nội vụ |"): two pipes or more. */
const PIPE_ROW = /^[^|\n]*\|[^|\n]*\|/;
/** The rule under a Markdown table's header: "|---|:---:|". */
const PIPE_RULE = /^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-{3,}:?[ \t]*)?$/;

/**
 * Tables drawn with pipes (Markdown, a web page or a Word table saved as text) read as the
 * tab-separated rows the other loaders give: a pipe between cells becomes a tab, the pipes at
 * the ends and the rule under the header become spaces, so every offset holds.
 */
function pipeRowsAsCells(text: string): string {
  if (!text.includes('|')) return text;
  return text
    .split('\n')
    .map((line) => {
      if (PIPE_RULE.test(line)) return ' '.repeat(line.length);
      if (!PIPE_ROW.test(line)) return line;
      return line.replace(/^([ \t]*)\|/, '$1 ').replace(/\|([ \t]*)$/, ' $1').replaceAll('|', '\t');
    })
    .join('\n');
}

/** A line that starts in lower case: no Vietnamese sentence or heading does. */
const LOWER_CASE_START = /^[ \t]*\p{Ll}/u;

/** How many lines start in lower case (after spaces). */
function linesInLowerCase(text: string): number {
  let count = 0;
  for (let at = 0; at < text.length; at = text.indexOf('\n', at) + 1 || text.length) {
    let i = at;
    while (text[i] === ' ' || text[i] === '\t') i++;
    const c = text[i];
    if (c !== undefined && c !== '\n' && c !== c.toUpperCase()) count++;
  }
  return count;
}

/** Of the text's non-empty lines, the share (and at least the number) that must start in lower case for the text to be hard-wrapped. */
const WRAPPED_SHARE = 0.2;
const WRAPPED_LINES = 10;
/** A line whose next word would have fitted within this share of the wrap width ended its paragraph. */
const FULL_LINE = 0.85;

/** A line that ends a sentence, and the tail of one: a few words ending it ("60%.", "22/4/2026."). */
const SENTENCE_END = /[.;:!?]["”)]?\s*$/u;
const endsSentence = (line: string) => SENTENCE_END.test(line) && wordCount(line) <= 3;
/** A bracket opened and not closed on the line. */
const openBracket = (line: string) => line.lastIndexOf('(') > line.lastIndexOf(')');
/** The full stop that ends a numbered heading's sentence (not a ";" or ":" inside it). */
const HEADING_END = /[.!?]["”)]?\s*$/u;

/** Lines known to be wrapped: those a line in lower case goes on from, that many at least, give a short text its width. */
const WRAPPED_LINES_SHORT = 3;

/**
 * The width a text was wrapped at, for telling a full line; Infinity when it cannot be told. A
 * text with many lines in lower case is wrapped: its long lines give the width. A short one has
 * few: the lines they go on from were full, and give it, when there are enough of them.
 */
function wrapWidth(lines: string[], filled: string[], lowerCase: number, numbering: readonly RegExp[]): number {
  if (lowerCase >= WRAPPED_LINES && lowerCase / filled.length >= WRAPPED_SHARE) {
    const lengths = filled.map((l) => l.trimEnd().length).sort((a, b) => a - b);
    return lengths[Math.floor(lengths.length * 0.9)];
  }
  // "a) …" starts in lower case and goes on from nothing.
  const goesOn = (line: string) => LOWER_CASE_START.test(line) && !numbering.some((re) => re.test(line.trimStart()));
  const continued = lines.flatMap((line, i) => (i > 0 && lines[i - 1].trim() !== '' && goesOn(line) ? [lines[i - 1].trimEnd().length] : []));
  if (continued.length < WRAPPED_LINES_SHORT) return Infinity;
  return continued.sort((a, b) => a - b)[Math.floor(continued.length / 2)];
}

/** Two words in capitals or more: a line of them is a type or a heading, not the end of a sentence. */
const CAPITAL_WORDS = /\p{Lu}{2,}\s+\p{Lu}{2,}/u;

/**
 * Text wrapped at a fixed width (pdftotext, e-mail, a web page copied) breaks its paragraphs
 * over lines. A line goes on from the one above when it starts in lower case (no Vietnamese
 * sentence does), or when the line above was full (the next word did not fit, `wrapWidth`)
 * and was no heading — unless it starts with a number or bullet of the numbering grammar or as
 * a body does after its title ("Căn cứ …"), either is a table row or blank, or the line above
 * is in capitals and this one is not (a title's "thực hiện Nghị quyết …" under "KẾ HOẠCH"
 * stays its own line), or the other way round (a type line under the date). In a text of one
 * paragraph a line nothing changes. A joined break becomes a space: every offset holds.
 */
function joinWrappedLines(text: string, { labels: numbering, bullets, starts, openEnd, sentence }: WrapRules): { text: string; joinedBreaks: number[] } {
  // Most texts are not wrapped: counted in one pass, without splitting them.
  const lowerCase = linesInLowerCase(text);
  if (lowerCase === 0) return { text, joinedBreaks: [] };
  const lines = text.split('\n');
  const filled = lines.filter((l) => l.trim() !== '');
  const width = wrapWidth(lines, filled, lowerCase, numbering);
  // A bulleted line is a paragraph: it stands apart from the next line only once its sentence ended.
  const isHeading = (line: string) => numbering.some((re) => re.test(line)) && (!bullets.some((re) => re.test(line)) || SENTENCE_END.test(line));
  const joinedBreaks: number[] = [];
  // The first line of the paragraph the line above belongs to.
  let paragraphStart = 0;
  let offset = lines[0].length + 1;
  for (let i = 1; i < lines.length; offset += lines[i].length + 1, i++) {
    if (joinedBreaks[joinedBreaks.length - 1] !== offset - lines[i - 1].length - 2) paragraphStart = i - 1;
    const above = lines[i - 1].trimEnd();
    const line = lines[i].trimStart();
    if (above === '' || line === '' || above.includes('\t') || line.includes('\t')) continue;
    const full = above.length + 1 + /^\S+/.exec(line)![0].length > width * FULL_LINE;
    const startsLower = LOWER_CASE_START.test(line);
    // Only a line in lower case or under a full one may go on: the tests below are spared the others.
    if (!startsLower && !full) continue;
    // A number or bullet starts a paragraph; alone on its line under a full one it ended a sentence ("… mức độ" / "2.").
    if (numbering.some((re) => re.test(line)) && !(full && /^\S+$/.test(line))) continue;
    // The body after a title starts anew: "… trên địa bàn phường" / "Thực hiện Chương trình …".
    if (starts.some((re) => re.test(line))) continue;
    // A line in capitals (a type, a heading) goes on only in capitals: "CHƯƠNG TRÌNH HÀNH ĐỘNG" / "thực hiện Nghị quyết …";
    // and starts anew under one that is not: "Quảng Trị, ngày 05 tháng 3 năm 2026" / "CHƯƠNG TRÌNH HÀNH ĐỘNG"
    // (an abbreviation alone, "… của" / "UBND.", may end a sentence).
    if (above === above.toUpperCase() ? line !== line.toUpperCase() : line === line.toUpperCase() && CAPITAL_WORDS.test(line)) continue;
    if (startsLower) joinedBreaks.push(offset - 1);
    // A full line goes on, unless it is a heading: its text may run to the margin, the paragraph
    // under it starts anew — but no heading ends with "với", "và" or a comma, none is bulleted
    // ("- Phòng Văn hóa - Xã hội chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc" / "Việt Nam …",
    // unless its sentence ended), none ends a sentence on a line of its own ("… tối thiểu" / "60%."), and none inside
    // its brackets ("1. Văn phòng HĐND và UBND huyện (Cơ quan thường trực" / "Ban Chỉ huy) theo dõi …"); a sentence
    // that assigns or sets a level is no title ("2. Giao Sở Tài chính chủ trì, phối hợp với Kho bạc" / "Nhà nước …").
    // A numbered heading whose sentence ended at the margin is whole: "a) Rà soát … 05 thủ tục." / "Văn phòng Sở chủ trì …".
    else if (full && !(HEADING_END.test(above) && isHeading(lines[paragraphStart].trimStart())) && (openEnd.test(above) || !isHeading(above.trimStart()) || endsSentence(line) || openBracket(above) || sentence.test(lines.slice(paragraphStart, i).join(' ')))) joinedBreaks.push(offset - 1);
  }
  // Each joined break becomes a space (breaks are in order): one slice per paragraph, not a copy per character.
  let joined = '';
  let from = 0;
  for (const at of joinedBreaks) {
    joined += `${text.slice(from, at)} `;
    from = at + 1;
  }
  return { text: joined + text.slice(from), joinedBreaks };
}

export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode('utf-16le', bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode('utf-16be', bytes.subarray(2));
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (body.subarray(0, 8192).includes(0)) throw new InputError('binary file, not text (NUL bytes)');
  const text = decode('utf-8', body);
  // Control characters other than tab, newline, carriage return and form feed mean binary data.
  const control = text.slice(0, 8192).match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0;
  if (control > 8) throw new InputError('binary file, not text (control characters)');
  return text;
}

function decode(encoding: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`not valid ${encoding.toUpperCase()} text`);
  }
}

const wrapRulesByRules = new WeakMap<RuleSet, WrapRules>();

/** The rule tables' say on where a paragraph starts in hard-wrapped text, compiled once per rule set. */
export function wrapRulesOf(rules: RuleSet): WrapRules {
  let wrap = wrapRulesByRules.get(rules);
  if (!wrap) {
    wrap = {
      labels: rules.numbering.map((n) => compile(n.pattern, '', true)),
      bullets: rules.numbering.filter((n) => n.kind === 'bullet').map((n) => compile(n.pattern, '', true)),
      starts: rules.meta.titleStops.filter((s) => s.caseSensitive).map((s) => compile(s.pattern, '', true)),
      openEnd: compile(`(?:[,\\-–]|(?<![\\p{L}\\p{M}])(?:${alternation(rules.meta.openLineEnds)}))$`, '', true),
      sentence: compile(rules.meta.sentenceLines.map((l) => `(?:${l.pattern})`).join('|') || '(?!)', '', true),
    };
    wrapRulesByRules.set(rules, wrap);
  }
  return wrap;
}
