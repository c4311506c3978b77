// meta: document type, number, issuer, place and date, title — read from the header block.
import type { Meta } from '../model/schema.js';
import { alternation, compile, type RuleSet } from '../model/rules.js';
import type { Line } from '../segment/index.js';
import type { LocationIndex } from '../model/location.js';
import { BULLET_MARKS, collapseWhiteSpace } from '../model/text.js';

/** How far into the body a letter's addressees may stand: after its number, subject line, motto and date. */
const ADDRESSEES_WITHIN = 20;
/** A line of the addressees' list: "- Sở Y tế;". */
const LISTED = new RegExp(`^\\s*[${BULLET_MARKS}]\\s*\\S`, 'u');

export interface MetaResult {
  /** All but the attached documents, which the section tree finds. */
  meta: Omit<Meta, 'attached'>;
  /** First line after the title: where the body (and the section tree) begins. */
  bodyStart: number;
  /** Line index of the title's first line, or -1. */
  titleLine: number;
}

const HEADER_LINES = 40;

export function extractMeta(lines: Line[], rules: RuleSet): MetaResult {
  const header = lines.slice(0, HEADER_LINES);
  const typeRe = compile(`^\\s*(?<type>${alternation(rules.meta.docTypes.map((t) => t.name))})(?=\\s|$|[.:,])(?<rest>.*)$`, '', true);
  let docType: string | null = null;
  let typeLine = -1;
  let rest = '';
  for (const line of header) {
    // An official letter has no type line; its subject line "V/v …" stands for one.
    for (const implied of rules.meta.impliedTypes) {
      const m = compile(implied.pattern).exec(line.text);
      if (m) {
        docType = implied.docType;
        typeLine = line.index;
        rest = m.groups?.title?.trim() ?? '';
        break;
      }
    }
    if (docType) break;
    const text = line.text.replace(/\t+/g, ' ').trim();
    const match = typeRe.exec(text);
    // The type stands alone in capitals; a heading like "KẾ HOẠCH THỰC HIỆN …" keeps the rest as title.
    if (match?.groups && (match.groups.rest.trim() === '' || match.groups.rest === match.groups.rest.toUpperCase())) {
      docType = collapseWhiteSpace(match.groups.type);
      typeLine = line.index;
      rest = match.groups.rest.trim();
      break;
    }
  }

  const read = readTitle(lines, typeLine, rest, rules);
  const { title, titleLine } = read;
  const bodyStart = pastAddressees(lines, read.bodyStart, rules);
  const headerEnd = typeLine >= 0 ? typeLine : Math.min(lines.length, 12);
  const [issuer, ...coIssuers] = readIssuers(lines.slice(0, headerEnd), rules);
  return {
    meta: {
      docType,
      number: readNumber(header, rules),
      issuer: issuerInFull(issuer ?? readSignatureIssuer(lines, rules), lines, bodyStart, rules),
      ...(issuer && coIssuers.length ? { coIssuers } : {}),
      ...withAttachedDate(readPlaceDate(header, rules), header, rules),
      title,
    },
    bodyStart,
    titleLine,
  };
}

/** Where the body begins past a letter's addressees (meta.yaml addressees), when they open it or stand in the header. */
function pastAddressees(lines: Line[], bodyStart: number, rules: RuleSet): number {
  if (!rules.meta.addressees) return bodyStart;
  const addressees = compile(rules.meta.addressees);
  const at = lines.slice(bodyStart, bodyStart + ADDRESSEES_WITHIN).find((line) => addressees.test(line.text));
  if (!at) return bodyStart;
  let end = at.index + 1;
  while (end < lines.length && LISTED.test(lines[end].text)) end++;
  return end;
}

/** The type and title of each document attached after the closing block, from its type line (segment's attachments). */
export function attachedDocuments(lines: Line[], typeLines: number[], location: LocationIndex, rules: RuleSet): Meta['attached'] {
  return typeLines.map((typeLine) => {
    const { title, bodyStart } = readTitle(lines, typeLine, '', rules);
    let last = bodyStart - 1;
    while (last > typeLine && lines[last].text.trim() === '') last--;
    return { docType: collapseWhiteSpace(lines[typeLine].text).trim(), title, span: location.span(lines[typeLine].start, lines[last].end) };
  });
}

function readTitle(lines: Line[], typeLine: number, rest: string, rules: RuleSet) {
  if (typeLine < 0) return { title: null, titleLine: -1, bodyStart: 0 };
  // The national title, the motto and the place-and-date line end a title too: a letter's subject line
  // may come before them ("V/v …" in the left column, read first).
  const stops = [...rules.meta.titleStops.map((s) => compile(s.pattern, '', s.caseSensitive)), ...rules.meta.headerNoise.map((n) => compile(n.pattern)), compile(rules.meta.dateLine)];
  // A title ends where the first top-level section (a part or a Roman section) begins.
  const sections = rules.numbering.filter((n) => n.kind === 'part' || n.kind === 'roman').map((n) => compile(n.pattern, '', true));
  const parts: string[] = rest ? [rest] : [];
  let titleLine = rest ? typeLine : -1;
  let i = typeLine + 1;
  while (i < lines.length && parts.length === 0 && lines[i].text.trim() === '') i++;
  for (; i < lines.length && parts.length < 6; i++) {
    const text = lines[i].text.replace(/\t+/g, ' ').trim();
    // The line right after the type is the title, even one starting like a body ("Thực hiện Chương
    // trình …"), unless it reads as a sentence or clause (ends with punctuation) or holds no word.
    const firstTitleLine = parts.length === 0 && /\p{L}/u.test(text) && !/[.:;,]$/.test(text);
    if (text === '' || (!firstTitleLine && stops.some((s) => s.test(text))) || sections.some((s) => s.test(text))) break;
    if (titleLine < 0) titleLine = i;
    parts.push(text);
  }
  const title = collapseWhiteSpace(parts.join(' ')).trim();
  return { title: title || null, titleLine, bodyStart: i };
}

/**
 * The header's lines, then each joined to the next non-empty one: the text of a PDF may break a
 * field over lines ("Quận 10, ngày" / "" / "tháng 9 năm 2020", "Số:" / "772/KH-UBND").
 */
function* headerTexts(header: Line[]): Generator<string> {
  const filled = header.map((l) => l.text).filter((t) => t.trim() !== '');
  yield* filled;
  for (let i = 0; i + 1 < filled.length; i++) yield `${filled[i].trimEnd()} ${filled[i + 1].trimStart()}`;
}

function readNumber(header: Line[], rules: RuleSet): string | null {
  const re = compile(rules.meta.numberLine);
  for (const text of headerTexts(header)) {
    const match = re.exec(text);
    if (match?.groups) {
      const number = match.groups.number.replace(/\s+/g, '').trim();
      // "Số:" alone goes on in the next line; "Số: /KH-UBND" and "Số:   - Ctr/QU" leave the number blank.
      if (number === '') continue;
      return /^\d/.test(number) ? number : null;
    }
  }
  return null;
}

function readPlaceDate(header: Line[], rules: RuleSet): Pick<Meta, 'place' | 'issuedDate'> {
  const re = compile(rules.meta.dateLine);
  for (const text of headerTexts(header)) {
    const match = re.exec(text);
    if (!match?.groups) continue;
    const { place } = match.groups;
    const day = match.groups.day ?? match.groups.numericDay;
    const month = match.groups.month ?? match.groups.numericMonth;
    const year = match.groups.year ?? match.groups.numericYear;
    // The place is the last run of words before the comma (a header table puts other cells first).
    const placeText = place.split(/\t|\s{2,}/).pop()!.trim();
    const pad = (n: string) => n.padStart(2, '0');
    const issuedDate = month ? (day ? `${year}-${pad(month)}-${pad(day)}` : `${year}-${pad(month)}`) : year;
    return { place: placeText || null, issuedDate };
  }
  return { place: null, issuedDate: null };
}

/** A plan issued with a decision ("(Ban hành kèm theo Quyết định số … ngày 10/01/2026 …)") and no date line of its own: the decision's date. */
function withAttachedDate(read: Pick<Meta, 'place' | 'issuedDate'>, header: Line[], rules: RuleSet): Pick<Meta, 'place' | 'issuedDate'> {
  if (read.issuedDate || !rules.meta.attachedDate) return read;
  const note = compile(rules.meta.attachedNote);
  const date = compile(rules.meta.attachedDate);
  for (const text of headerTexts(header)) {
    const match = note.test(text) ? date.exec(text) : null;
    if (match?.groups) return { ...read, issuedDate: `${match.groups.year}-${match.groups.month.padStart(2, '0')}-${match.groups.day.padStart(2, '0')}` };
  }
  return read;
}

/**
 * The issuing bodies, one per column of the header: the last capitalised line of a column before
 * the number line ("ĐẢNG BỘ TP HỒ CHÍ MINH" / "QUẬN ỦY QUẬN 10" → the latter). A line that only adds
 * the place ("ỦY BAN NHÂN DÂN" / "TỈNH LÂM ĐỒNG") completes the line above it; one that names its
 * organ ("ĐẢNG BỘ TỈNH BẮC NINH" / "BAN CHẤP HÀNH") is completed by it. The left column's is the
 * issuer; a joint document names the bodies issuing with it beside it, where others put the
 * national title (headerNoise). Empty when the header names none.
 */
function readIssuers(header: Line[], rules: RuleSet): string[] {
  const noise = rules.meta.headerNoise.map((n) => compile(n.pattern, '', true));
  const date = compile(rules.meta.dateLine);
  const place = compile(rules.meta.issuerPlace, '', true);
  const organ = compile(rules.meta.issuerOrgan, '', true);
  const numberLine = compile(rules.meta.numberLine);
  const columns: { issuer: string | null; previousWasIssuer: boolean }[] = [];
  for (const line of header) {
    const cells = line.text.split(/\t|\s{3,}/).map((c) => c.trim()).filter((c) => c !== '');
    if (numberLine.test(cells[0] ?? '') && columns[0]?.issuer) break;
    cells.forEach((cell, k) => {
      const column = (columns[k] ??= { issuer: null, previousWasIssuer: false });
      if (noise.some((n) => n.test(cell)) || date.test(cell) || numberLine.test(cell) || !(cell === cell.toUpperCase() && /\p{Lu}{2}/u.test(cell))) {
        column.previousWasIssuer = false;
        return;
      }
      const text = collapseWhiteSpace(cell);
      const { issuer, previousWasIssuer } = column;
      if (previousWasIssuer && issuer && place.test(text) && !place.test(issuer)) column.issuer = `${issuer} ${text}`;
      else column.issuer = previousWasIssuer && issuer && organ.test(text) ? `${text} ${issuer}` : text;
      column.previousWasIssuer = true;
    });
    // A column the line holds nothing in is not continued by the next line.
    for (const column of columns.slice(cells.length)) column.previousWasIssuer = false;
  }
  const [first, ...others] = columns.map((c) => c.issuer);
  return first ? [first, ...new Set(others.filter((o): o is string => o !== null && o !== first))] : [];
}

/** Lines after the title where the sentence announcing the plan may stand. */
const ANNOUNCEMENT_LINES = 6;

/**
 * An issuer read without its place ("T/M ĐẢNG ỦY") as the sentence that announces the plan names it
 * in full (meta.yaml issuerAnnounced): "Đảng ủy phường Đông Đa ban hành Kế hoạch …" → "Đảng ủy phường Đông Đa".
 */
function issuerInFull(issuer: string | null, lines: Line[], bodyStart: number, rules: RuleSet): string | null {
  if (!issuer) return null;
  const place = compile(rules.meta.issuerPlace, '', true);
  const words = issuer.split(/\s+/);
  if (words.some((_, k) => place.test(words.slice(k).join(' ')))) return issuer;
  const { verbs, maxWords } = rules.meta.issuerAnnounced;
  const levels = alternation(rules.agencies.sharedParts.filter((p) => p.class === 'place').flatMap((p) => p.words));
  // Case-sensitive: the place's name is capitalised after its level in lower case.
  const announced = compile(
    `(?<issuer>(?:[\\p{L}\\p{M}]+\\s+){1,${maxWords}}?(?:${levels})\\s+\\p{Lu}[\\p{L}\\p{M}\\d]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}\\d]*)*)\\s+(?:${alternation(verbs)})\\s`,
    '',
    true,
  );
  const own = issuer.normalize('NFC').toLowerCase();
  for (const line of lines.slice(bodyStart, bodyStart + ANNOUNCEMENT_LINES)) {
    const named = announced.exec(line.text)?.groups?.issuer;
    if (named && collapseWhiteSpace(named).toLowerCase().startsWith(own)) return collapseWhiteSpace(named);
  }
  return issuer;
}

/** Without a header issuer, the body the signatory signs for: "TM. ỦY BAN NHÂN DÂN", "T/M ĐẢNG ỦY". */
function readSignatureIssuer(lines: Line[], rules: RuleSet): string | null {
  const re = compile(rules.meta.signatureLine, '', true);
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - 60); i--) {
    const match = re.exec(lines[i].text);
    if (match?.groups) return match.groups.body.trim();
  }
  return null;
}
