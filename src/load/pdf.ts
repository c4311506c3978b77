// .pdf (pdfjs-dist, legacy build for Node): lines rebuilt from text items by baseline, cells
// split where a wide gap separates items on one line (tables), lines wrapped mid-sentence
// rejoined. A PDF without a text layer is reported as a scan, not read as an empty plan.
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { InputError } from '../model/errors.js';
import type { Loaded, LoadOptions } from './types.js';
import { isColumnNumbering } from '../model/tables.js';
import { PageReader, type CanvasFactory, type Item } from './ocr.js';
import { BULLET_MARKS } from '../model/text.js';

/** A page with fewer characters than this in its text layer is a scan (signed scans carry a few). */
const MIN_TEXT_CHARACTERS = 40;

interface PdfLine {
  text: string;
  x: number;
  y: number;
  size: number;
  /** Right edge of the line's last item. */
  right: number;
  cells: boolean;
  /** Read by OCR: positions are less exact (a scan is skewed by a degree or so). */
  ocr?: boolean;
}

export async function loadPdf(bytes: Uint8Array, options: LoadOptions): Promise<Loaded> {
  let pdf: PDFDocumentProxy;
  try {
    pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, useSystemFonts: false }).promise;
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'PasswordException') throw new InputError('encrypted PDF: it needs a password to open');
    throw new InputError(`corrupt or truncated PDF (${(error as Error).message.split('\n')[0]})`);
  }
  const ocr = new PageReader(options.ocrFixes);
  try {
    const pages: PdfLine[][] = [];
    const heights: number[] = [];
    const ocrPages: number[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      let items: Item[] = [];
      let characters = 0;
      for (const raw of content.items) {
        if (!('str' in raw) || raw.str === '') continue;
        const [a, b, , , e, f] = raw.transform as number[];
        items.push({ str: raw.str, x: e, y: f, width: raw.width, size: Math.hypot(a, b) || 10 });
        characters += raw.str.trim().length;
      }
      const scanned = characters < MIN_TEXT_CHARACTERS;
      if (options.ocr === 'always' || (options.ocr === 'auto' && scanned)) {
        items = await ocr.read(page, (pdf as unknown as { canvasFactory: CanvasFactory }).canvasFactory);
        ocrPages.push(n);
        options.onPage?.(n, pdf.numPages);
      } else if (scanned && options.ocr === 'never') {
        items = [];
      }
      const lines = toLines(items, ocrPages.includes(n));
      pages.push(ocrPages.includes(n) ? lines.map((l) => ({ ...l, text: ocr.fixLine(l.text), ocr: true })) : lines);
      heights.push(page.view[3] - page.view[1]);
      page.cleanup();
    }
    const furniture = dropPageFurniture(pages, heights, new RegExp(options.pageNumberLine, 'iu'));
    if (pages.every((lines) => lines.length === 0)) {
      throw new InputError(options.ocr === 'never' ? 'no text layer: scanned PDF (run with --ocr auto to read it)' : 'no text found, even by OCR');
    }
    const joined = joinWrapped(pages.flatMap((lines, page) => lines.map((line) => ({ ...line, page }))));
    const pageStarts: number[] = [];
    let offset = 0;
    for (const line of joined) {
      while (pageStarts.length <= line.page) pageStarts.push(offset);
      offset += line.text.length + 1;
    }
    while (pageStarts.length < pdf.numPages) pageStarts.push(offset);
    const messages = [
      ...(ocrPages.length ? [`pages read by OCR (Vietnamese model): ${ocrPages.join(', ')}`] : []),
      ...(furniture ? [`${furniture} running header, footer or page-number lines dropped`] : []),
    ];
    return { format: 'pdf', text: joined.map((l) => l.text).join('\n'), pageStarts, pages: pdf.numPages, ocrPages, messages };
  } finally {
    await ocr.close();
    await pdf.destroy();
  }
}

/**
 * Drops page furniture from the top and bottom of pages: a bare page number ("2", "- 2 -",
 * "Trang 2/6"), or a line repeated at the same height on at least three pages (digits aside).
 * Returns how many lines were dropped.
 */
function dropPageFurniture(pages: PdfLine[][], heights: number[], pageNumber: RegExp): number {
  const key = (l: PdfLine) => `${Math.round(l.y / 4)}|${l.text.replace(/\d+/g, '#').trim()}`;
  const margin = (l: PdfLine, page: number) => l.y > heights[page] * 0.9 || l.y < heights[page] * 0.1;
  const seen = new Map<string, number>();
  pages.forEach((lines, page) => {
    for (const k of new Set(lines.filter((l) => margin(l, page)).map(key))) seen.set(k, (seen.get(k) ?? 0) + 1);
  });
  let dropped = 0;
  pages.forEach((lines, page) => {
    const kept = lines.filter((l) => !(margin(l, page) && !l.cells && (pageNumber.test(l.text) || (seen.get(key(l)) ?? 0) >= 3)));
    dropped += lines.length - kept.length;
    pages[page] = kept;
  });
  return dropped;
}

/**
 * Items on one baseline (within a third of the font size; half of it on a scan, whose cells of one
 * row the recogniser places a few points apart) make a row, left to right.
 */
function toRows(items: Item[], ocr: boolean): Item[][] {
  const sorted = [...items].sort((p, q) => q.y - p.y || p.x - q.x);
  const rows: Item[][] = [];
  const tolerance = (size: number) => Math.max(2, size / (ocr ? 2 : 3));
  for (const item of sorted) {
    const row = rows.find((r) => Math.abs(r[0].y - item.y) <= tolerance(r[0].size));
    if (row) row.push(item);
    else rows.push([item]);
  }
  rows.sort((p, q) => q[0].y - p[0].y);
  for (const row of rows) row.sort((p, q) => p.x - q.x);
  return rows;
}

/** Runs of items separated by a gap wider than a font size (a word space is a quarter of one). */
function segments(row: Item[]): Item[][] {
  const out: Item[][] = [];
  let end = -Infinity;
  for (const item of row) {
    if (out.length === 0 || item.x - end > item.size) out.push([item]);
    else out[out.length - 1].push(item);
    end = item.x + item.width;
  }
  return out;
}

function joinItems(items: Item[]): string {
  let text = '';
  let end = items[0]?.x ?? 0;
  for (const item of items) {
    if (text !== '' && item.x - end > item.size * 0.15 && !/\s$/.test(text) && !/^\s/.test(item.str)) text += ' ';
    text += item.str;
    end = item.x + item.width;
  }
  return text.trim();
}

/**
 * Lines of a page. Office exports write a table cell's lines as separate text items at the
 * cell's left edge, where running text is one item per line. So a table row is a row of two or
 * more items apart from each other, and a table goes on through rows whose items start where its
 * cells start (a cell's wrapped lines). Its columns are the x-ranges no item covers; every line
 * of the table is cut there. Elsewhere a wide gap becomes a tab (header blocks in two columns).
 */
/** A column's text taking up again this many line pitches below its last line in the row left a line blank. */
const RESUMED_COLUMN_GAP = 1.7;

function toLines(items: Item[], ocr: boolean): PdfLine[] {
  // On a scan, a row of one or two characters is a speck the recogniser read, not text.
  const rows = toRows(items.filter((i) => i.str.trim() !== ''), ocr).filter((row) => !ocr || row.map((i) => i.str).join('').replace(/\s/g, '').length > 2);
  // Recognised word boxes are spaced and placed less evenly than a text layer's items.
  const cellGap = ocr ? 1.5 : 0.5;
  const alignment = ocr ? 4 : 1;
  const lines: PdfLine[] = [];
  for (let i = 0; i < rows.length; i++) {
    if (isTableRow(rows[i], cellGap)) {
      const starts = rows[i].map((item) => item.x);
      let j = i + 1;
      const fits = (row: Item[]) => isTableRow(row, cellGap) || row.every((item) => starts.some((x) => Math.abs(x - item.x) <= alignment));
      for (; j < rows.length; j++) {
        const row = rows[j];
        if (isTableRow(row, cellGap)) starts.push(...row.map((item) => item.x));
        // One row that spans cells (a merged header) does not end a table the next row goes on with.
        else if (!fits(row) && !(j + 1 < rows.length && isTableRow(rows[j + 1], cellGap))) break;
      }
      let table = rows.slice(i, j);
      let cuts = columnCuts(table);
      // Running text across columns, set apart below the row above, with no row of cells after it (a
      // note under the table: "Ghi chú: …"), ends the table; a row's next line follows at the line pitch.
      const linePitch = linePitchOf(table);
      const noteRow = table.findIndex((row, k) => k > 0 && table[k - 1][0].y - row[0].y > linePitch * 1.2 && !isTableRow(row, cellGap) && crossedCuts(row, cuts) >= 2 && !(i + k + 1 < rows.length && isTableRow(rows[i + k + 1], cellGap)));
      if (noteRow > 0) {
        j = i + noteRow;
        table = rows.slice(i, j);
        cuts = columnCuts(table);
      }
      // Fewer than three aligned columns is not a table: a header block, a signature block.
      if (cuts.length < 2) {
        lines.push(plainLine(rows[i]));
        continue;
      }
      let open: { cells: string[]; line: PdfLine } | null = null;
      // Lines of one cell follow at the line pitch; a new row begins after a wider gap (the
      // cell padding and ruling) even where its number cell is empty or was not recognised.
      const pitch = linePitchOf(table);
      // Where rows are told apart by their spacing, trust it alone (OCR may lose the row numbers).
      const spaced = rowGaps(table).some((d) => d > pitch * 1.35);
      let previousY = Infinity;
      // Where each column's text last was in the open row: cells are set at the top of their row, so
      // columns that take up again below a line of their own left blank begin the next row.
      let lastInColumn: number[] = [];
      for (const row of table) {
        const cells: Item[][] = [...cuts, Infinity].map(() => []);
        for (const item of row.flatMap((i) => splitAtCuts(i, cuts))) cells[cuts.filter((c) => c <= item.x).length].push(item);
        const texts = cells.map(joinItems);
        const resumed = texts.filter((t, k) => t !== '' && lastInColumn[k] !== undefined && lastInColumn[k] - row[0].y > pitch * RESUMED_COLUMN_GAP).length;
        const newRow = previousY - row[0].y > pitch * 1.35 || resumed >= 2;
        previousY = row[0].y;
        // A line with an empty first cell is a wrapped line of the row above: its cells continue.
        const numbered = /^\d{1,3}\.?$/.test(texts[0]);
        if (open && !newRow && !numbered && (texts[0] === '' || spaced) && !isColumnNumbering(open.cells)) {
          texts.forEach((t, k) => t && (open!.cells[k] = joinWrappedCell(open!.cells[k], t)));
          texts.forEach((t, k) => t && (lastInColumn[k] = row[0].y));
          open.line.text = open.cells.join('\t');
          continue;
        }
        open = { cells: texts, line: { text: texts.join('\t'), x: row[0].x, y: row[0].y, size: row[0].size, right: rightEdge(row), cells: true } };
        lastInColumn = texts.map((t) => (t ? row[0].y : undefined)) as number[];
        lines.push(open.line);
      }
      i = j - 1;
      continue;
    }
    lines.push(plainLine(rows[i]));
  }
  return lines;
}

/** The vertical gaps between successive rows, smallest first. */
function rowGaps(rows: Item[][]): number[] {
  return rows.slice(1).map((row, k) => rows[k][0].y - row[0].y).filter((d) => d > 0).sort((a, b) => a - b);
}

/** The pitch of a table's lines: a low quartile of its row gaps, as most gaps are a cell's next line. */
function linePitchOf(rows: Item[][]): number {
  const gaps = rowGaps(rows);
  return gaps[Math.floor(gaps.length / 4)] ?? Infinity;
}

/** How many column boundaries the items of a row run across. */
function crossedCuts(row: Item[], cuts: number[]): number {
  return cuts.filter((cut) => row.some((i) => i.x < cut - 3 && i.x + i.width > cut + 3)).length;
}

/**
 * A recognised run that crosses a column boundary ("Các trường Tiểu học, Tháng." over two cells), as
 * one item per cell. It is cut at the widest gap between its words near each boundary (a cell's
 * padding), the nearer of two alike, as a centred cell's line may start a little left of where the
 * column's lines start.
 */
function splitAtCuts(item: Item, cuts: number[]): Item[] {
  const words = item.words;
  const crossed = cuts.filter((cut) => item.x < cut && cut < item.x + item.width);
  if (!words || words.length < 2 || crossed.length === 0) return [item];
  // After which word each crossed boundary falls, and the boundary: the part after it starts there.
  const breaks = new Map<number, number>();
  for (const cut of crossed) {
    let best = -1;
    let bestScore = -Infinity;
    for (let k = 0; k + 1 < words.length; k++) {
      const gapStart = words[k].x + words[k].width;
      const gapEnd = words[k + 1].x;
      if (gapEnd < cut - item.size * 1.5 || gapStart > cut + item.size * 0.5) continue;
      // Wide, and at the boundary: of two word spaces alike, the one the boundary falls in.
      const score = gapEnd - gapStart - Math.max(0, cut - gapEnd, gapStart - cut) / 2;
      if (score > bestScore) [best, bestScore] = [k, score];
    }
    if (best < 0) best = words.findIndex((w) => w.x >= cut) - 1;
    if (best >= 0) breaks.set(best, Math.max(cut, breaks.get(best) ?? -Infinity));
  }
  const parts: Item[] = [];
  let from = 0;
  let x = words[0].x;
  for (let k = 0; k < words.length; k++) {
    if (k + 1 < words.length && !breaks.has(k)) continue;
    const last = words[k];
    parts.push({ ...item, str: words.slice(from, k + 1).map((w) => w.str).join(' '), x, width: last.x + last.width - x, words: undefined });
    from = k + 1;
    x = k + 1 < words.length ? Math.max(words[k + 1].x, breaks.get(k)!) : x;
  }
  return parts;
}

/** A line outside tables: a wide gap becomes a tab (header blocks laid out in two columns). */
function plainLine(row: Item[]): PdfLine {
  const text = segments(row).map(joinItems).join('\t');
  return { text, x: row[0].x, y: row[0].y, size: Math.max(...row.map((r) => r.size)), right: rightEdge(row), cells: text.includes('\t') };
}

/** "Công lập: 99-" + "100%", "Tháng 10/202" + "3": a number or date cut at the cell edge joins without a space. */
function joinWrappedCell(before: string, after: string): string {
  if (!before) return after;
  return /\d[-–/]$|\/\d+$/.test(before) && /^\d/.test(after) ? before + after : `${before} ${after}`;
}

function rightEdge(row: Item[]): number {
  return Math.max(...row.map((i) => i.x + i.width));
}

/** Two or more items with a gap wider than `gap` font sizes between them: cells of a table row. */
function isTableRow(row: Item[], gap: number): boolean {
  for (let k = 1; k < row.length; k++) if (row[k].x - (row[k - 1].x + row[k - 1].width) > row[k].size * gap) return true;
  return false;
}

/**
 * Column boundaries: just left of every x where lines of two or more rows start (cells are left
 * aligned). Starts within a few points of each other (a centred header over its column) make
 * one column. Anything left of the first column start is the first column (row numbers).
 */
function columnCuts(rows: Item[][]): number[] {
  const starts: { x: number; row: number }[] = rows.flatMap((row, r) => row.map((item) => ({ x: item.x, row: r }))).sort((a, b) => a.x - b.x);
  const groups: { from: number; to: number; rows: Set<number> }[] = [];
  for (const { x, row } of starts) {
    const last = groups[groups.length - 1];
    if (last && x - last.to <= 12) {
      last.to = x;
      last.rows.add(row);
    } else groups.push({ from: x, to: x, rows: new Set([row]) });
  }
  const left = starts[0]?.x ?? 0;
  // Lines that run on across a boundary say it is none: "4" centred under its header is no column start.
  const items = rows.flat();
  const crossing = (cut: number) => items.filter((i) => i.x < cut - 3 && i.x + i.width > cut + 3).length;
  return groups.filter((g) => g.rows.size >= 2 && g.from - left > 3 && crossing(g.from - 1.5) <= g.rows.size).map((g) => g.from - 1.5);
}

/** The start of a labelled paragraph: "II.", "3.", "1.2.", "1- …", "a)", a bullet. */
const paragraphLabel = new RegExp(`^\\s*(?:[IVXLC]+\\s*[.\\-–]|\\d+(?:\\.\\d+)*[.)]|\\d{1,2}\\s*[\\-–]\\s*\\p{L}|[a-zđ]\\)|[${BULLET_MARKS}]\\s)`, 'u');

/**
 * Rejoins lines wrapped inside a paragraph, across page breaks too. Paragraphs begin indented,
 * with a label, or after extra space; a wrapped line starts back at the left margin, close below
 * a line that did not end a sentence. A line that looks like a label ("3. Xóa mù chữ …") still
 * continues a full-width line that did not end its sentence.
 */
function joinWrapped(lines: (PdfLine & { page: number })[]): { text: string; page: number }[] {
  const body = lines.filter((l) => !l.cells && l.text.length >= 40);
  const margin = body.length ? Math.min(...body.map((l) => l.x)) : 0;
  const right = body.length ? Math.max(...body.map((l) => l.right)) : 0;
  const out: { text: string; page: number }[] = [];
  let previous: (PdfLine & { page: number }) | null = null;
  for (const line of lines) {
    const close = previous !== null && (previous.page !== line.page || previous.y - line.y < line.size * 1.9);
    const open = previous !== null && !previous.cells && !line.cells && !/[.:;!?]["”)]?$/.test(previous.text.trim());
    const slack = line.ocr ? 3 : 1;
    const atMargin = Math.abs(line.x - margin) < 2 * slack;
    const fullWidth = previous !== null && right - previous.right < line.size * 2 * slack;
    const continues = close && open && (paragraphLabel.test(line.text) ? atMargin && fullWidth : /^\p{Ll}/u.test(line.text) || atMargin);
    if (continues && out.length) out[out.length - 1].text += (/[-–]$/.test(previous!.text) && /^\d/.test(line.text) ? '' : ' ') + line.text.trim();
    else out.push({ text: line.text, page: line.page });
    previous = line;
  }
  return out;
}
