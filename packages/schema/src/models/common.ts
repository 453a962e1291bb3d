import * as z from 'zod/mini';

import { TEXT_CEILING } from './text-ceiling.js';

export { TEXT_CEILING };

/** Lower-case words joined by hyphens: stable ids for frameworks, standards, levels and sectors. */
export const SlugSchema = z.string().check(z.minLength(1), z.maxLength(80), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));

/** A required one-line label such as a title. */
export const LabelSchema = z.string().check(z.minLength(1), z.maxLength(TEXT_CEILING.short));

/** Free text that may be empty (answers while a draft is being written). */
export const ShortTextSchema = z.string().check(z.maxLength(TEXT_CEILING.short));
export const MediumTextSchema = z.string().check(z.maxLength(TEXT_CEILING.medium));
export const LongTextSchema = z.string().check(z.maxLength(TEXT_CEILING.long));

/** A calendar date, `YYYY-MM-DD`, that exists (no 30 February). */
export const IsoDateSchema = z.iso.date();

/** An ISO 8601 date and time with an offset or `Z`. */
export const IsoDateTimeSchema = z.iso.datetime({ offset: true });

/**
 * A date typed into the GOV.UK date input (see `date-entry.ts`): empty, a real `YYYY-MM-DD` date,
 * or, in a draft, the day, month and year boxes as typed, `year-month-day`. Submitting needs a real date.
 */
export const DateEntrySchema = z.string().check(z.maxLength(40), z.regex(/^$|^[^-]*-[^-]*-[^-]*$/));
