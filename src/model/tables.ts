/**
 * "1 | 2 | 3 | 4 | 5 | 6" under a table header (or, read by OCR, "2 4 | 5 | 6"): the row that
 * numbers the columns. Neither a task nor a row that later lines continue.
 */
export function isColumnNumbering(cells: string[]): boolean {
  return /^\d{1,2}(?:\s+\d{1,2})+$/.test(cells.join(' ').trim());
}

/** A cell that only numbers its row, or is empty: "1", "2.", "II", "a)", "A". */
export function isRowNumber(cell: string): boolean {
  return /^(?:\d{1,3}|[IVXL]{1,5}|[a-zđA-Z])?[.)]?$/u.test(cell.trim());
}
