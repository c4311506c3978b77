// dates: a time phrase ("Từ tháng 01/2021 đến tháng 12/2025", "Quý II/2024", "hằng năm")
// → a period of ISO partial dates, with the forms in rules/dates.yaml.
import type { Period } from '../model/schema.js';
import { alternation, compile, type RuleSet } from '../model/rules.js';
import { collapseWhiteSpace } from '../model/text.js';
import { memoize } from '../model/memo.js';

interface DateMention {
  start: number;
  end: number;
  /** Earliest and latest ISO partial dates the mention stands for (a quarter spans three months). */
  from: string;
  to: string;
}

/** For each wholePeriod entry, the span the document states for it ("nhiệm kỳ 2020 - 2025"), or null. */
export type StatedPeriods = ({ from: string; to: string } | null)[];

export interface ParsedPeriod extends Period {
  /** Two different spans of years in one phrase: which one is meant cannot be told. */
  ambiguous: boolean;
  endBeforeStart: boolean;
}

const LETTER = /[\p{L}\p{M}]/u;

/** Characters after a time cue searched for its date: "ngày 30 tháng 12 năm 2025" is 25. */
const DATE_WINDOW = 40;
/** Between one cued time's clause and the next cue: a comma and words, no other clause mark. */
const LATER_CLAUSES = /^,[^;:.()]{0,80}$/u;
/** … and between one wave and the next, a semicolon as well: "đợt 1 từ ngày 15/01 đến ngày 15/02/2026; đợt 2 …". */
const LATER_WAVES = /^[,;][^;:.()]{0,80}$/u;
/** The number of a wave in a cue ("đợt 1", "đợt II", "lần hai"). */
const WAVE_NUMBER = /(?<![\p{L}\p{M}\d])(?:\d+|[ivx]+|một|hai|ba|bốn)(?![\p{L}\p{M}\d])/gu;
/** What joins two dates of one phrase: "tháng 8, 9/2026", "Quý I và Quý II", "01/6 - 30/11/2026". */
const DATE_LINK = /^\s*(?:,|và|đến|tới|[-–—])\s*(?:hết\s+)?(?:ngày\s*|tháng\s*)?$/u;
const QUARTERS: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const pad = (n: number | string) => String(n).padStart(2, '0');

export class DateReader {
  private readonly forms: { re: RegExp; precision: string; yearFromNext: boolean }[];
  private readonly spans: RegExp[];
  private readonly openStart: RegExp[];
  private readonly openEnd: RegExp[];
  /** Words naming the first or last part of a lone time (dates.yaml partsOf). */
  private readonly partsOf: { re: RegExp; part: 'first' | 'last' }[];
  private readonly goesOn: RegExp[];
  /** A word after a time's last date that starts something else (dates.yaml phraseEnds). */
  private readonly phraseEnd: RegExp;
  private readonly recurring: RegExp[];
  private readonly recurringAll: RegExp[];
  private readonly notDates: RegExp[];
  private readonly timeCue: RegExp;
  /** A time cue ending where a phrase starts: "trước ngày " before "30/6". */
  private readonly cueBefore: RegExp;
  private readonly wholePeriods: { re: RegExp; statedAs: RegExp; statedIn: 'text' | 'title'; start: string; end: string }[];

  constructor(rules: RuleSet) {
    this.forms = rules.dates.forms.map((f) => ({ re: compile(f.pattern, 'g'), precision: f.precision, yearFromNext: f.yearFromNext }));
    this.spans = rules.dates.rangeForms.map((f) => compile(f.pattern, 'g'));
    this.openStart = rules.dates.openStart.map((f) => compile(f.pattern));
    this.openEnd = rules.dates.openEnd.map((f) => compile(f.pattern));
    this.partsOf = rules.dates.partsOf.map((p) => ({ re: compile(p.pattern), part: p.part }));
    this.goesOn = rules.dates.goesOn.map((f) => compile(f.pattern));
    this.phraseEnd = compile(`\\s(?:${alternation(rules.dates.phraseEnds.map((w) => w.word)) || '(?!)'})(?![\\p{L}\\p{M}])`, '', true);
    this.recurring = rules.dates.recurring.map((f) => compile(f.pattern));
    this.recurringAll = rules.dates.recurring.map((f) => compile(f.pattern, 'g'));
    this.notDates = rules.dates.notDates.map((f) => compile(f.pattern, 'g'));
    // One alternation, and the start of a word checked by hand: a lookbehind made it five times slower.
    const cues = rules.dates.timeCues.map((f) => `(?:${f.pattern})`).join('|') || '(?!)';
    this.timeCue = compile(cues, 'g');
    this.cueBefore = compile(`(?<![\\p{L}\\p{M}])(?:${cues})(?:hết\\s+)?(?:ngày\\s*)?$`);
    this.wholePeriods = rules.dates.wholePeriod.map((w) => ({ re: compile(w.pattern), statedAs: compile(w.statedAs), statedIn: w.statedIn, start: w.start, end: w.end }));
  }

  /** The spans a document states for its whole term or period, read once per document from its text or its titles. */
  statedPeriods(documentText: string, titles: readonly (string | null)[]): StatedPeriods {
    return this.wholePeriods.map(({ statedAs, statedIn }) => {
      const sources = statedIn === 'title' ? titles : [documentText];
      for (const source of sources) {
        const groups = source ? statedAs.exec(source)?.groups : undefined;
        if (groups) return { from: groups.from, to: groups.to };
      }
      return null;
    });
  }

  /**
   * The first phrase of `text` naming a whole term or period ("cả nhiệm kỳ"), or a part of one
   * ("học kỳ II"), with the dates it stands for: those of the span the text itself states ("học
   * kỳ II năm học 2025-2026"), else those the document states; null when neither states one.
   */
  wholePeriodPhrase(text: string, stated: StatedPeriods): { phrase: string; index: number; cue: string; from: string; to: string } | null {
    for (const [i, { re, statedAs, statedIn, start, end }] of this.wholePeriods.entries()) {
      // A span stated only by a title: without one, the phrase is not searched.
      if (statedIn === 'title' && !stated[i]) continue;
      const match = re.exec(text);
      if (!match) continue;
      const groups = statedAs.exec(text)?.groups;
      const span = groups ? { from: groups.from, to: groups.to } : stated[i];
      if (!span) continue;
      // {from} and {to} are the span's years; any other {name}, a group of the phrase, as two digits ("tháng 9" → "09").
      const values: Record<string, string> = { ...match.groups, ...span };
      const fill = (template: string) => template.replace(/\{(\w+)\}/g, (_, name: string) => (name === 'from' || name === 'to' ? values[name] : pad(values[name] ?? '')));
      // The cue before it belongs to the phrase: "trước ngày 30/6", "trước tháng 12" end there; a field's label ("thời gian:") does not.
      const cue = this.cueEndingAt(text, match.index);
      return { phrase: cue + match[0], index: match.index - cue.length, cue, from: fill(start), to: fill(end) };
    }
    return null;
  }

  /** The time cues that end at `at` ("trong " before "năm học 2026 - 2027", "trong cả "), or ''; a field's label ("thời gian:") is none. */
  cueEndingAt(text: string, at: number): string {
    let from = at;
    for (let cue = this.cueBefore.exec(text.slice(Math.max(0, from - 30), from))?.[0]; cue && !FIELD_LABEL.test(cue); cue = this.cueBefore.exec(text.slice(Math.max(0, from - 30), from))?.[0]) from -= cue.length;
    return text.slice(from, at);
  }

  /** Whether `time` is all a cue and its date, span or part of a stated term: "trước ngày 30/6/2026", "trong năm học 2026 - 2027", "trong 6 tháng đầu năm". */
  isCued(time: string): boolean {
    if (this.cuedPhrase(time) === time) return true;
    const cuedFrom = (at: number, end: number) => at > 0 && end === time.length && this.cueEndingAt(time, at).length === at;
    // "trước ngày 25 hằng tháng": a recurrence after its cue.
    for (const word of time.matchAll(/\s+/gu)) {
      const at = word.index + word[0].length;
      if (cuedFrom(at, time.length) && this.recurringPhrase(time.slice(at)) === time.slice(at)) return true;
    }
    const spans = this.yearSpans(time);
    if (spans.length === 1 && cuedFrom(spans[0].start, spans[0].end)) return true;
    return this.wholePeriods.some(({ re }) => {
      const whole = re.exec(time);
      return whole !== null && cuedFrom(whole.index, whole.index + whole[0].length);
    });
  }

  /**
   * The first time phrase of a sentence: a cue (dates.yaml timeCues) with a date right after it,
   * up to the end of its clause ("trước ngày 30/6/2024", "từ tháng 3/2024 đến tháng 12/2025"), or null.
   * After a single date, dates by the same cue in the clauses after it, past commas only, go with it: "đợt 1
   * trong tháng 5/2026, đợt 2 trong tháng 8/2026", "xong trước 15/8/2026, hoàn thành toàn bộ trước 30/9/2026".
   */
  cuedPhrase(text: string): string | null {
    const masked = this.masked(text);
    const first = this.cuedDate(masked, 0);
    if (!first) return null;
    const clauseEnd = /[,;:()]|\.(?!\d)/g;
    const endOfClause = (from: number) => {
      clauseEnd.lastIndex = from;
      return clauseEnd.exec(text)?.index ?? text.length;
    };
    let end = endOfClause(first.end);
    // A cue that is a field's label ("thời gian: tháng 6 - 8/2026") is no part of the time.
    const start = FIELD_LABEL.test(masked.slice(first.start, first.cueEnd)) ? first.cueEnd : first.start;
    // Only a time of the same kind, by the same cue: "… cả năm 2026, gửi về Sở trước ngày 05/10/2026" names two things.
    // "đợt 1 …; đợt 2 …": cues that differ only in their number are waves of one time.
    const cueOf = (at: { start: number; cueEnd: number }) => masked.slice(at.start, at.cueEnd).trim().toLowerCase().replace(WAVE_NUMBER, '#');
    const waves = cueOf(first) !== masked.slice(first.start, first.cueEnd).trim().toLowerCase();
    // A range ("từ tháng 3/2024 đến tháng 12/2025, báo cáo trước …") is whole: what follows is a step inside it; unless it is a wave.
    if (!waves && this.mentions(text.slice(first.start, end)).length > 1) return withClosingBracket(text, start, this.phraseEndAfter(text, first.start, end));
    const between = waves ? LATER_WAVES : LATER_CLAUSES;
    for (let next = this.cuedDate(masked, end); next && between.test(text.slice(end, next.start)) && cueOf(next) === cueOf(first); next = this.cuedDate(masked, end)) end = endOfClause(next.end);
    return withClosingBracket(text, start, this.phraseEndAfter(text, first.start, end));
  }

  /** A time field's value without what follows its last date: a place ("Quý II/2026 tại Hội trường …"), another field ("Tháng 3/2026; địa điểm: …"). */
  fieldTime(value: string): string {
    const dates = this.mentions(value);
    if (dates.length === 0) return value.trim();
    const semicolon = value.indexOf(';', dates[dates.length - 1].end);
    return value.slice(0, this.phraseEndAfter(value, 0, semicolon >= 0 ? semicolon : value.length)).trim();
  }

  /** Where the time from `start` to `end` ends: before a word that starts something else after its last date. */
  private phraseEndAfter(text: string, start: number, end: number): number {
    const dates = this.mentions(text.slice(start, end));
    const lastDate = start + (dates.length ? dates[dates.length - 1].end : 0);
    // "năm 2026 và những năm tiếp theo": words that say the time goes on are part of it.
    if (this.goesOn.some((re) => re.test(text.slice(lastDate, end)))) return end;
    const other = this.phraseEnd.exec(text.slice(lastDate, end));
    return other ? lastDate + other.index : end;
  }

  /** The first cue at or after `from` with a date right after it, and the dates listed with that one. */
  private cuedDate(masked: string, from: number): { start: number; cueEnd: number; end: number } | null {
    this.timeCue.lastIndex = from;
    for (let cue = this.timeCue.exec(masked); cue; cue = this.timeCue.exec(masked)) {
      // The cue right after "(" is empty: step past it, as matchAll would.
      if (cue[0] === '') this.timeCue.lastIndex++;
      if (cue.index > 0 && LETTER.test(masked[cue.index - 1])) continue;
      // A date is short: only the words right after the cue are read for one.
      const at = cue.index + cue[0].length;
      const dates = this.datesIn(masked.slice(at, at + DATE_WINDOW));
      if (dates[0]?.start !== 0) continue;
      // "Tháng 8, 9/2026": dates listed after the first belong to the phrase, past its commas.
      let end = dates[0].end;
      for (const next of dates.slice(1)) {
        if (!DATE_LINK.test(masked.slice(at + end, at + next.start))) break;
        end = next.end;
      }
      return { start: cue.index, cueEnd: at, end: at + end };
    }
    return null;
  }

  isRecurring(text: string): boolean {
    return this.recurring.some((re) => re.test(text));
  }

  /** The recurring phrases of a text ("hằng năm; định kỳ"), or null. */
  recurringPhrase(text: string): string | null {
    // In the order the text says them, whichever row reads each; one inside another ("hằng quý" in
    // "định kỳ hằng quý") is that one.
    const found = this.recurringAll.flatMap((re) => [...text.matchAll(re)]).sort((a, b) => a.index - b.index || b[0].length - a[0].length);
    const phrases: string[] = [];
    let end = 0;
    for (const m of found) {
      if (m.index < end) continue;
      phrases.push(m[0]);
      end = m.index + m[0].length;
    }
    return phrases.length ? [...new Set(phrases)].join('; ') : null;
  }

  /**
   * The text with what only looks like dates (legal references, quoted names) blanked, offsets
   * kept. A phrase is read for spans of years and then for dates: it is masked once.
   */
  private readonly masked = memoize((text: string): string => {
    let masked = text;
    for (const re of this.notDates) masked = masked.replace(re, (m) => ' '.repeat(m.length));
    return masked;
  }, 2_000);

  /** Every date in the phrase, in order, longest form first, legal references masked out; a phrase is read once. */
  readonly mentions = memoize((text: string): readonly DateMention[] => this.datesIn(this.masked(text)), 2_000);

  private datesIn(masked: string): DateMention[] {
    const found: DateMention[] = [];
    const yearless: { groups: Record<string, string | undefined>; precision: string; start: number; end: number }[] = [];
    const taken = new Uint8Array(masked.length);
    for (const { re, precision, yearFromNext } of this.forms) {
      for (const match of masked.matchAll(re)) {
        const start = match.index;
        const end = start + match[0].length;
        if (taken.subarray(start, end).some((t) => t)) continue;
        taken.fill(1, start, end);
        if (yearFromNext) {
          yearless.push({ groups: match.groups ?? {}, precision, start, end });
          continue;
        }
        const mention = toMention(match.groups ?? {}, precision, start, end);
        if (mention) found.push(mention);
        else taken.fill(0, start, end);
      }
    }
    found.sort((a, b) => a.start - b.start);
    // "từ 01/6 đến 31/7/2025": the start of a range without its year takes the year of its end ("từ 15-20/3/2026": and its month).
    for (const date of yearless) {
      const next = found.find((m) => m.start >= date.end)?.from;
      const mention = next ? toMention({ month: next.slice(5, 7) || undefined, ...date.groups, year: next.slice(0, 4) }, date.precision, date.start, date.end) : null;
      if (mention) found.push(mention);
    }
    return found.sort((a, b) => a.start - b.start);
  }

  /** Spans of years ("giai đoạn 2020 - 2025"), legal references and quoted names masked out. */
  yearSpans(text: string): { from: string; to: string; start: number; end: number }[] {
    const spans = [];
    const masked = this.masked(text);
    for (const re of this.spans) {
      for (const match of masked.matchAll(re)) {
        spans.push({ from: match.groups!.from, to: match.groups!.to, start: match.index, end: match.index + match[0].length });
      }
    }
    return spans;
  }

  /** `stated`: the document's own spans, for a phrase that names its whole term without years. */
  period(text: string | null, stated: StatedPeriods = []): ParsedPeriod {
    // "Tháng 01/2021." written as a sentence: the phrase without its full stop.
    const phrase = (text && collapseWhiteSpace(text).trim().replace(/\s*[.;,]+$/u, '')) || null;
    const none: ParsedPeriod = { start: null, end: null, text: phrase, ambiguous: false, endBeforeStart: false };
    if (!phrase) return none;
    const spans = this.yearSpans(phrase);
    // A year that is part of a span ("Năm 2026-2027") is not a date of its own.
    const mentions = this.mentions(phrase).filter((m) => !spans.some((s) => m.start < s.end && m.end > s.start && /^\d{4}$/.test(m.from)));
    if (new Set(spans.map((s) => `${s.from}-${s.to}`)).size > 1) return { ...none, ambiguous: true };
    if (mentions.length === 0) {
      // "học kỳ II năm học 2025-2026": a part of the span, not all of it.
      const whole = this.wholePeriodPhrase(phrase, stated);
      if (whole) {
        // "trước ngày 30/6" in a plan for 2026: the end alone (a range, "từ tháng 11 đến tháng 12", is whole).
        const before = phrase.slice(0, whole.index) + whole.cue;
        if (whole.from === whole.to && this.openEnd.some((re) => re.test(before))) return { ...none, end: whole.to };
        if (whole.from === whole.to && this.openStart.some((re) => re.test(before))) return { ...none, start: whole.from };
        return withOrder({ ...none, start: whole.from, end: whole.to });
      }
      return spans.length === 1 ? withOrder({ ...none, start: spans[0].from, end: spans[0].to }) : none;
    }
    const first = mentions[0];
    const last = mentions[mentions.length - 1];
    if (mentions.length === 1) {
      const before = phrase.slice(0, first.start);
      if (this.isRecurring(phrase) && !/\d{4}/.test(phrase.slice(first.start))) {
        // "Trước tháng 7 hằng năm" has no year ("trong tháng 6/2026 hằng tuần" has); "Từ tháng 01/2020 và trong quá trình …" keeps its start.
        if (this.openStart.some((re) => re.test(before))) return { ...none, start: first.from };
        return none;
      }
      if (this.openStart.some((re) => re.test(before)) || this.goesOn.some((re) => re.test(phrase.slice(first.end)))) return { ...none, start: first.from };
      if (this.openEnd.some((re) => re.test(before))) return { ...none, end: first.to };
      // "vào cuối quý III/2026": the last month of the quarter.
      const part = this.partsOf.find((p) => p.re.test(before))?.part;
      if (part) {
        const month = part === 'last' ? first.to : first.from;
        return { ...none, start: month, end: month };
      }
    } else if (this.openEnd.some((re) => re.test(phrase.slice(0, first.start)))) {
      // "trước ngày 10/01/2027 và cả năm học trước ngày 25/5/2027": deadlines, the last one the end; no start.
      return { ...none, end: last.to };
    }
    return withOrder({ ...none, start: first.from, end: last.to });
  }
}

/** The phrase from `start` to `end`, with the bracket that closes one it opened: "trước mùa mưa bão (tháng 6/2026)". */
function withClosingBracket(text: string, start: number, end: number): string {
  const phrase = text.slice(start, end);
  const unclosed = phrase.split('(').length > phrase.split(')').length;
  return (unclosed && text[end] === ')' ? phrase + ')' : phrase).trim();
}

/** A period read from two cells of a table row ("Bắt đầu" and "Hoàn thành"). */
export function periodBetween(dates: DateReader, startCell: string, endCell: string, stated: StatedPeriods): ParsedPeriod {
  // A cell without its year ("Quý II", "Cả năm") is in the year the plan states, as a time column's is.
  const start = dates.period(startCell, stated);
  const end = dates.period(endCell, stated);
  const text = [start.text, end.text].filter(Boolean).join(' - ') || null;
  // One cell may give the whole range ("Từ tháng 9/2025 đến tháng 5/2026" under "Thời gian hoàn
  // thành"): its start, or end, stands for the empty other cell; a lone date is only its own end.
  const range = (cell: string) => dates.mentions(cell).length > 1 || dates.yearSpans(cell).length > 0;
  // A start cell with no date of its own may hold one as the start of a range to the end cell: "Tháng 10/202" (a scan cut its year) before "Tháng 11/2023".
  const asRangeStart = () => {
    const joined = `${startCell} - ${endCell}`;
    return end.text && dates.mentions(joined).some((m) => m.start < startCell.length) ? dates.period(joined, stated).start : null;
  };
  const from = start.text ? (start.start ?? start.end ?? asRangeStart()) : range(endCell) ? end.start : null;
  const to = end.text ? (end.end ?? end.start) : range(startCell) ? start.end : null;
  return withOrder({ start: from, end: to, text, ambiguous: false, endBeforeStart: false });
}

/** A cue that only labels the time, a field's label or not ("Thời gian hoàn thành:", "…, thời gian quý II/2026"): no part of the time's phrase. */
const FIELD_LABEL = /(?::|^\s*thời\s+gian(?:\s+(?:thực\s+hiện|hoàn\s+thành|triển\s+khai))?)\s*$/iu;

function withOrder(period: ParsedPeriod): ParsedPeriod {
  if (period.start && period.end && period.end.slice(0, period.start.length) < period.start.slice(0, period.end.length)) {
    return { ...period, endBeforeStart: true };
  }
  return period;
}

function toMention(groups: Record<string, string | undefined>, precision: string, start: number, end: number): DateMention | null {
  const year = Number(groups.year);
  if (!year) return null;
  if (precision === 'quarter' || precision === 'quarters') {
    const first = QUARTERS[(groups.quarter ?? '').toUpperCase()];
    const last = precision === 'quarters' ? QUARTERS[(groups.lastQuarter ?? '').toUpperCase()] : first;
    if (!first || !last) return null;
    return { start, end, from: `${year}-${pad(first * 3 - 2)}`, to: `${year}-${pad(last * 3)}` };
  }
  if (precision === 'first-half' || precision === 'second-half') {
    const first = precision === 'first-half';
    return { start, end, from: `${year}-${first ? '01' : '07'}`, to: `${year}-${first ? '06' : '12'}` };
  }
  const month = Number(groups.month);
  if (precision === 'year' || !month) return { start, end, from: String(year), to: String(year) };
  if (month < 1 || month > 12) return null;
  const day = Number(groups.day);
  if (precision === 'day' && day >= 1 && day <= 31) {
    const iso = `${year}-${pad(month)}-${pad(day)}`;
    return { start, end, from: iso, to: iso };
  }
  const iso = `${year}-${pad(month)}`;
  return { start, end, from: iso, to: iso };
}
