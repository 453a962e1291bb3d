import type { AgencyStore } from './agency-store.js';
import { Tally, type ItemFigures, type StandardFigures } from './standard-figures.js';

/** The per-standard figures of one sector or one partnership. */
export interface GroupFigures {
  /** Sector or partnership id. */
  readonly id: string;
  /** Its label (sector) or name (partnership). */
  readonly label: string;
  readonly agencies: number;
  readonly standards: readonly StandardFigures[];
  /** Every item of every standard, in framework order. */
  readonly items: readonly ItemFigures[];
}

export interface Breakdowns {
  readonly overall: readonly StandardFigures[];
  readonly items: readonly ItemFigures[];
  readonly bySector: readonly GroupFigures[];
  readonly byPartnership: readonly GroupFigures[];
}

/**
 * Count every agency's row once into the whole partnership, its sector, and each partnership it
 * returned to (an agency that serves two partnerships counts in both). Worked out from the
 * matrix when asked, so that a replaced duplicate never needs subtracting.
 */
export function breakdowns(store: AgencyStore): Breakdowns {
  const { layout, cells, agencies } = store;
  const { framework } = layout;
  const overall = new Tally(layout);
  const sectors = new Map(framework.sectors.map((sector) => [sector.id, new Tally(layout)]));
  const partnerships = new Map(framework.partnerships.map((partnership) => [partnership.id, new Tally(layout)]));
  agencies.forEach((agency, row) => {
    const offset = row * layout.width;
    const applies = layout.applies(agency.sector);
    overall.add(cells, offset, applies);
    sectors.get(agency.sector)?.add(cells, offset, applies);
    for (const id of agency.partnerships) partnerships.get(id)?.add(cells, offset, applies);
  });
  const group = (id: string, label: string, tally: Tally): GroupFigures => ({ id, label, agencies: tally.agencies, standards: tally.figures(), items: tally.itemFigures() });
  return {
    overall: overall.figures(),
    items: overall.itemFigures(),
    bySector: framework.sectors.map((sector) => group(sector.id, sector.label, sectors.get(sector.id)!)),
    byPartnership: framework.partnerships.map((partnership) => group(partnership.id, partnership.name, partnerships.get(partnership.id)!)),
  };
}
