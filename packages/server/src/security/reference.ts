import { randomBytes } from 'node:crypto';

// Crockford's base 32 without I, L, O and U: nothing to misread when it is read out on the phone.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A receipt reference such as `S11-7KQ2-M4XD`: 40 random bits, unique by a database constraint. */
export function newReference(): string {
  const bytes = randomBytes(8);
  let text = '';
  for (let i = 0; i < 8; i++) text += ALPHABET[bytes[i]! & 31];
  return `S11-${text.slice(0, 4)}-${text.slice(4)}`;
}
