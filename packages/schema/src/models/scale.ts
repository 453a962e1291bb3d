import * as z from 'zod/mini';
import { LabelSchema, MediumTextSchema, SlugSchema } from './common.js';

/** What a response at a level must carry before it can be submitted. */
export const RequirementSchema = z.enum(['evidence', 'explanation', 'action']);
export type Requirement = z.infer<typeof RequirementSchema>;

/**
 * Colour family of a level. Elements map it to a colour and also to a shape and text, so that a
 * rating never relies on colour alone.
 */
export const ToneSchema = z.enum(['blue', 'green', 'amber', 'red', 'grey']);
export type Tone = z.infer<typeof ToneSchema>;

export const RatingLevelSchema = z.strictObject({
  id: SlugSchema,
  label: LabelSchema,
  description: MediumTextSchema,
  tone: ToneSchema,
  requires: z.array(RequirementSchema).check(z.maxLength(3)),
  notApplicable: z.optional(z.boolean()),
});
export type RatingLevel = z.infer<typeof RatingLevelSchema>;

export const RatingScaleSchema = z.strictObject({
  id: SlugSchema,
  label: LabelSchema,
  levels: z.array(RatingLevelSchema).check(z.minLength(2), z.maxLength(12)),
  expected: SlugSchema,
});
export type RatingScale = z.infer<typeof RatingScaleSchema>;
