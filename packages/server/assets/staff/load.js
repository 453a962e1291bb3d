// Loads the JSON an element of a staff page shows (its data-src) and says so when that fails.
// Plain JavaScript served as it is: the pages run under a CSP that allows only the collector's
// own scripts, and set no HTML from strings (Trusted Types).
export async function loadInto(selector, apply) {
  const element = document.querySelector(selector);
  const status = document.getElementById('load-status');
  if (!element) return;
  try {
    const response = await fetch(element.dataset.src, { credentials: 'same-origin', headers: { accept: 'application/json' } });
    if (response.status === 401) {
      status.textContent = 'Your session has ended: sign in again to see the figures.';
      return;
    }
    if (!response.ok) throw new Error(`status ${response.status}`);
    apply(element, await response.json());
    status.textContent = '';
    status.hidden = true;
  } catch {
    status.textContent = 'The figures could not be loaded. Reload the page to try again.';
  }
}
