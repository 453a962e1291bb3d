import { IDENTIFIER_SCHEMES, type AgencyIdentifier, type IdentifierScheme } from '../store/rows.js';
import { AdminError } from './admin-error.js';

const FORMATS: Record<IdentifierScheme, { pattern: RegExp; what: string }> = {
  ods: { pattern: /^[A-Z0-9]{3,10}$/, what: 'an NHS ODS code of 3 to 10 letters and digits, such as RHU' },
  urn: { pattern: /^\d{6}$/, what: 'a school URN of 6 digits, such as 116242' },
  'ofsted-urn': { pattern: /^(EY|SC)?\d{6,7}$/, what: 'an Ofsted URN such as EY123456 or 2500123' },
  charity: { pattern: /^\d{6,8}(-\d{1,3})?$/, what: 'a charity number of 6 to 8 digits, such as 1123456' },
  company: { pattern: /^([A-Z]{2}\d{6}|\d{8})$/, what: 'a company number of 8 characters, such as 01234567 or SC123456' },
  local: { pattern: /^[\x21-\x7e]([\x20-\x7e]{0,98}[\x21-\x7e])?$/, what: 'the partnership’s own id: up to 100 printable characters' },
};

/** `scheme:value`, such as `ods:RHU` or `urn:116242`, checked against the scheme's format. */
export function parseIdentifier(text: string): AgencyIdentifier {
  const colon = text.indexOf(':');
  const scheme = (colon < 0 ? '' : text.slice(0, colon).trim().toLowerCase()) as IdentifierScheme;
  if (!IDENTIFIER_SCHEMES.includes(scheme))
    throw new AdminError(`identifier "${text}": write it as scheme:value, with a scheme of ${IDENTIFIER_SCHEMES.join(', ')} (for example ods:RHU)`);
  const raw = text.slice(colon + 1).trim();
  const value = scheme === 'local' ? raw : raw.toUpperCase().replace(/\s+/g, '');
  const format = FORMATS[scheme];
  if (!format.pattern.test(value)) throw new AdminError(`identifier "${text}": a ${scheme} identifier is ${format.what}`);
  return { scheme, value };
}

export const formatIdentifier = (identifier: AgencyIdentifier): string => `${identifier.scheme}:${identifier.value}`;
