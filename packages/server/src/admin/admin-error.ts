/** Bad input to an administrative command: the message says which value and how to fix it. */
export class AdminError extends Error {
  override readonly name = 'AdminError';
}
