/**
 * Fixed lists of the model, as plain constants without zod, so that elements and code bound for
 * the browser can offer and check them without pulling the zod models into a CDN bundle. The zod
 * models build their enums from these lists: one source.
 */

/** Every status an action can have, in the order people move through them. */
export const ACTION_STATUSES = ['not-started', 'in-progress', 'complete'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/**
 * Registers that give an organisation a stable identifier, so that its returns match across
 * cycles whatever its name: `ods` the NHS Organisation Data Service code, `urn` a school's or
 * college's unique reference number (Get Information about Schools), `ofsted-urn` Ofsted's number
 * for an early years or childcare provider, `charity` a charity registration number, `company` a
 * Companies House number, `local` an id the partnership gives.
 */
export const IDENTIFIER_SCHEMES = ['ods', 'urn', 'ofsted-urn', 'charity', 'company', 'local'] as const;
export type IdentifierScheme = (typeof IDENTIFIER_SCHEMES)[number];

/** How a standard with items takes its rating: from its worst item, or rated on its own. */
export const ROLL_UPS = ['worst-item', 'none'] as const;
export type RollUp = (typeof ROLL_UPS)[number];
