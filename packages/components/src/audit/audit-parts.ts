// The elements a standard's page is made of, and the error summary: registered when this chunk
// arrives. The audit loads them with the rest of itself (audit-more.ts); a page of cards alone, or
// raters alone, gets them from the CDN bundle after its first paint without the audit's pages,
// checks and sending.
import '../error-summary/s11-error-summary.js';
import '../standard-card/s11-standard-card.js';
