// The output contract (schema version 1): the one source of truth for the JSON shape.
// Types are inferred from it; `plan-extract schema` prints it as JSON Schema.
import { z } from 'zod';

export const IsoPartialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
  .describe('ISO partial date: YYYY, YYYY-MM or YYYY-MM-DD, as precise as the text');

export const Span = z
  .object({
    line: z.number().int().min(1).describe('1-based line of the normalised text (for .txt: the file’s own line)'),
    column: z.number().int().min(1).optional().describe('1-based column'),
    offset: z.object({ start: z.number().int().min(0), end: z.number().int().min(0) }).describe('UTF-16 offsets into the normalised text'),
    page: z.number().int().min(1).optional().describe('PDF page, 1-based'),
    ocr: z.literal(true).optional().describe('Read by OCR from a scanned page: worth a second look'),
  })
  .describe('Where in the source a fact was read');

export const Format = z.enum(['txt', 'docx', 'pdf']);

export const Meta = z.object({
  docType: z.string().nullable().describe('Document type in upper case: KẾ HOẠCH, CHƯƠNG TRÌNH HÀNH ĐỘNG, …'),
  number: z.string().nullable().describe('Document symbol after “Số:”; null when blank'),
  issuer: z.string().nullable().describe('The issuing body when stated'),
  coIssuers: z
    .array(z.string())
    .optional()
    .describe('The bodies issuing with the issuer, beside it in the header of a joint document ("KẾ HOẠCH LIÊN TỊCH"): "ỦY BAN MTTQ VIỆT NAM XÃ AN PHÚ"'),
  place: z.string().nullable(),
  issuedDate: IsoPartialDate.nullable(),
  title: z.string().nullable().describe('Subject line(s) under the document type'),
  attached: z
    .array(
      z.object({
        docType: z.string().describe('The attached document’s type in upper case: KẾ HOẠCH, …'),
        title: z.string().nullable().describe('Its subject line(s) under the type'),
        span: Span.describe('Its type line to the end of its title'),
      }),
    )
    .describe('Documents attached after the signature, each with a section tree of its own: the plan a decision issues'),
});

export const SectionKind = z.enum(['roman', 'numbered', 'lettered', 'bullet']);

export interface SectionShape {
  id: string;
  label: string;
  kind: z.infer<typeof SectionKind>;
  level: number;
  title: string;
  span: z.infer<typeof Span>;
  children: SectionShape[];
}

export const Section: z.ZodType<SectionShape> = z.lazy(() =>
  z.object({
    id: z.string().describe('Stable path id, unique in the document, e.g. "II.2.1"'),
    label: z.string().describe('The numbering as read: "II", "2", "2.1", "a", "-"'),
    kind: SectionKind,
    level: z.number().int().min(1),
    title: z.string(),
    span: Span,
    children: z.array(Section),
  }),
);

export const Comparator = z.enum(['eq', 'gte', 'gt', 'lte', 'lt', 'range', 'approx']);

export const Target = z.object({
  id: z.string(),
  sectionId: z.string().nullable(),
  text: z.string().describe('Surface form with its qualifier: "ít nhất 25%", "55-60%"'),
  value: z.object({ min: z.number(), max: z.number(), unit: z.literal('%') }),
  comparator: Comparator,
  // Defaults to null so that documents written before the field still read.
  change: z
    .enum(['increase', 'decrease'])
    .nullable()
    .default(null)
    .describe('The value is a rise or fall from a baseline ("tăng 5% so với năm trước"), not a level; null for a level'),
  year: z.number().int().nullable().describe('Deadline year'),
  yearSource: z.enum(['sentence', 'heading', 'document']).nullable(),
  subject: z.string().describe('What it measures, short'),
  quote: z.string().describe('The sentence or clause it was read from'),
  ruleId: z.string(),
  span: Span,
});

const AgencyName = z.object({ id: z.string(), name: z.string().describe('Canonical full name') });

export const AgencyRef = AgencyName.extend({
  units: z
    .array(AgencyName)
    .optional()
    .describe('The bodies named in brackets right after it that do its work: its parts ("Công an tỉnh (Phòng Cảnh sát giao thông)") or a group’s members ("các phòng chuyên môn (Phòng Nội vụ, Phòng Tài chính - Kế hoạch)")'),
});

export const Period = z.object({
  start: IsoPartialDate.nullable(),
  end: IsoPartialDate.nullable(),
  text: z.string().nullable().describe('The time phrase as written'),
  headingLine: z.number().int().positive().optional().describe('When the task states no time itself: the line (1-based) of the heading above it that states this one'),
});

export const Task = z.object({
  id: z.string(),
  sectionId: z.string().nullable(),
  kind: z.enum(['block', 'table-row', 'assignment']),
  title: z.string(),
  lead: z.array(AgencyRef),
  partners: z.array(AgencyRef),
  period: Period,
  ruleId: z.string(),
  span: Span,
});

export const Agency = z.object({
  id: z.string().describe('Slug of the canonical name'),
  name: z.string().describe('Canonical full name, no abbreviations'),
  aliases: z.array(z.string()).describe('Surface forms seen'),
  mentions: z.array(Span),
});

export const Diagnostic = z.object({
  severity: z.enum(['info', 'warning', 'error']),
  message: z.string(),
  ruleId: z.string(),
  span: Span.nullable(),
});

export const PlanDocument = z.object({
  schemaVersion: z.literal('1'),
  generator: z
    .object({ name: z.literal('plan-extract'), version: z.string(), rulesSha256: z.string() })
    .describe('What produced the document: the tool, its version and the rule tables it used'),
  source: z.object({
    file: z.string(),
    format: Format,
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    bytes: z.number().int().min(0),
    pages: z.number().int().min(1).optional(),
    ocrPages: z.array(z.number().int().min(1)).optional().describe('Pages whose text was recognised by OCR'),
  }),
  meta: Meta,
  sections: z.array(Section),
  targets: z.array(Target),
  tasks: z.array(Task),
  agencies: z.array(Agency),
  diagnostics: z.array(Diagnostic),
  quality: z.object({
    linesInSections: z.number().min(0).max(1),
    numberingGaps: z.number().int().min(0),
    unreadPercentages: z.number().int().min(0),
  }),
});

export type Span = z.infer<typeof Span>;
export type Format = z.infer<typeof Format>;
export type Meta = z.infer<typeof Meta>;
export type Section = SectionShape;
export type SectionKind = z.infer<typeof SectionKind>;
export type Comparator = z.infer<typeof Comparator>;
export type Target = z.infer<typeof Target>;
export type AgencyRef = z.infer<typeof AgencyRef>;
export type Period = z.infer<typeof Period>;
export type Task = z.infer<typeof Task>;
export type Agency = z.infer<typeof Agency>;
export type Diagnostic = z.infer<typeof Diagnostic>;
export type PlanDocument = z.infer<typeof PlanDocument>;

/** The contract as JSON Schema (draft 2020-12), generated from the zod schema above. */
export function planDocumentJsonSchema(): unknown {
  return z.toJSONSchema(PlanDocument, { target: 'draft-2020-12' });
}
