import { formatLongDate, londonDate, type ActionChange, type AuditReturn, type Framework } from '@s11kit/schema';
import type { HistoryEntryRow } from '../store/history.js';
import { html, type Html } from './html.js';

const day = (date: Date) => formatLongDate(londonDate(date.toISOString()) ?? date.toISOString().slice(0, 10));
/** "1 May 2026, 13:00", London time. */
export const when = (date: Date): string =>
  `${day(date)}, ${date.toLocaleTimeString('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit' })}`;

const STATUS = { 'not-started': 'Not started', 'in-progress': 'In progress', complete: 'Complete' } as const;

function changeWords(change: ActionChange): string {
  switch (change.kind) {
    case 'status':
      return `status ${STATUS[change.status] ?? change.status}${change.note ? `: ${change.note}` : ''}`;
    case 'progress':
      return `progress: ${change.note}${change.status ? ` (${STATUS[change.status] ?? change.status})` : ''}`;
    case 'revise-due':
      return `new due date ${formatLongDate(change.due)}, because ${change.reason}`;
    case 'complete':
      return `complete: ${change.evidence}`;
    default:
      return 'a change';
  }
}

const CHOICES: Record<string, string> = {
  tracking: 'chose to update the action plan',
  statement: 'chose to sign a statement of compliance',
  're-audit': 'chose a full re-audit',
};

/**
 * One entry in words: what happened. Standards are numbered from the framework, and an action by
 * its place in the return (`ret`, when given). Text people typed is escaped where it is rendered.
 */
export function entryWords(framework: Framework, entry: HistoryEntryRow, ret?: AuditReturn): string {
  const d = entry.detail as Record<string, unknown>;
  const standard = (id: unknown) => framework.standards.find((s) => s.id === id);
  switch (entry.kind) {
    case 'year-two-opened':
      return `Year 2 opened, carrying on return ${String(d.from ?? '')}`;
    case 'year-two-chosen':
      return `Year 2: ${CHOICES[String(d.choice)] ?? String(d.choice)}`;
    case 'action-updated': {
      const s = standard(d.standardId);
      const changes = (Array.isArray(d.changes) ? d.changes : []) as ActionChange[];
      const place = ret?.responses.find((r) => r.standardId === d.standardId)?.actions.findIndex((a) => a.id === d.actionId) ?? -1;
      return `Action ${place >= 0 ? place + 1 : String(d.actionId)} of ${s ? `standard ${s.number}` : String(d.standardId)}: ${changes.map(changeWords).join('; ')}`;
    }
    case 'statement-signed': {
      const signer = (d.signedBy ?? {}) as { name?: string; role?: string };
      const changed = Array.isArray(d.changedStandards) ? d.changedStandards.length : 0;
      return `Statement of compliance ${String(d.reference ?? '')} signed by ${signer.name ?? ''} (${signer.role ?? ''}), ${changed === 0 ? 'no rating changed' : changed === 1 ? '1 rating changed' : `${changed} ratings changed`}`;
    }
    case 'translation-made':
    case 'translation-refreshed': {
      const open = Array.isArray(d.needsAnswer) ? d.needsAnswer.length : 0;
      return `${entry.kind === 'translation-made' ? 'Translated' : 'Translated again'} from return ${String(d.from ?? '')}: ${open === 1 ? '1 standard needs' : `${open} standards need`} the agency’s answer`;
    }
    case 'translation-completed':
      return `Completed by the agency: return ${String(d.reference ?? '')}`;
    default:
      return entry.kind;
  }
}

const actorWords = (entry: HistoryEntryRow): string =>
  entry.actor_kind === 'staff' ? `${entry.actor_name} (partnership staff)` : entry.actor_kind === 'cli' ? `${entry.actor_name} (administrator)` : entry.actor_name;

/** The history as a table: when, who, what; oldest first, as it happened. */
export function historyTable(framework: Framework, entries: readonly HistoryEntryRow[], caption: string, ret?: AuditReturn): Html {
  if (!entries.length) return html`<p>Nothing has been recorded yet.</p>`;
  return html`<table class="table"><caption class="visually-hidden">${caption}</caption>
<thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">What</th></tr></thead>
<tbody>${entries.map((entry) => html`<tr><td>${when(entry.at)}</td><td>${actorWords(entry)}</td><td class="pre-wrap">${entryWords(framework, entry, ret)}</td></tr>`)}</tbody></table>`;
}
