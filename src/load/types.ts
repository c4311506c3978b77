import type { Format } from '../model/schema.js';


/** What every loader returns: the document as text, with positions back to the source. */
export interface Loaded {
  format: Format;
  /** Lines joined by "\n"; the cells of a table row joined by "\t". */
  text: string;
  /** Offsets in `text` where each page starts (PDF); empty when the format has no pages. */
  pageStarts: number[];
  pages?: number;
  /** PDF pages whose text was recognised by OCR (1-based). */
  ocrPages?: number[];
  /** What the loader doubted or skipped on purpose (dropped page furniture, OCR). */
  messages: string[];
  /**
   * Offsets in `text` of the source's line breaks that fell inside a paragraph (a hard-wrapped
   * .txt) and are a space in `text`: spans still count them, so lines stay the file's own.
   */
  joinedBreaks?: number[];
}

export interface LoadOptions {
  /** auto: OCR pages without a text layer; always: every page; never: refuse scans. */
  ocr: 'auto' | 'always' | 'never';
  /** The OCR clean-up table (rules/ocr.yaml). */
  ocrFixes: readonly { pattern: string; replace: string }[];
  /** A line that is only a page number (meta.yaml pageNumberLine): page furniture. */
  pageNumberLine: string;
  /** What starts a paragraph in hard-wrapped text. */
  wrap: WrapRules;
  /** Called after each page read by OCR (progress on long scans). */
  onPage?: (page: number, pages: number) => void;
}

/** Lines that start a paragraph, in hard-wrapped text, whatever the line above them. */
export interface WrapRules {
  /** The numbering grammar (numbering.yaml): a numbered or bulleted line; a heading is one of these too. */
  labels: readonly RegExp[];
  /** Its bullets ("- ", "+ "): a bulleted line is a paragraph, whose full line goes on unless its sentence ended. */
  bullets: readonly RegExp[];
  /** The body after a title (meta.yaml titleStops): "Căn cứ …", "Thực hiện …". */
  starts: readonly RegExp[];
  /** The end of a line that goes on, heading or not (meta.yaml openLineEnds): "… phối hợp với". */
  openEnd: RegExp;
  /** A numbered line that is a sentence, not a title (meta.yaml sentenceLines): at the margin it goes on. */
  sentence: RegExp;
}
