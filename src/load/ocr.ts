// OCR of PDF pages without a text layer: pdfjs-dist renders the page onto a canvas
// (@napi-rs/canvas, whose binary ships in the registry package), tesseract.js recognises it with
// the Vietnamese model from @tesseract.js-data/vie — all offline. The recognised words come back
// as positioned text items, so lines, paragraphs and tables are rebuilt as for a text PDF.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { createWorker, OEM, PSM, type Worker as OcrWorker } from 'tesseract.js';
import { compile } from '../model/rules.js';

/** A positioned run of text in PDF units (points, y upwards), as pdfjs gives them. */
export interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
  /** Recognition confidence 0..100 when the item comes from OCR. */
  confidence?: number;
  /** The recognised words of the run, placed: a run the recogniser read across a cell boundary is split there. */
  words?: { str: string; x: number; width: number }[];
}

export interface OcrFix {
  pattern: string;
  replace: string;
}

/** Rendering scale: 2 = 144 dpi, enough for 12-14 pt type and four times faster than 300 dpi. */
const SCALE = 2;

const require = createRequire(import.meta.url);
const languageDir = join(dirname(require.resolve('@tesseract.js-data/vie/package.json')), '4.0.0_best_int');

/** One OCR engine per document that needs it, terminated with the document. */
export class PageReader {
  private worker: Promise<OcrWorker> | null = null;
  private readonly fixes: { re: RegExp; replace: string }[];

  constructor(fixes: readonly OcrFix[]) {
    this.fixes = fixes.map((f) => ({ re: compile(f.pattern, 'g', true), replace: f.replace }));
  }

  async read(page: PDFPageProxy, canvasFactory: CanvasFactory): Promise<Item[]> {
    const viewport = page.getViewport({ scale: SCALE });
    const { canvas, context } = canvasFactory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
    await page.render({ canvasContext: context, viewport, canvas } as never).promise;
    const png = (canvas as { toBuffer(type: string): Buffer }).toBuffer('image/png');
    canvasFactory.destroy({ canvas, context });
    const worker = await (this.worker ??= createWorker('vie', OEM.LSTM_ONLY, { langPath: languageDir, gzip: true, cacheMethod: 'none', logger: () => {} }, { debug_file: '/dev/null' } as never).then(async (w) => {
      // The resolution is known (it is ours): stating it also keeps Tesseract from printing its estimate.
      await w.setParameters({ tessedit_pageseg_mode: PSM.AUTO, preserve_interword_spaces: '1', user_defined_dpi: String(72 * SCALE) });
      return w;
    }));
    const { data } = await worker.recognize(png, {}, { blocks: true, text: false });
    const height = viewport.height / SCALE;
    const items: Item[] = [];
    for (const block of data.blocks ?? []) {
      for (const paragraph of block.paragraphs) {
        for (const line of paragraph.lines) {
          // A recognised line becomes one item per run of words — as a text PDF gives one item
          // per line of a table cell: a gap wider than a character or so between two words is a
          // cell boundary the layout analysis did not see. Rulings read as "|" are dropped.
          const baseline = (line.baseline.y0 + line.baseline.y1) / 2;
          // Tesseract's row height is about the type size (x-height to descender); a text layer's size is the em.
          const size = Math.max(6, ((line.rowAttributes?.rowHeight ?? line.bbox.y1 - line.bbox.y0) / SCALE) * 1.05);
          let run: { words: { str: string; x: number; width: number }[]; x0: number; x1: number; confidence: number[] } | null = null;
          const flush = () => {
            if (run && run.words.length) {
              const str = run.words.map((w) => w.str).join(' ');
              items.push({ str, x: run.x0 / SCALE, y: height - baseline / SCALE, width: (run.x1 - run.x0) / SCALE, size, confidence: Math.min(...run.confidence), words: run.words });
            }
            run = null;
          };
          for (const word of line.words) {
            const text = word.text.replace(/[|¦]/g, '').trim();
            if (text === '') continue;
            if (run && (word.bbox.x0 - run.x1) / SCALE > size * 1.2) flush();
            run ??= { words: [], x0: word.bbox.x0, x1: word.bbox.x1, confidence: [] };
            run.words.push({ str: text, x: word.bbox.x0 / SCALE, width: (word.bbox.x1 - word.bbox.x0) / SCALE });
            run.x1 = word.bbox.x1;
            run.confidence.push(word.confidence);
          }
          flush();
        }
      }
    }
    return items;
  }

  /** The OCR clean-up table (rules/ocr.yaml) applied to the text of one rebuilt line. */
  fixLine(text: string): string {
    let out = text.normalize('NFC');
    for (const { re, replace } of this.fixes) out = out.replace(re, replace);
    return out;
  }

  async close(): Promise<void> {
    if (this.worker) await (await this.worker).terminate();
    this.worker = null;
  }
}

export interface CanvasFactory {
  create(width: number, height: number): { canvas: unknown; context: unknown };
  destroy(pair: { canvas: unknown; context: unknown }): void;
}
