/**
 * A copy of a string that shares no memory with the string it came from. Engines make `slice`
 * and `trim` cheap views into the original, so a 300-character quote kept from 100,000 returns
 * would otherwise keep every one of those returns' evidence alive. Slicing a joined string makes
 * the engine copy both parts into a new one first, which is the copy wanted.
 */
export function detach(text: string): string {
  return ` ${text}`.slice(1);
}

/**
 * Text shortened to about `max` characters at a word boundary, with "…" when something was cut,
 * and its white space tidied (evidence is often pasted with line breaks from a document).
 */
export function excerpt(text: string, max: number): string {
  const tidy = text.length > max * 4 ? text.slice(0, max * 4) : text;
  const flat = tidy.replace(/\s+/g, ' ').trim();
  if (flat.length <= max && tidy.length === text.length) return detach(flat);
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  // A single very long word (a pasted link) is cut where it stands rather than dropped.
  const words = space > max * 0.6 ? cut.slice(0, space) : cut;
  return detach(`${words.replace(/[\s,;:.–—-]+$/u, '')}…`);
}
