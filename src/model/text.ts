// Bullet marks of Vietnamese plans, for the code that reads lines (the section grammar has its own
// pattern in rules/numbering.yaml): hyphen, en and em dash, plus, middle dot, bullet, asterisk, and
// the symbol bullets Word exports with its lists.
export const BULLET_MARKS = '\\-–—+·•*●○◦▪■►➢➤✓✔❖';

const leadingMarks = new RegExp(`^[\\s${BULLET_MARKS}]+`, 'u');

/** A line without its indentation and bullet marks. */
export function stripBullet(text: string): string {
  return text.replace(leadingMarks, '');
}

/** The characters `\s` matches, for code that looks at one character at a time. */
export const WHITE_SPACE: ReadonlySet<string> = new Set([...'\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff', ...Array.from({ length: 11 }, (_, k) => String.fromCharCode(0x2000 + k))]);

/** White space that is not already one plain space: a run of two or more, or a tab, newline, no-break space… */
const untidySpace = /[^\S ]\s*| \s+/g;

/**
 * Every run of white space as one space: the same as `replace(/\s+/g, ' ')`, three times faster
 * on prose, where almost every run is already a single space and need not be replaced.
 */
export function collapseWhiteSpace(text: string): string {
  return text.replace(untidySpace, ' ');
}

/** The text with its first letter capitalised, as a name or a heading is written. */
export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Words separated by white space. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
