import type { Framework, Standard, StandardVariant } from '@s11kit/schema';
import { outlineLoaders } from './generated/outline-catalogue.js';

/**
 * What an outline leaves out: the wording only a standard's own page shows. Everything else is
 * kept, including anything a later version of the model adds, so that whatever the task list, the
 * statuses and a new draft read is in the outline.
 */
export const OUTLINE_CUT = {
  standard: ['rationale', 'expectations', 'evidencePrompts'],
  variant: ['rationale', 'expectations'],
} as const;

type Cut<T, K extends readonly PropertyKey[]> = Omit<T, K[number]>;

/** A standard in an outline: its id, number, title (and each sector's title), sectors, and the rest. */
export type StandardOutline = Cut<Standard, typeof OUTLINE_CUT.standard | ['variants']> & {
  readonly variants?: readonly Cut<StandardVariant, typeof OUTLINE_CUT.variant>[];
};

/**
 * A built-in framework without its standards' long wording: enough to show the task list (titles
 * in every sector's wording, which standards apply) and to work out each task's status and a new
 * draft, at about a fifth of the bytes. `@s11kit/components` paints the task list from it and
 * loads the whole framework after.
 */
export type FrameworkOutline = Omit<Framework, 'standards'> & { readonly standards: readonly StandardOutline[] };

const without = <T extends object>(object: T, keys: readonly string[]) =>
  Object.fromEntries(Object.entries(object).filter(([key]) => !keys.includes(key)));

/** The outline of a framework (what `loadFrameworkOutline` gives for a built-in one). */
export function outlineOf(framework: Framework): FrameworkOutline {
  return {
    ...framework,
    standards: framework.standards.map((standard) => {
      const outline = without(standard, OUTLINE_CUT.standard) as Record<string, unknown>;
      if (standard.variants) outline.variants = standard.variants.map((variant) => without(variant, OUTLINE_CUT.variant));
      return outline as StandardOutline;
    }),
  };
}

/**
 * Load the outline of a built-in framework: its own small module, which bundlers split like the
 * frameworks themselves.
 *
 * @throws {RangeError} when `id` is not a built-in framework; the message lists the ids.
 */
export async function loadFrameworkOutline(id: string): Promise<FrameworkOutline> {
  if (!Object.hasOwn(outlineLoaders, id))
    throw new RangeError(`"${id}" is not a built-in framework: use one of ${Object.keys(outlineLoaders).join(', ')}`);
  return (await outlineLoaders[id as keyof typeof outlineLoaders]()).default;
}
