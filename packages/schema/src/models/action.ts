import * as z from 'zod/mini';
import { DateEntrySchema, IsoDateSchema, IsoDateTimeSchema, MediumTextSchema, ShortTextSchema, SlugSchema } from './common.js';
import { ACTION_STATUSES } from './vocabulary.js';

export const ActionStatusSchema = z.enum(ACTION_STATUSES);
export type ActionStatus = z.infer<typeof ActionStatusSchema>;

/** One entry in an action's year-2 history: what was reported, when, and the status it moved to. */
export const ProgressNoteSchema = z.strictObject({
  at: IsoDateTimeSchema,
  note: MediumTextSchema,
  status: z.optional(ActionStatusSchema),
});
export type ProgressNote = z.infer<typeof ProgressNoteSchema>;

/**
 * A change of due date. The action's `due` is always the current date; the first revision's
 * `from` is the date agreed in year 1, so the original is never lost.
 */
export const DueDateRevisionSchema = z.strictObject({
  from: IsoDateSchema,
  to: IsoDateSchema,
  reason: MediumTextSchema,
  at: IsoDateTimeSchema,
});
export type DueDateRevision = z.infer<typeof DueDateRevisionSchema>;

/** How a finished action was shown to be finished. */
export const ActionCompletionSchema = z.strictObject({
  on: IsoDateSchema,
  evidence: MediumTextSchema,
});
export type ActionCompletion = z.infer<typeof ActionCompletionSchema>;

/**
 * One SMART action: what will be done, who leads it and by when. While a draft is written any
 * field may be empty; the rules decide what must be filled in before submitting. `id` is unique
 * within its response (`emptyAction` makes one). `notes` may be left out (it is read as empty).
 * The year-2 fields are optional so that every year-1 return stays valid unchanged.
 */
export const ActionSchema = z.strictObject({
  id: SlugSchema,
  action: MediumTextSchema,
  lead: ShortTextSchema,
  due: DateEntrySchema,
  status: ActionStatusSchema,
  notes: z._default(MediumTextSchema, ''),
  progress: z.optional(z.array(ProgressNoteSchema).check(z.maxLength(200))),
  revisions: z.optional(z.array(DueDateRevisionSchema).check(z.maxLength(50))),
  completion: z.optional(ActionCompletionSchema),
});
export type Action = z.infer<typeof ActionSchema>;
/** An action as a return may be written: `notes` may be left out. */
export type ActionInput = z.input<typeof ActionSchema>;
