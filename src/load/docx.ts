// .docx: paragraphs as lines, tables as rows of tab-separated cells, and the labels of Word's
// automatic numbering (I., 1., a)) recovered from numbering.xml — which text converters drop,
// though the section tree depends on them. Text boxes are skipped (layout, not content).
import JSZip from 'jszip';
import { InputError } from '../model/errors.js';
import type { Loaded } from './types.js';

/** Refuse archives that would inflate past this, before inflating them (zip bombs). */
const MAX_UNCOMPRESSED = 256 * 1024 * 1024;

export async function loadDocx(bytes: Uint8Array): Promise<Loaded> {
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new InputError('legacy Word 97-2003 .doc file, not .docx: convert it to .docx (e.g. "Save as" in Word or libreoffice --convert-to docx)');
  }
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw new InputError('not a .docx file (not a zip archive): convert it to .docx');
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    throw new InputError(`corrupt .docx archive (${(error as Error).message.split('\n')[0]})`);
  }
  let total = 0;
  zip.forEach((_path, entry) => {
    total += (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
  });
  if (total > MAX_UNCOMPRESSED) throw new InputError(`.docx would inflate to ${Math.round(total / 1048576)} MB (over ${MAX_UNCOMPRESSED / 1048576} MB): refused as a possible zip bomb`);
  const documentXml = await readEntry(zip, 'word/document.xml');
  if (documentXml === null) throw new InputError('not a Word document: the archive has no word/document.xml');
  const numberingXml = await readEntry(zip, 'word/numbering.xml');
  const numbering = new Numbering(numberingXml ?? '');
  const lines = readBody(documentXml, numbering);
  const messages = numbering.used ? ['automatic numbering labels recovered from numbering.xml'] : [];
  return { format: 'docx', text: lines.join('\n'), pageStarts: [], messages };
}

async function readEntry(zip: JSZip, path: string): Promise<string | null> {
  const entry = zip.file(path);
  if (!entry) return null;
  try {
    return await entry.async('string');
  } catch (error) {
    throw new InputError(`corrupt .docx entry ${path} (${(error as Error).message.split('\n')[0]})`);
  }
}

const TOKEN = /<(\/?)(w:p|w:tbl|w:tr|w:tc|w:t|w:tab|w:br|w:cr|w:noBreakHyphen|w:numPr|w:numId|w:ilvl|w:txbxContent|w:del|w:moveFrom|w:instrText|w:pPr)(?=[\s/>])([^>]*?)(\/?)>|<[^>]+>|([^<]+)/g;

/** Walks document.xml once: paragraphs and table rows become lines. */
function readBody(xml: string, numbering: Numbering): string[] {
  const lines: string[] = [];
  let paragraph = '';
  let inText = false;
  let skip = 0;
  let tableDepth = 0;
  let row: string[][] | null = null;
  let cell: string[] | null = null;
  let numId: string | null = null;
  let ilvl = '0';
  let inNumPr = false;

  const endParagraph = () => {
    const label = numId ? numbering.label(numId, ilvl) : null;
    const text = (label ? `${label} ` : '') + paragraph;
    if (cell) cell.push(...text.split('\n').map((t) => t.replace(/\t+/g, ' ').trim()));
    else if (text.trim() !== '') lines.push(...text.split('\n'));
    paragraph = '';
    numId = null;
    ilvl = '0';
  };

  for (const m of xml.matchAll(TOKEN)) {
    const [, closing, name, attributes, selfClosing, text] = m;
    if (text !== undefined) {
      if (inText && skip === 0) paragraph += decodeEntities(text);
      continue;
    }
    if (!name) continue;
    const open = !closing;
    switch (name) {
      case 'w:txbxContent':
      // Tracked changes: deleted text, and text moved away (it is read where it was moved to).
      case 'w:del':
      case 'w:moveFrom':
      case 'w:instrText':
        if (!selfClosing) skip += open ? 1 : -1;
        break;
      case 'w:t':
        inText = open && !selfClosing;
        break;
      case 'w:tab':
        if (skip === 0 && open && !/w:val=/.test(attributes)) paragraph += '\t';
        break;
      case 'w:br':
      case 'w:cr':
        if (skip === 0 && open) paragraph += '\n';
        break;
      // Word's non-breaking hyphen ("năm học 2025‑2026", "GD‑ĐT" typed with Ctrl+Shift+-) is an element, not a character.
      case 'w:noBreakHyphen':
        if (skip === 0 && open) paragraph += '-';
        break;
      case 'w:numPr':
        inNumPr = open && !selfClosing;
        break;
      case 'w:numId':
        if (inNumPr && skip === 0) numId = attr(attributes, 'w:val');
        break;
      case 'w:ilvl':
        if (inNumPr && skip === 0) ilvl = attr(attributes, 'w:val') ?? '0';
        break;
      case 'w:p':
        if (skip === 0 && (closing || selfClosing)) endParagraph();
        break;
      case 'w:tbl':
        tableDepth += open ? 1 : -1;
        break;
      case 'w:tr':
        if (tableDepth === 1) {
          if (open) row = [];
          else if (row) {
            lines.push(...rowLines(row));
            row = null;
          }
        }
        break;
      case 'w:tc':
        if (tableDepth === 1) {
          if (open) cell = [];
          else if (cell && row) {
            row.push(cell.filter(Boolean));
            cell = null;
          }
        }
        break;
    }
  }
  return lines;
}

/**
 * A row as lines: line k holds the k-th paragraph of every cell, tab-separated. A header table
 * ("ỦY BAN NHÂN DÂN | CỘNG HÒA …") reads line by line as printed; in an assignment table the
 * later lines have an empty first cell and are read as the continuation of the row.
 */
function rowLines(row: string[][]): string[] {
  const height = Math.max(0, ...row.map((c) => c.length));
  const lines: string[] = [];
  for (let k = 0; k < height; k++) {
    const cells = row.map((c) => c[k] ?? '');
    if (cells.some((c) => c !== '')) lines.push(cells.join('\t'));
  }
  return lines;
}

function attr(attributes: string, name: string): string | null {
  return new RegExp(`${name}="([^"]*)"`).exec(attributes)?.[1] ?? null;
}

function decodeEntities(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) => {
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'amp') return '&';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

interface Level {
  format: string;
  text: string;
  start: number;
}

/** numbering.xml: which list each paragraph belongs to and how its label is written. */
class Numbering {
  private readonly levels = new Map<string, Map<string, Level>>();
  private readonly counters = new Map<string, number[]>();
  used = false;

  constructor(xml: string) {
    const abstract = new Map<string, Map<string, Level>>();
    for (const a of xml.matchAll(/<w:abstractNum\b[^>]*w:abstractNumId="(\d+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) {
      abstract.set(a[1], readLevels(a[2]));
    }
    for (const n of xml.matchAll(/<w:num\b[^>]*w:numId="(\d+)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
      const base = abstract.get(/<w:abstractNumId w:val="(\d+)"/.exec(n[2])?.[1] ?? '');
      if (!base) continue;
      const levels = new Map(base);
      for (const o of n[2].matchAll(/<w:lvlOverride w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvlOverride>/g)) {
        const start = /<w:startOverride w:val="(\d+)"/.exec(o[2]);
        const level = levels.get(o[1]);
        if (start && level) levels.set(o[1], { ...level, start: Number(start[1]) });
      }
      this.levels.set(n[1], levels);
    }
  }

  /** The label of the next paragraph of list `numId` at level `ilvl`, e.g. "II." or "a)". */
  label(numId: string, ilvl: string): string | null {
    const levels = this.levels.get(numId);
    const level = levels?.get(ilvl);
    if (!levels || !level) return null;
    const depth = Number(ilvl);
    const counts = this.counters.get(numId) ?? [];
    counts[depth] = counts[depth] === undefined ? level.start : counts[depth] + 1;
    counts.length = depth + 1;
    this.counters.set(numId, counts);
    this.used = true;
    if (level.format === 'bullet') return '-';
    if (level.format === 'none') return null;
    return level.text.replace(/%(\d)/g, (_, n: string) => {
      const i = Number(n) - 1;
      const l = levels.get(String(i));
      return l ? formatNumber(counts[i] ?? l.start, l.format) : '';
    });
  }
}

function readLevels(xml: string): Map<string, Level> {
  const levels = new Map<string, Level>();
  for (const l of xml.matchAll(/<w:lvl\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
    levels.set(l[1], {
      format: /<w:numFmt w:val="([^"]+)"/.exec(l[2])?.[1] ?? 'decimal',
      text: decodeEntities(/<w:lvlText w:val="([^"]*)"/.exec(l[2])?.[1] ?? ''),
      start: Number(/<w:start w:val="(\d+)"/.exec(l[2])?.[1] ?? '1'),
    });
  }
  return levels;
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return String.fromCharCode(64 + (((n - 1) % 26) + 1));
    case 'lowerLetter':
      return String.fromCharCode(96 + (((n - 1) % 26) + 1));
    default:
      return String(n);
  }
}

function roman(n: number): string {
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [value, symbol] of table) while (n >= value) (out += symbol), (n -= value);
  return out;
}
