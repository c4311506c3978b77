// targets: every percentage in the body, with its comparator, whether it is a target, its
// deadline year (sentence → heading → the plan's own period; nearest scope wins) and subject.
import type { Comparator, Target } from '../model/schema.js';
import { alternation, compile, type RuleSet, wordPattern } from '../model/rules.js';
import type { Line, SectionNode, Segmented } from '../segment/index.js';
import { sectionIdOf } from '../segment/index.js';
import type { LocationIndex } from '../model/location.js';
import { collapseWhiteSpace, stripBullet, wordCount } from '../model/text.js';
import { memoize } from '../model/memo.js';
import { isRowNumber } from '../model/tables.js';

export interface TargetContext {
  text: string;
  seg: Segmented;
  location: LocationIndex;
  bodyStart: number;
  /** The plan's own period end year ("năm học 2023-2024" → 2024), or null. */
  documentYear: number | null;
  /** Deadline year a section inherits from its own time field ("Thời gian thực hiện: … 12/2025"). */
  sectionYear: Map<SectionNode, number>;
}

export interface TargetResult {
  targets: Target[];
  unreadPercentages: number;
}

export class TargetReader {
  private readonly percent: RegExp;
  /** `percent` at one offset, to read a number again after a heading's label. */
  private readonly percentAt: RegExp;
  private readonly comparators: ComparatorRule[];
  private readonly changes: { re: RegExp; change: NonNullable<Target['change']> }[];
  /** A change verb opening the clause (changeWords `opening`), and a word of the level reached after it (levelWords). */
  private readonly openingChanges: { re: RegExp; change: NonNullable<Target['change']> }[];
  private readonly levelWord: RegExp;
  private readonly nonTarget: { re: RegExp; scope: 'before' | 'after' | 'parenthetical' }[];
  private readonly targetCue: RegExp;
  private readonly deadline: { re: RegExp; labelsNext: boolean }[];
  /** What makes a deadline's year a baseline when right before it (deadlineNotAfter): "so với cuối năm 2025". */
  private readonly deadlineNotAfter: RegExp | null;
  /** A deadline at the start or at the end of a phrase, and the preposition a deadline cut at the end leaves. */
  private readonly deadlineAtStart: RegExp[];
  private readonly deadlineAtEnd: RegExp[];
  private readonly prepositionAtEnd: RegExp;
  private readonly subjectStop: RegExp;
  /** A pair whose comma is inside one subject (subjectPairs): "khoa học, công nghệ". */
  private readonly subjectPair: RegExp | null;
  /** A subject of nothing but words of aim (aimWords): "phấn đấu". */
  private readonly aimOnly: RegExp;
  /** Words of aim opening a subject of more words: "phấn đấu tốc độ tăng trưởng …". */
  private readonly aimOpening: RegExp;
  /** Verbs opening a clause that bound its number (targets.yaml openingComparators). */
  private readonly openingComparators: { re: RegExp; comparator: Comparator; id: string }[];
  /** Words of aim of any kind opening a label: "nâng tổng số trường đạt chuẩn lên …". */
  private readonly aimWordsOpening: RegExp;
  /** A number that is a part of the one before it (breakdowns): "…, trong đó …". */
  private readonly breakdown: RegExp[];
  /** Each group of words that stand for one another in a list (targets.yaml listVariants): the whole subject, a subject's last word, and a word inside one. */
  private readonly variants: { alone: RegExp; atEnd: RegExp; inside: RegExp }[];
  /** A phrase after the number that says where it is measured (targets.yaml placeWords), and its opening word alone. */
  private readonly placeAfter: RegExp;
  private readonly placeOpening: RegExp;
  /** A place word ending a phrase (placeWords): "… ở", "… tại". */
  private readonly placeAtEnd: RegExp;
  /** A label's opening words that say whom it is of (targets.yaml labelOpeners), and a line that is only such a label. */
  private readonly labelOpening: RegExp;
  private readonly leadInLabel: RegExp;
  private readonly leadInRate: RegExp;
  /** A phrase after the number that opens with what is said of a label before it (targets.yaml predicateWords). */
  private readonly predicateOpening: RegExp;
  private readonly predicateInside: RegExp;
  /** Where the last item of a list starts saying what holds of every item, tried in order (targets.yaml listPredicates). */
  private readonly listPredicates: RegExp[];
  /** A predicate or a verb of work (tasks.yaml actionVerbs): an item that holds one says more than what it counts. */
  private readonly saysWhat: RegExp;
  /** A rate word (rateWords), as the start of a word; the last one before a number is its subject's start. */
  private readonly rate: RegExp;
  /** From a baseline to the target (baselines): "từ 3,5% xuống còn 2%". */
  private readonly baselineBefore: RegExp[];
  private readonly baselineAfter: RegExp[];
  /** Right after the number, the whole it is a share of (denominators): "3% tổng số đảng viên". */
  private readonly denominator: RegExp;
  /** The same, for words that name the whole only when nothing is said of them (denominators `unlessSaid`): "80% dân số từ 14 tuổi trở lên". */
  private readonly wholeUnlessSaid: RegExp;
  /** What a subject read before the number may end with and loses: a colon, "đạt", "giảm còn" (subjectTrailers). */
  private readonly trailer: RegExp;
  private readonly table: { unitHeader: RegExp; percentUnit: RegExp; yearHeader: RegExp; nameHeader: RegExp; noteHeader: RegExp | null; value: RegExp } | null;

  constructor(rules: RuleSet) {
    const t = rules.targets;
    this.percent = compile(t.percent, 'g');
    this.percentAt = compile(t.percent, 'y');
    const qualifierVerb = `(?:\\s+(?:${alternation(t.qualifierVerbs)}))?`;
    this.comparators = t.comparators.map((c, i) => ({
      // The words may be followed by the verb joining them to the number: "tối thiểu đạt 80%".
      re: compile(`(?:^|[\\s(:,;])(?:${alternation(c.words)})${c.words.length ? qualifierVerb : ''}\\s*:?\\s*$`),
      after: c.after ? compile(c.after) : null,
      comparator: c.comparator,
      change: c.change ?? null,
      id: `${c.comparator}-${i + 1}`,
    }));
    this.changes = t.changeWords.map((c) => ({ re: compile(`(?:^|[\\s(:,;])(?:${alternation(c.words)})\\s*$`), change: c.change }));
    this.openingChanges = t.changeWords
      .filter((c) => c.opening.length)
      .map((c) => ({ re: compile(`^(?!(?:${alternation(c.notOpening) || '(?!)'})(?![\\p{L}\\p{M}]))(?:${alternation(c.opening)})(?![\\p{L}\\p{M}])\\s*`), change: c.change }));
    this.levelWord = t.levelWords.length ? compile(`(?<![\\p{L}\\p{M}])(?:${wordsNotAfter(t.levelWords)})(?![\\p{L}\\p{M}])`) : /(?!)/;
    // Entries with a closing condition ("từ … trở lên") are tried first.
    this.comparators.sort((a, b) => Number(!!b.after) - Number(!!a.after));
    this.nonTarget = t.nonTargetCues.map((c) => ({ re: compile(c.pattern), scope: c.scope }));
    this.targetCue = compile(t.targetCues.map((c) => `(?:${c.pattern})`).join('|'));
    this.deadline = t.deadlineYear.map((d) => ({ re: compile(d.pattern, 'g'), labelsNext: d.labelsNext }));
    this.deadlineNotAfter = t.deadlineNotAfter.length ? compile(`(?:${t.deadlineNotAfter.map((d) => d.pattern).join('|')})`) : null;
    const preposition = t.deadlinePrepositions.length ? `(?:${alternation(t.deadlinePrepositions)})` : '(?!)';
    this.deadlineAtStart = t.deadlineYear.map((d) => compile(`^(?:${preposition}\\s+)?(?:${d.pattern})[\\s,]*`));
    // At the end, the preposition is cut after the deadline: a pattern that may start with it is slow to search.
    this.deadlineAtEnd = t.deadlineYear.map((d) => compile(`[\\s,]*(?:${d.pattern})$`));
    this.prepositionAtEnd = compile(`(?:^|\\s+)${preposition}$`);
    const table = t.indicatorTables;
    this.table = table
      ? {
          unitHeader: compile(table.unitHeader),
          percentUnit: compile(table.percentUnit),
          yearHeader: compile(table.yearHeader),
          nameHeader: compile(table.nameHeader),
          noteHeader: table.noteHeader ? compile(table.noteHeader) : null,
          value: compile(table.value),
        }
      : null;
    this.trailer = compile(`\\s*(?::|(?<![\\p{L}\\p{M}])(?:${wordsNotAfter(t.subjectTrailers)})(?![\\p{L}\\p{M}]))\\s*$`);
    this.baselineBefore = t.baselines.map((b) => compile(b.before));
    this.baselineAfter = t.baselines.map((b) => compile(b.after));
    const wholes = (unlessSaid: boolean) => alternation(t.denominators.filter((d) => d.unlessSaid === unlessSaid).flatMap((d) => d.words)) || '(?!)';
    this.denominator = compile(`^\\s*(?:${wholes(false)})(?![\\p{L}\\p{M}])`);
    this.wholeUnlessSaid = compile(`^\\s*(?:${wholes(true)})(?![\\p{L}\\p{M}])`);
    this.rate = compile(`(?<![\\p{L}\\p{M}])(?:${alternation(t.rateWords.flatMap((r) => r.words))})(?![\\p{L}\\p{M}])`, 'g');
    this.openingComparators = t.openingComparators.map((c, i) => ({
      re: compile(`^(?:${alternation(c.words)})\\s+\\S.*\\s(?:${alternation(c.before)})\\s*$`, 's'),
      comparator: c.comparator,
      id: `opening-${c.comparator}-${i + 1}`,
    }));
    this.aimOpening = compile(`^(?:(?:${alternation(t.aimWords.filter((w) => w.opensSubject).flatMap((w) => w.words)) || '(?!)'})\\s+)+(?=\\S)`);
    this.aimWordsOpening = compile(`^(?:(?:${alternation(t.aimWords.flatMap((w) => w.words)) || '(?!)'})\\s+)+(?=\\S)`);
    this.aimOnly = compile(`^(?:(?:${alternation(t.aimWords.flatMap((w) => w.words)) || '(?!)'})(?:\\s+|$))+$`);
    this.subjectStop = compile(t.subjectStops.map((s) => `(?:${s.pattern})`).join('|'));
    this.subjectPair = t.subjectPairs.length ? compile(`(?<![\\p{L}\\p{M}])(?:${alternation(t.subjectPairs.map((p) => p.phrase))})(?![\\p{L}\\p{M}])`, 'g') : null;
    this.breakdown = t.breakdowns.map((b) => compile(b.pattern, 'g'));
    const place = alternation(t.placeWords) || '(?!)';
    this.placeAfter = compile(`^(?:${place})\\s+(?<where>[\\p{L}\\p{M}]+(?:\\s+[\\p{L}\\p{M}]+){0,3})$`);
    this.placeOpening = compile(`^(?:${place})\\s+`);
    this.placeAtEnd = compile(`\\s(?:${place})$`);
    const opener = alternation(t.labelOpeners) || '(?!)';
    this.labelOpening = compile(`^(?:${opener})\\s+`);
    this.leadInLabel = compile(`^(?:${opener})\\s+(?<label>[^:;.]{1,60}?)\\s*:\\s*$`);
    // "- Tỷ lệ trường đạt chuẩn quốc gia:" over "+ Mầm non: 85%": a rate named alone before its colon, its parts under it.
    this.leadInRate = compile(`^(?<label>(?:${alternation(t.rateWords.flatMap((r) => r.words))})\\s[^:;.%\\d]{1,100}?)\\s*:\\s*$`);
    // In lower case: "Đạt chuẩn", a label, says nothing of another.
    this.predicateOpening = compile(`^(?:${alternation(t.predicateWords) || '(?!)'})(?![\\p{L}\\p{M}])`, '', true);
    this.predicateInside = compile(`\\s(?:${alternation(t.predicateWords) || '(?!)'})(?![\\p{L}\\p{M}])`, '', true);
    this.listPredicates = t.listPredicates.map((word) => compile(`\\s${wordPattern(word)}(?![\\p{L}\\p{M}])`, '', true));
    this.saysWhat = compile(`\\s(?:${alternation([...t.listPredicates, ...rules.tasks.actionVerbs.map((v) => v.word)])})(?![\\p{L}\\p{M}])`, '', true);
    this.variants = t.listVariants.map((v) => ({
      alone: compile(`^(?:${alternation(v.words)})$`),
      atEnd: compile(`(?<![\\p{L}\\p{M}])(?:${alternation(v.words)})$`),
      inside: compile(`(?<![\\p{L}\\p{M}])(?:${alternation(v.words)})(?![\\p{L}\\p{M}])`, 'g'),
    }));
  }

  /**
   * "- Đối với lớp 5:" over "+ Năng lực: Tốt: 80-85%": an item under a line that is only a label of
   * whom (labelOpeners) measures that part: "lớp 5 – Năng lực – Tốt".
   */
  private underLeadIn(ctx: TargetContext, node: SectionNode | null, line: Line, subject: string): string {
    const parent = node && node.line === line.index ? node.parent : node;
    if (!parent || parent.line === line.index || parent.labelKind === 'roman' || parent.labelKind === 'part') return subject;
    const heading = ctx.seg.lines[parent.line];
    const leadIn = stripBullet(ctx.text.slice(parent.textStart, heading.end)).trim();
    // A rate's parts are short labels of their own ("Mầm non", "Trung học cơ sở"), not what another number measures.
    const label = this.leadInLabel.exec(leadIn)?.groups?.label ?? (wordCount(subject) <= 4 ? this.leadInRate.exec(leadIn)?.groups?.label : undefined);
    return label && subject && !subject.includes(label) ? `${label} – ${subject}` : subject;
  }

  /**
   * Row and column labels of a table cell: the first cell of its row and the header cell above it,
   * unless that names rows or targets ("Nhiệm vụ", "Chỉ tiêu"), a year (which says when) or notes.
   */
  private tableLabels(lines: Line[], line: Line, cellIndex: number | null): string[] {
    if (!line.cells || cellIndex === null || cellIndex === 0) return [];
    const heading = columnHeading(lines, line, cellIndex);
    const column = this.table && [this.table.nameHeader, this.table.yearHeader, this.table.noteHeader].some((re) => re?.test(heading)) ? '' : heading;
    // The row's name: its first cell, or the next when the first only numbers the row ("1", "II.").
    const named = line.cells.slice(0, cellIndex).find((c) => !isRowNumber(c)) ?? '';
    const row = named.replace(/^\d+[.)]\s*/, '');
    return [row, column].filter(Boolean);
  }

  /**
   * A later number of a sentence named only by a word of a list's group (listVariants) or by a
   * few words after a label's colon measures what the number before did, with that word: "Tỷ lệ hài
   * lòng của người bệnh nội trú ≥ 95%, ngoại trú ≥ 90%" → "… người bệnh ngoại trú"; "Tỷ lệ huy động
   * trẻ ra lớp: nhà trẻ đạt 40%, mẫu giáo đạt 98%" → "Tỷ lệ huy động trẻ ra lớp – mẫu giáo"; the words before
   * the word go with it: "Tỷ lệ dân số đô thị được cấp nước sạch 100%; dân số nông thôn 98%" → "Tỷ lệ dân số nông thôn …".
   */
  private variantSubject(subject: string, previous: string): string {
    // "… 98% ở đô thị và 90% ở nông thôn": where, as the number before says it.
    const bare = subject.replace(this.placeOpening, '');
    // "50% học sinh … tốt nghiệp trung học cơ sở đạt trình độ ngoại ngữ bậc 2, 90% đạt trình độ ứng dụng công nghệ thông tin":
    // a predicate alone says it of those the number before measured.
    if (this.predicateOpening.test(subject) && wordCount(subject) >= 2) {
      const predicate = previous.search(this.predicateInside);
      return predicate > 0 ? `${previous.slice(0, predicate).trimEnd()} ${subject}` : subject;
    }
    if (/\d/.test(bare) || bare.search(this.rate) >= 0) return subject;
    const short = letterWordCount(bare) <= 4;
    for (const { alone, atEnd, inside } of this.variants) {
      // "… dân số đô thị … 100%; dân số nông thôn đạt 98%": the words before the variant, when the number before has them before its own.
      const variant = alone.test(bare) ? bare : (atEnd.exec(bare)?.[0] ?? null);
      if (!variant) continue;
      const before = bare.slice(0, bare.length - variant.length);
      // A few words before a variant of many: "…cấp tiểu học đạt 99,5%, cấp trung học cơ sở đạt 97%".
      if (!short && letterWordCount(before) > 3) continue;
      const other = [...previous.matchAll(inside)].filter((m) => m[0].toLowerCase() !== variant.toLowerCase() && previous.slice(0, m.index).toLowerCase().endsWith(before.toLowerCase())).pop();
      if (other) return previous.slice(0, other.index - before.length) + bare + previous.slice(other.index + other[0].length);
    }
    const lead = previous.lastIndexOf(' – ');
    return short && lead > 0 && previous.slice(lead + 3) !== bare ? `${previous.slice(0, lead)} – ${bare}` : subject;
  }

  /**
   * "Học lực Giỏi: 25%; Khá: 45%; Yếu: không quá 2%": a grade alone after a number whose subject ends
   * with a grade names a part of the same whole; both are written under it ("Học lực – Giỏi",
   * "Học lực – Khá"), as after a colon ("Học lực: Giỏi 25%, Khá 45%"). A grade is one capitalised
   * word after a word in lower case that is no place word, with at most one word of its own
   * ("Chưa đạt", "Trung bình"): "ở Hà Nội: 99%; Hải Phòng: 98%", "tại Huế: 95%; Sapa: 90%" grade nothing.
   */
  private gradeUnderHead(subject: string, previous: Target): string {
    if (!GRADE.test(subject)) return subject;
    const graded = GRADED.exec(previous.subject);
    if (!graded?.groups || wordCount(graded.groups.head) < 2 || this.placeAtEnd.test(graded.groups.head)) return subject;
    previous.subject = `${graded.groups.head} – ${graded.groups.grade}`;
    return `${graded.groups.head} – ${subject}`;
  }

  /**
   * "Cơ cấu kinh tế: Công nghiệp - xây dựng 45%", "Cấp tiểu học: hoàn thành chương trình lớp học đạt
   * 99%": a short label before the colon that opens the clause names the whole the clause is a part of.
   */
  private withColonLabel(level: string, clause: string): string {
    const colon = level.lastIndexOf(':');
    if (colon < 0 || level.slice(colon + 1).trim() !== clause.trim() || /\d/.test(clause)) return clause;
    const label = stripBullet(level.slice(0, colon).split(/[;:]|\.\s/).pop()!).trim().replace(this.labelOpening, '');
    // "Đối với lớp 1,2,3,4:" names its classes; a number or a year in the label is a figure or a time, not a whole.
    // "Chỉ tiêu 1:", "Mục tiêu 2:": a goal's label and its number name no part.
    return label && wordCount(label) <= 6 && !/%|(?:19|20)\d{2}/.test(label) && !this.aimOnly.test(label.replace(/\s+(?:\d{1,2}|[IVX]{1,4})$/u, '')) ? `${label} – ${clause.trim()}` : clause;
  }

  /** Deadline years stated in a piece of text, with their positions. */
  deadlineYears(text: string): StatedDeadline[] {
    const found: StatedDeadline[] = [];
    for (const { re, labelsNext } of this.deadline) {
      for (const m of text.matchAll(re)) {
        if (this.deadlineNotAfter?.test(text.slice(Math.max(0, m.index - 32), m.index))) continue;
        found.push({ year: Number(m.groups!.year), index: m.index, end: m.index + m[0].length, labelsNext });
      }
    }
    return found.sort((a, b) => a.index - b.index);
  }

  /** The phrase without a deadline at its start or end: "trong năm 2025" says when, not what is measured. */
  private withoutDeadline(phrase: string): string {
    // Every deadline holds a year: most phrases hold none, and are spared the searches.
    if (!HAS_YEAR.test(phrase)) return phrase;
    for (const re of this.deadlineAtStart) phrase = phrase.replace(re, '');
    for (const re of this.deadlineAtEnd) {
      const cut = phrase.replace(re, '');
      if (cut !== phrase) phrase = cut.replace(this.prepositionAtEnd, '');
    }
    return phrase;
  }

  /** "Giảm tỷ lệ hộ nghèo bình quân 1,5%/năm": a change verb opens the clause and no word of a level reached follows it. */
  private openingChange(beforeNumber: string): { change: NonNullable<Target['change']>; verb: RegExp } | null {
    const opened = beforeNumber.trimStart().replace(this.aimOpening, '');
    for (const { re, change } of this.openingChanges) {
      const verb = re.exec(opened);
      if (!verb) continue;
      // "Giảm thủ tục, phấn đấu 100% hồ sơ …": a number opening its own clause is that clause's, not the verb's
      // (a list inside what changes keeps it: "Giảm mức tiêu hao trong các ngành thép, hóa chất, xi măng 5%").
      const lastClause = opened.slice(opened.lastIndexOf(',') + 1).trim();
      // "Giảm 10% số vụ tai nạn và 5% số người chết": the verb is the first number's; the second names its own.
      // "Kéo giảm tai nạn giao thông trên cả 3 tiêu chí: số vụ, số người chết, số người bị thương 5%": a colon may list what
      // changes; one right before the number ("Giảm thiểu tác hại của thuốc lá: 100% cơ quan …") opens a clause of its own.
      const colon = opened.lastIndexOf(':');
      if (/[;%]/.test(opened) || (colon >= 0 && wordCount(opened.slice(colon + 1)) < 2) || lastClause === '' || this.aimOnly.test(lastClause)) return null;
      return this.levelWord.test(opened.slice(verb[0].length)) ? null : { change, verb: re };
    }
    return null;
  }

  /** "3- 100% chi bộ …": a number that opens at a heading's label is read again after it; the label is no end of a range. */
  private afterLabel(found: RegExpExecArray, node: SectionNode | null, line: Line, text: string): RegExpExecArray | null {
    if (node?.line !== line.index || found.index >= node.textStart) return found;
    this.percentAt.lastIndex = node.textStart;
    return this.percentAt.exec(text);
  }

  /** A heading is asked again for every percentage below it. */
  private readonly headingYears = memoize((heading: string) => this.deadlineYears(heading), 2_000);

  read(ctx: TargetContext): TargetResult {
    const { text, seg, location } = ctx;
    const bodyOffset = seg.lines[ctx.bodyStart]?.start ?? 0;
    const targets: Target[] = [];
    const percentSigns = countPercentSigns(text, bodyOffset);
    let read = 0;

    // Cells of indicator tables first: their year and subject come from the table's header and row.
    const { targets: table, unitSigns } = this.tableTargets(ctx);
    const inTable = (offset: number) => table.some((t) => offset >= t.span.offset.start && offset < t.span.offset.end);
    for (const found of text.matchAll(this.percent)) {
      if (found.index < bodyOffset) continue;
      // "từ 85% đến 90%" is one percentage written with two signs.
      read += countPercentSigns(found[0]);
      if (inTable(found.index)) continue;
      const line = seg.lines[location.lineIndexOf(found.index)];
      if (!planned(seg.nodeOfLine[line.index])) continue;
      const match = this.afterLabel(found, seg.nodeOfLine[line.index], line, text);
      if (!match) continue;
      const scope = clauseScope(line, match.index);
      const numberStart = match.index;
      const numberEnd = match.index + match[0].length;
      const before = text.slice(scope.clauseStart, numberStart);
      const after = text.slice(numberEnd, scope.clauseEnd);

      const min = parseNumber(match.groups!.a);
      const max = match.groups!.b ? parseNumber(match.groups!.b) : min;
      let comparator: Comparator = max !== min ? 'range' : 'eq';
      let qualifierStart = numberStart;
      let ruleId = comparator === 'range' ? 'targets:range' : 'targets:plain';
      // What follows the number and its comparator's closing words ("từ 80% trở lên").
      let rest = after;
      // A range takes only the words that open a range ("từ 85% đến 90%"); a level, the others.
      // Words closing the number ("từ 80% trở lên") decide first; else the longest qualifier:
      // "không vượt 5%" is a ceiling, not "vượt"; "trên dưới 90%" approximate, not "dưới".
      // Where the surface form ends: after the closing words when nothing stands between ("từ 95% trở lên").
      let qualifierEnd = numberEnd;
      let best: { c: ComparatorRule; start: number; closing: RegExpExecArray | null } | null = null;
      for (const c of this.comparators) {
        if ((c.comparator === 'range') !== (comparator === 'range')) continue;
        const q = c.re.exec(before);
        const closing = c.after?.exec(after) ?? null;
        if (!q || (c.after && !closing)) continue;
        const start = wordStart(q);
        if (!best || (closing && !best.closing) || (!!closing === !!best.closing && start < best.start)) best = { c, start, closing };
      }
      if (best) {
        // "trên 90% trở lên": a qualifier right before the number, beside the closing words that decide, is no part of what is measured either.
        const alsoBefore = best.closing ? this.comparators.filter((c) => !c.after && (c.comparator === 'range') === (comparator === 'range')).map((c) => c.re.exec(before)) : [];
        comparator = best.c.comparator;
        qualifierStart = scope.clauseStart + Math.min(best.start, ...alsoBefore.flatMap((q) => (q ? [wordStart(q)] : [])));
        ruleId = `targets:comparator-${best.c.id}`;
        // "từ 95% tổ chức cơ sở đảng trở lên hoàn thành …": what is measured stands inside the closing words.
        if (best.closing) rest = (best.closing.groups?.between ?? '') + after.slice(best.closing.index + best.closing[0].length);
        if (best.closing && !best.closing.groups?.between) qualifierEnd = numberEnd + best.closing.index + best.closing[0].length;
      } else if (comparator === 'eq') {
        // "Khống chế tỷ lệ tăng dân số tự nhiên ở mức 1,1%": a verb that bounds what it opens, in the number's own clause.
        const opened = stripBullet(text.slice(scope.clauseStart, numberStart)).trimStart().replace(this.aimOpening, '');
        const bound = /[,;]/.test(opened) ? undefined : this.openingComparators.find((o) => o.re.test(opened));
        if (bound) {
          comparator = bound.comparator;
          ruleId = `targets:${bound.id}`;
        }
      }
      if (this.isNonTarget(text, scope, numberStart, before, after)) continue;
      // A change word before the number or its qualifier: "tăng 5%", "giảm ít nhất 10%"; or the comparator's words ("vượt 5% so với dự toán").
      let change: Target['change'] = best?.c.change ?? null;
      if (change === null) for (const c of this.changes) {
        const word = c.re.exec(text.slice(scope.clauseStart, qualifierStart));
        if (word) {
          change = c.change;
          qualifierStart = scope.clauseStart + wordStart(word);
          break;
        }
      }
      const node = seg.nodeOfLine[line.index];
      // Before the number, from the clause's start or, on a heading line, from after its label ("c) Tỷ lệ …").
      const subjectStart = Math.max(scope.clauseStart, node?.line === line.index ? node.textStart : 0);
      // What changes stands between the opening verb and the number; the words after it are not what is measured.
      const opening = change ? null : this.openingChange(text.slice(subjectStart, qualifierStart));
      change ??= opening?.change ?? null;

      const sentence = text.slice(scope.sentenceStart, scope.sentenceEnd);
      const resolved = this.resolveYear(ctx, line, sentence, numberStart - scope.sentenceStart, numberEnd - scope.sentenceStart, scope.clauseEnd - scope.sentenceStart);
      // "Chỉ tiêu | Kế hoạch năm 2027" over "≥ 98%": a table column headed by a year is that year's, unless the cell says its own.
      const headerYear = resolved.yearSource === 'sentence' ? undefined : this.table?.yearHeader.exec(columnHeading(seg.lines, line, scope.cellIndex))?.groups?.year;
      const { year, yearSource } = headerYear ? { year: Number(headerYear), yearSource: 'heading' as const } : resolved;
      const previous = targets[targets.length - 1];
      const listedAfterPrevious = previous !== undefined && previous.span.offset.end <= qualifierStart && this.listedAfter(text.slice(previous.span.offset.end, qualifierStart), previous.subject);
      // "tinh giản 5% biên chế công chức và 10% số người làm việc …": a number joined by "và" to a change, with only that one's subject between, is the same change
      // (after a comma it may be a level: "Tăng 5% doanh thu, 90% hộ có điện").
      if (change === null && previous?.change && previous.span.offset.end <= qualifierStart && /^\s*và\s+$/u.test(afterSubject(text.slice(previous.span.offset.end, qualifierStart), previous.subject))) change = previous.change;
      // "Tỷ lệ trẻ đi học đạt 98%, 100% được khám sức khỏe": a number that names what it measures after itself does not take the one before's.
      const listed = listedAfterPrevious && letterWordCount(this.withoutDeadline(rest.split(/[,;.:(]/u)[0].trim())) < 2;
      // "lần lượt là 80%, 90% và 85%": a number listed right after another measures the same; when
      // only the last names it ("Năm 2026: 70%; năm 2028: 85% số xã đạt chuẩn"), so do those before;
      // when the first names it after itself, so do those after ("Năm 2026: 80% điểm du lịch có wifi; năm 2028: 100%").
      let subject =
        listed && previous.subject
          ? previous.subject
          : this.subjectOf(ctx, line, scope, targets, subjectStart, qualifierStart, opening ? '' : rest);
      // "…; phấn đấu đến năm 2028 đạt 80%", "…; đạt 90% vào năm 2030": words of aim alone, or none, measure what the number before did.
      if ((subject === '' || this.aimOnly.test(subject)) && previous?.subject && previous.span.offset.start >= scope.sentenceStart) subject = previous.subject;
      else subject = subject.replace(this.aimOpening, '');
      // "Phấn đấu tăng doanh thu du lịch 15%": the verb says how the number is meant, not what it measures.
      if (opening) subject = subject.replace(opening.verb, '');
      // "Tỷ lệ hộ nghèo năm 2026 giảm 1,5%": the deadline closing what is measured, before a change verb that hid it, says when.
      if (year !== null && yearSource === 'sentence' && subject.endsWith(` năm ${year}`)) subject = subject.slice(0, -` năm ${year}`.length);
      if (!listed && previous?.subject && previous.span.offset.start >= scope.sentenceStart) {
        subject = this.variantSubject(subject, previous.subject);
        subject = this.gradeUnderHead(subject, previous);
      }
      subject = this.underLeadIn(ctx, node, line, subject);
      if (listedAfterPrevious && !previous.subject) for (let k = targets.length - 1; k >= 0 && targets[k].subject === '' && targets[k].span.offset.start >= scope.sentenceStart; k--) targets[k].subject = subject;
      targets.push({
        id: '',
        sectionId: sectionIdOf(node),
        // A hard-wrapped line break inside it ("đạt \n trên 90%") is a space.
        text: collapseWhiteSpace(text.slice(qualifierStart, qualifierEnd)),
        value: { min, max, unit: '%' },
        comparator,
        change,
        year,
        yearSource,
        subject,
        quote: collapseWhiteSpace(text.slice(scope.clauseStart, scope.clauseEnd)).trim().slice(0, 400),
        ruleId: this.targetCue.test(sentence) ? ruleId : `${ruleId}+plan-default`,
        span: location.span(qualifierStart, qualifierEnd),
      });
      this.shareListPredicate(targets, text);
    }
    targets.push(...table.filter((t) => planned(seg.nodeOfLine[location.lineIndexOf(t.span.offset.start)])));
    targets.sort((a, b) => a.span.offset.start - b.span.offset.start);
    targets.forEach((t, i) => (t.id = `t${i + 1}`));
    return { targets, unreadPercentages: Math.max(0, percentSigns - read - unitSigns) };
  }

  /**
   * Tables of indicators (targets.yaml indicatorTables): under a header with a unit column and
   * columns headed by a year, each row measured in percent gives a target per year column whose
   * cell holds a number. The table ends at a line that is no row.
   */
  private tableTargets(ctx: TargetContext): { targets: Target[]; unitSigns: number } {
    if (!this.table) return { targets: [], unitSigns: 0 };
    const { seg, location } = ctx;
    const found: Target[] = [];
    // The "%" of unit cells names a unit, not a percentage: it is not counted as unread.
    let unitSigns = 0;
    let header: IndicatorHeader | null = null;
    for (const line of seg.lines) {
      if (line.index < ctx.bodyStart) continue;
      if (!line.cells) {
        if (line.text.trim() !== '') header = null;
        continue;
      }
      header = this.indicatorHeader(line.cells) ?? header;
      if (!header || !this.table.percentUnit.test(line.cells[header.unit] ?? '')) continue;
      unitSigns++;
      const subject = collapseWhiteSpace(line.cells[header.name] ?? '');
      const starts = cellStarts(line);
      const inPlanYear = header.parts.length ? this.resolveYear(ctx, line, '', 0, 0, 0) : null;
      const columns = [
        ...header.years.map(({ column, year }) => ({ column, year, yearSource: 'heading' as const, subject })),
        ...header.parts.map(({ column, part }) => ({ column, year: inPlanYear!.year, yearSource: inPlanYear!.yearSource, subject: `${subject} – ${part}` })),
      ];
      for (const { column, year, yearSource, subject } of columns) {
        const cell = line.cells[column] ?? '';
        const value = this.table.value.exec(cell);
        if (!value?.groups) continue;
        const min = parseNumber(value.groups.a);
        const max = value.groups.b ? parseNumber(value.groups.b) : min;
        const qualifier = value.groups.q.trim();
        const comparator: Comparator = max !== min ? 'range' : (this.comparators.find((c) => !c.after && qualifier && c.re.test(qualifier))?.comparator ?? 'eq');
        const start = starts[column];
        found.push({
          id: '',
          sectionId: sectionIdOf(seg.nodeOfLine[line.index]),
          text: cell,
          value: { min, max, unit: '%' },
          comparator,
          change: null,
          year,
          yearSource,
          subject,
          quote: collapseWhiteSpace(line.text).slice(0, 400),
          ruleId: 'targets:indicator-table',
          span: location.span(start, start + cell.length),
        });
      }
    }
    return { targets: found, unitSigns };
  }

  /**
   * "100% xã, 90% thôn có nhà văn hóa đạt chuẩn vào năm 2027": the numbers before the last, each
   * followed by only what it counts and a comma, take what the last says of its own and, without a
   * year of their own in the sentence, its year.
   */
  private shareListPredicate(targets: Target[], text: string): void {
    const last = targets[targets.length - 1];
    // An item that names only what it counts, right before `next` in its list.
    const countsOnly = (item: Target, next: Target) => {
      const counted = /^\s*([^,;:.()\d%\n\t]+?)\s*(?:,|\s+và)\s*$/u.exec(text.slice(item.span.offset.end, next.span.offset.start))?.[1];
      // A change measures what it changes, not what the list says ("Tăng 5% doanh thu, 90% hộ có điện").
      return counted !== undefined && collapseWhiteSpace(counted) === item.subject && wordCount(item.subject) <= 5 && !this.saysWhat.test(` ${item.subject}`) && item.change === last.change;
    };
    // Most numbers end no such list: the predicate is sought only when the one before counts only.
    if (targets.length < 2 || !countsOnly(targets[targets.length - 2], last)) return;
    let cut: RegExpExecArray | null = null;
    for (const re of this.listPredicates) {
      cut = re.exec(last.subject);
      if (cut) break;
    }
    if (!cut) return;
    const predicate = last.subject.slice(cut.index).trim();
    for (let k = targets.length - 2, next = last; k >= 0 && countsOnly(targets[k], next); next = targets[k], k--) {
      const item = targets[k];
      item.subject = `${item.subject} ${predicate}`;
      if (item.yearSource !== 'sentence' && last.yearSource === 'sentence') Object.assign(item, { year: last.year, yearSource: last.yearSource });
    }
  }

  /** The columns of an indicators table's header row, or null when the row is none. */
  private indicatorHeader(cells: string[]): IndicatorHeader | null {
    const unit = cells.findIndex((c) => this.table!.unitHeader.test(c));
    if (unit < 0) return null;
    const years = cells.flatMap((c, column) => {
      const year = this.table!.yearHeader.exec(c)?.groups?.year;
      return year ? [{ column, year: Number(year) }] : [];
    });
    // "Chỉ tiêu | ĐVT | Mầm non | Tiểu học | THCS": no year, and each column a part of what the row measures, in the plan's year.
    const parts = years.length ? [] : cells.flatMap((c, column) => (this.variants.some((v) => v.alone.test(c.trim())) ? [{ column, part: c.trim() }] : []));
    if (years.length === 0 && parts.length === 0) return null;
    const named = cells.findIndex((c) => this.table!.nameHeader.test(c));
    // Without a named column, the first one that is neither a number column ("TT"), the unit nor a year.
    const name = named >= 0 ? named : cells.findIndex((c, i) => i !== unit && !years.some((y) => y.column === i) && !parts.some((p) => p.column === i) && !/^(?:s?tt|số\s+tt)$/iu.test(c) && c !== '');
    return { unit, years, parts, name: Math.max(name, 0) };
  }

  private isNonTarget(text: string, scope: Scope, start: number, before: string, after: string): boolean {
    // The open bracket the number stands in, on its line, if any: searched once, and not past the line.
    const onLine = text.slice(scope.lineStart, start);
    const open = onLine.lastIndexOf('(');
    const inBrackets = open >= 0 && open > onLine.lastIndexOf(')') ? onLine.slice(open + 1) : null;
    // "từ 3,5% xuống còn 2%": where it starts.
    if (this.baselineAfter.some((re) => re.test(after))) return true;
    for (const cue of this.nonTarget) {
      if (cue.scope === 'before' && cue.re.test(before)) return true;
      if (cue.scope === 'after' && cue.re.test(after)) return true;
      if (cue.scope === 'parenthetical' && inBrackets !== null && cue.re.test(inBrackets)) return true;
    }
    return false;
  }

  /**
   * Nothing but a list's punctuation, deadlines and the verb between two numbers: "80% vào năm
   * 2027 và 95% …", "đạt 80%, đến năm 2030 đạt 95%". `subjectBefore`: what the first number measures.
   */
  private listedAfter(between: string, subjectBefore = ''): boolean {
    if (LISTED.test(between)) return true;
    // Past the subject the number before was read with after itself, a new clause that opens with a deadline.
    const pastSubject = afterSubject(between, subjectBefore);
    if (pastSubject !== between) return /^\s*[,;]/.test(pastSubject) && HAS_YEAR.test(pastSubject) && this.listedAfter(pastSubject);
    // Within one cell and one line, and a few words: a deadline and a verb are short.
    if (between.length > 40 || /[\t\n]/.test(between)) return false;
    // "Khá ≤ 18%; Đạt ≤ 2%": one capitalised word after the separator names the next item, though a verb's word.
    if (/^ *[,;] *\p{Lu}[\p{Ll}\p{M}]* *$/u.test(between)) return false;
    const rest = this.withoutDeadline(between.replace(/^ *[,;]? *(?:(?:và|hoặc) +)?/u, '')).replace(this.trailer, '');
    return rest !== between && /^ *(?:(?:và|hoặc) *)?$/u.test(rest);
  }

  /** `at`, `end`: where the number starts and ends in `sentence`; `clauseEnd`: where its clause ends there. */
  private resolveYear(ctx: TargetContext, line: Line, sentence: string, at: number, end: number, clauseEnd: number): Pick<Target, 'year' | 'yearSource'> {
    // A year labelling a number ("năm 2026 đạt 70%") is the deadline of that number alone; one after
    // the number is its own only in its clause, and with no other number between ("Tối thiểu 50% …; phấn đấu đến
    // năm 2028 đạt 80%", "đạt 95%, tiếp tục nâng lên 98% vào năm 2028").
    // "đạt 70% (trong đó … đạt 35%) vào năm 2028": a breakdown in brackets right after the number is part of it.
    const afterNumber = (to: number) => sentence.slice(end, to).replace(BREAKDOWN, '');
    // "(thành thị 100%, nông thôn 95%) vào năm 2030": a deadline right after the brackets a number stands in is its own.
    const bracketEnd = closingBracket(sentence, at, end);
    const afterBrackets = (s: { index: number }) => bracketEnd >= 0 && s.index > bracketEnd && OWN_DEADLINE_GAP.test(sentence.slice(bracketEnd + 1, s.index));
    const stated = this.deadlineYears(sentence).filter(
      (s) =>
        (!s.labelsNext || (s.end <= at && LABEL_GAP.test(sentence.slice(s.end, at)))) &&
        (s.index < at || afterBrackets(s) || (s.index < clauseEnd && !NEXT_PERCENTAGE.test(afterNumber(s.index)) && !leadsLaterNumber(sentence, end, s))),
    );
    if (stated.length > 0) {
      // "… đạt 80% vào năm 2027 và 95% vào năm 2030": a deadline right after the number is its own.
      const own = stated.find((s) => (s.index >= end && OWN_DEADLINE_GAP.test(afterNumber(s.index))) || afterBrackets(s));
      const before = stated.filter((s) => s.index < at);
      return { year: (own ?? (before.length ? before[before.length - 1] : stated[0])).year, yearSource: 'sentence' };
    }
    const leadIn = this.leadInYear(ctx, line);
    if (leadIn) return { year: leadIn, yearSource: 'heading' };
    let node = ctx.seg.nodeOfLine[line.index];
    if (node && node.line === line.index) node = node.parent;
    for (; node; node = node.parent) {
      const heading = ctx.text.slice(node.textStart, ctx.seg.lines[node.line].end);
      const years = this.headingYears(heading);
      if (years.length) return { year: years[0].year, yearSource: 'heading' };
      const inherited = ctx.sectionYear.get(node);
      if (inherited) return { year: inherited, yearSource: 'heading' };
    }
    if (ctx.documentYear) return { year: ctx.documentYear, yearSource: 'document' };
    return { year: null, yearSource: null };
  }

  /**
   * The year of the line that introduces a list ("Phấn đấu đến năm 2030:" above its bullets): the
   * nearest line before `line` that ends with a colon, back to the heading of its section.
   */
  private leadInYear(ctx: TargetContext, line: Line): number | null {
    for (let i = line.index - 1; i >= ctx.bodyStart; i--) {
      const text = ctx.seg.lines[i].text.trimEnd();
      const node = ctx.seg.nodeOfLine[i];
      if (node && node.line === i && node.labelKind !== 'bullet') return null;
      if (text.endsWith(':')) return this.headingYears(text)[0]?.year ?? null;
    }
    return null;
  }

  /**
   * What the number from `from` to `qualifierStart` measures. A number in brackets after another
   * breaks that one down: "Tỷ lệ dân số dùng nước sạch đạt 98% (thành thị 100%, nông thôn 95%)"
   * gives "Tỷ lệ dân số dùng nước sạch – thành thị".
   */
  private subjectOf(ctx: TargetContext, line: Line, scope: Scope, earlier: Target[], from: number, qualifierStart: number, after: string): string {
    const before = ctx.text.slice(from, qualifierStart);
    const open = before.lastIndexOf('(');
    const inBrackets = open >= 0 && !before.includes(')', open);
    const outer = inBrackets ? earlier.findLast((t) => t.span.offset.end <= from + open && t.span.offset.start >= from) : undefined;
    if (outer) {
      const inner = this.subject(ctx, line, scope, before.slice(open + 1), after);
      return inner ? `${outer.subject} – ${inner}` : outer.subject;
    }
    // "Tỷ lệ hộ dùng nước sạch (thành thị 100%, nông thôn 95%) vào năm 2030", "(trong đó nữ 40%)": with no number
    // before the brackets, the label before them is the whole and the words inside name the part.
    // Not a share of a count ("Phấn đấu 03/16 xã (chiếm 18,75%)"), read below as what the count counts.
    if (inBrackets && !SHARE_OF_COUNT.test(before)) {
      const whole = this.subject(ctx, line, scope, before.slice(0, open), '');
      const inside = before.slice(open);
      const cue = this.breakdown.map((re) => inside.matchAll(re).next().value).find((m) => m?.index === 0);
      // After the number before it inside the brackets, the part's own words: "(thành thị 100%, nông thôn ".
      const partFrom = Math.max(cue ? cue[0].length : 1, inside.search(/[,;][^,;]*$/u) + 1);
      const part = this.subject(ctx, line, scope, inside.slice(partFrom), after, true);
      if (whole && part) return `${whole} – ${part}`;
    }
    // "…, trong đó có bằng cấp, chứng chỉ đạt 35%": a part of the number before it in the sentence.
    let cue: RegExpExecArray | null = null;
    for (const re of this.breakdown) {
      for (const m of before.matchAll(re)) if (!cue || m.index > cue.index) cue = m;
    }
    // Opening its line, the cue breaks down the number on the line before.
    const wholeFrom = cue && stripBullet(ctx.text.slice(scope.lineStart, from + cue.index)) === '' ? this.previousLineStart(ctx, line) : scope.sentenceStart;
    const whole = cue ? earlier.findLast((t) => t.span.offset.end <= from + cue.index && t.span.offset.start >= wholeFrom && t.subject) : undefined;
    if (!cue) return this.subject(ctx, line, scope, before, after);
    const part = this.subject(ctx, line, scope, before.slice(cue.index + cue[0].length), after, true);
    // "Tổng chỉ tiêu 10.500, trong đó xét tuyển … chiếm khoảng 70%": a part of a whole that is no target; the part alone.
    if (!whole) return part || this.subject(ctx, line, scope, before, after);
    // "…, trong đó tỷ lệ hộ nghèo dân tộc thiểu số giảm 3%" names its rate in full; "100% trạm y tế xã
    // có bác sĩ, trong đó 50% trạm y tế đạt chuẩn" names again what the whole counts.
    const namesItself = part.matchAll(this.rate).next().value?.index === 0 || firstWordOf(part) === firstWordOf(whole.subject);
    // "100% dịch vụ công đạt mức độ 1, trong đó 30% đạt mức độ 2": a predicate alone that names another of the same
    // (another "mức độ") says it of what the whole counts; one that names a grade of the whole's is under it ("… đạt chuẩn – đạt mức khá").
    // The whole's predicate may say more before that object: "… đạt chuẩn quốc gia mức độ 1, trong đó 40% đạt mức độ 2".
    const predicate = this.predicateOpening.test(part) ? whole.subject.search(this.predicateInside) : -1;
    const object = part.replace(/^\s*[\p{L}\p{M}]+\s+/u, '');
    const objectWord = firstWordOf(object);
    const sameObject = predicate > 0 && objectWord ? compile(`(?<![\\p{L}\\p{M}])${wordPattern(objectWord)}(?![\\p{L}\\p{M}])`).exec(whole.subject.slice(predicate)) : null;
    if (sameObject && sameObject.index > 0) return `${whole.subject.slice(0, predicate + sameObject.index).trimEnd()} ${object}`;
    return part === '' ? whole.subject : namesItself ? part : `${whole.subject} – ${part}`;
  }

  /**
   * A label without the count in its own unit that closes it before the number's clause: after a verb, what it counts is what
   * changes ("Thu hút 1,2 triệu lượt khách, tăng 15%" → "lượt khách"); after a noun, the noun ("Tổng thu ngân sách 1.200 tỷ đồng, tăng 10%").
   */
  private withoutCount(label: string): string {
    return label.replace(COUNT_IN_UNIT_AT_END, (_, opening: string, head: string, unit: string) => {
      if (!this.saysWhat.test(` ${head.split(/\s+/).slice(-3).join(' ').toLowerCase()}`)) return `${opening}${head}`;
      return `${opening}${wordCount(head) <= 3 ? unit : `${head} ${unit}`}`;
    });
  }

  /** A label before a count, without the words that say what is done to it: "nâng tổng số trường đạt chuẩn lên" → "tổng số trường đạt chuẩn". */
  private countLabel(label: string): string {
    let text = stripBullet(label).trim().replace(this.aimWordsOpening, '');
    for (const { re } of this.openingChanges) text = text.replace(re, '');
    return text.replace(this.trailer, '').trim();
  }

  /** The start of the last line before `line` with any text, or of `line` itself at the top. */
  private previousLineStart(ctx: TargetContext, line: Line): number {
    for (let i = line.index - 1; i >= ctx.bodyStart; i--) if (ctx.seg.lines[i].text.trim() !== '') return ctx.seg.lines[i].start;
    return line.start;
  }

  /**
   * What is measured: the phrase after the number, else the label before it, plus table labels.
   * `wholeLabel`: a label read before the number is one phrase, not a list whose last clause names it.
   */
  private subject(ctx: TargetContext, line: Line, scope: Scope, before: string, after: string, wholeLabel = false): string {
    for (const re of this.baselineBefore) before = before.replace(re, '');
    // "100% (15/15) trường học …": a count in brackets right after the number says nothing of what is measured;
    // "(thành thị 100%, nông thôn 95%)", "…, B đạt 99% và C đạt 95%": nor does the next item of a list.
    // "văn bản đi (trừ văn bản mật) được ký số": a note in brackets inside what is measured goes, the rest stays.
    after = /^\s*(?:[,;]|(?:và|hoặc)\s(?=[^;]*\d\s*%))/u.test(after) ? '' : after.replace(/^\s*\([^()%]*\)/, '').replace(/\s*\([^()%\n\t]*\)(?=\s+\p{Ll})/gu, '');
    // "100% trường …, bảo đảm tỷ lệ … không quá 30%": what follows ends before the clause of the next number.
    const next = after.search(NEXT_PERCENTAGE);
    const comma = next > 0 ? after.lastIndexOf(',', next) : -1;
    if (comma >= 0) after = after.slice(0, comma);
    const stop = this.subjectStop.exec(after);
    // "Công lập: 99-100% Ngoài công lập: 61-62%": words up to a colon and another number label that one.
    const labelsNext = stop !== null && /^:\s*[^\d\s]{0,12}\s*\d/u.test(after.slice(stop.index));
    // "100% trạm y tế có bác sĩ, trong đó …": the comma before the next clause is no part of it.
    // "… dùng chung của toàn ngành…(": an ellipsis that trails off is no part of it.
    let phrase = labelsNext ? '' : this.withoutDeadline((stop ? after.slice(0, stop.index) : after).replace(/^[\s)]+/, '').replace(/[\s,…]+$/u, ''));
    // The last rate word before the number that names more than itself ("Tỷ lệ người dân … đạt
    // tỷ lệ 95%"), unless another percentage stands between them; one that names only itself
    // ("Kinh tế số chiếm tỷ trọng khoảng 20% GRDP") leaves the subject to the clause.
    const namesOnlyItself = (rate: RegExpExecArray) => before.slice(rate.index + rate[0].length).replace(this.trailer, '').trim() === '';
    const rates = [...before.matchAll(this.rate)];
    let rate = rates.pop();
    while (rate && rates.length && namesOnlyItself(rate)) rate = rates.pop();
    const rateStart = rate && !namesOnlyItself(rate) && !before.includes('%', rate.index) ? rate.index : -1;
    // What follows the number, kept for the rules below that join it to the label before it.
    const afterPhrase = phrase;
    const labelBefore = (): string => {
      // "Hoàn thành xuất sắc: 55-60%", "Trẻ 5 tuổi: 2.285/2.285=100%", "Tỷ lệ trẻ … đạt 93-98%"
      // "Tỷ lệ …: năm 2026 đạt 70%": a deadline closing the label says when, not what.
      // The figures before the number go ("2.285/2.285="); a number its word qualifies stays ("mức độ 2").
      // "tỷ lệ hộ nghèo (theo chuẩn mới) giảm …": a note in brackets says which, not what.
      // A label read after the numbers before it starts after the last ("… 99-100% Ngoài công lập:", "…, B đạt 90% và C đạt").
      const afterNumber = before.replace(/^.*%(?=[^%]*\p{L})/su, '').replace(/^\s*(?:và|hoặc)\s+/u, '');
      const unnoted = (rateStart >= 0 ? before.slice(rateStart) : afterNumber).replace(/\s*\([^()]*\)/gu, '');
      // "Thu nhập bình quân đầu người đạt 85 triệu đồng/năm, tăng 8%": the level the label reaches in its own unit is no part of it.
      // The deadline goes first: "Nợ thuế đến 31/12/2026 không vượt quá 5%" holds its date in figures.
      const joined = this.withoutDeadline(this.withoutCount(unnoted.replace(LEVEL_IN_UNIT_AT_END, '')).trimEnd()).replace(FIGURES_AT_END, (tail) => (/^\s*\d+\s*$/u.test(tail) ? tail.trimEnd() : ''));
      // "Tốt ≥ 80%; Khá ≤ 18%; Đạt ≤ 2%", "Tốt 60%, Khá 30%, Đạt 10%": a grade that is the joining verb's word,
      // capitalised and alone in its item, is the label.
      const lastItem = joined.split(/[;:,]/).pop()!.trim();
      const grade = afterPhrase === '' && /^\p{Lu}[\p{Ll}\p{M}]*$/u.test(lastItem) && lastItem.replace(this.trailer, '') === '';
      // "Số hộ nghèo giảm 120 hộ, tương đương giảm 1,2%": past the words that link it, a count in its own unit is no part either.
      const label = grade ? lastItem : joined.replace(this.trailer, '').replace(LEVEL_IN_UNIT_AT_END, '');
      // "Giảm tỷ lệ hộ nghèo đến năm 2026 còn dưới 2%": a deadline the verb hid ends the label once the verb goes.
      const beforeHidden = this.withoutDeadline(label);
      const level = beforeHidden === label ? label : beforeHidden.replace(this.trailer, '');
      // From a rate word the whole phrase is the subject; else its last clause.
      return stripBullet(rateStart >= 0 || wholeLabel ? level : this.withColonLabel(level, this.lastClause(level))).trim();
    };
    // "Số người tham gia BHXH tự nguyện: 42.500 người, đạt 4,2% lực lượng lao động": after a count, the phrase names the whole.
    // So does "… đạt tối thiểu 80% dân số từ 14 tuổi trở lên", where "95% dân số được cấp nước sạch" says something of it and measures it.
    const share = this.denominator.test(after) || (this.wholeUnlessSaid.test(after) && !this.saysWhat.test(` ${afterPhrase}`) && labelBefore() !== '');
    if (rateStart >= 0 || share || this.sameWhole(before, phrase) || COUNT_CLAUSE_AT_END.test(before.replace(this.trailer, ''))) phrase = '';
    // "100% xã, 90% thôn": the words between the numbers are what the first counts; the word after the second is its own.
    const ownWord = phrase !== '' && rateStart < 0 && before.includes('%') && !before.trimEnd().endsWith(':');
    if (wordCount(phrase) < 2 && !ownWord) {
      let named = labelBefore();
      // "Duy trì tỷ lệ sử dụng phần mềm tại 100% xã, phường": a place word before the number says where, as one after it does.
      const placeBefore = rateStart >= 0 && afterPhrase !== '' && this.placeAtEnd.test(named);
      if (placeBefore) named = named.replace(this.placeAtEnd, '');
      const place = placeBefore ? afterPhrase : rateStart >= 0 && named ? this.placeAfter.exec(afterPhrase)?.groups?.where : undefined;
      // "Giải ngân 100% kế hoạch vốn đầu tư công": a bare verb before a share names what it does with the whole after it.
      const verb = named.replace(this.aimOpening, '');
      // A noun before a share names nothing done ("Nợ thuế … không vượt quá 5% tổng số thu ngân sách").
      const bareVerb = verb !== '' && wordCount(verb) <= 2 && this.saysWhat.test(` ${verb.toLowerCase()}`);
      phrase = place ? `${named} – ${place}` : share && rateStart < 0 && bareVerb ? `${verb} ${afterPhrase}` : named || phrase;
    } else if (this.predicateOpening.test(phrase) && wordCount(phrase) <= 3) {
      // "Phấn đấu trình độ đào tạo đội ngũ toàn ngành 100% đạt chuẩn": a predicate alone after the number says it of the label before.
      const named = labelBefore();
      if (wordCount(named) >= 2) phrase = `${named} ${phrase}`;
    }
    // A share in brackets after a count measures what the count counts: as the words after the bracket say ("Phấn đấu
    // 03/16 xã (18,75%) đạt chuẩn …"), or those after the count ("Có 45/50 trường đạt chuẩn quốc gia (đạt 90%)"), or,
    // when these only name what is counted, the label before the count ("Số xã đạt chuẩn: 12/15 xã (80%)").
    // "Có 12/15 trường đạt chuẩn quốc gia, chiếm tỷ lệ 80%": so does one after the count's comma.
    const counted = (/^\s*\)/.test(after) ? SHARE_OF_COUNT : SHARE_AFTER_COUNT).exec(before)?.groups;
    if (counted) {
      const counts = counted.counts.trim();
      const label = this.countLabel(counted.label);
      if (afterPhrase) phrase = afterPhrase.toLowerCase().startsWith(counts.toLowerCase()) ? afterPhrase : `${counts} ${afterPhrase}`;
      else phrase = wordCount(label) >= 2 && wordCount(counts) <= 3 && !this.predicateInside.test(` ${counts}`) ? label : counts;
    }
    const table = this.tableLabels(ctx.seg.lines, line, scope.cellIndex);
    // "Tỷ lệ huy động trẻ ra lớp: nhà trẻ": the label's colon says "for", written as a part is.
    return collapseWhiteSpace([...table, phrase.replace(/\s*:\s+(?=\S)/gu, ' – ')].filter(Boolean).join(' – ')).slice(0, 200);
  }

  /**
   * "Diện tích sản xuất ứng dụng công nghệ cao đạt 75% diện tích canh tác": the phrase after the
   * number opens with the words of the clause before it, so it names the whole of which the clause
   * measures a share.
   */
  private sameWhole(before: string, after: string): boolean {
    const opening = (phrase: string) => /^[\p{L}\p{M}]+\s+[\p{L}\p{M}]+/u.exec(phrase)?.[0].toLowerCase();
    const clause = this.lastClause(before.replace(this.trailer, '')).trim();
    const words = opening(after);
    return words !== undefined && wordCount(clause) > 2 && opening(clause) === words;
  }

  /**
   * The last clause of a label, with the list it ends: "Chi cho khoa học, công nghệ, đổi mới sáng
   * tạo và chuyển đổi số" is one subject (its last item joined by "và"), as is "Số nợ BHXH, BHYT,
   * BHTN" (items of a word or two after the noun they share); "Năm học mới, giáo viên" is two
   * clauses; the comma of a pair (subjectPairs) separates neither. A count is the level of the
   * label before it: "Số người tham gia BHXH bắt buộc: 195.000 người" measures the number of people.
   */
  private lastClause(label: string): string {
    const pieces = label.split(/[;:]|\.\s/);
    const items = pieces.pop()!.split(/,\s/);
    if (COUNT.test(items[items.length - 1])) {
      items.pop();
      if (items.length === 0 && pieces.length) items.push(...pieces.pop()!.split(/,\s/));
    }
    const sentence = items.join(', ');
    let first = items.length - 1;
    if (/\s(?:và|hoặc)\s/u.test(items[first])) while (first > 0 && !/\d/.test(items[first - 1]) && wordCount(items[first - 1]) <= 4) first--;
    else if (first >= 2 && items.slice(1).every((item) => wordCount(item) <= 2 && !/\d/.test(item))) first = 0;
    // "số vụ, số người chết, số người bị thương": items that open with the same word are one list, measured together.
    else if (first >= 1 && new Set(items.map((item) => firstWordOf(item))).size === 1 && !items.some((item) => /\d/.test(item))) first = 0;
    if (this.subjectPair) {
      const inPair = new Set([...sentence.matchAll(this.subjectPair)].map((m) => m.index + m[0].indexOf(',')));
      // Where the comma before each item stands in the sentence (each separator is two characters).
      const commaBefore = [-1];
      for (let i = 1, at = 0; i < items.length; i++, at += 2) commaBefore.push((at += items[i - 1].length));
      while (first > 0 && inPair.has(commaBefore[first])) first--;
    }
    return items.slice(first).join(', ');
  }
}

/** The first word of a phrase, in lower case. */
function firstWordOf(phrase: string): string | undefined {
  return /^[\p{L}\p{M}]+/u.exec(phrase.trim())?.[0].toLowerCase();
}

/** A grade alone ("Khá", "Chưa đạt"), and a subject that ends with one after its head ("Học lực Giỏi"). */
const GRADE = /^\p{Lu}[\p{Ll}\p{M}]*(?: [\p{Ll}\p{M}]+)?$/u;
const GRADED = /^(?<head>.*\s[\p{Ll}\p{M}]+)\s+(?<grade>\p{Lu}[\p{Ll}\p{M}]*(?: [\p{Ll}\p{M}]+)?)$/u;
const NEXT_PERCENTAGE = /\d\s*%/;
/** A bracket opening right after a number: what it holds breaks the number down ("70% (trong đó … đạt 35%)"). */
const BREAKDOWN = /^\s*\([^()]*\)/u;
/** A level in a unit of its own closing a label, before the comma of the number's clause: " đạt 85 triệu đồng/năm,", " đạt 30 thuê bao/100 dân,", " đạt 1.200 đơn vị máu,", " lên 5.200 người,". */
const LEVEL_IN_UNIT_AT_END = /\s+(?:đạt|là|tăng|giảm|lên)\s+\d[\d.,]*\s+[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+){0,2}(?:\s*\/\s*(?:\d[\d.,]*\s+)?[\p{L}\p{M}]+)?\s*,\s*$/u;
/** The label before a count, the count and what it counts: "Phấn đấu 03/16 xã", "Có 45/50 trường đạt chuẩn". */
const COUNTED = String.raw`(?:^|[,;(]|\.\s)(?<label>[^,;()]*?)[\s:]*\d[\d.,]*\s*\/\s*\d[\d.,]*\s+(?<counts>\p{L}[^()\d%;:,]*?)\s*`;
/** … then the bracket a share opens: "Phấn đấu 03/16 xã (", "Có 45/50 trường đạt chuẩn (đạt ". */
const SHARE_OF_COUNT = new RegExp(String.raw`${COUNTED}\(\s*(?:(?:đạt|bằng|chiếm)\s+)?$`, 'u');
/** … or the comma a share follows: "Có 12/15 trường đạt chuẩn quốc gia, chiếm tỷ lệ ". */
const SHARE_AFTER_COUNT = new RegExp(String.raw`${COUNTED},\s*(?:chiếm|đạt|bằng)(?:\s+tỷ\s+lệ)?\s*$`, 'u');
/** A number and the word or two it counts: "195.000 người", "1.200 hộ". */
const COUNT = /^\s*\d[\d.,]*\s+[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+)?\s*,?\s*$/u;
/** A count and what it counts closing a label, before the comma of the number's clause: "Thu hút 1,2 triệu lượt khách,". */
const COUNT_IN_UNIT_AT_END = /(^|[,;:]\s*)([^\d%,;:]*[\p{L}\p{M}])\s+\d[\d.,]*(?:\s+(?:triệu|nghìn|ngàn|tỷ|vạn))?\s+([\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+){0,3})\s*,\s*$/u;
/** A label ending with a count clause of its own: "…: 42.500 người,". */
const COUNT_CLAUSE_AT_END = /(?:^|[:;,])\s*\d[\d.,]*\s+[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+)?\s*,?\s*$/u;
const FIGURES_AT_END = /[\d.,/=\s()%]+$/u;

interface ComparatorRule {
  re: RegExp;
  after: RegExp | null;
  comparator: Comparator;
  change: Target['change'];
  id: string;
}

interface StatedDeadline {
  year: number;
  index: number;
  end: number;
  labelsNext: boolean;
}

interface Scope {
  lineStart: number;
  sentenceStart: number;
  sentenceEnd: number;
  clauseStart: number;
  clauseEnd: number;
  cellIndex: number | null;
}

interface IndicatorHeader {
  unit: number;
  years: { column: number; year: number }[];
  /** Without year columns, columns headed by a part of what is measured (a listVariants word: "Mầm non", "Nông thôn"). */
  parts: { column: number; part: string }[];
  name: number;
}

/**
 * A section whose percentages are to be reached: not results and the situation (what was reached)
 * nor funding (shares of the money).
 */
function planned(node: SectionNode | null | undefined): boolean {
  return node?.role !== 'facts' && node?.role !== 'funding';
}

/** Where each cell of a table row starts in the text, past the white space the cell is trimmed of. */
function cellStarts(line: Line): number[] {
  const starts: number[] = [];
  let start = line.start;
  for (const raw of line.text.split('\t')) {
    starts.push(start + raw.length - raw.trimStart().length);
    start += raw.length + 1;
  }
  return starts;
}

/** An alternation of rows of words, each word not right after its row's `notAfter` words ("lên", not in "trở lên"). */
function wordsNotAfter(rows: readonly { words: readonly string[]; notAfter: readonly string[] }[]): string {
  return rows.map((w) => `${w.notAfter.length ? `(?<!(?:${alternation(w.notAfter)})\\s+)` : ''}(?:${alternation(w.words)})`).join('|');
}

/** Words holding a letter: "thương mại - dịch vụ" is four. */
function letterWordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;
}

/** Where the word a qualifier pattern matched starts: after the space or bracket the pattern begins with. */
function wordStart(match: RegExpExecArray): number {
  return match.index + /^[\s(:,;]*/.exec(match[0])![0].length;
}

/** The sentence and clause (between semicolons) around an offset, within its line or table cell. */
function clauseScope(line: Line, offset: number): Scope {
  let start = line.start;
  let end = line.end;
  let cellIndex: number | null = null;
  if (line.cells) {
    let cellStart = line.start;
    for (const [i, raw] of line.text.split('\t').entries()) {
      const cellEnd = cellStart + raw.length;
      if (offset >= cellStart && offset <= cellEnd) {
        start = cellStart;
        end = cellEnd;
        cellIndex = i;
        break;
      }
      cellStart = cellEnd + 1;
    }
  }
  const local = line.text.slice(start - line.start, end - line.start);
  const at = offset - start;
  let sentenceStart = 0;
  let sentenceEnd = local.length;
  for (const m of local.matchAll(/[.!?…]+["”)]?\s+(?=[\p{Lu}“"(-])/gu)) {
    const boundary = m.index + m[0].length;
    if (boundary <= at) sentenceStart = boundary;
    else {
      sentenceEnd = m.index + 1;
      break;
    }
  }
  let clauseStart = sentenceStart;
  let clauseEnd = sentenceEnd;
  for (const m of local.slice(sentenceStart, sentenceEnd).matchAll(/;/g)) {
    const boundary = sentenceStart + m.index;
    if (boundary < at) clauseStart = boundary + 1;
    else {
      clauseEnd = boundary;
      break;
    }
  }
  return {
    lineStart: line.start,
    sentenceStart: start + sentenceStart,
    sentenceEnd: start + sentenceEnd,
    clauseStart: start + clauseStart,
    clauseEnd: start + clauseEnd,
    cellIndex,
  };
}

/** The header cell above a table cell: the first line of its table, or nothing on that line itself. */
function columnHeading(lines: Line[], line: Line, cellIndex: number | null): string {
  if (!line.cells || cellIndex === null) return '';
  let header = line;
  for (let i = line.index - 1; i >= 0 && lines[i].cells; i--) header = lines[i];
  return header === line ? '' : (header.cells![cellIndex] ?? '');
}

/** "99,5" and "99.5" → 99.5; "8.289" → 8289 (a dot before three digits groups thousands). */
export function parseNumber(raw: string): number {
  if (/^\d+\.\d{1,2}$/.test(raw)) return Number(raw);
  return Number(raw.replace(/\./g, '').replace(',', '.'));
}

/** What stands between two numbers of one list: "80%, 90% và 85%" (not a tab: table cells measure each their own). */
const LISTED = /^ *(?:[,;] *(?:(?:và|hoặc) +)?|(?:và|hoặc) +)$/u;
/** A year of the deadline patterns (targets.yaml deadlineYear), anywhere. */
const HAS_YEAR = /(?:19|20)\d{2}/;
/** Between a year that labels a number and the number: its qualifier at most ("năm 2026 đạt trên 70%"). */
const LABEL_GAP = /^\D{0,15}$/u;
/** Between a number and a deadline that is its own: a few words at most, no clause boundary. */
const OWN_DEADLINE_GAP = /^\s*(?:(?!(?:và|hoặc)\s)[^\s,;.:()%]+\s+){0,3}$/u;
/** A percentage a few words after a deadline, in its clause: "đến năm 2030 đạt 95%", "…: trên 90%". */
const NUMBER_RIGHT_AFTER = /^\s*:?\s*(?:[^\s\d,;.:()%]+\s+){0,3}\d[\d.,]*(?:\s*[-–]\s*\d[\d.,]*)?\s*%/u;

/** A comma right before a deadline: it opens a clause. */
const CLAUSE_OPENING = /,\s*$/u;
/** A percentage in the clause a deadline opens (a decimal comma is inside its number): ", đến năm 2030 tỷ lệ lao động … đạt 95%". */
const NUMBER_IN_CLAUSE = /^\s*,?(?:[^,;]|,(?=\d))*?\d\s*%/u;

/**
 * A deadline past the number's own clause that a later number follows closely, or that opens the
 * clause of a later number, is that number's: "80% xã đạt chuẩn, đến năm 2030 đạt 95%", "tăng 8%/năm,
 * đến năm 2030 tỷ lệ lao động có việc làm đạt 95%" (not "đạt 80% vào năm 2027 và 95% …", its own).
 */
function leadsLaterNumber(sentence: string, numberEnd: number, deadline: { index: number; end: number }): boolean {
  const between = sentence.slice(numberEnd, deadline.index);
  if (OWN_DEADLINE_GAP.test(between)) return false;
  const after = sentence.slice(deadline.end);
  return NUMBER_RIGHT_AFTER.test(after) || (CLAUSE_OPENING.test(between) && NUMBER_IN_CLAUSE.test(after));
}

/** Where the brackets the text from `start` to `end` stands in close, or -1 when it stands in none. */
function closingBracket(text: string, start: number, end: number): number {
  const open = text.lastIndexOf('(', start);
  if (open < 0 || text.lastIndexOf(')', start) > open) return -1;
  const close = text.indexOf(')', end);
  const nested = text.indexOf('(', end);
  return nested >= 0 && nested < close ? -1 : close;
}

/** What stands between two numbers, past the subject the first was read with after itself. */
function afterSubject(between: string, subject: string): string {
  const start = between.length - between.trimStart().length;
  return subject !== '' && between.startsWith(subject, start) ? between.slice(start + subject.length) : between;
}

/** The "%" signs in `text` from `from` on. */
function countPercentSigns(text: string, from = 0): number {
  let count = 0;
  for (let i = text.indexOf('%', from); i >= 0; i = text.indexOf('%', i + 1)) count++;
  return count;
}
