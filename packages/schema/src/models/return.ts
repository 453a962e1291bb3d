import * as z from 'zod/mini';
import { IsoDateTimeSchema, LongTextSchema, MediumTextSchema, ShortTextSchema, SlugSchema } from './common.js';
import { ActionSchema } from './action.js';
import { HistoryEntrySchema } from './history.js';
import { IDENTIFIER_SCHEMES } from './vocabulary.js';

export const FrameworkRefSchema = z.strictObject({
  id: SlugSchema,
  version: z.string().check(z.minLength(1), z.maxLength(40)),
});
export type FrameworkRef = z.infer<typeof FrameworkRefSchema>;

/** A stable identifier of an organisation in a public register, or one the partnership gave it. */
export const OrganisationIdentifierSchema = z.strictObject({
  scheme: z.enum(IDENTIFIER_SCHEMES),
  id: z.string().check(z.minLength(1), z.maxLength(80)),
});
export type OrganisationIdentifier = z.infer<typeof OrganisationIdentifierSchema>;

export const OrganisationSchema = z.strictObject({
  name: ShortTextSchema,
  sector: z.union([z.literal(''), SlugSchema]),
  partnerships: z.array(SlugSchema).check(z.maxLength(50)),
  identifiers: z.optional(z.array(OrganisationIdentifierSchema).check(z.maxLength(10))),
});
export type Organisation = z.infer<typeof OrganisationSchema>;

export const RespondentSchema = z.strictObject({
  name: ShortTextSchema,
  role: ShortTextSchema,
  email: ShortTextSchema,
});
export type Respondent = z.infer<typeof RespondentSchema>;

export const CycleRefSchema = z.strictObject({
  start: z.int().check(z.minimum(2000), z.maximum(2100)),
  year: z.int().check(z.minimum(1), z.maximum(5)),
});
export type CycleRef = z.infer<typeof CycleRefSchema>;

/** The answer for one item within a standard: its rating, and why when the level asks. */
export const ItemResponseSchema = z.strictObject({
  itemId: SlugSchema,
  rating: z.nullable(SlugSchema),
  explanation: z._default(MediumTextSchema, ''),
});
export type ItemResponse = z.infer<typeof ItemResponseSchema>;

/** Where a response's evidence was copied from, until the organisation has checked it. */
export const CopiedFromSchema = z.strictObject({
  framework: FrameworkRefSchema,
});
export type CopiedFrom = z.infer<typeof CopiedFromSchema>;

/**
 * The answer for one standard. `evidence`, `explanation` and `actions` may be left out, and are
 * then read as empty; the rules still ask for them wherever the rating needs them.
 */
export const ResponseSchema = z.strictObject({
  standardId: SlugSchema,
  rating: z.nullable(SlugSchema),
  evidence: z._default(LongTextSchema, ''),
  explanation: z._default(MediumTextSchema, ''),
  actions: z._default(z.array(ActionSchema).check(z.maxLength(50)), () => []),
  items: z.optional(z.array(ItemResponseSchema).check(z.maxLength(100))),
  notForQuotation: z.optional(z.boolean()),
  copiedFrom: z.optional(CopiedFromSchema),
});
export type Response = z.infer<typeof ResponseSchema>;
/** A response as a return may be written, with the fields that may be left out optional. */
export type ResponseInput = z.input<typeof ResponseSchema>;

const Count = z.int().check(z.minimum(0), z.maximum(1_000_000));

/** How many staff gave each answer to one survey question: counts only, never a person's answer. */
export const SurveyAnswerSchema = z.strictObject({
  questionId: SlugSchema,
  agree: Count,
  disagree: Count,
  notSure: z._default(Count, 0),
});
export type SurveyAnswer = z.infer<typeof SurveyAnswerSchema>;

/** The results of the framework's staff survey for the organisation. */
export const StaffSurveyResultSchema = z.strictObject({
  respondents: Count,
  answers: z.array(SurveyAnswerSchema).check(z.maxLength(100)),
});
export type StaffSurveyResult = z.infer<typeof StaffSurveyResultSchema>;

export const ReturnStatusSchema = z.enum(['draft', 'submitted']);
export type ReturnStatus = z.infer<typeof ReturnStatusSchema>;

export const AuditReturnSchema = z.strictObject({
  $schema: z.optional(ShortTextSchema),
  framework: FrameworkRefSchema,
  organisation: OrganisationSchema,
  respondent: RespondentSchema,
  cycle: CycleRefSchema,
  status: ReturnStatusSchema,
  cover: z.record(SlugSchema, MediumTextSchema),
  responses: z.array(ResponseSchema).check(z.maxLength(200)),
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
  submittedAt: z.nullable(IsoDateTimeSchema),
  history: z.optional(z.array(HistoryEntrySchema).check(z.maxLength(100))),
  staffSurvey: z.optional(StaffSurveyResultSchema),
});
export type AuditReturn = z.infer<typeof AuditReturnSchema>;
/** A return as it may be written: fields that may be left out are optional (see `ResponseInput`). */
export type AuditReturnInput = z.input<typeof AuditReturnSchema>;
