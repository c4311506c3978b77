// agencies: reads lists of bodies ("Phòng GDĐT, Nội vụ và các phòng liên quan"), restores shared
// head words, expands abbreviations into canonical names, and folds near-variants into one agency.
// Edit distance from fastest-levenshtein (bit-parallel): natural's keeps an object per cell of
// the matrix, which made name folding a tenth of the extraction time.
import { distance } from 'fastest-levenshtein';
import type { Agency, AgencyRef, Span } from '../model/schema.js';
import { alternation, compile, inBothTonePlacements, tonePlacements, withoutBoundaries, wordPattern, type RuleSet } from '../model/rules.js';
import { collapseWhiteSpace, upperFirst, WHITE_SPACE, wordCount } from '../model/text.js';
import { memoize } from '../model/memo.js';

/** A body as written in the text, with its offsets in the normalised text. */
export interface AgencyMention {
  surface: string;
  name: string;
  start: number;
  end: number;
  /** The short name given to the body in brackets after it ("(sau đây gọi là Vụ TKNL)", "(CDC)"), canonical. */
  alias?: string;
  /** The name given to the whole list the body is one of ("(sau đây gọi chung là UBND cấp huyện)"), canonical. */
  groupAlias?: string;
  /** The bodies in brackets right after it that do its work: its parts ("Công an tỉnh (Phòng Cảnh sát giao thông)"), a group's members. */
  units?: AgencyMention[];
}

export class AgencyReader {
  /** Each with `probe`, the pattern without its boundaries, tried first: most texts hold no abbreviation. */
  private readonly abbreviations: { re: RegExp; probe: RegExp; expansion: string }[];
  /** Any abbreviation's probe: a text without a match needs no expanding. */
  private readonly anyAbbreviation: RegExp;
  private readonly abbreviationStart: RegExp;
  private readonly spellings: { re: RegExp; to: string }[];
  /** The spellings that keep the length (old tone placement: "Uỷ" → "Ủy"), as one pattern: heads are looked up through them. */
  private readonly tonePlacement: { re: RegExp; to: Map<string, string> };
  private readonly headFirstWords: Set<string>;
  /** Heads that name a body alone (agencies.yaml whole), lower-cased. */
  private readonly wholeHeads: Set<string>;
  /** Heads that are one person's office (agencies.yaml heads `person`). */
  private readonly personHeads: Set<string>;
  /** A singular honorific right before where a list starts: "giao đồng chí ". */
  private readonly personHonorificBefore: RegExp;
  /** Heads that start a body only before a capitalised word (agencies.yaml properName), lower-cased. */
  private readonly properNameHeads: Set<string>;
  /** properName heads that start a body in lower case too, before a capitalised name (agencies.yaml lowerCaseBeforeName). */
  private readonly lowerCaseNameHeads: Set<string>;
  /** Heads that start a body after a plural in any case (agencies.yaml pluralOnly), lower-cased. */
  private readonly pluralOnlyHeads: Set<string>;
  /**
   * First words of heads and of plural determiners ("các"), in both tone placements: no other
   * word can start a body. Heads named only after "các" need none; those named only capitalised
   * (properName: "Vụ", "Báo") are in `capitalStartWords`, so that "nhiệm vụ", "báo cáo" are passed over at once.
   */
  private readonly startWords: Set<string>;
  private readonly capitalStartWords: Set<string>;
  /** Head words, longest first, lower-cased: matched by prefix, no regular expression. */
  private readonly heads: { lower: string }[];
  private readonly pluralHeads: { lower: string }[];
  private readonly listHead: RegExp;
  /** A plural determiner inside a name: "Thủ trưởng các sở". */
  private readonly innerPlural: RegExp;
  private readonly qualifier: RegExp;
  /** A qualifier and the body a group belongs to, capitalised (agencies.yaml qualifiers ofOwner): "thuộc Trường". */
  private readonly ownerQualifier: RegExp;
  private readonly stop: RegExp;
  private readonly verb: RegExp;
  /** After a plural body, the clause that says which of them (agencies.yaml relativeClauses), up to its verb. */
  private readonly relativeClause: RegExp | null;
  /** After an office (relativeClauses `afterHeads`), the clause that says what it is in charge of, up to its verb. */
  private readonly officeClause: RegExp | null;
  private readonly officeHeads: Set<string>;
  /** An abbreviation ending where a dot stands (agencies.yaml nameDots): "TP" of "UBND TP. Hà Nội". */
  private readonly nameDot: RegExp;
  /** A body named by what it steers (agencies.yaml topicNames), at the start of a name, in any case. */
  private readonly topicHead: RegExp | null;
  /** Its topic: the words up to a level that a verb follows. */
  private readonly topicToLevel: RegExp | null;
  /** After a singular body's comma, lower-case words up to its role (agencies.yaml commaNameTail). */
  private readonly commaNameTail: RegExp | null;
  /** The body's role (commaNameTail roles), where the text starts. */
  private readonly roleFirst: RegExp | null;
  private readonly commaNameHeads: Set<string>;
  private readonly adverbThenVerb: RegExp;
  private readonly nameVerb: RegExp;
  /** Verbs that names hold that name a body's function even before another verb (agencies.yaml nameVerbs heldBeforeVerb). */
  private readonly heldBeforeVerb: RegExp;
  /** A few words in lower case, then a verb: what a function held in a name acts on ("điều trị methadone tổ chức"). */
  private readonly objectThenVerb: RegExp;
  /** A role that a task's field names (tasks.yaml fields), opening a note in brackets: "(cơ quan thường trực …)". */
  private readonly roleNote: RegExp;
  private readonly aliasIntroduction: RegExp;
  private readonly level: RegExp;
  /** A level closing a name, and a level anywhere in one. */
  private readonly levelAtEnd: RegExp;
  /** Known names long enough that a name this close to one is it, misspelt. */
  private readonly longCanonicalNames: { name: string; folded: string }[];
  private readonly levelInside: RegExp;
  /** Heads of bodies found at every level (agencies.yaml levelledHeads). */
  private readonly levelledHead: RegExp;
  private readonly leadingNoise: RegExp[];
  /** After a dash, the role of the body before it (agencies.yaml appositives). */
  private readonly appositive: RegExp | null;
  private readonly notHead: RegExp;
  private readonly headNotAfter: RegExp | null;
  private readonly levelNotAfter: RegExp | null;
  private readonly sharedParts: { start: RegExp; end: RegExp }[];
  private readonly protectedNames: string[];
  /** The canonical names holding a comma or "và", folded, split at each: a misspelt one is kept whole too. */
  private readonly joinedNames: { left: string; right: string; leftWords: string[]; rightWords: string[] }[];
  private readonly misspeltNameThreshold: number;
  private readonly variants: Map<string, string>;

  constructor(rules: RuleSet) {
    const a = rules.agencies;
    this.abbreviations = a.abbreviations.map((x) => ({ re: compile(x.pattern, 'g', true), probe: compile(withoutBoundaries(x.pattern), '', true), expansion: x.expansion }));
    this.anyAbbreviation = compile(a.abbreviations.map((x) => `(?:${withoutBoundaries(x.pattern)})`).join('|') || '(?!)', '', true);
    this.abbreviationStart = compile(`^(?:${a.abbreviations.map((x) => `(?:${x.pattern})`).join('|')})`, '', true);
    // A spelling ending in a letter is a whole syllable: "hoà" → "hòa", but "hoàn", "Hoàng" stay.
    const spellingPattern = (from: string) => `${wordPattern(from)}${/\p{L}$/u.test(from) ? '(?![\\p{L}\\p{M}])' : ''}`;
    this.spellings = a.spellings.map((x) => ({ re: compile(spellingPattern(x.from), 'g', true), to: x.to }));
    const oldTones = tonePlacements(rules);
    this.tonePlacement = {
      re: compile(oldTones.map((x) => `(?:${spellingPattern(x.from)})`).join('|') || '(?!)', 'g', true),
      to: new Map(oldTones.map((x) => [x.from, x.to])),
    };
    const byLength = (words: string[]) => words.map((w) => ({ lower: w.normalize('NFC').toLowerCase() })).sort((x, y) => y.lower.length - x.lower.length);
    this.heads = byLength(a.heads.filter((h) => !h.pluralOnly || h.properName).map((h) => h.word));
    this.pluralHeads = byLength(a.heads.map((h) => h.word));
    this.wholeHeads = new Set(a.heads.filter((h) => h.whole).map((h) => h.word.normalize('NFC').toLowerCase()));
    this.personHeads = new Set(inBothTonePlacements(a.heads.filter((h) => h.person).map((h) => h.word), rules).map((h) => h.normalize('NFC').toLowerCase()));
    this.personHonorificBefore = compile(`(?:^|\\s)(?:${alternation(a.honorifics.filter((h) => !h.plural).map((h) => h.word)) || '(?!)'})\\s+$`);
    this.properNameHeads = new Set(a.heads.filter((h) => h.properName).map((h) => h.word.normalize('NFC').toLowerCase()));
    this.lowerCaseNameHeads = new Set(a.heads.filter((h) => h.properName && h.lowerCaseBeforeName).map((h) => h.word.normalize('NFC').toLowerCase()));
    this.pluralOnlyHeads = new Set(a.heads.filter((h) => h.pluralOnly).map((h) => h.word.normalize('NFC').toLowerCase()));
    const firstWord = (word: string) => word.normalize('NFC').toLowerCase().split(/\s+/)[0];
    this.headFirstWords = new Set(a.heads.map((h) => firstWord(h.word)));
    const listWords = a.listHeads.flatMap((h) => (h.word ? [h.word] : []));
    const anyCase = a.heads.filter((h) => !h.pluralOnly && (!h.properName || h.lowerCaseBeforeName)).map((h) => firstWord(h.word));
    this.startWords = new Set(inBothTonePlacements([...anyCase, ...listWords.map(firstWord)], rules));
    this.capitalStartWords = new Set(inBothTonePlacements(a.heads.filter((h) => h.properName).map((h) => firstWord(h.word)), rules));
    const listPatterns = a.listHeads.flatMap((h) => (h.pattern ? [`(?:${h.pattern})`] : []));
    this.listHead = compile(`^(?:${[alternation(listWords), ...listPatterns].join('|')})\\s+`);
    this.innerPlural = compile(`\\s(?:${alternation(listWords)})\\s`);
    this.ownerQualifier = compile(`^(?:${alternation(a.qualifiers.filter((q) => q.ofOwner).map((q) => q.word)) || '(?!)'})\\s+\\p{Lu}`, '', true);
    this.qualifier = compile(`^(?:${alternation(a.qualifiers.map((q) => q.word))})(?=[\\s,;:.]|$)`);
    const verbs = inBothTonePlacements(rules.tasks.actionVerbs.map((v) => v.word), rules);
    // A body's name ends before a verb (tasks.yaml) or a word of agencies.yaml nameEnds, in lower case.
    this.stop = compile(`^(?:${alternation([...verbs, ...a.nameEnds.map((w) => w.word)])})(?=\\s|$|[,.:;])`, '', true);
    this.verb = compile(`^(?:${alternation(verbs)})(?=\\s|$|[,.:;])`, '', true);
    this.objectThenVerb = compile(`^(?:[\\p{Ll}\\p{M}\\d]+\\s+){1,4}(?:${alternation(verbs)})(?=\\s|$|[,.:;])`, '', true);
    // A clause over a few words that a verb ends: "có điểm du lịch " before "khảo sát …", "phụ trách văn hóa - xã hội " before "chỉ đạo …";
    // or a heading's colon: "Các bệnh viện có khoa sản: Tổ chức tiêm …".
    const clauses = (rows: typeof a.relativeClauses) => {
      const clauseWord = '(?:[\\p{Ll}\\p{M}\\d]+|[-–])';
      // "… phụ trách kinh tế trực tiếp chỉ đạo": an adverb before the verb is no part of the clause.
      const adverbs = `(?:(?:${alternation(rules.tasks.verbAdverbs.map((f) => f.word))})\\s+)?`;
      const patterns = rows.map(
        (r) =>
          `${wordPattern(r.word)}\\s+${r.notBefore.length ? `(?!(?:${alternation(r.notBefore)})(?![\\p{L}\\p{M}]))` : ''}` +
          `(?:(?:${clauseWord}\\s+){1,${r.maxWords}}?(?=${adverbs}(?:${alternation(verbs)})(?=\\s|$|[,.:;]))|(?:${clauseWord}\\s+){0,${r.maxWords - 1}}[\\p{Ll}\\p{M}\\d]+(?=\\s*:))`,
      );
      return patterns.length ? compile(`^(?:${patterns.join('|')})`, '', true) : null;
    };
    this.relativeClause = clauses(a.relativeClauses.filter((r) => r.afterHeads.length === 0));
    const officeClauses = a.relativeClauses.filter((r) => r.afterHeads.length > 0);
    this.officeClause = clauses(officeClauses);
    this.officeHeads = new Set(inBothTonePlacements(officeClauses.flatMap((r) => r.afterHeads), rules).map((h) => h.toLowerCase()));
    const tail = a.commaNameTail;
    const role = tail ? `(?:${alternation(inBothTonePlacements(tail.roles, rules))})(?=\\s|$|[,.:;])` : null;
    this.commaNameTail = tail ? compile(`^(?:[\\p{Ll}\\p{M}]+\\s+){1,${tail.maxWords}}?(?=${role})`) : null;
    this.roleFirst = role ? compile(`^${role}`) : null;
    this.commaNameHeads = new Set(inBothTonePlacements(tail?.heads ?? [], rules).map((h) => h.toLowerCase()));
    this.nameDot = compile(`^(?:${alternation(a.nameDots) || '(?!)'})$`, '', true);
    // … and before an adverb that a verb follows ("các phường hằng quý báo cáo", "… liên quan
    // khẩn trương rà soát"), not before one that belongs to the name ("Trung tâm Giáo dục thường xuyên").
    this.adverbThenVerb = compile(`^(?:${alternation(rules.tasks.verbAdverbs.map((f) => f.word))})\\s+(?:${alternation(verbs)})(?=\\s|$|[,.:;])`, '', true);
    this.leadingNoise = a.leadingNoise.map((n) => compile(n.pattern));
    this.appositive = a.appositives.length ? compile(`^(?:${a.appositives.map((p) => `(?:${p.pattern})`).join('|')})`) : null;
    const places = a.sharedParts.filter((p) => p.class === 'place').flatMap((p) => p.words);
    const notLevels = a.notLevels.map((n) => n.pattern).join('|');
    this.level = compile(`^(?!${notLevels})(?:${alternation(places)})(?=\\s|$|[,;.:)])`, '', true);
    this.levelAtEnd = compile(`\\s(?!${notLevels})(?<level>${alternation(places)})$`, '', true);
    this.levelInside = compile(`\\s(?!${notLevels})(?:${alternation(places)})(?=\\s|$)`, '', true);
    this.levelledHead = compile(`^(?:${alternation(inBothTonePlacements(a.levelledHeads.map((h) => h.word), rules)) || '(?!)'})(?=\\s|$)`, '', true);
    const topic = a.topicNames;
    this.topicHead = topic ? compile(`^(?:${alternation(inBothTonePlacements(topic.heads, rules))})(?=\\s)`) : null;
    const notWithin = topic ? `(?!(?:${alternation(topic.notWithin)})\\s)` : '';
    this.topicToLevel = topic
      ? compile(`^(?:${notWithin}[\\p{Ll}\\p{M}\\d]+\\s+){1,${topic.maxWords}}?(?=(?!${notLevels})(?:${alternation(places)})(?:\\s+(?:${alternation(verbs)})(?=\\s|$|[,.:;])|\\s*(?:$|[,.;)])))`, '', true)
      : null;
    const introductions = (group: boolean) => alternation(inBothTonePlacements(a.aliasIntroductions.filter((x) => x.group === group).map((x) => x.phrase), rules)) || '(?!)';
    this.aliasIntroduction = compile(`^(?:(?<group>${introductions(true)})|${introductions(false)})\\s+`);
    this.roleNote = compile(`^\\s*(?:${alternation(rules.tasks.fields.map((f) => f.label))})(?![\\p{L}\\p{M}])`);
    this.nameVerb = compile(`^(?:${alternation(inBothTonePlacements(a.nameVerbs.map((v) => v.word), rules))})$`);
    this.heldBeforeVerb = compile(`^(?:${alternation(inBothTonePlacements(a.nameVerbs.filter((v) => v.heldBeforeVerb).map((v) => v.word), rules)) || '(?!)'})$`);
    this.notHead = compile(a.notHeads.map((n) => `(?:${n.pattern})`).join('|'));
    this.headNotAfter = a.headNotAfter.length ? compile(a.headNotAfter.map((n) => `(?:${n.pattern})`).join('|')) : null;
    this.levelNotAfter = a.levelNotAfter.length ? compile(a.levelNotAfter.map((n) => `(?:${n.pattern})`).join('|')) : null;
    this.sharedParts = a.sharedParts.map((p) => ({
      start: compile(`^(?:${alternation(p.words)})(?=\\s|$|[,;.])`),
      end: compile(`(?:^|\\s)(?:${alternation(p.words)})\\s*$`),
    }));
    const canonicalNames = a.canonical.flatMap((c) => [c.name, ...c.variants]);
    this.protectedNames = [...canonicalNames, ...a.innerPhrases.map((p) => p.phrase)].map((n) => fold(this.expand(n)));
    this.variants = new Map(a.canonical.flatMap((c) => c.variants.map((v) => [fold(this.expand(v)), c.name] as const)));
    this.joinedNames = canonicalNames.flatMap((name) =>
      [...name.matchAll(/,|\s+và\s+/gu)].map((join) => {
        const left = fold(this.expand(name.slice(0, join.index))).trim();
        const right = fold(this.expand(name.slice(join.index + join[0].length))).trim();
        return { left, right, leftWords: left.split(' '), rightWords: right.split(' ') };
      }),
    );
    this.misspeltNameThreshold = a.misspeltNameThreshold;
    this.longCanonicalNames = a.canonical
      .map((c) => ({ name: c.name, folded: fold(this.expand(c.name)) }))
      .filter((c) => c.folded.length >= MISSPELT_NAME_MIN_LENGTH);
  }

  /** Abbreviations expanded and spelling variants unified: the canonical full name. */
  readonly canonicalName = memoize((surface: string): string => {
    // Brackets and what they hold go, and a closing bracket left from a list in brackets ("(Phòng Nội vụ, Phòng Tài chính)").
    let name = collapseWhiteSpace(this.expand(surface).replace(/\([^)]*\)?|\)/g, ' ').replace(/[“”"]/g, ''))
      .replace(/^[\s,;:.\-–]+|[\s,;:.\-–]+$/g, '')
      // A list cut at its line's end: "Phòng Nội vụ và".
      .replace(/(?:\s+(?:và|&))+$/u, '')
      .trim();
    name = this.variants.get(fold(name)) ?? this.misspeltCanonical(name) ?? name;
    return upperFirst(name);
  });

  /**
   * "Trung tâm Xúc đầu tư, Thương mại và Du lịch tỉnh": a long known name written with a typo, its
   * level after it kept; null when no known name with the same first word is within misspeltNameThreshold.
   * A typo drops a word or misspells one; a word of its own ("Ban Quản lý các Dự án …") names the body otherwise.
   */
  private misspeltCanonical(name: string): string | null {
    const core = this.withoutLevel(name);
    const folded = fold(core);
    if (folded.length < MISSPELT_NAME_MIN_LENGTH) return null;
    const words = folded.split(' ');
    const known = this.longCanonicalNames.find((c) => {
      if (c.folded === folded || !c.folded.startsWith(`${words[0]} `)) return false;
      const knownWords = c.folded.split(' ');
      const typo = words.length === knownWords.length || words.every((w) => knownWords.includes(w));
      return typo && similarity(folded, c.folded, this.misspeltNameThreshold) >= this.misspeltNameThreshold;
    });
    return known ? `${known.name}${name.slice(core.length)}` : null;
  }

  /** Abbreviations written out and spellings unified. */
  private readonly expand = memoize((text: string): string => {
    let out = text.normalize('NFC');
    for (const { re, to } of this.spellings) out = out.replace(re, to);
    if (this.anyAbbreviation.test(out)) for (const { re, probe, expansion } of this.abbreviations) if (probe.test(out)) out = out.replace(re, expansion);
    return collapseWhiteSpace(out);
  });

  /** "Uỷ ban" as "Ủy ban": the same length, so offsets into the text still hold. */
  private withTonePlacement(text: string): string {
    return text.replace(this.tonePlacement.re, (old) => this.tonePlacement.to.get(old) ?? old);
  }

  /** A name that is its head word alone, of a body named in full elsewhere: "giao Trung tâm chủ trì" after "Trung tâm Xúc tiến …". */
  isShortName(name: string): boolean {
    const lower = name.normalize('NFC').toLowerCase();
    return !this.wholeHeads.has(lower) && !this.listHead.test(`${lower} `) && this.heads.some((h) => h.lower === lower);
  }

  /** The name without the level that closes it: "trung tâm y tế huyện" → "trung tâm y tế". */
  withoutLevel(name: string): string {
    const level = this.levelAtEnd.exec(name);
    return level ? name.slice(0, level.index) : name;
  }

  hasHead(text: string): boolean {
    return this.headOf(text) !== null;
  }

  /** The head word a body's name starts with ("Phòng", "Ủy ban" for "UBND"), or null. */
  private headOf(text: string): string | null {
    // Most words start no name: a set lookup on the first word spares the regular expressions.
    // A count ("05 khoa") is left to the determiner patterns.
    const firstWord = /^[\p{L}&]+/u.exec(text)?.[0] ?? '';
    const count = /^\d/.test(text);
    const lowerFirst = firstWord.toLowerCase();
    const known = this.startWords.has(lowerFirst) || (firstWord[0] !== lowerFirst[0] && this.capitalStartWords.has(lowerFirst));
    if (!count && (firstWord.length < 2 || (firstWord !== firstWord.toUpperCase() && !known))) return null;
    const start = this.withTonePlacement(text.slice(0, 80));
    const plural = this.listHead.test(start);
    let bare = start.replace(this.listHead, '').slice(0, 60);
    const headWord = /^[\p{L}&]+/u.exec(bare)?.[0] ?? '';
    const abbreviation = headWord.length >= 2 && headWord === headWord.toUpperCase();
    if (!this.headFirstWords.has(headWord.toLowerCase()) && !abbreviation) return null;
    // Only a name that starts with an abbreviation ("UBND phường") needs expanding first.
    if (abbreviation && this.abbreviationStart.test(bare)) bare = this.expand(bare);
    const lower = bare.toLowerCase();
    const head = (plural ? this.pluralHeads : this.heads).find((h) => lower.startsWith(h.lower) && /^(?:[\s,;:.)]|$)/.test(lower.slice(h.lower.length, h.lower.length + 1)));
    if (!head || this.notHead.test(bare)) return null;
    // "Báo Quảng Ninh", "Báo tỉnh", "Công chức Tư pháp - Hộ tịch", "Trưởng các phòng": capitalised, and a name, a level or a plural after it
    // (or a canonical name: "Báo và Phát thanh, Truyền hình").
    const afterHead = bare.slice(head.lower.length);
    const nameFollows = () => plural || /^\s+\p{Lu}/u.test(afterHead) || this.level.test(afterHead.trimStart()) || this.listHead.test(afterHead.trimStart()) || this.startsProtectedName(bare);
    const anyCaseAfterPlural = plural && this.pluralOnlyHeads.has(head.lower);
    // In capitals ("ĐỘI NGŨ GIÁO VIÊN", "BÁO CÁO KẾT QUẢ") a capital says nothing of a name.
    const inCapitals = bare.slice(0, head.lower.length) === bare.slice(0, head.lower.length).toUpperCase() && /^\s+\p{Lu}+(?![\p{Ll}])/u.test(afterHead);
    const capitalised = /^\p{Lu}/u.test(bare) || (this.lowerCaseNameHeads.has(head.lower) && /^\s+\p{Lu}/u.test(afterHead) && !this.hasHead(afterHead.trimStart()));
    if (this.properNameHeads.has(head.lower) && !anyCaseAfterPlural && !(capitalised && !inCapitals && nameFollows())) return null;
    // A head word alone in lower case names no body: "cán bộ", "trưởng ban", "; phòng"; a whole name does ("phối hợp với nhà trường").
    if (!plural && /^\p{Ll}/u.test(bare) && !this.wholeHeads.has(head.lower) && /^\s*(?:[,;.:)]|$)/.test(bare.slice(head.lower.length))) return null;
    return bare.slice(0, head.lower.length);
  }

  /**
   * Reads the bodies at the start of `text` (a field value, a table cell, the subject of a
   * sentence). Stops at the first verb or preposition in lower case that is not part of a
   * name. Returns the bodies and where the rest of the text begins.
   */
  readList(text: string, offset: number, afterPersonHonorific = false): { mentions: AgencyMention[]; end: number } {
    const mentions: AgencyMention[] = [];
    let previous: { name: string; head: string; plural: boolean } | null = null;
    // After "Đồng chí" (one person) the offices listed with commas are that person's: "Đồng chí Phó Bí thư Thường trực
    // Huyện ủy, Chủ tịch HĐND huyện" is one lead; true while the list has named that person's offices only.
    let onePerson = afterPersonHonorific;
    let i = 0;
    while (i < text.length) {
      const lead = /^(?:[\s,;]+|\s*(?:và|&|[-–])\s+)+/u.exec(text.slice(i));
      if (lead) i += lead[0].length;
      const afterAnd = lead !== null && /(?:^|\s)(?:và|&)\s/u.test(lead[0]);
      // Only before the first body: inside a list "Giao thông vận tải" is a name ("các sở: Giao thông vận tải, …").
      if (previous === null) {
        for (const noise of this.leadingNoise) {
          const m = noise.exec(text.slice(i));
          if (m) i += m[0].length;
        }
        onePerson ||= this.personHonorificBefore.test(text.slice(0, i));
      }
      if (i >= text.length) break;
      // A verb or a word that ends names, after a comma, starts the clause: "Các sở, ngành, theo chức
      // năng …"; a verb that names hold is a noun there ("Các cấp ủy, tổ chức đảng"), but not
      // right after an alias's brackets ("Các xã (theo danh sách …) tổ chức tuyên truyền").
      const stopWord = previous ? this.stop.exec(text.slice(i, i + 40)) : null;
      const separated = lead !== null && /[,;&]|(?:^|\s)và\s|[-–]\s/u.test(lead[0]);
      if (stopWord && !(separated && this.nameVerb.test(stopWord[0]))) break;
      // "Sở Kế hoạch và Đầu tư - cơ quan thường trực Ban …": the body's role after a dash is passed over.
      // The role is read as a name is ("cơ quan thường trực Hội đồng thi đua, khen thưởng huyện"), and only its first.
      if (previous && lead && /[-–]/.test(lead[0]) && this.appositive?.test(text.slice(i, i + 60))) {
        const role = this.readList(text.slice(i), offset + i).mentions[0];
        if (!role) break;
        i = role.end - offset;
        continue;
      }
      const item = this.itemEnd(text, i, previous?.plural === true);
      const surface = text.slice(i, item.end).replace(/[\s.:]+$/u, '');
      if (surface === '') break;
      // "Thủ trưởng các sở": a head over a plural makes a group as "các sở" does ("…, ban, ngành").
      const plural = this.listHead.test(surface) || this.innerPlural.test(surface);
      const bare = surface.replace(this.listHead, '');
      const head = this.headOf(surface);
      const personOffice = head !== null && !plural && this.personHeads.has(this.withTonePlacement(head.toLowerCase()));
      if (onePerson && mentions.length > 0 && personOffice && lead !== null && lead[0].includes(',') && !/[;&]|(?:^|\s)và\s/u.test(lead[0])) {
        const person = mentions[mentions.length - 1];
        person.surface = text.slice(person.start - offset, i + surface.length);
        person.name = this.canonicalName(person.surface);
        person.end = offset + i + surface.length;
        previous = { name: person.surface, head: head, plural: false };
        i = item.end;
        if (item.stopped) break;
        continue;
      }
      onePerson &&= mentions.length === 0 && personOffice;
      // "các sở: Giao thông vận tải, Xây dựng …": a plural head alone before a colon, then its members
      // by name, each taking the head; not "Các trường: Xây dựng kế hoạch …", where work follows.
      if (plural && head && item.stopped && text[item.end] === ':' && this.withTonePlacement(bare.toLowerCase()) === head.toLowerCase() && this.namesFollow(text.slice(item.end + 1, item.end + 81))) {
        previous = { name: head, head, plural: false };
        i = item.end + 1;
        continue;
      }
      // A body by itself shares nothing: "Công an xã, các thôn", "Liên đoàn Lao động tỉnh, Tỉnh đoàn".
      const shared = previous && !head ? this.sharedPrefix(previous.name, bare) : null;
      let named: string;
      if (shared !== null) named = `${shared} ${bare}`;
      else if (previous?.plural && !plural && mentions.length && this.joinsGroup(bare, head, afterAnd)) {
        const last = mentions[mentions.length - 1];
        last.surface = text.slice(last.start - offset, i + surface.length);
        last.name = this.canonicalName(last.surface);
        last.end = offset + i + surface.length;
        previous = { name: last.surface, head: previous.head, plural: true };
        i = item.end;
        if (item.stopped) break;
        continue;
      } else if (head) named = surface;
      // "phòng Nội vụ, Tài chính - Kế hoạch": the second body shares the head word "Phòng"; a
      // word in lower case after a singular body starts a clause ("…, thực hiện chọn mẫu"), not a name.
      else if (previous && (/^\p{Lu}/u.test(bare) || (previous.plural && /^\p{L}/u.test(bare)))) named = `${previous.plural ? 'các ' : ''}${previous.head} ${bare}`;
      else {
        // "Phòng Công chức, viên chức chủ trì": the words after the comma finish the name.
        const tailEnd = previous && !previous.plural && lead?.[0].includes(',') && this.commaNameHeads.has(previous.head.toLowerCase()) ? this.commaNameTailEnd(text, i) : null;
        if (tailEnd === null) break;
        const last = mentions[mentions.length - 1];
        last.surface = text.slice(last.start - offset, tailEnd);
        last.name = this.canonicalName(last.surface);
        last.end = offset + tailEnd;
        i = tailEnd;
        break;
      }
      const name = this.canonicalName(named);
      mentions.push({ surface, name, start: offset + i, end: offset + i + surface.length });
      const ownHead: string = head ?? previous!.head;
      previous = { name: named, head: ownHead, plural: head ? plural : previous!.plural };
      const alias = this.aliasAfter(text, item.end, surface);
      // A name for the whole list is each body's: "các huyện, thị xã, thành phố (sau đây gọi chung là UBND cấp huyện)".
      if (alias.name && alias.group && mentions.length > 1) for (const mention of mentions) mention.groupAlias = this.canonicalName(alias.name);
      else if (alias.name) mentions[mentions.length - 1].alias = this.canonicalName(alias.name);
      i = alias.end;
      // "Đồng chí Phó Bí thư Chi bộ (Trưởng thôn)": after a person's office, the brackets give the person's other office, no unit.
      const units = i === item.end && !this.officeHeads.has(ownHead.toLowerCase()) ? this.unitsAfter(text, i, offset) : null;
      if (units) {
        mentions[mentions.length - 1].units = units.mentions;
        i = units.end;
      }
      // "Trung tâm Kiểm soát bệnh tật (CDC) tỉnh": a level after the alias ends the name.
      const space = i > item.end ? /^\s*/.exec(text.slice(i))![0].length : -1;
      const levelAfterAlias = space >= 0 ? this.level.exec(text.slice(i + space, i + space + 20)) : null;
      if (levelAfterAlias) {
        const mention = mentions[mentions.length - 1];
        i += space + levelAfterAlias[0].length;
        mention.surface = text.slice(mention.start - offset, i);
        mention.name = this.canonicalName(mention.surface);
        mention.end = offset + i;
      }
      if (item.stopped) break;
    }
    this.shareTrailingLevel(mentions);
    return { mentions, end: i };
  }

  /**
   * "Hội Nông dân, Hội Cựu chiến binh xã": bodies of a list found at every level (agencies.yaml
   * levelledHeads) that name no level take the one its last body closes with.
   */
  private shareTrailingLevel(mentions: AgencyMention[]): void {
    if (mentions.length < 2) return;
    const last = mentions[mentions.length - 1].name;
    const closing = this.levelAtEnd.exec(last);
    // A body before the level, not the level's own plural ("…, các đoàn thể, các phường").
    const level = closing && wordCount(last.slice(0, closing.index)) >= 2 ? closing.groups?.level : undefined;
    if (!level) return;
    for (const mention of mentions.slice(0, -1)) {
      if (this.levelledHead.test(mention.name) && !this.levelInside.test(mention.name)) mention.name = `${mention.name} ${level}`;
    }
  }

  /**
   * Where the lower-case rest of a name after its comma ends, right before the body's role; null
   * when none does: a verb among its words, or another body after its comma or its "và" ("…, y tế và các xã chủ trì").
   */
  private commaNameTailEnd(text: string, from: number): number | null {
    const words = this.commaNameTail?.exec(text.slice(from));
    if (!words) return null;
    // The first word is no verb: a verb after the comma ended the list before.
    let opensBody = true;
    for (const word of words[0].matchAll(/\S+/gu)) {
      const rest = text.slice(from + word.index, from + word.index + 80);
      if (opensBody ? this.hasHead(rest) : this.verb.test(rest)) return null;
      opensBody = word[0] === 'và';
    }
    return from + words[0].trimEnd().length;
  }

  /**
   * "Các phòng, ban, đơn vị quận", "các Vụ, Cục liên quan": a head word alone or a plain noun after
   * a plural body shares its "các" — one group; after "và", a body with a name of its own stands
   * apart: "các nhà trường và chính quyền địa phương".
   */
  private joinsGroup(bare: string, head: string | null, afterAnd: boolean): boolean {
    // A known name is a body of its own, though it looks like a head and a qualifier ("… và Đoàn trực thuộc").
    if (head !== null && this.isHeadAlone(bare, head) && !this.startsProtectedName(bare)) return true;
    return /^\p{Ll}/u.test(bare) && !(afterAnd && head !== null);
  }

  /** "Cục", "Cục liên quan": the head word with nothing but a qualifier after it. */
  private isHeadAlone(bare: string, head: string): boolean {
    const rest = bare.slice(head.length).trim();
    return rest.replace(this.qualifier, '').trim() === '' || this.ownerQualifier.test(rest);
  }

  /** Capitalised names, not work, after a colon: "Giao thông vận tải, …", not "Xây dựng kế hoạch". */
  private namesFollow(afterColon: string): boolean {
    const next = afterColon.trimStart();
    if (!/^\p{Lu}\p{Ll}/u.test(next) || this.verb.test(next.toLowerCase())) return false;
    // "Các Phó Hiệu trưởng: Giúp Hiệu trưởng tổ chức thực hiện …": a verb inside the first item makes it work, not a name.
    const firstItem = next.split(/[,;.]/, 1)[0];
    return ![...firstItem.matchAll(/\s+/g)].some((space) => this.verb.test(firstItem.slice(space.index + space[0].length)));
  }

  /**
   * After "Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI)", "Ban Chỉ đạo (BCĐ)": brackets right
   * after a body that hold one word or name no body give its alias; the list goes on after them.
   * One word, or a name after words of agencies.yaml aliasIntroductions, is the short name it is called by;
   * so is the body's own head with an abbreviation of the rest: "Liên minh Hợp tác xã tỉnh (Liên minh HTX)".
   */
  private aliasAfter(text: string, i: number, body: string): { end: number; name?: string; group?: boolean } {
    if (text[i] !== '(') return { end: i };
    const close = text.indexOf(')', i);
    if (close < 0 || close - i > 80) return { end: i };
    const inside = text.slice(i + 1, close).trim();
    const introduced = this.aliasIntroduction.exec(inside);
    if (introduced) return { end: close + 1, name: inside.slice(introduced[0].length).replace(/^["“]|["”]$/gu, '').trim(), group: introduced.groups?.group !== undefined };
    const short = HEAD_AND_ABBREVIATION.exec(inside)?.groups;
    const folded = short ? fold(body) : '';
    if (short && folded.startsWith(`${fold(short.head)} `) && !folded.startsWith(fold(inside))) return { end: close + 1, name: inside };
    if (/\s/.test(inside) && this.hasHead(inside)) return { end: i };
    return { end: close + 1, ...(/\p{L}/u.test(inside) && !/\s/.test(inside) ? { name: inside } : {}) };
  }

  /** "Công an tỉnh (Phòng Cảnh sát giao thông)": brackets at `i` that hold bodies and nothing else, and where they close. */
  private unitsAfter(text: string, i: number, offset: number): { mentions: AgencyMention[]; end: number } | null {
    if (text[i] !== '(') return null;
    const close = text.indexOf(')', i);
    if (close < 0 || close - i > 160) return null;
    const inside = text.slice(i + 1, close).trimEnd();
    // "Sở Nông nghiệp và Môi trường (cơ quan thường trực Ban Chỉ huy)": the body's role, as a field names it, is no unit.
    if (this.roleNote.test(inside)) return null;
    const read = this.readList(inside, offset + i + 1);
    const last = read.mentions[read.mentions.length - 1];
    const rest = inside.slice(read.end).trim();
    // "(Đội Cảnh sát quản lý hành chính)": a verb that names hold, with only words in lower case after it to the bracket, ends no name.
    if (last && rest && /^[\p{Ll}\p{M}\s]+$/u.test(rest) && this.nameVerb.test(this.stop.exec(rest)?.[0] ?? '')) {
      last.surface = inside.slice(last.start - offset - i - 1);
      last.name = this.canonicalName(last.surface);
      last.end = offset + i + 1 + inside.length;
      return { mentions: read.mentions, end: close + 1 };
    }
    return last && rest === '' ? { mentions: read.mentions, end: close + 1 } : null;
  }

  /** Every body in a list that may have verbs between its parts: "UBND phường chỉ đạo Ban văn hóa …". */
  readAll(text: string, offset: number): { mentions: AgencyMention[] } {
    const mentions: AgencyMention[] = [];
    let position = 0;
    while (position < text.length) {
      const { mentions: found, end } = this.readList(text.slice(position), offset + position);
      mentions.push(...found);
      position += Math.max(end, 1);
      // Skip to the next word that starts a body.
      while (position < text.length && !(startsAfter(text[position - 1]) && this.startsBody(text, position))) position++;
    }
    return { mentions };
  }

  /** A body starts at `position`, its head not the end of another word ("xã hội" holds no "Hội"). */
  private startsBody(text: string, position: number): boolean {
    if (!this.hasHead(text.slice(position, position + 80))) return false;
    return !(this.headNotAfter && /^\p{Ll}/u.test(text[position]) && this.headNotAfter.test(text.slice(Math.max(0, position - 12), position)));
  }

  /** "các trường Tiểu học" + "THCS" → "các trường": the part a school or place level shares. */
  private sharedPrefix(previousName: string, item: string): string | null {
    for (const part of this.sharedParts) {
      // The item's start first: anchored, it fails at once, where the end of the name is searched for.
      if (!part.start.test(item)) continue;
      const ends = part.end.exec(previousName);
      if (ends && ends.index > 0) return previousName.slice(0, ends.index).trim();
    }
    return null;
  }

  /**
   * End of one list item: a comma or semicolon, "và"/"&" before another body, or a stop word.
   * `afterPlural`: the item may be a plain noun that joins a plural group ("Các sở, ngành").
   */
  private itemEnd(text: string, from: number, afterPlural: boolean): { end: number; stopped: boolean } {
    let i = from;
    let words = 0;
    // A singular head takes at least one more word ("Ban chỉ đạo", "Phòng GDĐT"); after "các"
    // the head alone is a body ("các trường tổ chức …").
    const determiner = this.listHead.exec(text.slice(from));
    const bare = text.slice(from + (determiner?.[0].length ?? 0));
    const head = this.headOf(bare) ?? '';
    const abbreviated = head !== '' && this.withTonePlacement(bare.slice(0, head.length)).toLowerCase() !== head.toLowerCase();
    // "các quận ủy, huyện ủy": a head may begin with a level's word; the level is sought only after
    // it (a lower-case head alone is one only after its determiner: read with it, "Các cơ sở điều trị …"). An abbreviated
    // head ("UBND") holds no level word.
    const literalHead = head || (determiner ? (this.headOf(text.slice(from, from + 80)) ?? '') : '');
    const headWords = abbreviated ? 1 : literalHead.split(/\s+/).length;
    // A level or school level alone continues a list ("UBND các xã, phường", "các trường Tiểu học, THCS"): it is the whole item.
    let sharedWord: string | undefined;
    if (!determiner && !head) for (const part of this.sharedParts) sharedWord ??= part.start.exec(bare)?.[0];
    // A plain noun joining a plural group is whole alone too: "Các sở, ngành theo chức năng …".
    const joinsGroup = afterPlural && !determiner && /^\p{Ll}/u.test(bare);
    // An abbreviation ("BCĐ", "UBND") is a name of its own: "BCĐ kiểm tra …".
    const minWords = sharedWord ? sharedWord.split(/\s+/).length : joinsGroup || abbreviated ? headWords : headWords + (determiner || !this.wholeHeads.has(head.toLowerCase()) ? 1 : 0);
    let sawLevel = false;
    // "Ban Chỉ đạo …": the head of a body named by its topic, right at the item's start.
    const steeredBy = this.topicHead?.exec(text.slice(from, from + 40))?.[0] ?? null;
    const written = this.withTonePlacement(bare.slice(0, literalHead.length)).toLowerCase() === literalHead.toLowerCase();
    const headEnd = written ? from + (determiner?.[0].length ?? 0) + literalHead.length : from;
    while (i < text.length) {
      const c = text[i];
      // A comma inside a known name ("Sở Văn hóa, Thể thao và Du lịch") does not end it.
      if (c === ',' && words > 0 && this.insideProtectedName(text.slice(Math.max(from, i - 120), i), text.slice(i + 1, i + 121))) {
        i++;
        continue;
      }
      if (c === ',' || c === ';') return { end: i, stopped: false };
      if ((c === ':' || c === '(') && words > 0) return { end: i, stopped: c === ':' };
      if (c === '.' && (i + 1 === text.length || WHITE_SPACE.has(text[i + 1]))) return { end: i, stopped: true };
      if (WHITE_SPACE.has(c)) {
        while (i < text.length && WHITE_SPACE.has(text[i])) i++;
        continue;
      }
      // Every test below looks a few words ahead at most: a bounded window keeps long paragraphs linear.
      const after = text.slice(i, i + 120);
      if (words > 0 && /^(?:và|&|[-–])\s+/u.test(after) && ((c !== '-' && c !== '–') || WHITE_SPACE.has(text[i - 1]))) {
        const right = after.replace(/^(?:và|&|[-–])\s+/u, '');
        const roleAfterDash = (c === '-' || c === '–') && this.appositive?.test(right) === true;
        if ((this.listHead.test(right) || this.hasHead(right) || roleAfterDash) && !this.insideProtectedName(text.slice(Math.max(from, i - 120), i), right)) {
          return { end: i, stopped: false };
        }
      }
      // "UBND các xã có điểm du lịch khảo sát …": which of a plural body, up to its verb, is part of its name.
      // The clause's word is sought first: it is rarely there, and the plural before it costs a search of the name so far.
      const relative = words >= minWords ? (this.relativeClause?.exec(after) ?? null) : null;
      const clause =
        words >= minWords
          ? ((relative && (determiner || this.innerPlural.test(` ${text.slice(from, i)} `)) ? relative : null) ?? (this.officeHeads.has(head.toLowerCase()) ? this.officeClause?.exec(after) : null))
          : null;
      if (clause) {
        i += clause[0].length;
        words += wordCount(clause[0]);
        continue;
      }
      // After its level and place ("Công an tỉnh", "UBND phường Thành Tô") a name ends at the first word in lower case.
      // Not inside a known name that holds levels: "Ban Thường vụ các huyện, thành, thị đoàn".
      if (sawLevel && /^\p{Ll}/u.test(after) && !this.qualifier.test(after) && !this.level.test(after) && !this.insideProtectedName(text.slice(Math.max(from, i - 120), i), after)) return { end: i, stopped: true };
      const qualifier = words > 0 ? this.qualifier.exec(after) : null;
      if (qualifier) {
        i += qualifier[0].length;
        words++;
        continue;
      }
      // "Ban Chỉ đạo xây dựng nông thôn mới xã theo dõi …": a steering body's topic, up to its level and its verb or
      // the end of its clause ("Cơ quan thực hiện: Ban Quản lý xây dựng nông thôn mới xã."); also after
      // the programme it steers ("Ban Chỉ đạo Chương trình mục tiêu quốc gia xây dựng nông thôn mới tỉnh …").
      const topic = steeredBy !== null && i >= from + steeredBy.length ? this.topicToLevel!.exec(after) : null;
      if (topic) {
        i += topic[0].length;
        words += wordCount(topic[0]);
        continue;
      }
      if (words >= minWords && this.adverbThenVerb.test(after)) return { end: i, stopped: true };
      // Right after a singular head, a verb that no name holds ends it too: "giao Trung tâm chủ trì …"
      // (the centre named short), "UBND chủ trì"; "Ban chỉ đạo", "Hội đồng thẩm định" keep theirs.
      if (head && !determiner && words === headWords && /^\p{Ll}/u.test(after)) {
        const verb = this.verb.exec(after);
        // A head that is a whole name ("Giáo viên chủ nhiệm") takes none, not even one names hold: "… tuyên truyền, giáo dục …";
        // a known name holds its own ("Bộ phận Tiếp nhận và Trả kết quả").
        if (verb && (!this.nameVerb.test(verb[0]) || this.wholeHeads.has(head.toLowerCase())) && !this.startsProtectedName(text.slice(from, from + 120))) return { end: i, stopped: true };
      }
      // A verb ends the name when more follows that is not part of it: "Phòng Nội vụ chủ trì …",
      // "UBND phường chỉ đạo Ban …"; "Ban chỉ đạo", "Ban QLDA Đầu tư xây dựng" (at the end) keep it. Right after
      // a head that is a whole name, after its determiner too, the verb is the work: "các Hạt Kiểm lâm kiểm tra.".
      if (words >= minWords && /^\p{Ll}/u.test(after) && this.stop.test(after) && this.verbEndsName(after, words === minWords && !this.wholeHeads.has(head.toLowerCase()), text.slice(from, i))) {
        const previous = text.slice(from, i).trimEnd();
        // "Đội Cảnh sát giao thông": a phrase names hold ("giao thông") starting at the verb keeps it.
        if (!/(?:\s|^)(?:và|&|-|–)$/u.test(previous) && !this.insideProtectedName(text.slice(Math.max(from, i - 120), i), after) && !this.startsProtectedName(after)) return { end: i, stopped: true };
      }
      const level = words > 0 && i >= headEnd && !this.levelNotAfter?.test(text.slice(Math.max(from, i - 12), i)) ? this.level.exec(after) : null;
      if (level) {
        sawLevel = true;
        i += level[0].length;
        words++;
        continue;
      }
      const word = /^[^\s,;:(]+/.exec(after);
      i += word ? word[0].length : 1;
      // "UBND TP. Hà Nội": the dot of an abbreviation before a place's name does not end it ("… TP. Sở Y tế …" does).
      if (word && word[0].endsWith('.') && /^\s/.test(text.slice(i, i + 1)) && !this.dotBeforePlace(word[0], text.slice(i, i + 80))) return { end: i - 1, stopped: true };
      words++;
    }
    return { end: i, stopped: false };
  }

  /** Whether `word`, ending with a dot, abbreviates a level before the name of its place (agencies.yaml nameDots). */
  private dotBeforePlace(word: string, after: string): boolean {
    return this.nameDot.test(word.slice(0, -1)) && /^\s+\p{Lu}/u.test(after) && !this.hasHead(after.trimStart());
  }

  /**
   * After the verb: nothing but punctuation, or a capitalised word that is not a new body, means the verb is part of the name.
   * A proper name so far, capitalised after its head ("Phòng Nội vụ"), a verb does not close as it closes "Ban chỉ đạo", "Ban quản lý".
   */
  private verbEndsName(fromVerb: string, rightAfterHead: boolean, nameSoFar: string): boolean {
    const verb = this.stop.exec(fromVerb)![0];
    if (!this.nameVerb.test(verb)) return true;
    const next = fromVerb.slice(verb.length).trimStart();
    // "Phòng Quản lý đào tạo chủ trì …": right before the body's role, the verb is the name's function.
    if (this.roleFirst?.test(next)) return false;
    // "phòng Giáo dục và Đào tạo kiểm tra, rà soát …": a list of verbs is work, not a name.
    if (next[0] === ',' && this.verb.test(next.slice(1).trimStart())) return true;
    // "Phòng Nội vụ kiểm tra, thời gian: …", "… phối hợp với Phòng Tư pháp thẩm định.": after a name's own capitalised words the verb is the work.
    // "Phòng GDĐT kiểm tra.": an abbreviation after the head is a proper name of words, as "Phòng Nội vụ" is.
    if (/^[,;]/.test(next) || next === '' || /^[.)]/.test(next)) return PROPER_AFTER_HEAD.test(nameSoFar) && (!rightAfterHead || ABBREVIATION_AFTER_HEAD.test(nameSoFar));
    // "Ban Quản lý các Dự án đầu tư và Xây dựng quận": "và" and a capitalised word that starts no body go on with the name.
    const joined = /^và\s+(?=\p{Lu})/u.exec(next);
    if (joined && !this.hasHead(next.slice(joined[0].length))) return false;
    // "Ban Quản lý dự án đầu tư xây dựng huyện chủ trì …": the name's level, then its verb or its end.
    const level = this.level.exec(next);
    if (level) {
      const afterLevel = next.slice(level[0].length).trimStart();
      if (afterLevel === '' || /^[,;.)]/.test(afterLevel) || this.verb.test(afterLevel)) return false;
    }
    if (/^:/.test(next) || !rightAfterHead) return true;
    // "Các đơn vị thi công bảo đảm …", "Các khoa, viện đào tạo tổ chức …": right after a head, a function that names hold and
    // then a verb is the name's; after a place it is the work ("UBND các xã, thị trấn thi công …"). Other verbs chain ("Các trường tổ chức đánh giá …").
    // So is what it acts on, a few words before the verb: "Các cơ sở điều trị methadone tổ chức …".
    if (this.heldBeforeVerb.test(verb) && (this.verb.test(next) || this.objectThenVerb.test(next))) return this.levelAtEnd.test(` ${nameSoFar.trimEnd()}`);
    return !(/^\p{Lu}/u.test(next) && !this.hasHead(next));
  }

  private startsProtectedName(text: string): boolean {
    const folded = fold(this.expand(text));
    return this.protectedNames.some((name) => folded.startsWith(name));
  }

  private insideProtectedName(left: string, right: string): boolean {
    const joined = fold(this.expand(`${left} và ${right}`));
    const leftFolded = fold(this.expand(left));
    const whole = this.protectedNames.some((name) => {
      const at = joined.indexOf(name);
      return at >= 0 && at <= leftFolded.length && at + name.length > leftFolded.length + 1;
    });
    return whole || this.insideMisspeltName(leftFolded, right);
  }

  /**
   * At a comma or "và", whether the text around it is a canonical name holding it, misspelt: the
   * side after it starts with the name's word after it, and both sides, a word more or less each,
   * are within misspeltNameThreshold of the name ("Văn phòng Hội đồng nhân và Ủy ban nhân dân").
   */
  private insideMisspeltName(leftFolded: string, right: string): boolean {
    // Most commas are followed by no such name's word: they are spared the folding and the distances.
    const firstWord = /^\s*([\p{L}\p{M}]+)/u.exec(right)?.[1].normalize('NFC').toLowerCase();
    if (this.misspeltNameThreshold >= 1 || !firstWord || !this.joinedNames.some((name) => name.right.startsWith(firstWord))) return false;
    const leftWords = leftFolded.trim().split(' ');
    const rightWords = fold(this.expand(right)).trim().split(' ');
    return this.joinedNames.some((name) => {
      if (rightWords[0] !== name.rightWords[0] || !leftWords.includes(name.leftWords[0])) return false;
      const target = `${name.left} ${name.right}`;
      for (let l = name.leftWords.length - 1; l <= name.leftWords.length + 1; l++) {
        for (let r = name.rightWords.length - 1; r <= name.rightWords.length + 1; r++) {
          if (l < 1 || r < 1 || l > leftWords.length || r > rightWords.length) continue;
          const candidate = `${leftWords.slice(-l).join(' ')} ${rightWords.slice(0, r).join(' ')}`;
          if (similarity(candidate, target, this.misspeltNameThreshold) >= this.misspeltNameThreshold) return true;
        }
      }
      return false;
    });
  }
}

/** A body may start after white space or one of `,;:(`. */
function startsAfter(c: string): boolean {
  return c === ',' || c === ';' || c === ':' || c === '(' || WHITE_SPACE.has(c);
}

/** Lower case, "và" / "&" / dashes dropped, spaces collapsed: the key near-variants share. */
export const fold = memoize((name: string): string =>
  collapseWhiteSpace(
    name
      .normalize('NFC')
      .toLowerCase()
      // \b is ASCII-only in JavaScript: it finds no boundary after "à".
      .replace(/\s*(?:&|(?<![\p{L}\p{M}])và(?![\p{L}\p{M}])|[-–—])\s*/gu, ' ')
      .replace(/[.,;:]/g, ' '),
  ).trim(),
);

interface RegistryEntry {
  id: string;
  key: string;
  firstWord: string;
  names: Map<string, number>;
  aliases: Set<string>;
  mentions: Span[];
}

/**
 * Collects the bodies mentioned in one document. A name within `fuzzyThreshold` of one already
 * seen (a typo, "&" for "và") is folded into it; each agency keeps its aliases and mentions.
 */
export class AgencyRegistry {
  private readonly entries: RegistryEntry[] = [];
  private readonly byKey = new Map<string, RegistryEntry>();
  /** The short names the document gives its bodies, folded: a mention by one is that body, its name not counted. */
  private readonly byAlias = new Map<string, RegistryEntry>();
  /** The names the document gives a list of bodies together, folded: a mention by one is each of them. */
  private readonly byGroupAlias = new Map<string, RegistryEntry[]>();

  /**
   * `issuer`: the body issuing the document, whose own head a short name may mean ("Sở" in a Sở's plan);
   * `withoutLevel`: a folded name without the level that closes it.
   */
  constructor(
    private readonly threshold: number,
    private readonly isShortName: (name: string) => boolean,
    private readonly issuer: string | null,
    private readonly withoutLevel: (name: string) => string = (name) => name,
  ) {}

  /** `spanOf`: where a mention stands in the document. */
  add(mention: AgencyMention, spanOf: (mention: AgencyMention) => Span): AgencyRef {
    const span = spanOf(mention);
    const key = fold(mention.name);
    // Only names with the same first word (the same kind of body) are compared for typos.
    const firstWord = key.split(' ')[0];
    const aliased = this.byKey.has(key) ? undefined : this.byAlias.get(key);
    // Names that differ in their numbers are different bodies, however alike: "Đội Kiểm tra thuế số 1", "… số 2".
    const numbers = numbersIn(key);
    let entry =
      aliased ?? this.byKey.get(key) ?? this.entries.find((e) => e.firstWord === firstWord && numbersIn(e.key) === numbers && similarity(e.key, key, this.threshold) >= this.threshold);
    if (!entry) {
      entry = { id: '', key, firstWord, names: new Map(), aliases: new Set(), mentions: [] };
      this.entries.push(entry);
    }
    if (!aliased) {
      this.byKey.set(key, entry);
      entry.names.set(mention.name, (entry.names.get(mention.name) ?? 0) + 1);
    }
    if (mention.alias && !this.byKey.has(fold(mention.alias))) this.byAlias.set(fold(mention.alias), entry);
    if (mention.groupAlias && !this.byKey.has(fold(mention.groupAlias))) {
      const group = this.byGroupAlias.get(fold(mention.groupAlias)) ?? [];
      if (!group.includes(entry)) group.push(entry);
      this.byGroupAlias.set(fold(mention.groupAlias), group);
    }
    entry.aliases.add(collapseWhiteSpace(mention.surface));
    entry.mentions.push(span);
    const units = mention.units?.map((unit) => this.add(unit, spanOf));
    return { id: '', name: mention.name, _entry: entry, ...(units?.length ? { units } : {}) } as AgencyRef & { _entry: unknown };
  }

  /** As `add`; a mention by the name a list was given together ("UBND cấp huyện") is each body of that list. */
  addAll(mention: AgencyMention, spanOf: (mention: AgencyMention) => Span): AgencyRef[] {
    const key = fold(mention.name);
    const group = this.byKey.has(key) ? undefined : this.byGroupAlias.get(key);
    if (!group) return [this.add(mention, spanOf)];
    const span = spanOf(mention);
    return group.map((entry) => {
      entry.aliases.add(collapseWhiteSpace(mention.surface));
      entry.mentions.push(span);
      return { id: '', name: [...entry.names.keys()][0], _entry: entry } as AgencyRef & { _entry: unknown };
    });
  }

  /**
   * Bodies named by their head word alone ("Trung tâm"), each with the one body of that head named
   * in full before it, which it is folded into; a head with two such bodies, or none, stays itself.
   * One body named with and without its level ("Trung tâm Xúc tiến … Du lịch" and "… Du lịch tỉnh")
   * is one: the short name takes the first named.
   */
  private fullNames(): Map<RegistryEntry, RegistryEntry> {
    const fullNameOf = new Map<RegistryEntry, RegistryEntry>();
    const firstAt = (entry: RegistryEntry) => Math.min(...entry.mentions.map((m) => m.offset.start));
    const issuer = this.issuer ? fold(this.issuer) : '';
    for (const entry of this.entries) {
      if (!this.isShortName([...entry.names.keys()][0]) || issuer.startsWith(`${entry.key} `)) continue;
      const named = this.entries.filter((other) => other !== entry && other.key.startsWith(`${entry.key} `)).sort((a, b) => firstAt(a) - firstAt(b));
      if (named.length === 0 || !this.oneBody(named) || firstAt(named[0]) > firstAt(entry)) continue;
      for (const alias of entry.aliases) named[0].aliases.add(alias);
      named[0].mentions.push(...entry.mentions);
      named[0].mentions.sort((a, b) => a.offset.start - b.offset.start);
      fullNameOf.set(entry, named[0]);
    }
    return fullNameOf;
  }

  /** One body, or one named once without its level and once with one (not two levels: "UBND huyện", "UBND xã"). */
  private oneBody(named: RegistryEntry[]): boolean {
    if (named.length === 1) return true;
    const bare = this.withoutLevel(named[0].key);
    return named.length === 2 && named.some((n) => n.key === bare) && named.every((n) => this.withoutLevel(n.key) === bare);
  }

  /** Final agencies (sorted by name) and a resolver from the refs handed out to their agency. */
  finish(): { agencies: Agency[]; resolve: (ref: AgencyRef) => AgencyRef } {
    const used = new Set<string>();
    const agencies: Agency[] = [];
    const byEntry = new Map<unknown, Agency>();
    const fullNameOf = this.fullNames();
    for (const entry of this.entries) {
      if (fullNameOf.has(entry)) continue;
      // The most frequent name wins; ties go to the first seen.
      const name = [...entry.names.entries()].sort((a, b) => b[1] - a[1])[0][0];
      let id = slug(name);
      for (let n = 2; used.has(id); n++) id = `${slug(name)}-${n}`;
      used.add(id);
      const agency: Agency = { id, name, aliases: [...entry.aliases].sort(), mentions: entry.mentions };
      agencies.push(agency);
      byEntry.set(entry, agency);
    }
    for (const [short, full] of fullNameOf) byEntry.set(short, byEntry.get(full)!);
    agencies.sort((a, b) => ID_ORDER.compare(a.id, b.id));
    return {
      agencies,
      resolve: function resolve(ref: AgencyRef): AgencyRef {
        const agency = byEntry.get((ref as AgencyRef & { _entry: unknown })._entry)!;
        const units = ref.units?.map((unit) => {
          const { id, name } = resolve(unit);
          return { id, name };
        });
        return { id: agency.id, name: agency.name, ...(units ? { units } : {}) };
      },
    };
  }
}

/** The numbers a name holds, in order ("Đội Kiểm tra thuế số 1" → "1"). */
function numbersIn(name: string): string {
  return name.match(/\d+/g)?.join(' ') ?? '';
}

/** 1 − edit distance / length; 0 at once when the lengths alone rule out reaching `threshold`. */
/** Below this many letters, names a letter or two apart are often different bodies ("Sở Y tế", "Bộ Y tế"). */
const MISSPELT_NAME_MIN_LENGTH = 25;

function similarity(a: string, b: string, threshold: number): number {
  if (Math.abs(a.length - b.length) > Math.max(a.length, b.length) * (1 - threshold)) return 0;
  return 1 - distance(a, b) / Math.max(a.length, b.length, 1);
}

export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The order of agency ids, from one collator (localeCompare sets its comparison up at every call), in one locale whatever the machine's. */
const ID_ORDER = new Intl.Collator('en');

/** A name capitalised after its first word: "Phòng Nội vụ", not "Ban chỉ đạo". */
const PROPER_AFTER_HEAD = /^\S+\s[\s\S]*\p{Lu}/u;
/** A head and an abbreviation: "Phòng GDĐT", "Sở LĐTBXH". */
const ABBREVIATION_AFTER_HEAD = /^\S+\s+[\p{Lu}&\-]{2,}\s*$/u;

/** Words, then one abbreviation of capitals: "Liên minh HTX", "Sở NN&PTNT", "Ban QLDA". */
const HEAD_AND_ABBREVIATION = /^(?<head>\p{Lu}[\p{L}\p{M}]*(?:\s+[\p{L}\p{M}]+)*?)\s+\p{Lu}[\p{Lu}\d&.-]+$/u;
