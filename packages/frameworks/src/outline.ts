import type { Framework, Standard } from '@s11kit/schema';
import { outlineLoaders } from './generated/outline-catalogue.js';

/**
 * What an outline leaves out: the wording only the pages after the task list show (a standard's
 * own page, the organisation page, the staff survey). Everything else is kept, including anything a
 * later version of the model adds, so that whatever the task list, the statuses and a new draft
 * read is in the outline.
 */
export const OUTLINE_CUT = {
  framework: ['summary', 'staffSurvey'],
  sector: ['description'],
  coverField: ['hint'],
  standard: ['rationale', 'expectations', 'evidencePrompts'],
  variant: ['rationale', 'expectations', 'evidencePrompts'],
  item: ['title', 'hint'],
} as const;

type Cut<T, K extends readonly PropertyKey[]> = Omit<T, K[number]>;
type Of<T extends readonly unknown[] | undefined> = NonNullable<T>[number];

/** A standard in an outline: its id, number, title (and each sector's title), sectors, items' ids, and the rest. */
export type StandardOutline = Cut<Standard, typeof OUTLINE_CUT.standard | ['variants', 'items']> & {
  readonly variants?: readonly Cut<Of<Standard['variants']>, typeof OUTLINE_CUT.variant>[];
  readonly items?: readonly Cut<Of<Standard['items']>, typeof OUTLINE_CUT.item>[];
};

/**
 * A built-in framework without the wording of the pages after the task list: enough to show the
 * task list (titles in every sector's wording, which standards apply) and to work out each task's
 * status and a new draft, at a fraction of the bytes. `@s11kit/components` paints the task list
 * from it and loads the whole framework after.
 */
export type FrameworkOutline = Cut<Framework, typeof OUTLINE_CUT.framework | ['standards', 'sectors', 'coverSheet']> & {
  readonly sectors: readonly Cut<Framework['sectors'][number], typeof OUTLINE_CUT.sector>[];
  readonly coverSheet: readonly Cut<Framework['coverSheet'][number], typeof OUTLINE_CUT.coverField>[];
  readonly standards: readonly StandardOutline[];
};

const without = <T extends object>(object: T, keys: readonly string[]) => Object.fromEntries(Object.entries(object).filter(([key]) => !keys.includes(key)));

/** The outline of a framework (what `loadFrameworkOutline` gives for a built-in one). */
export function outlineOf(framework: Framework): FrameworkOutline {
  return {
    ...without(framework, OUTLINE_CUT.framework),
    sectors: framework.sectors.map((sector) => without(sector, OUTLINE_CUT.sector)),
    coverSheet: framework.coverSheet.map((field) => without(field, OUTLINE_CUT.coverField)),
    standards: framework.standards.map((standard) => {
      const outline = without(standard, OUTLINE_CUT.standard) as Record<string, unknown>;
      if (standard.variants) outline.variants = standard.variants.map((variant) => without(variant, OUTLINE_CUT.variant));
      if (standard.items) outline.items = standard.items.map((item) => without(item, OUTLINE_CUT.item));
      return outline;
    }),
  } as unknown as FrameworkOutline;
}

/**
 * Load the outline of a built-in framework: its own small module, which bundlers split like the
 * frameworks themselves.
 *
 * @throws {RangeError} when `id` is not a built-in framework; the message lists the ids.
 */
export async function loadFrameworkOutline(id: string): Promise<FrameworkOutline> {
  if (!Object.hasOwn(outlineLoaders, id)) throw new RangeError(`"${id}" is not a built-in framework: use one of ${Object.keys(outlineLoaders).join(', ')}`);
  return (await outlineLoaders[id as keyof typeof outlineLoaders]()).default;
}
