// .pdf (pdfjs-dist, legacy build for Node): lines rebuilt from text items by baseline, cells
// split where a wide gap separates items on one line (tables), lines wrapped mid-sentence
// rejoined. A PDF without a text layer is reported as a scan, not read as an empty plan.
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { InputError } from '../model/errors.js';
import type { Loaded } from './types.js';

interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

interface PdfLine {
  text: string;
  x: number;
  y: number;
  size: number;
  cells: boolean;
}

export async function loadPdf(bytes: Uint8Array): Promise<Loaded> {
  let pdf: PDFDocumentProxy;
  try {
    pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, useSystemFonts: false }).promise;
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'PasswordException') throw new InputError('encrypted PDF: it needs a password to open');
    throw new InputError(`corrupt or truncated PDF (${(error as Error).message.split('\n')[0]})`);
  }
  try {
    const pages: PdfLine[][] = [];
    let characters = 0;
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const items: Item[] = [];
      for (const raw of content.items) {
        if (!('str' in raw) || raw.str === '') continue;
        const [a, b, , , e, f] = raw.transform as number[];
        items.push({ str: raw.str, x: e, y: f, width: raw.width, size: Math.hypot(a, b) || 10 });
        characters += raw.str.trim().length;
      }
      pages.push(toLines(items));
      page.cleanup();
    }
    if (characters < 20 * pdf.numPages && characters < 200) throw new InputError('no text layer: scanned PDF (OCR is not available yet)');
    const pageStarts: number[] = [];
    const out: string[] = [];
    let offset = 0;
    for (const lines of pages) {
      pageStarts.push(offset);
      for (const line of joinWrapped(lines)) {
        out.push(line);
        offset += line.length + 1;
      }
    }
    return { format: 'pdf', text: out.join('\n'), pageStarts, pages: pdf.numPages, messages: [] };
  } finally {
    await pdf.destroy();
  }
}

/** Items on one baseline (within a third of the font size) make a line; a wide gap makes a new cell. */
function toLines(items: Item[]): PdfLine[] {
  const sorted = [...items].sort((p, q) => q.y - p.y || p.x - q.x);
  const rows: Item[][] = [];
  for (const item of sorted) {
    const row = rows.find((r) => Math.abs(r[0].y - item.y) <= Math.max(2, r[0].size / 3));
    if (row) row.push(item);
    else rows.push([item]);
  }
  rows.sort((p, q) => q[0].y - p[0].y);
  return rows.map((row) => {
    row.sort((p, q) => p.x - q.x);
    let text = '';
    let cells = false;
    let end = row[0].x;
    for (const item of row) {
      const gap = item.x - end;
      if (text !== '' && gap > item.size * 1.5) {
        text += '\t';
        cells = true;
      } else if (text !== '' && gap > item.size * 0.15 && !/\s$/.test(text) && !/^\s/.test(item.str)) text += ' ';
      text += item.str;
      end = item.x + item.width;
    }
    const size = Math.max(...row.map((i) => i.size));
    return { text: text.replace(/ +\t/g, '\t').replace(/\t +/g, '\t'), x: row[0].x, y: row[0].y, size, cells };
  });
}

/**
 * Rejoins a line wrapped in the middle of a sentence: the next line starts at the left margin
 * with a lower-case letter or continues a hyphenated token, and is not a new item or a table row.
 */
function joinWrapped(lines: PdfLine[]): string[] {
  const margin = Math.min(...lines.filter((l) => !l.cells).map((l) => l.x));
  const out: string[] = [];
  let previous: PdfLine | null = null;
  for (const line of lines) {
    const continues =
      previous !== null &&
      !line.cells &&
      !previous.cells &&
      Math.abs(line.x - margin) < 2 &&
      previous.y - line.y < line.size * 2 &&
      (/^\p{Ll}/u.test(line.text) || /[-–]$/.test(previous.text)) &&
      !/[.:;]$/.test(previous.text);
    if (continues && out.length) out[out.length - 1] += (/[-–]$/.test(previous!.text) ? '' : ' ') + line.text.trim();
    else out.push(line.text);
    previous = line;
  }
  return out;
}
