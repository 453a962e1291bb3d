import type { Framework, Standard } from '../models/framework.js';

/** The words of a standard as a given sector sees them. */
export interface StandardWording {
  readonly title: string;
  readonly rationale: string;
  readonly expectations: readonly string[];
  readonly evidencePrompts: readonly string[];
}

/** A standard's wording for a sector: the sector's variant where it has one, else the standard's own. */
export function standardWording(standard: Standard, sector?: string): StandardWording {
  const variant = sector ? standard.variants?.find((v) => v.sector === sector) : undefined;
  return {
    title: variant?.title ?? standard.title,
    rationale: variant?.rationale ?? standard.rationale,
    expectations: variant?.expectations ?? standard.expectations,
    evidencePrompts: variant?.evidencePrompts ?? standard.evidencePrompts,
  };
}

/** Whether a standard applies to organisations of a sector (a standard without a list applies to all). */
export function appliesToSector(standard: Standard, sector: string): boolean {
  return !standard.sectors || standard.sectors.includes(sector);
}

/** The standards an organisation of this sector answers, in framework order. */
export function applicableStandards(framework: Framework, sector: string): Standard[] {
  return framework.standards.filter((standard) => appliesToSector(standard, sector));
}

/** "standard 6, Safe recruitment": how messages and summaries name a standard. */
export function standardName(standard: Standard, sector?: string): string {
  return `standard ${standard.number}, ${standardWording(standard, sector).title}`;
}
