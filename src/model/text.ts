// Bullet marks of Vietnamese plans, for the code that reads lines (the section grammar has its own
// pattern in rules/numbering.yaml): hyphen, en and em dash, plus, middle dot, bullet, asterisk.
export const BULLET_MARKS = '\\-–—+·•*';

const leadingMarks = new RegExp(`^[\\s${BULLET_MARKS}]+`, 'u');

/** A line without its indentation and bullet marks. */
export function stripBullet(text: string): string {
  return text.replace(leadingMarks, '');
}
