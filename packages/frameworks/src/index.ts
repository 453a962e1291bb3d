import type { Framework } from '@s11kit/schema';
import { catalogue, loaders } from './generated/catalogue.js';

/** Id of a built-in framework. */
export type FrameworkId = keyof typeof loaders;

/** Summary of a built-in framework: enough to list and choose one without loading it. */
export type FrameworkSummary = (typeof catalogue)[number];

/** Every built-in framework id. */
export const frameworkIds = Object.keys(loaders) as FrameworkId[];

/** Every built-in framework's id, title, version, scale, sectors and number of standards. */
export const frameworkCatalogue: readonly FrameworkSummary[] = catalogue;

/** Whether a string names a built-in framework. */
export function isFrameworkId(id: string): id is FrameworkId {
  return Object.prototype.hasOwnProperty.call(loaders, id);
}

/**
 * Load a built-in framework. Each framework is its own module, so a page that loads one downloads
 * only that one. The data was checked with `parseFramework` when the package was built.
 *
 * @throws {RangeError} when `id` is not a built-in framework; the message lists the ids.
 */
export async function loadFramework(id: string): Promise<Framework> {
  if (!isFrameworkId(id))
    throw new RangeError(`"${id}" is not a built-in framework: use one of ${frameworkIds.join(', ')}`);
  return (await loaders[id]()).default;
}
