import * as z from 'zod/mini';
import { IsoDateSchema, MediumTextSchema, ShortTextSchema, SlugSchema } from './common.js';

export const ActionStatusSchema = z.enum(['not-started', 'in-progress', 'complete']);
export type ActionStatus = z.infer<typeof ActionStatusSchema>;

/**
 * One SMART action: what will be done, who leads it and by when. While a draft is written any
 * field may be empty; the rules decide what must be filled in before submitting.
 */
export const ActionSchema = z.strictObject({
  id: SlugSchema,
  action: MediumTextSchema,
  lead: ShortTextSchema,
  due: z.union([z.literal(''), IsoDateSchema]),
  status: ActionStatusSchema,
  notes: MediumTextSchema,
});
export type Action = z.infer<typeof ActionSchema>;
