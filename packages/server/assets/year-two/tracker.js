// Loads the action plan into <s11-action-tracker> (its data-src: { framework, value }) and says so
// when that fails. Plain JavaScript served as it is: the page runs under a CSP that allows only
// the collector's own scripts and sets no HTML from strings (Trusted Types).
import '/assets/cdn/s11kit-partnership.js';

const tracker = document.querySelector('s11-action-tracker');
const status = document.getElementById('load-status');
if (tracker) {
  try {
    const response = await fetch(tracker.dataset.src, { credentials: 'same-origin', headers: { accept: 'application/json' } });
    if (response.status === 401) status.textContent = 'Your session has ended: sign in again to see the action plan.';
    else if (response.status === 404) status.textContent = 'There is no action plan at this address. If you followed a link, ask your partnership for a new one.';
    else if (!response.ok) throw new Error(`status ${response.status}`);
    else {
      const { framework, value } = await response.json();
      tracker.framework = framework;
      tracker.value = value;
      status.textContent = '';
      status.hidden = true;
    }
  } catch {
    status.textContent = 'The action plan could not be loaded. Reload the page to try again; nothing you saved is lost.';
  }
}
