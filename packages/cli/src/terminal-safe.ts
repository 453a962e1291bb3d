/**
 * Text from files (names, contents quoted in a reason) can hold control characters: an escape
 * sequence that recolours or clears the terminal, a carriage return that forges a line, a
 * right-to-left override that reverses what follows. Shown as `\x1b`, `\r`, `\u202e` instead,
 * so the terminal shows what is there rather than doing what it says. Tabs and new lines stay.
 */
// C0 controls but tab and line feed, DEL, C1 controls, and the bidirectional overrides and isolates.
// eslint-disable-next-line no-control-regex -- matching control characters is what this is for
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (char) => {
    const code = char.charCodeAt(0);
    if (char === '\r') return '\\r';
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
