// Loads the rule tables (rules/*.yaml) and validates them with zod at load time, so a bad
// table is reported plainly ("rules/agencies.yaml: abbreviations.3.expansion: …") instead of
// misbehaving later. The engine code never hard-codes Vietnamese vocabulary: it lives here.
import { readFileSync, existsSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { z } from 'zod';
import { Comparator } from './schema.js';

const note = z.string().min(3).describe('What the entry matches and why');

/** A regular expression written as a string; compiled with the `u` and `i` flags unless `caseSensitive`. */
const pattern = z.string().refine((p) => {
  try {
    new RegExp(p, 'u');
    return true;
  } catch {
    return false;
  }
}, 'not a valid regular expression');

const Artefacts = z.array(z.object({ id: z.string(), pattern, note }));

const Numbering = z.array(
  z.object({
    kind: z.enum(['part', 'roman', 'dotted', 'numbered', 'lettered', 'bracketed', 'bullet']),
    pattern: pattern.describe('Anchored at the start of a line; named group `label` is the numbering'),
    labels: z.record(z.string(), z.string()).optional().describe('Labels read as others, in lower case: "nhất" → "I" for "PHẦN THỨ NHẤT"'),
    notWithAttachment: z
      .boolean()
      .default(false)
      .describe('Numbering of a document that issues another ("Điều 1."): read only when no document is attached, whose tree is then the sections'),
    subparts: z
      .boolean()
      .default(false)
      .describe('Parts that, inside a part of another row ("Phần II" / "A. MỤC TIÊU"), are its sub-parts: nested under it, counted again in each and labelled as read ("A")'),
    countedThroughParts: z
      .boolean()
      .default(false)
      .describe('Roman sections numbered on through the parts, not again in each: the articles of a regulation ("Chương II" / "Điều 3.")'),
    note,
  }),
);

const Meta = z.object({
  docTypes: z.array(z.object({ name: z.string(), note })),
  sectionRoles: z
    .array(z.object({ role: z.enum(['aims', 'facts', 'funding']), pattern, note }))
    .default([])
    .describe('What a section is for, from its title: aims and requirements, facts (results, the situation), or its funding'),
  headerNoise: z.array(z.object({ pattern, note })),
  numberLine: pattern,
  dateLine: pattern,
  abbreviations: z.array(z.object({ word: z.string(), note })),
  pageNumberLine: pattern.describe('A line that is only a page number'),
  impliedTypes: z.array(z.object({ pattern, docType: z.string(), note })),
  issuerPlace: pattern.describe('A header line that names only the place of the body above it'),
  issuerOrgan: pattern.describe('A header line that names an organ of the body above it ("BAN CHẤP HÀNH")'),
  issuerAnnounced: z
    .object({ verbs: z.array(z.string()), maxWords: z.number().int().positive(), note })
    .describe('The issuer named in full, with its level and place (agencies.yaml sharedParts), by the sentence announcing the plan before one of `verbs` ("Đảng ủy phường Đông Đa ban hành …")'),
  bodyEnd: z.array(z.object({ pattern, note })),
  addressees: pattern.optional().describe('The line that opens a letter\'s addressees ("Kính gửi:"), which, with the listed lines under it, are header'),
  openLineEnds: z.array(z.string()).min(1).describe('Words no heading or sentence ends with: a full line of hard-wrapped text ending with one goes on'),
  sentenceLines: z
    .array(z.object({ pattern, note }))
    .default([])
    .describe('What makes a numbered line a sentence, not a title (case-sensitive): a full line of hard-wrapped text holding one goes on'),
  attachedNote: pattern.describe('The note under an attached document’s title: "(Ban hành kèm theo Quyết định số …)"'),
  attachedDate: pattern
    .optional()
    .describe('The date of the document an attached one is issued with, in its note; groups `day`, `month`, `year` (the issue date when the header has none)'),
  appendixHeading: pattern.describe('A line that opens an appendix inside the body: what follows belongs to no section of the plan'),
  signatureLine: pattern.describe('The signature block line "TM. <body>"; group `body`'),
  titleStops: z.array(z.object({ pattern, caseSensitive: z.boolean().default(false), note })),
  documentPeriod: z.array(
    z.object({
      pattern,
      multiYear: z
        .boolean()
        .default(false)
        .describe('The plan runs over several years: its last year dates the targets, while a task that restates the span keeps it as its period'),
      note,
    }),
  ),
});

const Targets = z.object({
  percent: pattern.describe('A percentage or a range of percentages; groups `a` and optional `b`'),
  comparators: z.array(
    z.object({
      words: z.array(z.string()),
      comparator: Comparator,
      after: z.string().optional().describe('Words that must close the number; a group `between` is what is measured, written inside them'),
      change: z.enum(['increase', 'decrease']).optional().describe('The words make the number a change from a baseline, as changeWords do ("vượt 5% so với dự toán")'),
      note,
    }),
  ),
  openingComparators: z
    .array(
      z.object({
        words: z.array(z.string()),
        before: z.array(z.string()).describe('The words that must stand right before the number, after what is measured ("ở mức")'),
        comparator: Comparator,
        note,
      }),
    )
    .default([])
    .describe('Verbs opening the clause that give its number a comparator when no qualifier stands before it ("Khống chế tỷ lệ … ở mức 1,1%")'),
  changeWords: z
    .array(
      z.object({
        words: z.array(z.string()),
        change: z.enum(['increase', 'decrease']),
        opening: z.array(z.string()).default([]).describe('Verbs that make the change from the clause\'s start, what changes between them and the number ("Giảm tỷ lệ hộ nghèo 1,5%/năm")'),
        notOpening: z.array(z.string()).default([]).describe('Words that start with an opening verb and are another word: "tăng cường"'),
        note,
      }),
    )
    .default([])
    .describe('Words before the number that make it a change from a baseline ("tăng 5%")'),
  levelWords: z
    .array(z.object({ words: z.array(z.string()), notAfter: z.array(z.string()).default([]).describe('Words before which these name no level ("trở lên")'), note }))
    .default([])
    .describe('Words of the level reached, between an opening change verb and the number: the number is the level ("Tăng tỷ lệ … lên 75%")'),
  targetCues: z.array(z.object({ pattern, note })),
  nonTargetCues: z.array(z.object({ pattern, scope: z.enum(['before', 'after', 'parenthetical']), note })),
  deadlineYear: z.array(
    z.object({
      pattern,
      labelsNext: z.boolean().default(false).describe('A year that labels the number right after it ("năm 2026 đạt 70%"): the deadline of that number only'),
      note,
    }),
  ),
  qualifierVerbs: z.array(z.string()).min(1).describe('Verbs that may stand between a comparator\'s words and the number ("tối thiểu đạt 80%")'),
  deadlineNotAfter: z
    .array(z.object({ pattern, note }))
    .default([])
    .describe('The end of the text before a deadline phrase that makes its year a baseline ("so với cuối năm 2025")'),
  deadlinePrepositions: z.array(z.string()).default([]).describe('Words before a deadline that go with it when it is cut from a subject ("trong năm học …")'),
  indicatorTables: z
    .object({
      unitHeader: pattern.describe('The header of the unit column'),
      percentUnit: pattern.describe('A unit cell that makes the row a percentage'),
      yearHeader: pattern.describe('The header of a column of targets for a year; group `year`'),
      nameHeader: pattern.describe('The header of the column naming the indicator'),
      noteHeader: pattern.optional().describe('The header of a column of notes, which names nothing a cell under it measures'),
      value: pattern.describe('A cell holding a target; groups `q` (qualifier), `a`, optional `b`'),
    })
    .optional()
    .describe('Tables of indicators: a unit column and columns of targets by year'),
  rateWords: z
    .array(z.object({ words: z.array(z.string()), note }))
    .default([])
    .describe('Words naming a rate; before the number they say what it measures ("Tỷ lệ … đạt 95%")'),
  baselines: z
    .array(z.object({ before: pattern, after: pattern, note }))
    .default([])
    .describe('A move from a baseline to the target: `after` marks the baseline number, `before` is cut from what precedes the target'),
  denominators: z
    .array(
      z.object({
        words: z.array(z.string()),
        unlessSaid: z.boolean().default(false).describe('A whole only when nothing is said of it after ("đạt 80% dân số từ 14 tuổi trở lên"), and a label before the number names what is measured'),
        note,
      }),
    )
    .default([])
    .describe('Words right after the number naming the whole it is a share of ("3% tổng số đảng viên"); what it measures is then read before it'),
  subjectTrailers: z
    .array(z.object({ words: z.array(z.string()), notAfter: z.array(z.string()).default([]).describe('Words before which these are part of the subject'), note }))
    .default([])
    .describe('Words dropped from the end of a subject read before the number ("… đạt", "… giảm còn")'),
  aimWords: z
    .array(z.object({ words: z.array(z.string()), opensSubject: z.boolean().default(false).describe('Dropped where they open a subject'), note }))
    .default([])
    .describe('Words that only say a level is aimed at ("phấn đấu"): a subject of nothing else is the one of the number before it in its sentence'),
  subjectPairs: z
    .array(z.object({ phrase: z.string(), note }))
    .default([])
    .describe('Pairs joined by a comma inside one subject ("khoa học, công nghệ"): that comma starts no clause'),
  listVariants: z
    .array(z.object({ words: z.array(z.string()).min(2), note }))
    .default([])
    .describe('Words that stand for one another in a list of one measure ("nội trú", "ngoại trú"): a later number named by one alone measures the earlier subject with its word'),
  labelOpeners: z.array(z.string()).default([]).describe('Words opening a label that says whom the items under it are of ("Đối với lớp 5:"); they are dropped'),
  predicateWords: z.array(z.string()).default([]).describe('Words opening a short phrase after the number that says something of the label before it ("… 100% đạt chuẩn")'),
  listPredicates: z.array(z.string()).default([]).describe('Words opening what the last item of a list of percentages says of the items before it that name only what they count ("100% trường học, 95% cơ sở y tế có nước sạch")'),
  placeWords: z.array(z.string()).default([]).describe('Words opening a phrase after the number that says where it is measured ("ở đô thị")'),
  subjectStops: z.array(z.object({ pattern, note })),
  breakdowns: z
    .array(z.object({ pattern, note }))
    .default([])
    .describe('Words before a number that make it a part of the number before ("…, trong đó …"): its subject is read under that one\'s'),
});

const Dates = z.object({
  forms: z.array(
    z.object({
      id: z.string(),
      pattern,
      precision: z.enum(['year', 'month', 'day', 'quarter', 'quarters', 'first-half', 'second-half']),
      yearFromNext: z.boolean().default(false).describe('The form states no year (or no month either): it takes those of the next date in the phrase ("từ 01/6 đến 31/7/2025", "từ 15-20/3/2026")'),
      note,
    }),
  ),
  rangeForms: z.array(z.object({ id: z.string(), pattern, note })),
  openStart: z.array(z.object({ pattern, note })),
  openEnd: z.array(z.object({ pattern, note })),
  partsOf: z
    .array(z.object({ pattern, part: z.enum(['first', 'last']), note }))
    .default([])
    .describe('Words right before a lone time that name its first or last part ("cuối quý III/2026"): that month alone'),
  goesOn: z
    .array(z.object({ pattern, note }))
    .default([])
    .describe('Words after a lone date that carry it on with no end ("năm 2026 và các năm tiếp theo"): a start only'),
  recurring: z.array(z.object({ pattern, note })),
  phraseEnds: z
    .array(z.object({ word: z.string(), note }))
    .default([])
    .describe('Words after a cued time\'s last date that start something else, where its phrase ends: "trước ngày 05/10/2026 để tổng hợp"'),
  timeCues: z
    .array(z.object({ pattern, note }))
    .default([])
    .describe('Words that make the date right after them a task\'s time inside a sentence ("… hoàn thành trước ngày 30/6/2024")'),
  notDates: z.array(z.object({ pattern, note })),
  wholePeriod: z
    .array(
      z.object({
        pattern,
        statedAs: pattern.describe('Where the document, or the phrase itself, states the span; groups `from` and `to`'),
        statedIn: z.enum(['text', 'title']).default('text').describe('Where the document states it: anywhere in its text (the first statement), or in its title (a plan "… năm 2026", whose text may first name the year of its issue date)'),
        start: z.string().default('{from}').describe('The period\'s start as an ISO partial date, {from} and {to} standing for the stated years ("{from}-09": a school year\'s first semester), any other {name} for a group of the pattern, as two digits'),
        end: z.string().default('{to}').describe('The period\'s end, likewise'),
        note,
      }),
    )
    .default([])
    .describe('Phrases naming the plan\'s whole term or period, or a stated part of it, without its years ("trong cả nhiệm kỳ", "học kỳ II")'),
});

const Agencies = z.object({
  abbreviations: z.array(z.object({ pattern, expansion: z.string(), note })),
  canonical: z.array(z.object({ name: z.string(), variants: z.array(z.string()).default([]), note })),
  innerPhrases: z
    .array(z.object({ phrase: z.string(), note }))
    .default([])
    .describe('Phrases inside names whose comma, "và" or lower-case word would end a name elsewhere ("phòng, chống", "việc làm")'),
  heads: z.array(
    z.object({
      word: z.string(),
      pluralOnly: z
        .boolean()
        .default(false)
        .describe('The head starts a body after a plural ("các doanh nghiệp"); with properName, also alone when capitalised before a name ("Hợp tác xã Dịch vụ Hòa Phú")'),
      whole: z.boolean().default(false).describe('The head alone names a body ("Quận đoàn"): a verb right after it ends the name'),
      person: z
        .boolean()
        .default(false)
        .describe('The head is one person\'s office ("Chủ tịch", "Trưởng ban"): the offices listed with commas after a singular honorific are one person\'s'),
      properName: z
        .boolean()
        .default(false)
        .describe('The head starts a body only written capitalised, before a capitalised word or after a plural ("Báo Quảng Ninh", "các Vụ"), not in "báo cáo", "nhiệm vụ"'),
      lowerCaseBeforeName: z
        .boolean()
        .default(false)
        .describe('With properName, the head in lower case starts a body too, right before a capitalised name that is not a body of its own ("giao công chức Tư pháp - Hộ tịch xã …")'),
      note,
    }),
  ),
  qualifiers: z.array(
    z.object({
      word: z.string(),
      ofOwner: z.boolean().default(false).describe('The qualifier is followed by the body the group belongs to: "các Khoa, Viện, Trường thuộc Trường"'),
      note,
    }),
  ),
  listHeads: z.array(
    z
      .object({ word: z.string().optional(), pattern: pattern.optional(), note })
      .refine((h) => (h.word === undefined) !== (h.pattern === undefined), 'give either a word or a pattern'),
  ),
  leadingNoise: z.array(z.object({ pattern, note })),
  appositives: z
    .array(z.object({ pattern, note }))
    .default([])
    .describe('After a dash, the role of the body before it, no body of its own: "Sở Kế hoạch và Đầu tư - cơ quan thường trực …"'),
  honorifics: z
    .array(z.object({ word: z.string(), plural: z.boolean().default(false).describe('Before the offices of several people: "Các đồng chí …"'), note }))
    .default([])
    .describe('Words before a person\'s office that name no body: "Đồng chí Bí thư …"'),
  nameVerbs: z.array(
    z.object({
      word: z.string(),
      heldBeforeVerb: z.boolean().default(false).describe('Names a body by its function even when another verb follows it: "Các đơn vị thi công bảo đảm …"'),
      note,
    }),
  ),
  nameEnds: z.array(z.object({ word: z.string(), note })),
  nameDots: z.array(z.string()).default([]).describe('Abbreviations whose dot does not end a name when a capitalised word follows: "UBND TP. Hà Nội"'),
  relativeClauses: z
    .array(
      z.object({
        word: z.string().describe('The word that opens the clause, a nameEnds word elsewhere'),
        notBefore: z.array(z.string()).describe('What makes the word the sentence\'s verb instead ("có kế hoạch …")'),
        maxWords: z.number().int().positive().describe('Words the clause holds before the verb that ends it'),
        afterHeads: z.array(z.string()).default([]).describe('Heads of an office after which the clause is read, plural or not ("Phó Chủ tịch … phụ trách văn hóa - xã hội chỉ đạo …"); empty: after a plural body'),
        note,
      }),
    )
    .default([])
    .describe('After a plural body, a clause saying which of them, up to the verb: "UBND các xã có điểm du lịch khảo sát …"'),
  commaNameTail: z
    .object({
      heads: z.array(z.string()).describe('The heads of the units whose names are written so ("Phòng")'),
      roles: z.array(z.string()).describe('The role words the name comes right before ("chủ trì")'),
      maxWords: z.number().int().positive().describe('Words the name holds after its comma'),
      note,
    })
    .optional()
    .describe('After a unit (one of `heads`), a comma and words in lower case up to its role: the rest of its name ("Phòng Công chức, viên chức chủ trì …")'),
  topicNames: z
    .object({
      heads: z.array(z.string()).describe('The bodies named so ("Ban Chỉ đạo")'),
      notWithin: z.array(z.string()).describe('Words that are no part of a topic: the objects and links of a sentence ("các", "với")'),
      maxWords: z.number().int().positive().describe('Words the topic holds before its level'),
      note,
    })
    .optional()
    .describe('After a body named by what it steers (one of `heads`), the words up to a level that a verb follows: the topic of its name ("Ban Chỉ đạo xây dựng nông thôn mới xã theo dõi …")'),
  aliasIntroductions: z
    .array(z.object({ phrase: z.string(), group: z.boolean().default(false).describe('The name is that of every body of the list before the brackets ("sau đây gọi chung là")'), note }))
    .default([])
    .describe('Words opening the brackets after a body that give the short name the document calls it by: "(sau đây gọi tắt là Vụ TKNL)"'),
  notHeads: z.array(z.object({ pattern, note })),
  headNotAfter: z
    .array(z.object({ pattern, note }))
    .default([])
    .describe('The end of the text before a head word that makes the head the end of another word ("xã hội")'),
  notLevels: z.array(z.object({ pattern, note })),
  levelNotAfter: z
    .array(z.object({ pattern, note }))
    .default([])
    .describe('The end of the text before a level word that makes the level the end of another word ("nông thôn")'),
  sharedParts: z.array(z.object({ class: z.string(), words: z.array(z.string()), note })),
  levelledHeads: z
    .array(z.object({ word: z.string(), note }))
    .default([])
    .describe('Heads of bodies found at every level of government: in a list closed by a level ("Hội Nông dân, Hội Cựu chiến binh xã"), those that name none take it'),
  spellings: z.array(z.object({ from: z.string(), to: z.string(), note })),
  fuzzyThreshold: z.number().min(0.5).max(1),
  misspeltNameThreshold: z
    .number()
    .min(0.5)
    .max(1)
    .default(1)
    .describe('How like a canonical name with a comma a misspelt one must be for its comma not to split it into two bodies'),
});

const Tasks = z.object({
  fields: z.array(
    z.object({
      label: z.string(),
      role: z.enum(['lead', 'partner', 'time', 'work']),
      rank: z.number().int().default(0).describe('Among lead fields of one block, the highest rank gives the lead; the others become partners'),
      due: z.boolean().default(false).describe('A time field that says when the work is due: a single time it gives is the end alone ("Thời hạn: 30/9/2026")'),
      note,
    }),
  ),
  implementationSections: z.array(z.object({ pattern, note })),
  assignVerbs: z.array(z.object({ pattern, note })),
  actionVerbs: z.array(z.object({ word: z.string(), note })),
  adverbials: z.array(z.object({ pattern, note })),
  verbAdverbs: z.array(z.object({ word: z.string(), note })).describe('How or how often, between a body and its verb'),
  partnerMarkers: z.array(z.object({ pattern, note })),
  valueRoles: z
    .array(z.object({ role: z.enum(['lead', 'partner']), pattern, note }))
    .default([])
    .describe('Words closing a part of a field\'s value that give its bodies their role ("Đơn vị thực hiện: UBND xã chủ trì; các đoàn thể phối hợp")'),
  introductions: z
    .array(z.object({ pattern, note }))
    .default([])
    .describe('Sentences that announce what follows ("… ban hành Kế hoạch … như sau:"): a body and a verb, but no work of their own'),
  referringWork: z
    .array(z.object({ pattern, note }))
    .default([])
    .describe('Work that only points back to the heading above it ("… phối hợp với các phòng thực hiện."): the task is titled by the heading'),
  tableColumns: z.array(
    z.object({
      role: z.enum(['number', 'title', 'lead', 'partner', 'time', 'start', 'end']),
      pattern,
      titlePrefix: z.string().optional().describe('For a title column that names what the work is done to: the work, written before each cell ("Kiểm tra")'),
      note,
    }),
  ),
  agentAfterWork: z
    .array(z.object({ pattern, verbs: z.array(z.string()).min(1), note }))
    .default([])
    .describe('Words after the work that introduce the body doing it, when one of `verbs` follows the body ("… do Phòng Nội vụ chủ trì"); case-sensitive'),
  tableGroupNumbers: z
    .array(z.object({ pattern, note }))
    .default([])
    .describe('The number cell of a row that heads a group of rows in an assignment table ("I", "A"): with nothing but its title, the row is no task'),
  titleLeadIns: z
    .array(z.object({ pattern, note }))
    .default([])
    .describe('Words before a title\'s verb that only restate the role ("Chịu trách nhiệm chỉ đạo …"): the title starts at the verb'),
  timeLeadIns: z
    .array(z.object({ pattern, comma: z.boolean().default(false).describe('The time may end at a comma too: "Hằng quý, các đơn vị báo cáo …"'), note }))
    .default([])
    .describe('A time that opens a sentence before a colon ("Giai đoạn 1 (tháng 5 - 8/2026): Sở … chủ trì …"): the assignment follows it, in that time'),
  sentenceOpeners: z
    .array(z.object({ pattern, note }))
    .default([])
    .describe('A phrase that opens a sentence before a comma and says on what ground or in addition to what ("Căn cứ Kế hoạch này, …", "Ngoài ra, …"): the assignment follows it'),
});

const Ocr = z.array(z.object({ pattern, replace: z.string(), note }));

const Indicators = z.array(z.object({ id: z.string().regex(/^[a-z0-9-]+$/), name: z.string(), pattern, note }));

export const RuleSet = z.object({
  ocr: Ocr,
  indicators: Indicators,
  artefacts: Artefacts,
  numbering: Numbering,
  meta: Meta,
  targets: Targets,
  dates: Dates,
  agencies: Agencies,
  tasks: Tasks,
});
export type RuleSet = z.infer<typeof RuleSet>;

const files = ['artefacts', 'numbering', 'meta', 'targets', 'dates', 'agencies', 'tasks', 'ocr', 'indicators'] as const;

export const defaultRulesDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'rules');

const cache = new Map<string, RuleSet>();
const hashes = new WeakMap<RuleSet, string>();

/** sha256 of the rule tables a rule set was read from: outputs record it, --incremental compares it. */
export function rulesHash(rules: RuleSet): string {
  return hashes.get(rules) ?? '';
}

/** A rule set read and validated by another thread (the batch's main thread), taken as read from `dir`. */
export function adoptRules(adopted: { dir?: string; rules: RuleSet; sha256: string }): void {
  cache.set(adopted.dir ?? defaultRulesDir, adopted.rules);
  hashes.set(adopted.rules, adopted.sha256);
}

/**
 * The default tables as plain data, written by the build next to the code with the sha256 of the
 * YAML they came from (`writeParsedTables`): parsing 40 kB of YAML costs a tenth of a second at
 * every start, before a batch can start its workers. Used only while the sha256 matches.
 */
const parsedTablesPath = join(dirname(fileURLToPath(import.meta.url)), '..', 'rules.json');

interface ParsedTables {
  sha256: string;
  tables: Record<string, unknown>;
}

/** Reads and validates every table of a rules directory; throws an Error with one plain line per problem. */
export function loadRules(dir: string = defaultRulesDir): RuleSet {
  const cached = cache.get(dir);
  if (cached) return cached;
  const { sources, sha256, problems } = readTables(dir);
  const raw = problems.length ? {} : (parsedTables(sha256) ?? parseTables(dir, sources, problems));
  if (problems.length === 0) {
    const parsed = RuleSet.safeParse(raw);
    if (parsed.success) {
      checkDuplicates(parsed.data, problems);
      if (problems.length === 0) {
        cache.set(dir, parsed.data);
        hashes.set(parsed.data, sha256);
        return parsed.data;
      }
    } else {
      for (const issue of parsed.error.issues) {
        const [table, ...rest] = issue.path.map(String);
        problems.push(`${join(dir, `${table}.yaml`)}: ${rest.join('.') || '(top level)'}: ${issue.message}`);
      }
    }
  }
  throw new Error(`invalid rules: ${problems.join('; ')}`);
}

/** Writes the default tables, parsed, for `loadRules` to take instead of the YAML (run by the build). */
export function writeParsedTables(): void {
  const { sources, sha256, problems } = readTables(defaultRulesDir);
  const tables = parseTables(defaultRulesDir, sources, problems);
  if (problems.length) throw new Error(`invalid rules: ${problems.join('; ')}`);
  writeFileSync(parsedTablesPath, JSON.stringify({ sha256, tables } satisfies ParsedTables));
}

function readTables(dir: string): { sources: Map<string, string>; sha256: string; problems: string[] } {
  const sources = new Map<string, string>();
  const problems: string[] = [];
  const hash = createHash('sha256');
  for (const name of files) {
    const path = join(dir, `${name}.yaml`);
    if (!existsSync(path)) {
      problems.push(`${path}: missing rule table`);
      continue;
    }
    try {
      const source = readFileSync(path, 'utf8');
      hash.update(`${name}\n${source}\n`);
      sources.set(name, source);
    } catch (error) {
      problems.push(`${path}: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  return { sources, sha256: hash.digest('hex'), problems };
}

function parseTables(dir: string, sources: Map<string, string>, problems: string[]): Record<string, unknown> {
  // Loaded only here: with the parsed tables at hand, a process never needs the YAML parser.
  const { parse: parseYaml } = createRequire(import.meta.url)('yaml') as typeof import('yaml');
  const tables: Record<string, unknown> = {};
  for (const [name, source] of sources) {
    try {
      tables[name] = parseYaml(source);
    } catch (error) {
      problems.push(`${join(dir, `${name}.yaml`)}: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  return tables;
}

function parsedTables(sha256: string): Record<string, unknown> | null {
  try {
    const prebuilt = JSON.parse(readFileSync(parsedTablesPath, 'utf8')) as ParsedTables;
    return prebuilt.sha256 === sha256 ? prebuilt.tables : null;
  } catch {
    return null;
  }
}

function checkDuplicates(rules: RuleSet, problems: string[]): void {
  const seen = new Set<string>();
  for (const entry of rules.agencies.canonical) {
    const key = entry.name.normalize('NFC').toLowerCase();
    if (seen.has(key)) problems.push(`agencies.yaml: canonical name listed twice: ${entry.name}`);
    seen.add(key);
  }
  const labels = new Set<string>();
  for (const field of rules.tasks.fields) {
    const key = field.label.toLowerCase();
    if (labels.has(key)) problems.push(`tasks.yaml: field label listed twice: ${field.label}`);
    labels.add(key);
  }
}

// JavaScript's \b only knows ASCII letters, so "phố\b" never matches; in the tables \b means a
// boundary between a letter of the Latin alphabets (every Vietnamese letter, composed or with
// combining marks) or a digit, and anything else. Explicit ranges rather than \p{L}: with a
// Unicode property each \b cost milliseconds to compile, and a table has hundreds of them.
const WORD = '[0-9A-Za-z_\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0300-\\u036F\\u1E00-\\u1EFF]';
const UNICODE_BOUNDARY = `(?:(?<=${WORD})(?!${WORD})|(?<!${WORD})(?=${WORD}))`;

/** A \b of a table pattern, not escaped itself ("\\b"). */
const BOUNDARY = /(?<!\\)((?:\\\\)*)\\b/g;

const compiled = new Map<string, RegExp>();

/**
 * Compiles a table pattern: Unicode, case-insensitive unless asked otherwise, \b Unicode-aware.
 * Stateless expressions are compiled once per process; a global or sticky one carries its
 * `lastIndex`, so each caller gets its own.
 */
export function compile(source: string, flags = '', caseSensitive = false): RegExp {
  const allFlags = `u${caseSensitive ? '' : 'i'}${flags}`;
  const stateful = /[gy]/.test(flags);
  const key = `${allFlags}/${source}`;
  let re = stateful ? undefined : compiled.get(key);
  if (!re) {
    re = new RegExp(source.replace(BOUNDARY, `$1${UNICODE_BOUNDARY}`), allFlags);
    if (!stateful) compiled.set(key, re);
  }
  return re;
}

/**
 * A table pattern with its \b left out: it matches wherever the pattern matches, and more. A
 * search for it is many times quicker, since an expression that starts at a boundary's
 * look-behind must be tried at every position; it tells where the pattern cannot match.
 */
export function withoutBoundaries(source: string): string {
  return source.replace(BOUNDARY, '$1');
}

/** Escapes a word for use inside a pattern; spaces match any run of white space. */
export function wordPattern(word: string): string {
  return word
    .normalize('NFC')
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s+/g, '\\s+');
}

/**
 * The words and their spellings in the other tone placement ("số hóa" and "số hoá", "ủy" and
 * "uỷ"), from the length-keeping pairs of agencies.yaml spellings: a document written either way
 * matches a table written one way.
 */
export function inBothTonePlacements(words: readonly string[], rules: RuleSet): string[] {
  const pairs = tonePlacements(rules);
  const all = new Set<string>();
  for (const word of words) {
    const modern = word.normalize('NFC');
    all.add(modern);
    for (const { from, to } of pairs) all.add(modern.replaceAll(to, from));
  }
  return [...all];
}

/** The spellings of agencies.yaml that keep the length: old tone placement ("uỷ") and its modern form ("ủy"). */
export function tonePlacements(rules: RuleSet): { from: string; to: string }[] {
  return rules.agencies.spellings.filter((x) => x.from.length === x.to.length).map((x) => ({ from: x.from.normalize('NFC'), to: x.to.normalize('NFC') }));
}

/** One alternation of words, longest first so that "chương trình hành động" wins over "chương trình". */
export function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(wordPattern).join('|');
}
