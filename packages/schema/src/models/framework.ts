import * as z from 'zod/mini';
import { LabelSchema, MediumTextSchema, ShortTextSchema, SlugSchema, TEXT_CEILING } from './common.js';
import { RatingScaleSchema } from './scale.js';
import { ROLL_UPS } from './vocabulary.js';

const List = <T extends z.ZodMiniType>(item: T, max: number) => z.array(item).check(z.maxLength(max));

export const SectorSchema = z.strictObject({
  id: SlugSchema,
  label: LabelSchema,
  description: z.optional(MediumTextSchema),
});
export type Sector = z.infer<typeof SectorSchema>;

export const PartnershipSchema = z.strictObject({
  id: SlugSchema,
  name: LabelSchema,
});
export type Partnership = z.infer<typeof PartnershipSchema>;

/** Wording of a standard for one sector; anything left out falls back to the standard's own. */
export const StandardVariantSchema = z.strictObject({
  sector: SlugSchema,
  title: z.optional(LabelSchema),
  rationale: z.optional(MediumTextSchema),
  expectations: z.optional(List(MediumTextSchema, 40)),
  evidencePrompts: z.optional(List(MediumTextSchema, 40)),
});
export type StandardVariant = z.infer<typeof StandardVariantSchema>;

/**
 * One rated item within a standard: an element of it (City and Hackney), a specific question
 * (Buckinghamshire's board priorities) or a line of a checklist (Isle of Wight). Rated on the
 * framework's scale; `sectors` limits it as a standard's `sectors` does.
 */
export const ItemSchema = z.strictObject({
  id: SlugSchema,
  title: LabelSchema,
  hint: z.optional(MediumTextSchema),
  sectors: z.optional(List(SlugSchema, 20)),
});
export type Item = z.infer<typeof ItemSchema>;

export const StandardSchema = z.strictObject({
  id: SlugSchema,
  number: z.int().check(z.minimum(1), z.maximum(999)),
  title: LabelSchema,
  rationale: MediumTextSchema,
  expectations: List(MediumTextSchema, 40),
  evidencePrompts: List(MediumTextSchema, 40),
  sectors: z.optional(List(SlugSchema, 20)),
  variants: z.optional(List(StandardVariantSchema, 20)),
  items: z.optional(List(ItemSchema, 60)),
  rollUp: z.optional(z.enum(ROLL_UPS)),
});
export type Standard = z.infer<typeof StandardSchema>;

export const CoverFieldTypeSchema = z.enum(['text', 'textarea', 'email', 'tel', 'date']);
export type CoverFieldType = z.infer<typeof CoverFieldTypeSchema>;

export const CoverFieldSchema = z.strictObject({
  id: SlugSchema,
  label: LabelSchema,
  hint: z.optional(MediumTextSchema),
  type: CoverFieldTypeSchema,
  required: z.boolean(),
  autocomplete: z.optional(ShortTextSchema),
});
export type CoverField = z.infer<typeof CoverFieldSchema>;

export const CycleSchema = z.strictObject({
  lengthYears: z.int().check(z.minimum(1), z.maximum(5)),
  yearTwo: z.enum(['action-plan-tracking', 'statement-of-compliance', 'none']),
});
export type Cycle = z.infer<typeof CycleSchema>;

/** One question of a staff survey, and the standards whose self-rating it tests. */
export const SurveyQuestionSchema = z.strictObject({
  id: SlugSchema,
  text: LabelSchema,
  standards: List(SlugSchema, 50).check(z.minLength(1)),
});
export type SurveyQuestion = z.infer<typeof SurveyQuestionSchema>;

/**
 * A short staff survey that triangulates the self-assessment (City and Hackney): returns carry
 * how many staff agreed with each question, and a standard rated at or above the expected level
 * while fewer than `expectedAgreement` per cent of staff agree is flagged as a gap.
 */
export const StaffSurveySchema = z.strictObject({
  title: LabelSchema,
  questions: List(SurveyQuestionSchema, 50).check(z.minLength(1)),
  expectedAgreement: z.int().check(z.minimum(1), z.maximum(100)),
});
export type StaffSurvey = z.infer<typeof StaffSurveySchema>;

export const FrameworkSchema = z.strictObject({
  $schema: z.optional(ShortTextSchema),
  id: SlugSchema,
  version: z.string().check(z.minLength(1), z.maxLength(40), z.regex(/^[0-9A-Za-z][0-9A-Za-z.+-]*$/)),
  title: LabelSchema,
  summary: MediumTextSchema,
  partnerships: List(PartnershipSchema, 50).check(z.minLength(1)),
  scale: RatingScaleSchema,
  sectors: List(SectorSchema, 20).check(z.minLength(1)),
  standards: List(StandardSchema, 200).check(z.minLength(1)),
  coverSheet: List(CoverFieldSchema, 40),
  cycle: CycleSchema,
  evidenceMaxLength: z.int().check(z.minimum(100), z.maximum(TEXT_CEILING.long)),
  staffSurvey: z.optional(StaffSurveySchema),
});
export type Framework = z.infer<typeof FrameworkSchema>;
