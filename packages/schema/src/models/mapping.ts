import * as z from 'zod/mini';
import { MediumTextSchema, ShortTextSchema, SlugSchema } from './common.js';

/**
 * A mapping's id: lower-case words joined by hyphens, where a double hyphen may join two framework
 * ids, as in "portsmouth-compact--buckinghamshire-s11".
 */
export const MappingIdSchema = z.string().check(z.minLength(1), z.maxLength(170), z.regex(/^[a-z0-9]+(?:-{1,2}[a-z0-9]+)*$/));

/** A framework a mapping reads from or writes to; without a version it fits every version. */
export const MappingFrameworkRefSchema = z.strictObject({
  id: SlugSchema,
  version: z.optional(z.string().check(z.minLength(1), z.maxLength(40))),
});
export type MappingFrameworkRef = z.infer<typeof MappingFrameworkRefSchema>;

/**
 * Where one target standard takes its answer from. An empty `from` says on purpose that no
 * source standard fits, so the standard is always left for a person to answer.
 */
export const StandardMappingSchema = z.strictObject({
  to: SlugSchema,
  from: z.array(SlugSchema).check(z.maxLength(50)),
  note: z.optional(MediumTextSchema),
});
export type StandardMapping = z.infer<typeof StandardMappingSchema>;

/** One level of the source scale and the single level of the target scale it becomes. */
export const LevelMappingSchema = z.strictObject({
  from: SlugSchema,
  to: SlugSchema,
});
export type LevelMapping = z.infer<typeof LevelMappingSchema>;

/**
 * How answers to one partnership's framework become a draft for another's, so that an agency
 * working in several areas answers once. Written by people who know both frameworks; anything it
 * does not say is left for the person to answer, never guessed.
 */
export const FrameworkMappingSchema = z.strictObject({
  $schema: z.optional(ShortTextSchema),
  id: MappingIdSchema,
  from: MappingFrameworkRefSchema,
  to: MappingFrameworkRefSchema,
  standards: z.array(StandardMappingSchema).check(z.maxLength(200)),
  levels: z.array(LevelMappingSchema).check(z.maxLength(12)),
  notes: z.optional(MediumTextSchema),
});
export type FrameworkMapping = z.infer<typeof FrameworkMappingSchema>;
