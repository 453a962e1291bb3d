const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Text made safe to put in HTML, between tags or inside a quoted attribute: every character that
 * could end the text, start a tag or close the attribute becomes an entity. Names and evidence in
 * a report come from hundreds of organisations; none of it may become markup.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character]!);
}
