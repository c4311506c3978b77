import type { Format } from '../model/schema.js';

/** What every loader returns: the document as text, with positions back to the source. */
export interface Loaded {
  format: Format;
  /** Lines joined by "\n"; the cells of a table row joined by "\t". */
  text: string;
  /** Offsets in `text` where each page starts (PDF); empty when the format has no pages. */
  pageStarts: number[];
  pages?: number;
  /** What the loader doubted or skipped on purpose (mammoth's messages, dropped page furniture). */
  messages: string[];
}
