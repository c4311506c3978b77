// tasks: three shapes — blocks with field lines, assignments named in headings or sentences,
// and rows of assignment tables — each with lead and partner bodies and a period.
import type { Diagnostic, Task } from '../model/schema.js';
import { alternation, compile, inBothTonePlacements, type RuleSet } from '../model/rules.js';
import type { LocationIndex } from '../model/location.js';
import type { Line, SectionNode, Segmented } from '../segment/index.js';
import { headingTitle, numberingEnd } from '../segment/index.js';
import { isColumnNumbering, isRowNumber } from '../model/tables.js';
import { BULLET_MARKS, collapseWhiteSpace, stripBullet, upperFirst, wordCount } from '../model/text.js';
import type { AgencyMention, AgencyReader } from './agencies.js';
import { periodBetween, type DateReader, type ParsedPeriod, type StatedPeriods } from './dates.js';

/** A task before its agencies are registered: mentions still carry their offsets. */
export interface TaskDraft {
  node: SectionNode | null;
  kind: Task['kind'];
  title: string;
  lead: AgencyMention[];
  partners: AgencyMention[];
  period: ParsedPeriod;
  ruleId: string;
  start: number;
  end: number;
  /** For a heading that names a body: the line its work was read from (its first item). */
  workLine?: number;
}

interface Context {
  text: string;
  seg: Segmented;
  location: LocationIndex;
  bodyStart: number;
  agencies: AgencyReader;
  dates: DateReader;
  documentYear: number | null;
  /** The document's own term or period, for "trong cả nhiệm kỳ". */
  statedPeriods: StatedPeriods;
  diagnostics: Diagnostic[];
}

export class TaskReader {
  private readonly field: RegExp;
  /** Where a second field starts on the same line: "Đơn vị chủ trì: …; đơn vị phối hợp: …". */
  private readonly nextField: RegExp;
  /** A field's label at the start of a text, with or without its colon. */
  private readonly fieldLabel: RegExp;
  /** A field's label closing a title, after a comma: "Kiểm tra công vụ, thời gian" of "…, thời gian: cả năm". */
  private readonly trailingFieldLabel: RegExp;
  private readonly fields: Map<string, RuleSet['tasks']['fields'][number]>;
  private readonly implementation: RegExp;
  private readonly assign: RegExp[];
  private readonly action: RegExp;
  private readonly partnerMarker: RegExp;
  /** A partner marker right after the lead: "… chủ trì, phối hợp với …". */
  private readonly partnerMarkerFirst: RegExp;
  private readonly adverbial: RegExp;
  /** How a body acts ("theo chức năng, nhiệm vụ được giao"): not part of a task's title; one per table row, in order. */
  private readonly adverbialPhrases: RegExp[];
  private readonly columns: { role: string; re: RegExp; titlePrefix?: string }[];
  private readonly introduction: RegExp;
  private readonly referringWork: RegExp;
  private readonly valueRoles: { role: 'lead' | 'partner'; re: RegExp }[];
  /** Inside one part of a value, the lead's role words before the partners': "… chủ trì, phối hợp …". */
  private readonly leadThenPartners: RegExp;
  /** Inside one part of a value, a partner marker between bodies: "phối hợp với " of "Phòng Nội vụ phối hợp với Phòng Tư pháp". */
  private readonly partnersWithin: RegExp;
  /** The lead's role and a comma, before partners named with their own role: "chủ trì, " of "… chủ trì, Sở Tài chính phối hợp …". */
  private readonly leadRoleThenBodies: RegExp;
  /** A partner's role word and nothing else up to the end of its clause: "…; Sở Tài chính phối hợp." */
  private readonly partnerRoleOnly: RegExp;
  /** A lead's role word ("chủ trì", tasks.yaml valueRoles) in a sentence. */
  private readonly leadRole: RegExp;
  /** The lead's role word right after the bodies: "chủ trì" of "Văn phòng UBND phường chủ trì; …". */
  private readonly leadRoleFirst: RegExp;
  private readonly partnerRoleFirst: RegExp;
  /** A role word closing its part with a comma, not before the partners' words: "… chủ trì, Quận đoàn phối hợp". */
  private readonly roleThenComma: RegExp;
  private readonly titleLeadIn: RegExp;
  /** A time before a colon (or a comma) opening a sentence (timeLeadIns): "Giai đoạn 1 (tháng 5 - 8/2026): …", "Hằng quý, …". */
  private readonly timeLeadIn: RegExp;
  /** The number of a group of rows in an assignment table (tableGroupNumbers): "I", "II", "A". */
  private readonly groupNumber: RegExp;
  /** Where the body that does the work named before it is named (agentAfterWork): "… do Phòng Nội vụ chủ trì". */
  private readonly agentsAfterWork: { marker: RegExp; verb: RegExp }[];
  private readonly honorific: RegExp;
  /** An honorific of one person ("Đồng chí", not "Các đồng chí"). */
  private readonly personHonorific: RegExp;
  private readonly personName: RegExp;
  private readonly sentenceOpener: RegExp;

  constructor(private readonly rules: RuleSet) {
    const t = rules.tasks;
    this.fields = new Map(t.fields.map((f) => [f.label.toLowerCase(), f]));
    const label = `(?<label>${alternation(t.fields.map((f) => f.label))})\\s*(?:\\([^)]*\\))?\\s*:`;
    // A field line may be a lettered item: "b) Đơn vị chủ trì: …".
    this.field = compile(`^[\\s${BULLET_MARKS}]*(?:[a-zđ]\\)\\s*)?${label}\\s*(?<value>.*)$`);
    this.nextField = compile(`[;.]\\s*(?=${label})`);
    this.fieldLabel = compile(`^\\s*(?:${alternation(t.fields.map((f) => f.label))})(?![\\p{L}\\p{M}])`);
    this.trailingFieldLabel = compile(`\\s*,\\s*(?:${alternation(t.fields.map((f) => f.label))})\\s*(?:\\([^)]*\\))?\\s*$`);
    this.implementation = compile(t.implementationSections.map((s) => `(?:${s.pattern})`).join('|'));
    this.assign = t.assignVerbs.map((a) => compile(a.pattern, '', true));
    this.action = compile(`^\\s*(?::\\s*)?(?:${alternation(inBothTonePlacements(t.actionVerbs.map((v) => v.word), rules))})(?=\\s|$|[,.:;])`);
    const partnerMarkers = t.partnerMarkers.map((p) => `(?:${p.pattern})`).join('|');
    this.partnerMarker = compile(partnerMarkers, 'g');
    this.partnerMarkerFirst = compile(`^\\s*(?::\\s*)?(?:${partnerMarkers})`);
    this.partnersWithin = compile(`\\s(?:${partnerMarkers})`);
    this.adverbialPhrases = t.adverbials.map((a) => compile(`^\\s*(?:${a.pattern})\\s*,?\\s*`));
    this.adverbial = compile(`^\\s*(?:${t.adverbials.map((a) => a.pattern).join('|')})\\s*,?\\s*|^\\s*(?:${alternation(t.verbAdverbs.map((f) => f.word))})\\s+`);
    this.columns = t.tableColumns.map((c) => ({ role: c.role, re: compile(c.pattern), titlePrefix: c.titlePrefix }));
    this.valueRoles = t.valueRoles.map((v) => ({ role: v.role, re: compile(`\\s(?:${v.pattern})[\\s.]*$`) }));
    const rolePatterns = (role: string) => t.valueRoles.filter((v) => v.role === role).map((v) => `(?:${v.pattern})`).join('|') || '(?!)';
    this.leadThenPartners = compile(`\\s(?:${rolePatterns('lead')})(?=\\s*,?\\s*(?:${rolePatterns('partner')})\\s)`);
    this.leadRole = compile(`\\s(?:${rolePatterns('lead')})(?=[\\s,.;]|$)`);
    this.leadRoleFirst = compile(`^\\s*(?:${rolePatterns('lead')})(?=[\\s,.;]|$)`);
    // "Sở Y tế chủ trì, Sở Tài chính phối hợp rà soát …": after the lead's role, bodies their own role follows.
    this.leadRoleThenBodies = compile(`^\\s*(?:${rolePatterns('lead')})\\s*,\\s*`);
    this.partnerRoleOnly = compile(`^\\s*(?:${rolePatterns('partner')})\\s*(?:[.;]|$)`);
    this.partnerRoleFirst = compile(`^\\s*(?:${rolePatterns('partner')})(?=[\\s,.;]|$)`);
    this.roleThenComma = compile(`\\s(?:${rolePatterns('lead')}|${rolePatterns('partner')})\\s*,(?!\\s*(?:${rolePatterns('partner')})\\s)`, 'g');
    const honorificWords = rules.agencies.honorifics.map((h) => h.word);
    this.honorific = compile(`^(?:${alternation(honorificWords)})\\s+(?=\\p{Lu})`, '', true);
    this.personHonorific = compile(`^(?:${alternation(rules.agencies.honorifics.filter((h) => !h.plural).map((h) => h.word))})\\s`);
    // "đồng chí Nguyễn Văn An, Phó Chủ tịch UBND huyện": a person's name, every word capitalised, before the office.
    const honorifics = honorificWords.flatMap((h) => [h, h[0].toLowerCase() + h.slice(1)]);
    this.personName = compile(`^(?:${alternation(honorifics)})\\s+(?:\\p{Lu}[\\p{Ll}\\p{M}]*\\s+){1,4}\\p{Lu}[\\p{Ll}\\p{M}]*\\s*(?:,|\\s[-–])\\s*`, '', true);
    this.titleLeadIn = compile(`^(?:${t.titleLeadIns.map((l) => `(?:${l.pattern})`).join('|') || '(?!)'})\\s+`);
    this.timeLeadIn = compile(`^(?:${t.timeLeadIns.map((l) => `(?:${l.pattern})\\s*${l.comma ? '[:,]' : ':'}`).join('|') || '(?!)'})\\s*`);
    this.sentenceOpener = compile(`^(?:${t.sentenceOpeners.map((o) => `(?:${o.pattern})`).join('|') || '(?!)'})\\s*,\\s*`);
    this.groupNumber = compile(`^(?:${t.tableGroupNumbers.map((g) => `(?:${g.pattern})`).join('|') || '(?!)'})$`, '', true);
    this.agentsAfterWork = t.agentAfterWork.map((a) => ({ marker: compile(a.pattern, 'g', true), verb: compile(`^\\s*(?:${alternation(a.verbs)})(?![\\p{L}\\p{M}])`) }));
    this.introduction = compile(t.introductions.map((i) => `(?:${i.pattern})`).join('|') || '(?!)');
    this.referringWork = compile(`^(?:${t.referringWork.map((w) => `(?:${w.pattern})`).join('|') || '(?!)'})\\s*(?:[,;.]|$)`);
  }

  read(ctx: Context): { drafts: TaskDraft[]; blockOf: Map<SectionNode, TaskDraft> } {
    const drafts: TaskDraft[] = [];
    const blockOf = new Map<SectionNode, TaskDraft>();
    const inBlock = new Set<SectionNode>();
    const assignmentOf = new Map<SectionNode, TaskDraft>();
    const visit = (node: SectionNode, underBlock: boolean) => {
      let block: TaskDraft | null = null;
      // A bullet is a block only with its fields on its own line, after its work: "- Tổ chức hội nghị; đơn vị chủ trì: …".
      const headingFields = this.headingFields(ctx, node);
      // Or with its fields as the items under it: "- Xây dựng bộ tiêu chí …" over "+ Cơ quan chủ trì: …".
      if (node.labelKind !== 'bullet' || headingFields.length || this.fieldItems(ctx, node)) block = this.block(ctx, node, headingFields);
      if (block) {
        drafts.push(block);
        blockOf.set(node, block);
      }
      const covered = underBlock || block !== null;
      if (covered) inBlock.add(node);
      // Aims and requirements, results and the situation assign no work in their sentences.
      else if (node.role === null || node.role === 'funding') {
        const assignment = this.headingAssignment(ctx, node) ?? this.afterHeadingColon(ctx, node) ?? this.headingSentence(ctx, node);
        if (assignment) {
          // "4. Phòng Tài chính bảo đảm kinh phí; Phòng Quản trị chuẩn bị cơ sở vật chất.": a heading's later clauses as a paragraph's.
          const heading = node.labelKind === 'bullet' ? [] : this.laterLeads(ctx, node, { ...ctx.seg.lines[node.line], start: node.textStart }, assignment);
          drafts.push(assignment, ...heading);
          assignmentOf.set(node, assignment);
        }
        const own = node.labelKind === 'bullet' ? [node.line, ...node.ownLines] : node.ownLines;
        for (const lineIndex of own) {
          const line = ctx.seg.lines[lineIndex];
          // A paragraph in lower case goes on with the sentence above it ("… báo cáo Ủy" / "ban nhân dân quận trình …"), and starts none.
          if (line.cells || (lineIndex !== node.line && /^\s*\p{Ll}/u.test(line.text))) continue;
          // A bullet's own line gave its fields above, as its heading.
          const task = (lineIndex !== node.line && this.paragraphBlock(ctx, node, lineIndex)) || this.sentenceAssignment(ctx, node, line.start, line.end);
          if (task) drafts.push(task, ...this.laterLeads(ctx, node, line, task));
        }
      }
      for (const child of node.children) visit(child, covered);
    };
    for (const root of ctx.seg.roots) visit(root, false);
    // A letter or notice without sections assigns work in plain paragraphs: "… giao Công an tỉnh …".
    for (const line of ctx.seg.lines.slice(ctx.bodyStart)) {
      if (ctx.seg.nodeOfLine[line.index] || line.cells || line.text.trim() === '') continue;
      // "1. Sở Nội vụ chủ trì …" in an appendix after the signature: its number opens no section there, and titles nothing.
      const label = ctx.seg.closing[line.index] ? numberingEnd(line.text, this.rules) : 0;
      const sentence = this.sentenceAssignment(ctx, null, line.start + label, line.end);
      if (sentence) drafts.push(sentence);
    }
    this.adoptHeadingBodies(ctx, drafts, assignmentOf);
    drafts.push(...this.tableRows(ctx));
    drafts.splice(0, drafts.length, ...drafts.flatMap((draft) => this.enumeratedDuties(ctx, draft)));
    const taskLines = new Set(drafts.map((d) => ctx.location.lineIndexOf(d.start)));
    const headingTimes = new Map<SectionNode, string | null>();
    for (const draft of drafts) this.inheritPeriod(ctx, draft, taskLines, headingTimes);
    drafts.sort((a, b) => a.start - b.start);
    // A time of several phrases ("trong quý I/2026; hằng năm") may close the title with any one of them.
    const cued = (time: string) => ctx.dates.isCued(time);
    for (const draft of drafts) draft.title = this.asHeading((draft.period.text?.split('; ') ?? []).reduceRight((title, time) => withoutClosingTime(title, time, cued), draft.title));
    return { drafts, blockOf };
  }

  /**
   * Items with fields of their own under a heading that names a body ("2. Sở Tài chính" over "- Bố
   * trí kinh phí (thời gian: tháng 3/2026; phối hợp: Sở Y tế)") are that body's tasks when they
   * name no lead; the heading's own task, read from its first item, is then that item's block.
   */
  private adoptHeadingBodies(ctx: Context, drafts: TaskDraft[], assignmentOf: Map<SectionNode, TaskDraft>): void {
    const replaced = new Set<TaskDraft>();
    for (const draft of drafts) {
      if (draft.kind !== 'block' || draft.lead.length || !draft.node) continue;
      const heading = assignmentOf.get(draft.node) ?? (draft.node.parent && assignmentOf.get(draft.node.parent));
      if (!heading) continue;
      draft.lead = [...heading.lead];
      draft.partners = dedupe([...heading.partners, ...draft.partners]).filter((p) => !draft.lead.some((l) => l.name === p.name));
      if (heading.workLine === ctx.location.lineIndexOf(draft.start)) replaced.add(heading);
    }
    if (replaced.size) drafts.splice(0, drafts.length, ...drafts.filter((d) => !replaced.has(d)));
  }

  /**
   * A task that states no time of its own is done in the time a heading above it gives with a
   * cue: "1. Công tác chuẩn bị (hoàn thành trước ngày 31/5/2026)" over "- Trạm Y tế xã chuẩn bị …".
   * Years alone are left: "II. NHIỆM VỤ NĂM 2026" restates the plan's period; and a heading that
   * is a task itself (on one of `taskLines`) keeps its time for its own work. `headingTimes`: each
   * heading's cued time, read once for all the tasks under it.
   */
  private inheritPeriod(ctx: Context, draft: TaskDraft, taskLines: Set<number>, headingTimes: Map<SectionNode, string | null>): void {
    if (draft.period.text !== null || draft.node === null) return;
    const lineIndex = ctx.location.lineIndexOf(draft.start);
    const leadIn = this.timeLeadInAbove(ctx, draft.node, lineIndex);
    if (leadIn) {
      draft.period = { ...this.period(ctx, leadIn.time, lineIndex), headingLine: ctx.location.span(leadIn.line.start, leadIn.line.end).line };
      return;
    }
    for (let node = draft.node.line === lineIndex ? draft.node.parent : draft.node; node; node = node.parent) {
      if (taskLines.has(node.line)) return;
      const heading = ctx.seg.lines[node.line];
      let phrase = headingTimes.get(node);
      if (phrase === undefined) {
        const text = ctx.text.slice(node.textStart, heading.end);
        headingTimes.set(node, (phrase = ctx.dates.cuedPhrase(text) ?? this.timeHeading(text)));
      }
      if (phrase) {
        draft.period = { ...this.period(ctx, phrase, lineIndex), headingLine: ctx.location.span(heading.start, heading.end).line };
        return;
      }
    }
  }

  /**
   * "Giao Sở Tài chính: (1) cân đối nguồn vốn …; (2) hướng dẫn thanh quyết toán …": duties numbered
   * in the sentence, after its colon or semicolons, are tasks of their own for the same bodies, each
   * with its own time and partners, else those the sentence gives outside every duty.
   */
  private enumeratedDuties(ctx: Context, draft: TaskDraft): TaskDraft[] {
    const titleLabel = numberingEnd(draft.title, this.rules, DUTY_NUMBERS);
    if (titleLabel === 0) return [draft];
    const text = ctx.text.slice(draft.start, draft.end);
    // Each duty's number, right after the sentence's colon or a semicolon, as segment reads numbering (numbering.yaml).
    const marks = [...text.matchAll(/[:;]\s*/gu)].flatMap((m) => {
      const at = m.index + m[0].length;
      const length = numberingEnd(text.slice(at), this.rules, DUTY_NUMBERS);
      return length ? [{ at, end: at + length }] : [];
    });
    if (marks.length < 2) return [{ ...draft, title: draft.title.slice(titleLabel) }];
    const lineIndex = ctx.location.lineIndexOf(draft.start);
    const bounds = marks.map((m, k) => ({ from: draft.start + m.end, to: k + 1 < marks.length ? draft.start + marks[k + 1].at : draft.end }));
    const inDuty = (offset: number) => bounds.some((b) => offset >= b.from && offset < b.to);
    const sharedTime = draft.period.text !== null && !bounds.some((b) => ctx.text.slice(b.from, b.to).includes(draft.period.text!));
    return bounds.map(({ from, to }) => {
      const work = ctx.text.slice(from, to).replace(/[\s;.]+$/u, '');
      const time = this.timePhrase(ctx, work);
      return {
        ...draft,
        // "(2) phối hợp với Sở Nội vụ hướng dẫn …": the work after its partners.
        title: this.workAfter(work, { end: 0, ...this.partnersAfter(ctx, work, 0, from) }),
        partners: draft.partners.filter((p) => !inDuty(p.start) || (p.start >= from && p.start < to)),
        period: time ? this.period(ctx, time, lineIndex) : sharedTime ? draft.period : this.period(ctx, null, lineIndex),
        start: from,
        end: to,
      };
    });
  }

  /**
   * "Tháng 1:" over "- Tổng kết công tác năm 2025 (Văn phòng chủ trì).": the nearest line above a task in its section that
   * is nothing but a time and its colon, past the items between; a lead-in of another kind ends the search.
   */
  private timeLeadInAbove(ctx: Context, node: SectionNode, lineIndex: number): { time: string; line: Line } | null {
    const section = node.line === lineIndex ? node.parent : node;
    for (let i = lineIndex - 1; i > (section?.line ?? ctx.bodyStart - 1); i--) {
      const line = ctx.seg.lines[i];
      if (!/:\s*$/u.test(line.text)) continue;
      const time = this.timeHeading(stripBullet(line.text));
      return time ? { time, line } : null;
    }
    return null;
  }

  /** A heading that is nothing but a time, as a time lead-in is written (timeLeadIns): "1. Tháng 01/2026", "Quý II/2026:". */
  private timeHeading(text: string): string | null {
    const time = text.trim().replace(/\s*[:.]$/, '');
    return this.timeLeadIn.exec(`${time}:`)?.[0].trimEnd().length === time.length + 1 ? time : null;
  }

  /** A title written as a heading is: from its verb past a restated role, capitalised ("xây dựng …" → "Xây dựng …"). */
  private asHeading(title: string): string {
    // "là cơ quan thường trực, có trách nhiệm xây dựng …": one restated role after another.
    let from = title;
    for (let leadIn = this.titleLeadIn.exec(from); leadIn; leadIn = this.titleLeadIn.exec(from)) {
      const rest = from.slice(leadIn[0].length);
      if (!this.action.test(rest) && !this.titleLeadIn.test(rest)) break;
      from = rest;
    }
    return upperFirst(from);
  }

  /**
   * A heading followed by field lines ("Đơn vị chủ trì: …", "Thời gian thực hiện: …"), or with
   * its fields after it (`headingFields`, read once by the caller): "a) Rà soát văn bản (cơ quan
   * chủ trì: Sở Tư pháp; thời gian: Quý I/2026)".
   */
  private block(ctx: Context, node: SectionNode, headingFields: Field[]): TaskDraft | null {
    const fieldLines = [...headingFields];
    const prose: string[] = [];
    for (const index of [...this.ownLineIndexes(ctx, node), ...this.fieldsAfterItems(ctx, node)]) {
      const line = ctx.seg.lines[index];
      const fields = this.fieldsIn(line.text, line.start);
      fieldLines.push(...fields);
      if (fields.length === 0) prose.push(line.text);
    }
    const read = this.fieldRoles(ctx, fieldLines);
    if (!read) return null;
    const { lead, partners, time } = read;
    const line = ctx.seg.lines[node.line];
    const heading = ctx.text.slice(node.textStart, line.end);
    // "2. Nội dung: Xây dựng phần mềm …": a heading that labels its work is titled by it.
    const workField = this.fieldsIn(heading, node.textStart).find((f) => this.fields.get(f.label)?.role === 'work');
    let title = (workField && headingTitle(workField.value, this.rules)) || node.section.title;
    if (lead.length === 0) {
      // "b) Sở Y tế chủ trì xây dựng …; phối hợp: Công an tỉnh": the heading's subject leads and its work is the title.
      const read = this.assignedBodies(ctx, heading, node.textStart, true);
      if (read) {
        lead.push(...read.lead);
        partners.push(...read.partners);
        const work = this.workAfter(heading, read);
        if (wordCount(work) >= 2) title = work;
      } else lead.push(...this.bodySubject(ctx, node));
    }
    return {
      node,
      kind: 'block',
      // Without the brackets that held its fields (the title may end inside them, at their ";").
      title: this.withoutFieldBrackets(title),
      lead: dedupe(lead),
      partners: dedupe(partners).filter((p) => !lead.some((l) => l.name === p.name)),
      // "- Kiện toàn Ban Chỉ huy …; xong trước 30/4/2026. Đơn vị thực hiện: …": without a time field, the time its heading gives with a cue,
      // else the one its paragraphs give ("1. Tuyên truyền trực quan" / "Treo băng rôn … từ ngày 01/3/2026 đến ngày 30/4/2026.").
      // "- Nội dung: Các xã tổ chức Đại hội …, hoàn thành trước ngày 30/6/2026.": then the time the work's field gives with a cue.
      period: this.dueBy(ctx, this.period(ctx, time ?? ctx.dates.cuedPhrase(this.withoutFieldBrackets(heading)) ?? this.workFieldTime(ctx, fieldLines) ?? this.onlyTimeOf(ctx, prose.join('\n')), node.line), time, read.due),
      ruleId: 'tasks:block',
      start: line.start,
      end: line.end,
    };
  }

  /**
   * A paragraph under a heading with its fields in brackets is a block of its own: "Tổ chức bồi
   * dưỡng chuyên môn hè (đơn vị chủ trì: Bộ phận Mầm non; thời gian: tháng 7-8/2026)." Its work,
   * before the brackets, is the title.
   */
  private paragraphBlock(ctx: Context, node: SectionNode, lineIndex: number): TaskDraft | null {
    const line = ctx.seg.lines[lineIndex];
    // Every field has its colon: most paragraphs are spared the search for labels.
    if (!line.text.includes(':')) return null;
    const read = this.fieldRoles(ctx, this.bracketFields(line.text, line.start));
    if (!read) return null;
    const text = this.withoutFieldBrackets(stripBullet(line.text));
    const { lead, partners } = read;
    let title = text;
    // "Các trường tổ chức hội thi … (thời gian: …)": the body it starts with leads, its work is the title.
    const bodies = lead.length ? null : this.assignedBodies(ctx, text, line.start + line.text.length - stripBullet(line.text).length, false);
    if (bodies) {
      lead.push(...bodies.lead);
      partners.push(...bodies.partners);
      const work = this.workAfter(text, bodies);
      if (wordCount(work) >= 2) title = work;
    }
    return {
      node,
      kind: 'block',
      title: headingTitle(title, this.rules),
      lead: dedupe(lead),
      partners: dedupe(partners).filter((p) => !lead.some((l) => l.name === p.name)),
      period: this.dueBy(ctx, this.period(ctx, read.time, lineIndex), read.time, read.due),
      ruleId: 'tasks:block',
      start: line.start,
      end: line.end,
    };
  }

  /** The first time a work field's value gives with a cue ("Nội dung: …, hoàn thành trước ngày 30/6/2026"), or null. */
  private workFieldTime(ctx: Context, fields: Field[]): string | null {
    for (const field of fields) {
      const time = this.fields.get(field.label)?.role === 'work' ? ctx.dates.cuedPhrase(field.value) : null;
      if (time) return time;
    }
    return null;
  }

  /** Without the brackets that held its fields (a title may end inside them, at their ";"). */
  private withoutFieldBrackets(title: string): string {
    return title.replace(/\s*\(([^()]*)\)?/g, (bracket, inside: string) => (this.fieldLabel.test(inside) ? '' : bracket));
  }

  /** The bodies and time that fields give, each body by its field's role; null when none names a body or a time. */
  private fieldRoles(ctx: Context, fields: Field[]): { lead: AgencyMention[]; partners: AgencyMention[]; time: string | null; due: boolean } | null {
    const roles = fields.map((f) => ({ ...f, rule: this.fields.get(f.label) }));
    if (!roles.some((r) => r.rule && r.rule.role !== 'work')) return null;
    const leadRank = Math.max(-1, ...roles.filter((r) => r.rule?.role === 'lead').map((r) => r.rule!.rank));
    const lead: AgencyMention[] = [];
    const partners: AgencyMention[] = [];
    let time: string | null = null;
    let due = false;
    for (const r of roles) {
      if (!r.rule || r.rule.role === 'work') continue;
      if (r.rule.role === 'time') {
        if (time === null) due = r.rule.due;
        time ??= ctx.dates.fieldTime(r.value);
        continue;
      }
      for (const part of this.valueParts(ctx, r.value, r.valueStart)) {
        const isLead = part.role ? part.role === 'lead' : r.rule.role === 'lead' && r.rule.rank === leadRank;
        (isLead ? lead : partners).push(...part.mentions);
      }
    }
    return { lead, partners, time, due };
  }

  /** "Thời hạn: 30/9/2026", "Thời gian hoàn thành: Quý II/2026": one time a field of when the work is due gives is its end alone. */
  private dueBy(ctx: Context, period: ParsedPeriod, time: string | null, due: boolean): ParsedPeriod {
    const single = time !== null && ctx.dates.mentions(time).length <= 1 && ctx.dates.yearSpans(time).length === 0;
    return due && single && period.end !== null ? { ...period, start: null } : period;
  }

  /** A field's value by its parts (up to ";"), each with its bodies and the role its closing words give them, if any. */
  private valueParts(ctx: Context, value: string, valueStart: number): { mentions: AgencyMention[]; role: 'lead' | 'partner' | null }[] {
    // "Sở Xây dựng (chủ trì), Sở Tài chính (phối hợp)": a role in brackets closes its part, as "… chủ trì;" does
    // (brackets to spaces and the comma after them to ";", so every offset holds).
    value = value.replace(/\(([^()]*)\)(\s*),?/gu, (whole: string, inner: string, space: string) =>
      this.valueRoles.some((v) => v.re.test(` ${inner}`)) ? ` ${inner} ${space}${whole.endsWith(',') ? ';' : ''}` : whole,
    );
    // "Phòng Văn hóa chủ trì, Quận đoàn phối hợp": a role word before a comma closes its part too.
    value = value.replace(this.roleThenComma, (words) => words.replace(/,$/, ';'));
    const parts: { text: string; start: number; role?: 'lead' | 'partner' }[] = [];
    let start = 0;
    for (const piece of value.split(';')) {
      // "Ban Phong trào Tỉnh đoàn chủ trì, phối hợp Hội Liên hiệp Thanh niên tỉnh": the lead, then its partners.
      const turn = this.leadThenPartners.exec(piece);
      // "Phòng Nội vụ phối hợp với Phòng Tư pháp": the bodies that work with others lead, whatever the field.
      const within = turn ? null : this.partnersWithin.exec(piece);
      const withBodies = (text: string, at: number) => ctx.agencies.readAll(text, valueStart + at).mentions.length > 0;
      if (turn) {
        const cut = turn.index + turn[0].length;
        parts.push({ text: piece.slice(0, cut), start }, { text: piece.slice(cut), start: start + cut, role: 'partner' });
      } else if (within && withBodies(piece.slice(0, within.index), start) && withBodies(piece.slice(within.index + within[0].length), start + within.index + within[0].length)) {
        const cut = within.index + within[0].length;
        parts.push({ text: piece.slice(0, within.index), start, role: 'lead' }, { text: piece.slice(cut), start: start + cut, role: 'partner' });
      } else parts.push({ text: piece, start });
      start += piece.length + 1;
    }
    const stated = parts.map((p) => p.role ?? this.valueRoles.find((v) => v.re.test(p.text))?.role ?? null);
    // Without role words the value is read whole, as one list.
    if (stated.every((r) => r === null)) return [{ mentions: ctx.agencies.readAll(value, valueStart).mentions, role: null }];
    // "Cục Khoa học, Công nghệ và Thông tin (chủ trì); Vụ Pháp chế": beside a lead so named, the others are partners.
    const roles = stated.includes('lead') ? stated.map((r) => r ?? 'partner') : stated;
    return parts.map((p, i) => ({ mentions: ctx.agencies.readAll(p.text, valueStart + p.start).mentions, role: roles[i] }));
  }

  /**
   * Fields a heading states after its work, after ";" or in brackets: "Tổ chức hội nghị; đơn vị
   * chủ trì: Ban Tuyên giáo; thời gian: tháng 3/2026". Only with a body among them: "Giao Sở Y tế
   * chủ trì …; thời gian: 2026-2028" names its body in the sentence, which is read as such.
   */
  private headingFields(ctx: Context, node: SectionNode): Field[] {
    return this.bracketFields(ctx.text.slice(node.textStart, ctx.seg.lines[node.line].end), node.textStart);
  }

  /** Whether the bullets under a node are field lines, one of them naming a body. */
  private fieldItems(ctx: Context, node: SectionNode): boolean {
    const items = node.children.filter((c) => c.labelKind === 'bullet');
    const fields = items.flatMap((c) => this.fieldsIn(ctx.seg.lines[c.line].text, ctx.seg.lines[c.line].start));
    return items.length > 0 && fields.length >= items.length && fields.some((f) => this.fields.get(f.label)?.role === 'lead' || this.fields.get(f.label)?.role === 'partner');
  }

  /** The fields a text gives after its work, in brackets or after a ";", when one names a body; `start`: the text's offset. */
  private bracketFields(text: string, start: number): Field[] {
    if (this.fieldLabel.test(text)) return [];
    const found: Field[] = [];
    for (const bracket of text.matchAll(/\(([^()]*)\)/g)) found.push(...this.fieldsIn(bracket[1], start + bracket.index + 1));
    const inline = this.nextField.exec(text);
    if (inline) found.push(...this.fieldsIn(text.slice(inline.index + 1), start + inline.index + 1));
    return found.some((f) => this.fields.get(f.label)?.role === 'lead' || this.fields.get(f.label)?.role === 'partner') ? found : [];
  }

  /** The fields `text` starts with, one after another: "Đơn vị chủ trì: …; đơn vị phối hợp: …". */
  private fieldsIn(text: string, start: number): Field[] {
    const found: Field[] = [];
    let rest = text;
    let restStart = start;
    for (let m = this.field.exec(rest); m?.groups; m = this.field.exec(rest)) {
      const valueStart = restStart + rest.length - m.groups.value.length;
      const next = this.nextField.exec(m.groups.value);
      const value = next ? m.groups.value.slice(0, next.index) : m.groups.value;
      found.push({ label: collapseWhiteSpace(m.groups.label.toLowerCase()), value, valueStart });
      if (!next) break;
      rest = m.groups.value.slice(next.index + 1);
      restStart = valueStart + next.index + 1;
    }
    return found;
  }

  /**
   * "1. Nâng cao chất lượng dạy học" / "- Đổi mới …" / "- Tổ chức …" / "Người thực hiện: …": field
   * lines without a bullet after the last of a heading's bullets are the heading's, when no other
   * bullet has field lines of its own below it. So are the field items that end the list of a last
   * bullet that is a label alone: "* Biện pháp:" / "- Tổ chức dạy học …" / "- Người thực hiện: …" / "- Thời gian: …".
   */
  private fieldsAfterItems(ctx: Context, node: SectionNode): number[] {
    const bullets = node.children.filter((c) => c.labelKind === 'bullet');
    const isField = (i: number) => this.field.test(ctx.seg.lines[i].text);
    const fieldLines = (item: SectionNode) => item.ownLines.filter(isField);
    const last = bullets.pop();
    if (!last || bullets.some((b) => fieldLines(b).length)) return [];
    const trailing = fieldLines(last);
    if (trailing.length) return trailing.every((i, k) => i === last.ownLines[last.ownLines.length - trailing.length + k]) ? trailing : [];
    // Only under a bullet that is a label alone ("* Biện pháp:"); a bullet that names work with its fields is a block of its own.
    const items = last.children;
    const fieldItems = (b: SectionNode) => b.children.some((c) => isField(c.line));
    if (!/:\s*$/.test(ctx.seg.lines[last.line].text) || bullets.some(fieldItems)) return [];
    if (items.length === 0 || items.some((c) => c.labelKind !== 'bullet' || c.children.length > 0)) return [];
    let first = items.length;
    while (first > 0 && isField(items[first - 1].line)) first--;
    // The list goes on past its fields or holds none: its fields are its items' own.
    return first < items.length && items.slice(first).every((c) => c.ownLines.length === 0) ? items.slice(first).map((c) => c.line) : [];
  }

  /** The bodies a block's first paragraph starts with: "Các trường tổ chức hội nghị …". */
  private bodySubject(ctx: Context, node: SectionNode): AgencyMention[] {
    for (const index of this.ownLineIndexes(ctx, node)) {
      const line = ctx.seg.lines[index];
      if (this.field.test(line.text)) continue;
      const text = stripBullet(line.text);
      const subject = this.subject(ctx, text, line.start + line.text.length - text.length);
      if (subject) return subject.mentions;
    }
    return [];
  }

  /**
   * A later sentence of the paragraph that names its own lead ("Các cấp ủy quán triệt …. Ban Tuyên
   * giáo chủ trì, phối hợp với Sở … tuyên truyền …; hoàn thành trong quý II/2026"), or a clause after
   * a ";" that opens with its bodies and their verb ("Phòng Tài chính dự trù kinh phí; Phòng Quản trị
   * chuẩn bị cơ sở vật chất"): a task of its own.
   */
  private laterLeads(ctx: Context, node: SectionNode, line: Line, first: TaskDraft): TaskDraft[] {
    if (first.kind !== 'assignment') return [];
    const found: TaskDraft[] = [];
    // The text of each later task's own sentence or clause.
    const clauses: { start: number; end: number }[] = [];
    const text = ctx.text.slice(line.start, line.end);
    // Bodies joined with their own verb are read in the first sentence, the one whose lead the first task has.
    const firstSentence = NEXT_SENTENCE.exec(text)?.index ?? text.length;
    const joinedLeads = [...text.slice(0, firstSentence).matchAll(JOINED_LEAD)];
    // "…; giao đồng chí Phó Chủ tịch … chỉ đạo": a clause that assigns, in lower case.
    const assigning = [...text.matchAll(LOWER_CLAUSE)].filter((b) => this.assign.some((re) => re.exec(text.slice(b.index + b[0].length))?.index === 0));
    const boundaries = [...text.matchAll(LATER_CLAUSE), ...assigning, ...joinedLeads].sort((x, y) => x.index - y.index);
    for (const boundary of boundaries) {
      const from = line.start + boundary.index + boundary[0].length;
      const sentence = ctx.text.slice(from, line.end);
      const joined = !/^[.;]/.test(boundary[0]);
      // Most capitals after a comma start no body: the cheap test first.
      if (joined && !ctx.agencies.hasHead(sentence)) continue;
      const subject = this.subject(ctx, sentence, from);
      // "Phòng Tài chính bố trí kinh phí và Phòng Nội vụ hướng dẫn …": bodies joined to the work before them, with their own verb.
      if (joined) {
        // "Sở Y tế chủ trì triển khai Kế hoạch, UBND các huyện phối hợp thực hiện.": the first task's partners, after its work.
        if (subject && (this.partnerRoleOnly.test(sentence.slice(subject.end)) || this.helpsOnly(ctx, sentence.slice(subject.end)))) {
          first.partners = dedupe([...first.partners, ...subject.mentions]);
          this.cutTitleAt(ctx, first, subject);
          continue;
        }
        // "Giao Phòng Nội vụ chủ trì, Phòng Tài chính phối hợp …": partners, read with the first task.
        if (!subject || this.partnerRoleFirst.test(sentence.slice(subject.end)) || !this.action.test(sentence.slice(subject.end).trimStart())) continue;
        if (this.insideBodyList(ctx, text, boundary.index)) continue;
        const clauseEnd = line.start + this.clauseEnd(text, boundary.index + boundary[0].length);
        const task = this.sentenceAssignment(ctx, node, from, clauseEnd);
        if (!task || task.lead.every((l) => first.lead.some((f) => f.name === l.name))) continue;
        this.cutTitleAt(ctx, first, subject);
        this.keepOwnTime(ctx, line, first, from, ctx.text.slice(from, clauseEnd), found.length === 0);
        found.push(task);
        continue;
      }
      // "…; Sở Tài chính, Sở Nội vụ phối hợp.", "…; các trường phối hợp đóng góp bài giảng": the first task's partners, named
      // before their role, helping with its work; not "…; Công an xã phối hợp với các thôn bảo vệ …", which has partners of its own.
      if (subject && (this.partnerRoleOnly.test(sentence.slice(subject.end)) || this.helpsOnly(ctx, sentence.slice(subject.end)))) {
        first.partners = dedupe([...first.partners, ...subject.mentions]);
        continue;
      }
      if (!(subject ?? (assigning.includes(boundary) || this.leadRole.test(sentence.slice(0, sentence.search(/\.\s|$/u)))))) continue;
      // A later sentence ends at the next one ("… vận động nhân dân …. Công chức Văn hóa - Xã hội tổng hợp … vào tháng 11/2026."); a clause runs to the line's end.
      const next = boundary[0].startsWith('.') ? NEXT_SENTENCE.exec(sentence) : null;
      const task = this.sentenceAssignment(ctx, node, from, next ? from + next.index + 1 : line.end);
      if (!task || task.lead.every((l) => first.lead.some((f) => f.name === l.name))) continue;
      // The partners and the time the later sentence names are its own, not the first one's; a time
      // closing the sentence after both clauses ("…; … hướng dẫn …; hoàn thành trước 30/6/2026") is both's.
      const later = next ? sentence.slice(0, next.index + 1) : subject && boundary[0].startsWith(';') ? sentence.split(';')[0] : sentence;
      this.keepOwnTime(ctx, line, first, from, later, found.length === 0);
      found.push(task);
      clauses.push({ start: from, end: from + later.length });
    }
    // Partners named in a later task's sentence or clause are its own; those after it, in a sentence or clause with no lead
    // ("…; Sở Tài chính bố trí kinh phí; UBND các huyện phối hợp thực hiện."), stay the first's.
    first.partners = first.partners.filter((p) => !found.some((task) => p.start >= task.start && p.start < task.end) || !clauses.some((c) => p.start >= c.start && p.start < c.end));
    return found;
  }

  /** The first task's title without the clause of other bodies joined to it, from where their names start. */
  private cutTitleAt(ctx: Context, first: TaskDraft, subject: { mentions: AgencyMention[] }): void {
    const surface = ctx.text.slice(subject.mentions[0].start, subject.mentions[0].end);
    const cut = first.title.lastIndexOf(surface);
    if (cut > 0) first.title = first.title.slice(0, cut).replace(/[\s,]*(?:và)?\s*$/u, '');
  }

  /** Whether `afterBodies` is the partner's role and work with no body of its own: "phối hợp đóng góp bài giảng điện tử". */
  private helpsOnly(ctx: Context, afterBodies: string): boolean {
    const marker = this.partnerRoleFirst.test(afterBodies) ? this.partnerMarkerFirst.exec(afterBodies) : null;
    if (!marker) return false;
    const rest = afterBodies.slice(marker[0].length);
    return /^\p{Ll}/u.test(rest) && !ctx.agencies.hasHead(rest);
  }

  /** The first task's time is the one its own words state, when the time it took is only in the later clause (`later`, from `from`). */
  private keepOwnTime(ctx: Context, line: Line, first: TaskDraft, from: number, later: string, firstLater: boolean): void {
    if (!firstLater || !first.period.text) return;
    const own = ctx.text.slice(line.start, from);
    if (!own.includes(first.period.text) && later.includes(first.period.text)) first.period = this.period(ctx, this.timePhrase(ctx, own), line.index);
  }

  /** Whether `at` falls inside a list of bodies that starts a few words before it: "chỉ đạo các xã và Phòng Y tế tổ chức …", "phối hợp với Sở A, Sở B …". */
  private insideBodyList(ctx: Context, text: string, at: number): boolean {
    const before = text.slice(Math.max(0, at - 120), at);
    const wordStarts = [...before.matchAll(/(?<![\p{L}\p{M}\d])[\p{L}\d]/gu)].slice(-10).map((w) => at - before.length + w.index);
    return wordStarts.some((w) => ctx.agencies.hasHead(text.slice(w)) && w + ctx.agencies.readList(text.slice(w), 0).end > at);
  }

  /** Where the clause from `from` ends: at the next ";" or full stop, else the text's end. */
  private clauseEnd(text: string, from: number): number {
    const end = /;|\.(?!\d)\s/u.exec(text.slice(from));
    return end ? from + end.index : text.length;
  }

  /** "a) Giao phòng Giáo dục và Đào tạo", "b) Công an quận", "1. Ban Thường vụ Quận ủy", "1. Các đảng bộ … tập trung …". */
  private headingAssignment(ctx: Context, node: SectionNode): TaskDraft | null {
    if (node.labelKind === 'bullet') return null;
    const line = ctx.seg.lines[node.line];
    const heading = ctx.text.slice(node.textStart, line.end);
    const read = this.assignedBodies(ctx, heading, node.textStart, true);
    // A Roman section or a part is a title, unless it assigns work as a decision's article does ("Điều 2. Giao Phòng Tài chính …").
    if (!read || ((node.labelKind === 'roman' || node.labelKind === 'part') && !read.assigned)) return null;
    // "2. UBND huyện yêu cầu các phòng, ban thực hiện một số nội dung sau:": the work is what follows, the items under it.
    const introduces = this.introduction.test(heading);
    if (introduces && node.children.length === 0 && node.ownLines.length === 0) return null;
    let body = this.workText(ctx, node);
    // "4. Các khoa, phòng" over "- Trưởng các khoa, phòng chịu trách nhiệm …": a line that names its own body is its own
    // task; the heading's work is read from the lines after it that name none ("- Phối hợp với Trạm Y tế xã …").
    const ownBody = (text: string, start: number) => text !== '' && this.assignedBodies(ctx, text, start, false) !== null;
    const ownBodyFirst = ownBody(stripBullet(body.firstLine), body.start);
    if (ownBodyFirst) body = this.linesNamingNoBody(ctx, node, ownBody);
    // What the heading says after its bodies and their partners is the work, if anything.
    // The partners' list ends past the units in brackets after them ("UBMTTQ xã (Ban công tác Mặt trận) tuyên truyền …").
    const partnersEnd = read.partners.length ? (read.partnersEnd ?? 0) : 0;
    const restStart = Math.max(read.end, partnersEnd, ...read.partners.map((p) => p.end - node.textStart));
    // Partners named later in the heading ("…; phối hợp với Sở …"), then in the work under it.
    const partners = [...read.partners, ...this.partnersIn(ctx, heading.slice(restStart), node.textStart + restStart), ...this.partnersIn(ctx, body.text, body.start)];
    const rest = introduces ? '' : this.titleOfWork(this.withoutAdverbial(heading.slice(restStart).replace(/^[\s:,]+/, '')));
    // "- Chủ trì, phối hợp với các sở, ngành liên quan rà soát …" under the heading: the work after the partners.
    const firstLine = stripBullet(body.firstLine);
    const firstBody = firstLine === '' ? '' : this.workAfter(firstLine, { end: 0, ...this.partnersAfter(ctx, firstLine, 0, body.start) });
    let title = rest;
    // "3. UBND các xã có trách nhiệm:" over items: a role restated is no work; nor is "do it" after the work the heading
    // names first ("3. Rà soát thủ tục hành chính: giao Văn phòng UBND huyện chủ trì, thực hiện trước 30/6/2026").
    const colon = heading.lastIndexOf(':', (read.lead[0]?.start ?? node.textStart) - node.textStart);
    const workFirst = colon > 0 && wordCount(heading.slice(0, colon)) >= 2 && this.referringWork.test(rest);
    if ((wordCount(rest) < 3 && !(read.partners.length && this.action.test(rest))) || this.isOnlyRole(rest) || workFirst) {
      const parent = node.parent;
      const parentIsTheme = parent && parent.labelKind !== 'roman' && parent.labelKind !== 'part' && parent.labelKind !== 'bullet' && !this.implementation.test(parent.section.title);
      // "2. Các sở, ngành" over items that each name their body assigns nothing itself.
      if (!parentIsTheme && !firstBody && (node.children.length || ownBodyFirst)) return null;
      // "3. Hội LHPN huyện, Hội CCB huyện vận động.": a heading of nothing but its bodies and a short verb is titled by the verb,
      // unless the verb only says "do it" ("3. Phòng Nội vụ thực hiện.": the sentence is the title).
      const ownVerb = rest !== '' && this.action.test(rest) && !this.referringWork.test(rest);
      title = parentIsTheme ? parent.section.title : firstBody || (ownVerb ? upperFirst(rest) : node.section.title);
    }
    return {
      node,
      kind: 'assignment',
      title,
      lead: dedupe(read.lead),
      partners: dedupe(partners).filter((p) => !read.lead.some((l) => l.name === p.name)),
      period: this.period(ctx, this.bodyTimes(ctx, heading, body), node.line),
      ruleId: read.assigned ? 'tasks:assignment-giao' : 'tasks:assignment-heading',
      start: line.start,
      end: line.end,
      ...(body.text ? { workLine: ctx.location.lineIndexOf(body.start) } : {}),
    };
  }

  /** A heading's own lines from the first that names no body of its own: its work when the lines before are tasks of their own bodies. */
  private linesNamingNoBody(ctx: Context, node: SectionNode, ownBody: (text: string, start: number) => boolean): { text: string; start: number; firstLine: string } {
    const lines = this.ownLineIndexes(ctx, node).map((i) => ctx.seg.lines[i]);
    const first = lines.findIndex((line) => stripBullet(line.text) !== '' && !ownBody(stripBullet(line.text), line.start));
    if (first < 0) return { text: '', start: 0, firstLine: '' };
    const from = lines[first];
    const rest = lines.slice(first).filter((line) => !ownBody(stripBullet(line.text), line.start));
    return { text: rest.map((line) => line.text).join('\n'), start: from.start, firstLine: from.text };
  }

  /**
   * "7. Chế độ báo cáo: Các cơ quan, đơn vị báo cáo …": the sentence after a heading's colon. A time
   * before the colon is its time, unless it states its own: "1. Giai đoạn 1 (2026 - 2027): Sở Du lịch chủ trì …".
   */
  private afterHeadingColon(ctx: Context, node: SectionNode): TaskDraft | null {
    if (node.labelKind === 'bullet' || node.labelKind === 'roman' || node.labelKind === 'part') return null;
    const line = ctx.seg.lines[node.line];
    const colon = ctx.text.indexOf(':', node.textStart);
    if (colon < 0 || colon >= line.end) return null;
    const task = this.sentenceAssignment(ctx, node, colon + 1, line.end);
    const time = task?.period.text === null ? this.timeHeading(ctx.text.slice(node.textStart, colon)) : null;
    return task && time ? { ...task, period: this.period(ctx, time, node.line) } : task;
  }

  /** A numbered heading read as a sentence: its body may come after its work ("… (Sở Y tế chủ trì)", "… do X chủ trì"). */
  private headingSentence(ctx: Context, node: SectionNode): TaskDraft | null {
    if (node.labelKind === 'bullet' || node.labelKind === 'roman' || node.labelKind === 'part') return null;
    return this.sentenceAssignment(ctx, node, node.textStart, ctx.seg.lines[node.line].end);
  }

  /** A paragraph whose subject is a body followed by a verb: "Đoàn Thanh niên tăng cường …". */
  private sentenceAssignment(ctx: Context, node: SectionNode | null, start: number, end: number): TaskDraft | null {
    const raw = ctx.text.slice(start, end);
    // "Điều 2. Giao Sở Du lịch chủ trì …": a decision's article that is text, not a section (its plan is attached), is read past its label.
    const bullet = stripBullet(raw.slice(numberingEnd(raw, this.rules, ARTICLE)));
    // "Giai đoạn 1 (từ tháng 5 đến tháng 8/2026): Sở Nông nghiệp và Môi trường chủ trì …".
    const timeLeadIn = this.timeLeadIn.exec(bullet)?.[0] ?? '';
    // "Căn cứ Kế hoạch này, các phòng, ban …": what opens the sentence before its bodies.
    const opened = bullet.slice(timeLeadIn.length);
    const text = opened.slice(this.sentenceOpener.exec(opened)?.[0].length ?? 0);
    if (this.introduction.test(text)) return null;
    const offset = start + raw.length - text.length;
    const direct = this.assignedBodies(ctx, text, offset, false);
    // A schedule's line opens with its time, or sits under a heading that is only one ("1. Tháng 9/2026" over "- Khai giảng … (Ban Giám hiệu).").
    const underTime = node?.labelKind === 'bullet' && start === ctx.seg.lines[node.line].start && node.parent !== null && this.timeHeading(node.parent.section.title) !== null;
    const later = direct ? null : this.laterAssignment(ctx, text, offset, timeLeadIn !== '' || underTime);
    const read = direct ?? later?.read;
    if (!read) return null;
    // The work follows the bodies, or, when they are named after it, is what precedes them.
    const rest = later ? later.work : text.slice(read.end).replace(/^[\s:,]+/, '');
    const restStart = later ? offset : end - rest.length;
    let title = later ? headingTitle(this.withoutAdverbial(rest), this.rules) : this.workAfter(text, read);
    // "- Phòng Y tế:" over "+ Chủ trì tham mưu …": a bullet that names only its body has its work in the items under it.
    const short = wordCount(title) < 3;
    const under = short && node?.labelKind === 'bullet' && start === ctx.seg.lines[node.line].start ? this.ownText(ctx, node) : null;
    if (under?.text) title = headingTitle(stripBullet(under.firstLine), this.rules);
    // "… phối hợp với các phòng thực hiện." under the heading that names the work: a bullet's is the item
    // above it ("1. Tuyên truyền" over "- Phòng Văn hóa thực hiện."), not a section's title, nor its own words;
    // "III. TỔ CHỨC THỰC HIỆN" names none, and the words stay.
    // So does a bullet that only says to do it ("* Giao Trạm Thú y chủ trì, phối hợp với UBND các xã tổ chức thực hiện.").
    else if (node && (short || ((start !== ctx.seg.lines[node.line].start || node.labelKind === 'bullet') && this.referringWork.test(title)))) {
      const ownLine = node.labelKind === 'bullet' && start === ctx.seg.lines[node.line].start;
      const heading = ownLine ? node.parent : node;
      // "3. Sở Y tế hướng dẫn; Đài Truyền thanh huyện đưa tin.": a heading that is another body's sentence names no work of this one.
      const otherAssignment = heading === node && start > node.textStart && start < ctx.seg.lines[node.line].end && ctx.agencies.hasHead(heading.section.title);
      if (heading && !otherAssignment && !this.implementation.test(heading.section.title) && !(ownLine && (heading.labelKind === 'roman' || heading.labelKind === 'part'))) title = heading.section.title;
      else if (!title) title = node.section.title;
    }
    const lineIndex = ctx.location.lineIndexOf(start);
    const partners = [...read.partners, ...this.partnersIn(ctx, rest, restStart), ...(under?.text ? this.partnersIn(ctx, under.text, under.start) : [])];
    return {
      node,
      kind: 'assignment',
      title,
      lead: dedupe(read.lead),
      partners: dedupe(partners).filter((p) => !read.lead.some((l) => l.name === p.name)),
      period: this.period(ctx, this.sentenceTime(ctx, under?.text ? `${text}\n${under.firstLine}` : text) ?? (timeLeadIn.replace(/[\s:,]+$/, '') || null), lineIndex),
      ruleId: read.assigned ? 'tasks:assignment-giao' : 'tasks:assignment-sentence',
      start,
      end,
    };
  }

  /** The work a sentence names after its bodies, past their partners when a verb follows them: "chủ trì, phối hợp với Sở Nội vụ rà soát …". */
  private workAfter(text: string, read: { end: number; partners: AgencyMention[]; partnersEnd: number | null }): string {
    // "Giao Phòng Nội vụ chủ trì, phối hợp với các xã:" over items: the sentence names its bodies, no work.
    if (read.partners.length && read.partnersEnd !== null && /^[\s.:;,]*$/.test(text.slice(read.partnersEnd))) return '';
    const afterPartners = read.partners.length && read.partnersEnd !== null ? text.slice(read.partnersEnd).replace(/^[\s,:;]+/, '') : '';
    // The adverbial is cut once: the same cut decides whether a verb follows the partners.
    const pastPartners = wordCount(afterPartners) >= 2 ? this.withoutAdverbial(afterPartners) : '';
    const work = pastPartners && this.action.test(pastPartners) ? pastPartners : this.withoutAdverbial(text.slice(read.end).replace(/^[\s:,]+/, ''));
    return this.titleOfWork(work);
  }

  /** The title of work: its first clause, or the next when the first only restates a role ("là cơ quan thường trực của Đề án; hằng năm xây dựng …"). */
  private titleOfWork(work: string): string {
    const title = headingTitle(work, this.rules).replace(this.trailingFieldLabel, '');
    const semicolon = work.indexOf(';');
    if (semicolon > 0 && semicolon <= title.length + 2 && this.isOnlyRole(title)) {
      const next = headingTitle(work.slice(semicolon + 1), this.rules);
      if (wordCount(next) >= 3) return upperFirst(next);
    }
    return title;
  }

  /** `text` past the phrases of manner that open it, one after another ("được phân công phụ trách chi bộ thường xuyên theo dõi …"). */
  private pastManner(text: string): string {
    let rest = text;
    for (let cut = rest.replace(this.adverbial, ''); cut !== rest; cut = rest.replace(this.adverbial, '')) rest = cut;
    return rest;
  }

  /** A title that restates a role and names no work: "là cơ quan thường trực", "Có trách nhiệm". */
  private isOnlyRole(title: string): boolean {
    return this.titleLeadIn.exec(`${title} `)?.[0].length === title.length + 1;
  }

  /**
   * Work without how a body acts before its verb ("theo chức năng, nhiệm vụ", "căn cứ Kế hoạch này"), when a verb
   * follows; one after another ("theo chức năng, nhiệm vụ được giao căn cứ ý kiến chỉ đạo …, phối hợp …").
   */
  private withoutAdverbial(work: string): string {
    const rest = this.adverbialPhrases.map((phrase) => work.replace(phrase, '')).find((r) => r !== work && this.action.test(this.pastManner(r)));
    return rest === undefined ? work : this.withoutAdverbial(rest);
  }

  /**
   * A paragraph that states its work first and its bodies after it: in brackets at its end ("…
   * (Công an quận chủ trì)", "(giao Phòng Nội vụ thực hiện)"), or in a later sentence that
   * assigns ("…. Giao Phòng Nội vụ chủ trì, phối hợp với …"). In a schedule, a line that opens with its time
   * (`scheduled`: "- Tháng 9/2026: Xây dựng kế hoạch (Hiệu trưởng).") names its bodies alone in that bracket.
   */
  private laterAssignment(ctx: Context, text: string, offset: number, scheduled: boolean): { read: NonNullable<ReturnType<TaskReader['assignedBodies']>>; work: string } | null {
    const bracket = text.includes('(') ? /\(([^()]+)\)[\s.;]*$/u.exec(text) : null;
    if (bracket && bracket.index > 0) {
      const at = offset + bracket.index + 1;
      const read = this.assignedBodies(ctx, bracket[1], at, false) ?? this.bodiesThenTime(ctx, bracket[1], at) ?? (scheduled ? this.bodiesAlone(ctx, text.slice(0, bracket.index), bracket[1], at) : null);
      // "(Sở Y tế chủ trì, các sở liên quan phối hợp)": the partners named with their role.
      const named = read ? this.valueParts(ctx, bracket[1], offset + bracket.index + 1).filter((p) => p.role === 'partner') : [];
      if (read) return { read: { ...read, partners: [...read.partners, ...named.flatMap((p) => p.mentions)] }, work: text.slice(0, bracket.index).trimEnd() };
    }
    // "Rà soát quy hoạch mạng lưới trường lớp do Phòng Giáo dục và Đào tạo chủ trì, …".
    for (const { marker, verb } of this.agentsAfterWork) {
      for (const agent of text.matchAll(marker)) {
        const from = agent.index + agent[0].length;
        const read = agent.index > 0 ? this.assignedBodies(ctx, text.slice(from), offset + from, false) : null;
        if (!read || !verb.test(text.slice(from + read.end))) continue;
        // "…: Huyện đoàn chủ trì, các xã phối hợp.": the partners named with their role.
        const named = this.valueParts(ctx, text.slice(from), offset + from).filter((p) => p.role === 'partner');
        return { read: { ...read, partners: [...read.partners, ...named.flatMap((p) => p.mentions)] }, work: text.slice(0, agent.index) };
      }
    }
    for (const boundary of text.matchAll(LATER_CLAUSE)) {
      const from = boundary.index + boundary[0].length;
      const assigns = this.assign.some((re) => re.test(text.slice(from, from + 40)));
      // "…. Văn phòng UBND phường chủ trì; hoàn thành trong quý II/2026.": a sentence naming the lead by its role.
      const sentenceEnd = text.indexOf('. ', from);
      if (!assigns && !this.leadRole.test(text.slice(from, sentenceEnd < 0 ? text.length : sentenceEnd))) continue;
      const read = this.assignedBodies(ctx, text.slice(from), offset + from, false);
      if (read && (assigns ? read.assigned : this.leadRoleFirst.test(text.slice(from + read.end)))) return { read, work: text.slice(0, boundary.index) };
    }
    return null;
  }

  /** "Hiệu trưởng, Tổng phụ trách Đội": bodies and nothing else, after work that names none ("phối hợp với các cơ quan (Sở Y tế, …)" says which). */
  private bodiesAlone(ctx: Context, work: string, text: string, offset: number) {
    if (!ctx.agencies.hasHead(text) || ctx.agencies.readAll(work, 0).mentions.length) return null;
    const { mentions, end } = ctx.agencies.readList(text, offset);
    return mentions.length && /^[\s.,;]*$/.test(text.slice(end)) ? { lead: mentions, partners: [], partnersEnd: null, end, assigned: false } : null;
  }

  /** "(Cục Nhà giáo và Cán bộ quản lý giáo dục; năm học 2026 - 2027)": bodies alone, then a clause that is only a time, say who and when. */
  private bodiesThenTime(ctx: Context, text: string, offset: number) {
    const semicolon = text.indexOf(';');
    if (semicolon < 0 || !ctx.agencies.hasHead(text)) return null;
    const { mentions, end } = ctx.agencies.readList(text.slice(0, semicolon), offset);
    if (mentions.length === 0 || !/^[\s.,]*$/.test(text.slice(end, semicolon))) return null;
    const time = text.slice(semicolon + 1);
    const dates = [...ctx.dates.mentions(time), ...ctx.dates.yearSpans(time)];
    if (dates.length === 0 || this.action.test(time.trimStart())) return null;
    const first = Math.min(...dates.map((d) => d.start));
    const last = Math.max(...dates.map((d) => d.end));
    if (wordCount(time.slice(0, first)) > 3 || !/^[\s.;]*$/.test(time.slice(last))) return null;
    return { lead: mentions, partners: [], partnersEnd: null, end, assigned: false };
  }

  /**
   * The bodies assigned by a heading or sentence: after "Giao …", or at its start when a verb
   * (or, for a heading, the end of the heading) follows them.
   */
  private assignedBodies(ctx: Context, text: string, offset: number, heading: boolean) {
    for (const re of this.assign) {
      const m = re.exec(text);
      if (!m) continue;
      const marker = m.index + m[0].length;
      const from = marker + this.pastPersonName(ctx, text.slice(marker));
      const { mentions, end } = ctx.agencies.readList(text.slice(from), offset + from);
      if (mentions.length) return { lead: mentions, ...this.partnersAfter(ctx, text, from + end, offset), end: from + end, assigned: true };
    }
    const subject = this.subject(ctx, text, offset, heading);
    if (!subject) return null;
    return { lead: subject.mentions, ...this.partnersAfter(ctx, text, subject.end, offset), end: subject.end, assigned: false };
  }

  /** Bodies at the start of `text` followed by a verb (or, for a heading, by nothing). */
  private subject(ctx: Context, text: string, offset: number, heading = false): { mentions: AgencyMention[]; end: number } | null {
    // "Đồng chí Bí thư Chi bộ chịu trách nhiệm …": the office after the honorific is the body.
    const honorific = this.pastPersonName(ctx, text) || (this.honorific.exec(text)?.[0].length ?? 0);
    // "Cơ quan chủ trì: Sở Y tế" is a field, read as one, not the body "Cơ quan" that presides.
    if (!ctx.agencies.hasHead(text.slice(honorific)) || this.field.test(text)) return null;
    const read = ctx.agencies.readList(text.slice(honorific), offset + honorific, honorific > 0 && this.personHonorific.test(text));
    const { mentions } = read;
    const end = read.end + honorific;
    if (mentions.length === 0) return null;
    const rest = text.slice(end);
    const colon = /^\s*:/.test(rest) && !DEFINES_ABBREVIATION.test(rest);
    if (colon) {
      // "Các cơ quan báo chí của tỉnh: Báo Bình Định, Đài … tăng cường …": the bodies a group's colon lists act.
      const listed = rest.replace(/^\s*:\s*/, '');
      const at = end + rest.length - listed.length;
      const members = ctx.agencies.hasHead(listed) ? ctx.agencies.readList(listed, offset + at) : null;
      if (members?.mentions.length && this.action.test(listed.slice(members.end))) return { mentions: members.mentions, end: at + members.end };
      // "Đơn vị tổ chức: Phòng Tư pháp.": bodies and nothing else after the colon make it a field, whatever its label.
      if (members?.mentions.length && /^[\s.;,]*$/.test(listed.slice(members.end))) return null;
      // "UBND các xã: Tân An, Lãng Sơn và Trường THCS Nham Sơn.": names alone, none of them work, say which, not what to do.
      const items = listed.replace(/[\s.;]+$/u, '').split(/\s*,\s*|\s+và\s+/u);
      if (items.every((item) => /^\p{Lu}/u.test(item) && !this.action.test(item))) return null;
    }
    if (this.action.test(rest) || this.action.test(this.pastManner(rest)) || colon || (heading && /^[\s.:;]*$/.test(rest))) return { mentions, end };
    // "Văn phòng HĐND và UBND huyện (Cơ quan thường trực Ban Chỉ huy) theo dõi …": a note on the bodies, then their verb
    // (or, for a heading, its end: "2. Sở Nông nghiệp và Môi trường (cơ quan thường trực Ban Chỉ huy)").
    const note = /^\s*\([^()\n]{1,100}\)/.exec(rest);
    const afterNote = note ? rest.slice(note[0].length) : '';
    if (note && (this.action.test(afterNote) || (heading && /^[\s.:;]*$/.test(afterNote)))) return { mentions, end: end + note[0].length };
    return null;
  }

  /** Where the office after an honorific and a person's name starts ("Đ/c Trần Văn B - Trưởng Công an xã …"); 0 when none follows. */
  private pastPersonName(ctx: Context, text: string): number {
    const person = this.personName.exec(text);
    return person && ctx.agencies.hasHead(text.slice(person[0].length)) ? person[0].length : 0;
  }

  /** "chủ trì, phối hợp (với) X, Y" right after the lead: X and Y are partners; where their list ends, or null. */
  private partnersAfter(ctx: Context, text: string, from: number, offset: number): { partners: AgencyMention[]; partnersEnd: number | null } {
    // "Sở Nội vụ là cơ quan đầu mối, chủ trì, phối hợp với …": past a restated role (tasks.yaml titleLeadIns).
    const spaces = /^\s*/u.exec(text.slice(from))![0].length;
    const role = this.titleLeadIn.exec(text.slice(from + spaces));
    if (role && this.partnerMarkerFirst.test(text.slice(from + spaces + role[0].length))) from += spaces + role[0].length;
    const rest = text.slice(from);
    const m = this.partnerMarkerFirst.exec(rest);
    if (!m) return this.partnersWithTheirRole(ctx, rest, from, offset);
    const { mentions, end } = ctx.agencies.readList(rest.slice(m[0].length), offset + from + m[0].length);
    return { partners: mentions, partnersEnd: from + m[0].length + end };
  }

  /** "chủ trì, Sở Tài chính phối hợp thực hiện …" right after the lead: partners named before their role; the work follows it. */
  private partnersWithTheirRole(ctx: Context, rest: string, from: number, offset: number): { partners: AgencyMention[]; partnersEnd: number | null } {
    const lead = this.leadRoleThenBodies.exec(rest);
    if (!lead || !ctx.agencies.hasHead(rest.slice(lead[0].length))) return { partners: [], partnersEnd: null };
    const { mentions, end } = ctx.agencies.readList(rest.slice(lead[0].length), offset + from + lead[0].length);
    const role = this.partnerRoleFirst.exec(rest.slice(lead[0].length + end));
    if (!role || mentions.length === 0) return { partners: [], partnersEnd: null };
    return { partners: mentions, partnersEnd: from + lead[0].length + end + role[0].length };
  }

  /** Every "phối hợp (với) X" in a body of text. */
  private partnersIn(ctx: Context, text: string, offset: number): AgencyMention[] {
    const found: AgencyMention[] = [];
    for (const m of text.matchAll(this.partnerMarker)) {
      const from = m.index + m[0].length;
      found.push(...ctx.agencies.readList(text.slice(from), offset + from).mentions);
    }
    return found;
  }

  /**
   * A node's own paragraphs and the heading lines of its bullets, in order; and its lettered items that are
   * field lines with nothing under them ("1. Tiêm chủng thường xuyên" / "a) Nội dung: …" / "b) Đơn vị chủ trì: …").
   */
  private ownLineIndexes(ctx: Context, node: SectionNode): number[] {
    const items = node.children.filter((c) => c.labelKind === 'bullet' || (c.labelKind === 'lettered' && c.children.length === 0 && c.ownLines.length === 0 && this.field.test(ctx.text.slice(c.textStart, ctx.seg.lines[c.line].end))));
    return [...node.ownLines, ...items.map((c) => c.line)].sort((a, b) => a - b);
  }

  /** The text a node owns directly (its paragraphs and bullets, not numbered children). */
  private ownText(ctx: Context, node: SectionNode): { text: string; start: number; firstLine: string } {
    const indexes = this.ownLineIndexes(ctx, node);
    if (indexes.length === 0) return { text: '', start: 0, firstLine: '' };
    const first = ctx.seg.lines[indexes[0]];
    const last = ctx.seg.lines[indexes[indexes.length - 1]];
    return { text: ctx.text.slice(first.start, last.end), start: first.start, firstLine: first.text };
  }

  /**
   * The work under a heading that names a body: its own text, else that of its items when none
   * names a body of its own ("1. Cục Phòng bệnh" / "a) Chủ trì xây dựng hướng dẫn …").
   */
  private workText(ctx: Context, node: SectionNode): { text: string; start: number; firstLine: string } {
    const own = this.ownText(ctx, node);
    if (own.text !== '' || node.children.length === 0) return own;
    if (node.children.some((c) => ctx.agencies.hasHead(c.section.title))) return own;
    let last = node;
    while (last.children.length) last = last.children[last.children.length - 1];
    const first = node.children[0];
    const end = ctx.seg.lines[Math.max(last.line, ...last.ownLines)].end;
    return { text: ctx.text.slice(first.textStart, end), start: first.textStart, firstLine: ctx.text.slice(first.textStart, ctx.seg.lines[first.line].end) };
  }

  /**
   * The time of a body's work: the one its heading or first line states, else the only one its work
   * states; and how often the later lines say it recurs ("1. Sở Du lịch" / "- Chủ trì theo dõi …" /
   * "- Tổng hợp, báo cáo … hằng năm"), each once. Dates in later lines are their own items' steps,
   * or the years of what the work refers to ("… giai đoạn 2021-2025"), not the body's period.
   */
  private bodyTimes(ctx: Context, heading: string, body: { text: string; firstLine: string }): string | null {
    // A heading that is the whole paragraph ("1. Các đơn vị … triển khai thực hiện. Trong quá trình thực hiện, …") is read by its sentences.
    const stated = (body.firstLine ? this.timePhrase(ctx, `${heading}\n${body.firstLine}`) : this.sentenceTime(ctx, heading)) ?? this.onlyTimeOf(ctx, body.text);
    const later = body.text.slice(body.firstLine.length).split('\n').map((l) => ctx.dates.recurringPhrase(l));
    const phrases: string[] = [];
    for (const phrase of [stated, ...later].flatMap((p) => (p === null ? [] : p.split('; ')))) {
      if (!phrases.some((p) => p.toLowerCase().includes(phrase.toLowerCase()))) phrases.push(phrase);
    }
    return phrases.length ? phrases.join('; ') : null;
  }

  /** A period stated in a heading or first sentence: a span of years, a cued date, or a recurring phrase. */
  /**
   * The time of a sentence's task, which a later sentence of the paragraph may give ("… tổ chức kiểm
   * tra. Hoàn thành trước ngày 30/6/2026.", "… Đồng thời, định kỳ báo cáo …"); but a time with no date
   * that opens a later sentence opens something else: "… triển khai thực hiện. Trong quá trình thực
   * hiện, nếu có khó khăn …".
   */
  private sentenceTime(ctx: Context, text: string): string | null {
    const time = this.timePhrase(ctx, text);
    const firstEnd = text.search(/[.!?]\s+(?=\p{Lu})/u);
    if (time === null || firstEnd < 0) return time;
    const later = text.slice(firstEnd).split(/[.!?]\s+(?=\p{Lu})/u).map((sentence) => sentence.trimStart().toLowerCase());
    const opensLater = (part: string) => ctx.dates.mentions(part).length === 0 && !text.slice(0, firstEnd).includes(part) && later.some((sentence) => sentence.startsWith(part.toLowerCase()));
    return time.split('; ').filter((part) => !opensLater(part)).join('; ') || null;
  }

  private timePhrase(ctx: Context, text: string): string | null {
    // A span that restates the plan's own period ("năm học 2023-2024" in a plan for that year) says nothing of the task.
    const spans = ctx.dates.yearSpans(text).filter((s) => Number(s.to) !== ctx.documentYear);
    // "quán triệt Nghị quyết Đại hội nhiệm kỳ 2025 - 2030; hoàn thành trong Quý I/2026": a date after a
    // time word is the task's; a span with none before it names the resolution, the programme.
    const cued = ctx.dates.cuedPhrase(text);
    if (cued && !spans.some((s) => cued.includes(text.slice(s.start, s.end).trim()))) return cued;
    // "… bổ sung quy hoạch cán bộ nhiệm kỳ 2025 - 2030; thực hiện hằng năm": a clause that only says how often is the time, over a span inside the work.
    const recurring = spans.length ? this.recurringClause(ctx, text) : null;
    if (recurring) return recurring;
    if (spans.length) {
      // "học kỳ II năm học 2026-2027": the part named right before the span is read with it.
      const whole = ctx.dates.wholePeriodPhrase(text, ctx.statedPeriods);
      const partOf = whole && /^\s*$/.test(text.slice(whole.index + whole.phrase.length, spans[0].start));
      // "… trong năm học 2026 - 2027", "trong cả giai đoạn 2026 - 2030": the cue before it is part of the phrase.
      const from = partOf ? whole.index : spans[0].start;
      return text.slice(from - ctx.dates.cueEndingAt(text, from).length, spans[0].end).trim();
    }
    const whole = ctx.dates.wholePeriodPhrase(text, ctx.statedPeriods)?.phrase ?? null;
    const recurrence = ctx.dates.recurringPhrase(text);
    // "trước ngày 15/12 hằng năm": a recurrence that holds the day is read whole.
    const phrases = [recurrence?.includes(whole ?? '\0') ? null : whole, recurrence].filter((p) => p !== null);
    return phrases.length ? phrases.join('; ') : null;
  }

  /** A clause after the first that says nothing but how often its work is done ("thực hiện hằng năm", "định kỳ hằng quý"), and that recurrence. */
  private recurringClause(ctx: Context, text: string): string | null {
    for (const clause of text.split(/[;,]/).slice(1)) {
      const recurrence = ctx.dates.recurringPhrase(clause);
      const rest = recurrence ? clause.replace(recurrence, '').replace(/[\s.]+$/u, '').trim() : null;
      if (recurrence && rest !== null && (rest === '' || this.referringWork.test(rest))) return recurrence;
    }
    return null;
  }

  /** The one time the work under a body's heading states, when it states only one: "b) Rà soát hộ nghèo, hoàn thành trong Quý IV/2026". */
  private onlyTimeOf(ctx: Context, work: string): string | null {
    const cued = ctx.dates.cuedPhrase(work);
    return cued !== null && ctx.dates.mentions(work).length === ctx.dates.mentions(cued).length ? cued : null;
  }

  private period(ctx: Context, phrase: string | null, lineIndex: number): ParsedPeriod {
    return this.report(ctx, ctx.dates.period(phrase, ctx.statedPeriods), lineIndex);
  }

  /** Diagnostics for a period that ends before it starts or could not be told. */
  private report(ctx: Context, period: ParsedPeriod, lineIndex: number): ParsedPeriod {
    const line = ctx.seg.lines[lineIndex];
    if (period.endBeforeStart) {
      ctx.diagnostics.push({ severity: 'warning', message: `period ends (${period.end}) before it starts (${period.start}); kept as printed`, ruleId: 'dates:end-before-start', span: ctx.location.span(line.start, line.end) });
    }
    if (period.ambiguous) {
      ctx.diagnostics.push({ severity: 'info', message: `several periods in "${period.text}"; no dates taken`, ruleId: 'dates:ambiguous', span: ctx.location.span(line.start, line.end) });
    }
    return period;
  }

  /**
   * Rows of assignment tables, found by their header words (a header may take several lines:
   * "Số | Thời" / "TT | gian" / "Bắt | Hoàn" / "đầu | thành"); headers repeated at page breaks are
   * dropped and a row continued after them (empty number cell) is merged into one.
   */
  private tableRows(ctx: Context): TaskDraft[] {
    const drafts: TaskDraft[] = [];
    const lines = ctx.seg.lines;
    let roles: (string | null)[] | null = null;
    let words: HeaderWords = {};
    // The last header read: the same header repeated at a page break, where OCR lost a label, takes that column's role from it.
    let lastRoles = null as (string | null)[] | null;
    let current: { cells: string[]; line: Line } | null = null;
    // The lead of the row above: a cell merged down over several rows is empty in all but the first.
    let leadAbove: AgencyMention[] = [];
    const flush = () => {
      if (current && roles) {
        const { cells, line } = current;
        const draft = this.rowTask(ctx, roles, cells, line, words);
        const leadCells = roles.flatMap((role, k) => (role === 'lead' ? [cells[k] ?? ''] : []));
        if (draft && draft.lead.length === 0 && leadCells.length && leadCells.every((c) => c.trim() === '')) draft.lead = leadAbove;
        if (draft) drafts.push(draft);
        // A group's heading row ends what a merged cell spans.
        leadAbove = draft?.lead ?? [];
      }
      current = null;
    };
    for (let i = ctx.bodyStart; i < lines.length; i++) {
      const line = lines[i];
      if (!line.cells) {
        if (line.text.trim() !== '') {
          flush();
          roles = null;
          leadAbove = [];
        }
        continue;
      }
      if (isColumnNumbering(line.cells)) continue;
      // A header block (again at each page break, where OCR may see other columns) sets the
      // columns' roles; an open row stays open, as the next row may continue it.
      const header = this.headerBlock(lines, i);
      if (header) {
        const repeated = lastRoles?.length === header.roles.length && header.roles.every((role, k) => role === null || role === lastRoles![k]);
        roles = repeated ? header.roles.map((role, k) => role ?? lastRoles![k]) : header.roles;
        words = header.words;
        lastRoles = roles;
        i = header.end - 1;
        continue;
      }
      // The header of a table apart from the one above (not a row's next line, as a header repeated
      // at a page break is) that names no bodies ("TT | Nội dung | Thời gian") ends that one.
      const apart = !lines[i - 1]?.cells;
      if (apart && this.columns.some((c) => c.role === 'number' && c.re.test(line.cells![0])) && this.headerRoles(line.cells)?.includes('title')) {
        flush();
        roles = null;
        continue;
      }
      if (!roles) continue;
      const numberColumn = roles.indexOf('number');
      const first = line.cells[numberColumn >= 0 ? numberColumn : 0];
      // A header repeated at a page break that OCR garbled past recognition still starts with "TT".
      if (this.columns.some((c) => c.role === 'number' && c.re.test(first))) continue;
      if (first === '' && current && !this.datesTwice(ctx, roles, current.cells, line.cells)) {
        const cells = current.cells;
        line.cells.forEach((c, k) => c && (cells[k] = cells[k] ? `${cells[k]} ${c}` : c));
        continue;
      }
      flush();
      current = { cells: [...line.cells], line };
    }
    flush();
    return drafts;
  }

  /**
   * The header block starting at line `i`, if one does: up to the row that numbers the columns
   * ("1 | 2 | … | 6") when there is one, otherwise the lines that hold header words; its lines
   * merged cell by cell ("Số" + "TT", "Thời gian" + "Bắt đầu") give each column its role.
   */
  private headerBlock(lines: Line[], i: number): { roles: (string | null)[]; words: HeaderWords; end: number } | null {
    if (/^\d+\.?$/.test(lines[i].cells![0]) || !this.headerRoles(lines[i].cells!)) return null;
    const numbering = lines.slice(i, i + 8).findIndex((l) => l.cells && isColumnNumbering(l.cells));
    let end = i + 1;
    if (numbering > 0) end = i + numbering;
    else while (end < lines.length && lines[end].cells && this.continuesHeader(lines[end].cells!)) end++;
    const block = lines.slice(i, end).filter((l) => l.cells);
    const width = Math.max(...block.map((l) => l.cells!.length));
    const merged = Array.from({ length: width }, (_, k) => block.map((l) => l.cells![k] ?? '').filter(Boolean).join(' '));
    const read = this.headerRoles(merged);
    if (!read || !read.includes('title')) return null;
    // "Lãnh đạo phụ trách | Cơ quan chuẩn bị": of lead columns, one whose field ranks below another's (tasks.yaml fields) names partners, as in a block.
    const rank = (k: number) => this.fields.get(merged[k].trim().toLowerCase())?.rank ?? Number.MAX_SAFE_INTEGER;
    const leadRank = Math.max(...read.flatMap((role, k) => (role === 'lead' ? [rank(k)] : [])));
    const roles = read.map((role, k) => (role === 'lead' && rank(k) < leadRank ? 'partner' : role));
    const titleHeader = merged[roles.indexOf('title')].trim();
    const titlePrefix = this.columns.find((c) => c.role === 'title' && c.re.test(titleHeader))?.titlePrefix;
    // Bodies in a column, or an inspection schedule ("Đơn vị được kiểm tra | Thời gian"), whose rows are the inspecting team's work.
    const timed = roles.some((r) => r === 'time' || r === 'start' || r === 'end');
    if (!(roles.includes('lead') || roles.includes('partner') || (titlePrefix && timed))) return null;
    // A work calendar's "Tháng" column over "1", "3", "12": each cell a month of the plan's year.
    const timeHeader = roles.indexOf('time') >= 0 ? merged[roles.indexOf('time')].trim() : '';
    const timeUnit = /^(?:tháng|quý|tuần)$/iu.test(timeHeader) ? timeHeader : undefined;
    return { roles, words: { titlePrefix, timeUnit }, end };
  }

  /**
   * A row without a number continues the open one, unless both give a date in the same date
   * column: dates do not wrap, so this is a new row whose number was lost (OCR drops lone digits).
   */
  private datesTwice(ctx: Context, roles: (string | null)[], open: string[], next: string[]): boolean {
    return roles.some((role, k) => (role === 'start' || role === 'end' || role === 'time') && ctx.dates.mentions(open[k] ?? '').length > 0 && ctx.dates.mentions(next[k] ?? '').length > 0);
  }

  /**
   * A line under a header's first that goes on with it: header words in some cell, and in every other
   * only a word or two of a label broken over lines ("Thời" / "gian"); not a row whose cell of work
   * holds a header word ("Tháng 9/2025 | Tổ chức Tết Trung thu cho học sinh | Tổng phụ trách Đội").
   */
  private continuesHeader(cells: string[]): boolean {
    const roles = this.headerRoles(cells);
    // A first cell that numbers a row ("1", "I", "A") starts a row: "I | Nhóm nhiệm vụ về thể chế" names a group of rows.
    const numbered = cells[0].trim() !== '' && isRowNumber(cells[0]);
    return !!roles && !numbered && cells.every((cell, k) => roles[k] !== null || wordCount(cell) <= 2);
  }

  /** Roles of header cells: short labels ("Đơn vị chủ trì"), not the text of a row. */
  private headerRoles(cells: string[]): (string | null)[] | null {
    const roles = cells.map((cell) => (cell.split(/\s+/).length <= 6 ? (this.columns.find((c) => c.re.test(cell.trim()))?.role ?? null) : null));
    return roles.some(Boolean) ? roles : null;
  }

  private rowTask(ctx: Context, roles: (string | null)[], cells: string[], line: Line, { titlePrefix, timeUnit }: HeaderWords): TaskDraft | null {
    const cell = (role: string) => {
      const i = roles.indexOf(role);
      return i >= 0 ? (cells[i] ?? '') : '';
    };
    const named = collapseWhiteSpace(cell('title')).trim();
    if (!named) return null;
    // "I | Hoàn thiện thể chế | | |": a group numeral over a title alone heads the rows below it.
    const filled = roles.some((role, i) => role !== null && role !== 'number' && role !== 'title' && (cells[i] ?? '').trim() !== '');
    if (!filled && this.groupNumber.test(cell('number').trim())) return null;
    // "Đơn vị được kiểm tra | UBND xã Tân Hội": the column names what the work is done to.
    const title = titlePrefix ? `${titlePrefix} ${named}` : named;
    const parts = line.text.split('\t');
    const cellOffset = (i: number) => {
      let offset = line.start;
      for (let k = 0; k < i && k < parts.length; k++) offset += parts[k].length + 1;
      return offset;
    };
    // Every column of a role: a table may have both "Đơn vị thực hiện" and "Đơn vị phối hợp"; a
    // cell that says "… chủ trì; … phối hợp" gives its own roles.
    const lead: AgencyMention[] = [];
    const partners: AgencyMention[] = [];
    roles.forEach((role, i) => {
      if (role !== 'lead' && role !== 'partner') return;
      for (const part of this.valueParts(ctx, cells[i] ?? '', cellOffset(i))) ((part.role ?? role) === 'lead' ? lead : partners).push(...part.mentions);
    });
    const period =
      roles.includes('start') || roles.includes('end')
        ? this.report(ctx, periodBetween(ctx.dates, cell('start'), cell('end'), ctx.statedPeriods), line.index)
        : this.period(ctx, (timeUnit && /^(?:\d{1,2}|[IVX]{1,4})$/.test(cell('time').trim()) ? `${timeUnit} ${cell('time').trim()}` : cell('time')) || null, line.index);
    return { node: ctx.seg.nodeOfLine[line.index], kind: 'table-row', title, lead: dedupe(lead), partners: dedupe(partners), period, ruleId: 'tasks:table-row', start: line.start, end: line.end };
  }
}

/**
 * "Triển khai bệnh án điện tử, hoàn thành trước ngày 30/9/2026", "Tổ chức tuyên truyền trong tháng
 * 2/2026": the time closing a title after its comma, or opening with its time word (`cued`: "trước",
 * "trong", "từ" …), is the task's period, said once there; the work is what comes before it.
 * A recurrence ("… hằng tháng") says how the work is done, and stays.
 */
function withoutClosingTime(title: string, time: string | null, cued: (time: string) => boolean): string {
  if (!time) return title;
  // "… cho điều dưỡng, hộ lý (quý I/2026)", "… karaoke (thường xuyên trong năm)": the time in brackets closing the title goes with them.
  const note = TRAILING_BRACKET.exec(title);
  if (note && note[0].trimStart().startsWith(`(${time}`)) {
    const work = title.slice(0, note.index).trimEnd();
    return wordCount(work) >= 2 ? work : title;
  }
  // "… từ ngày 15/01 đến ngày 28/02/2026 (trước, trong và sau Tết Nguyên đán)": a note on the time goes with it.
  if (note && title.slice(0, note.index).endsWith(time)) {
    const work = withoutClosingTime(title.slice(0, note.index), time, cued);
    return work === title.slice(0, note.index) ? title : work;
  }
  if (!title.endsWith(time)) return title;
  const before = title.slice(0, title.length - time.length);
  const comma = before.lastIndexOf(',');
  const work = comma >= 0 && CLOSING_TIME_LEAD.test(before.slice(comma + 1)) ? before.slice(0, comma) : /[\s,;:]$/u.test(before) && cued(time) ? before : null;
  // "Rà soát văn bản xong trước 15/8/2026": the word that says it is done by then goes with the time.
  const trimmed = work?.replace(/[\s,;:]+$/u, '').replace(CLOSING_WORD, '') ?? '';
  // "Sở Y tế hoàn thành trước ngày 30/6/2026": a title of nothing else keeps its time, and so does a
  // verb alone after the last comma, which says what is due then ("…, trình trước tháng 9/2026").
  const lastClause = trimmed.slice(trimmed.lastIndexOf(',') + 1);
  return wordCount(trimmed) >= 2 && !CLOSING_TIME_LEAD.test(trimmed) && !(trimmed.includes(',') && wordCount(lastClause) < 2) ? trimmed : title;
}

/** A bracketed note closing a title. */
const TRAILING_BRACKET = /\s*\([^()]*\)$/u;
/** "… xong", "… hoàn thành" right before the time that closes a title. */
const CLOSING_WORD = /\s+(?:hoàn\s+thành|xong)$/u;
/** What may stand between a title's last comma and the time that closes it: "hoàn thành", "xong", "thực hiện", "thời gian (thực hiện)", "trong đó" (the first of its waves). */
const CLOSING_TIME_LEAD = /^\s*(?:(?:hoàn\s+thành|xong|thực\s+hiện)(?:\s+xong)?\s*|thời\s+gian(?:\s+(?:thực\s+hiện|hoàn\s+thành|triển\s+khai))?\s*|trong\s+đó\s*)?$/u;

/** Where the next sentence or clause of a paragraph starts: a full stop or a ";", then a capital, or a ";" then a plural ("…; các cơ sở Hội xây dựng …"). */
const LATER_CLAUSE = /[.;]\s+(?=\p{Lu})|;\s+(?=(?:các|những)\s)/gu;
/** Where the next sentence of a paragraph starts: a full stop, then a capital. */
const NEXT_SENTENCE = /\.\s+(?=\p{Lu})/u;
/** A ";" before a clause in lower case. */
const LOWER_CLAUSE = /;\s+(?=\p{Ll})/gu;
/** A comma or "và" before a capital, or a comma before a plural, where bodies with their own verb may join the work before them. */
const JOINED_LEAD = /(?:,|\s+và)\s+(?=\p{Lu})|,\s+(?=(?:các|những)\s)/gu;
/** The numbering of a decision's articles ("Điều 2."), read as Roman sections are. */
const ARTICLE = ['roman'] as const;
/** The numbering of duties inside a sentence: "(1) cân đối …", "a) rà soát …", "2) …". */
const DUTY_NUMBERS = ['bracketed', 'lettered', 'numbered'] as const;

/** What a table's header says of its cells: the work written before each title ("Kiểm tra"), the unit of a bare time ("Tháng"). */
interface HeaderWords {
  titlePrefix?: string;
  timeUnit?: string;
}

/** A field read from a line: its label in lower case, its value and where the value starts. */
interface Field {
  label: string;
  value: string;
  valueStart: number;
}

/** "Chi bộ: CB", "Các trường: MN, TH, THCS": after a body, a colon and capitals give its abbreviation, not its work. */
const DEFINES_ABBREVIATION = /^\s*:\s*\p{Lu}[\p{Lu}\d&/.-]*\s*(?:[;,.]|$)/u;

function dedupe(mentions: AgencyMention[]): AgencyMention[] {
  const seen = new Set<string>();
  return mentions.filter((m) => (seen.has(m.name) ? false : (seen.add(m.name), true)));
}

