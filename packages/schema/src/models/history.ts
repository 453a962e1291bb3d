import * as z from 'zod/mini';
import { IsoDateTimeSchema, LongTextSchema, MediumTextSchema, ShortTextSchema, SlugSchema } from './common.js';

/** The person who signs for the organisation. */
export const SignerSchema = z.strictObject({
  name: ShortTextSchema,
  role: ShortTextSchema,
});
export type Signer = z.infer<typeof SignerSchema>;

/**
 * A standard whose rating is different now from the year-1 self-assessment; null means not rated.
 * A standard that moved up carries the evidence that it now meets the higher level.
 */
export const ChangedStandardSchema = z.strictObject({
  standardId: SlugSchema,
  from: z.nullable(SlugSchema),
  to: z.nullable(SlugSchema),
  evidence: z.optional(MediumTextSchema),
});
export type ChangedStandard = z.infer<typeof ChangedStandardSchema>;

/**
 * Year 2 in some areas (City and Hackney): a leader signs that the standards are still met, and
 * names every standard whose rating has changed since year 1.
 */
export const StatementOfComplianceSchema = z.strictObject({
  kind: z.literal('statement-of-compliance'),
  at: IsoDateTimeSchema,
  signedBy: SignerSchema,
  statement: LongTextSchema,
  changedStandards: z.array(ChangedStandardSchema).check(z.maxLength(200)),
});
export type StatementOfCompliance = z.infer<typeof StatementOfComplianceSchema>;

/**
 * Something that happened to a return after the self-assessment. A union on `kind`, so that new
 * kinds of entry can be added without changing the ones already recorded.
 */
// One kind of entry so far. When a second kind arrives this becomes a discriminated union on
// `kind`; the CSP-safe structure check (src/structure/describe.ts) must learn it then.
export const HistoryEntrySchema = StatementOfComplianceSchema;
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;
