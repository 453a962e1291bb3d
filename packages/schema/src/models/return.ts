import * as z from 'zod/mini';
import {
  IsoDateTimeSchema,
  LongTextSchema,
  MediumTextSchema,
  ShortTextSchema,
  SlugSchema,
} from './common.js';
import { ActionSchema } from './action.js';
import { HistoryEntrySchema } from './history.js';

export const FrameworkRefSchema = z.strictObject({
  id: SlugSchema,
  version: z.string().check(z.minLength(1), z.maxLength(40)),
});
export type FrameworkRef = z.infer<typeof FrameworkRefSchema>;

export const OrganisationSchema = z.strictObject({
  name: ShortTextSchema,
  sector: z.union([z.literal(''), SlugSchema]),
  partnerships: z.array(SlugSchema).check(z.maxLength(50)),
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

export const ResponseSchema = z.strictObject({
  standardId: SlugSchema,
  rating: z.nullable(SlugSchema),
  evidence: LongTextSchema,
  explanation: MediumTextSchema,
  actions: z.array(ActionSchema).check(z.maxLength(50)),
});
export type Response = z.infer<typeof ResponseSchema>;

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
});
export type AuditReturn = z.infer<typeof AuditReturnSchema>;
