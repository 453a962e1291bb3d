import type { Framework, FrameworkMapping } from '@s11kit/schema';
import { catalogue, loaders } from './generated/catalogue.js';
import { mappingLoaders } from './generated/mapping-catalogue.js';

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
  if (!isFrameworkId(id)) throw new RangeError(`"${id}" is not a built-in framework: use one of ${frameworkIds.join(', ')}`);
  return (await loaders[id]()).default;
}

/** Id of a built-in mapping: the two framework ids joined by a double hyphen, source first. */
export type MappingId = keyof typeof mappingLoaders;

/** Every built-in mapping id, such as "portsmouth-compact--buckinghamshire-s11". */
export const mappingIds = Object.keys(mappingLoaders) as MappingId[];

/** Whether a string names a built-in mapping. */
export function isMappingId(id: string): id is MappingId {
  return Object.prototype.hasOwnProperty.call(mappingLoaders, id);
}

/**
 * Load the built-in mapping that translates returns of one built-in framework into drafts for
 * another, for `translateReturn` in @s11kit/schema. Each mapping is its own module. Every mapping
 * was checked with `parseMapping` against both frameworks when the package was built.
 *
 * @throws {RangeError} when there is no built-in mapping between the two; the message lists them.
 * @example
 * const mapping = await loadMapping('portsmouth-compact', 'buckinghamshire-s11');
 */
export async function loadMapping(fromId: FrameworkId | (string & {}), toId: FrameworkId | (string & {})): Promise<FrameworkMapping> {
  const id = `${fromId}--${toId}`;
  if (!isMappingId(id)) throw new RangeError(`There is no built-in mapping from "${fromId}" to "${toId}": use one of ${mappingIds.join(', ')}`);
  return (await mappingLoaders[id]()).default;
}

export { loadFrameworkOutline, outlineOf, OUTLINE_CUT, type FrameworkOutline, type StandardOutline } from './outline.js';
