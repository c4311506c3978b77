// One index per document: converts offsets in the normalised text to spans (line, column,
// page) — the only place where positions are computed; later stages copy spans.
import type { Span } from './schema.js';

export class LocationIndex {
  /** Where the lines of `text` start: the lines the stages read. */
  private readonly lineStarts: number[] = [0];
  /** Where the source's own lines start: with a hard-wrapped .txt, more than the lines of `text`. */
  private readonly sourceLineStarts: number[];

  /** `pageStarts[i]` is the offset where page i + 1 begins (empty when the source has no pages). */
  private readonly ocrPages: ReadonlySet<number>;

  /**
   * `ocrPages`: pages whose text was recognised by OCR; spans on them say so. `joinedBreaks`:
   * offsets of source line breaks that are spaces in `text` (a hard-wrapped .txt); spans count
   * them as lines.
   */
  constructor(
    readonly text: string,
    private readonly pageStarts: readonly number[] = [],
    ocrPages: readonly number[] = [],
    joinedBreaks: readonly number[] = [],
  ) {
    this.ocrPages = new Set(ocrPages);
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
    this.sourceLineStarts = joinedBreaks.length ? [...this.lineStarts, ...joinedBreaks.map((b) => b + 1)].sort((a, b) => a - b) : this.lineStarts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** 0-based line index containing `offset`. */
  lineIndexOf(offset: number): number {
    return upperBound(this.lineStarts, offset) - 1;
  }

  lineStart(lineIndex: number): number {
    return this.lineStarts[lineIndex];
  }

  lineEnd(lineIndex: number): number {
    const next = this.lineStarts[lineIndex + 1];
    return next === undefined ? this.text.length : next - 1;
  }

  pageOf(offset: number): number | undefined {
    if (this.pageStarts.length === 0) return undefined;
    return Math.max(1, upperBound(this.pageStarts, offset));
  }

  span(start: number, end: number): Span {
    const lineIndex = upperBound(this.sourceLineStarts, start) - 1;
    const span: Span = { line: lineIndex + 1, column: start - this.sourceLineStarts[lineIndex] + 1, offset: { start, end } };
    const page = this.pageOf(start);
    if (page !== undefined) span.page = page;
    if (page !== undefined && this.ocrPages.has(page)) span.ocr = true;
    return span;
  }
}

/** Index of the first element greater than `value` in an ascending array. */
function upperBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
