/**
 * A request path as logs may show it: agency link tokens, signer link tokens and set-password tokens are
 * credentials, so they are replaced, and no query string is kept (it may carry anything).
 */
export function redactPath(url: string): string {
  const path = url.split('?')[0] ?? '';
  return path
    .replace(/^\/a\/[^/]+/, '/a/:token')
    .replace(/^\/s\/[^/]+/, '/s/:token')
    .replace(/^\/set-password\/[^/]+/, '/set-password/:token');
}
