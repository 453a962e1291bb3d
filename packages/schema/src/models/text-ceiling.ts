/**
 * Hard ceilings on text. They are safety limits against hostile or broken input, far above
 * anything a person would type; the limits people see come from the framework
 * (`evidenceMaxLength`) and are checked as rules so that the message can say how to fix it.
 *
 * A module of its own, without zod, so that code bound for the browser (year-2 updates, return
 * translation) can read the ceilings without pulling the zod models into a CDN bundle.
 */
export const TEXT_CEILING = {
  short: 500,
  medium: 5_000,
  long: 100_000,
} as const;
