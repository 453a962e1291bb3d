import { formatLongDate, type ActionChange, type AuditReturn, type EventActor, type Framework, type ReturnEvent } from '@s11kit/schema';
import { html, type Html } from './html.js';
import { when } from './when.js';

export { when };

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

const REMINDER_STATE = { 'not-started': 'not started', draft: 'a draft' } as const;

/** Who took a step, as they were named then. */
export function actorWords(actor: EventActor): string {
  switch (actor.kind) {
    case 'agency':
      return actor.name;
    case 'signer':
      return `${actor.name}, ${actor.role} (signing off)`;
    case 'staff':
      return `${actor.name} (partnership staff)`;
    case 'cli':
      return `${actor.login} (administrator)`;
    default:
      return 'The collector';
  }
}

/** What a step happened to: a standard by its number, and an action by its place in the return (`ret`, when given). */
interface Naming {
  readonly standard: (id: string) => string;
  readonly action: (standardId: string, actionId: string) => string;
  /** The standard (and action) a challenge is about, from the step that raised it. */
  readonly challenge: (challengeId: string) => string;
}

function naming(framework: Framework, history: readonly ReturnEvent[], ret: AuditReturn | undefined): Naming {
  const standard = (id: string) => {
    const found = framework.standards.find((s) => s.id === id);
    return found ? `standard ${found.number}` : id;
  };
  const action = (standardId: string, actionId: string) => {
    const place = ret?.responses.find((r) => r.standardId === standardId)?.actions.findIndex((a) => a.id === actionId) ?? -1;
    return `action ${place >= 0 ? place + 1 : actionId} of ${standard(standardId)}`;
  };
  const raised = new Map(history.flatMap((event) => (event.kind === 'challenge-raised' ? [[event.challengeId, event] as const] : [])));
  const challenge = (challengeId: string) => {
    const first = raised.get(challengeId);
    if (!first) return 'a challenge';
    return first.actionId ? action(first.standardId, first.actionId) : standard(first.standardId);
  };
  return { standard, action, challenge };
}

const plural = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** One step in words: what happened. Text people typed is escaped where it is rendered. */
function stepWords(event: ReturnEvent, name: Naming): string {
  switch (event.kind) {
    case 'sign-off-requested':
      return `Sent for sign-off to ${event.signer.name} (${event.signer.role}): the answers saved as draft ${event.revision}`;
    case 'sign-off-sent-back':
      return `Sent back without signing: ${event.comment}`;
    case 'signed-off':
      return `Signed off the answers saved as draft ${event.revision}`;
    case 'return-submitted':
      return `Return ${event.reference} sent (version ${event.version})${event.signOffRequestId ? ', as signed off' : ''}`;
    case 'review-selected':
      return `Chosen for review${event.method === 'random' ? ' in a random sample' : ''}: ${event.reason}`;
    case 'challenge-raised':
      return `Challenged ${event.actionId ? name.action(event.standardId, event.actionId) : name.standard(event.standardId)} (version ${event.version}): ${event.text}`;
    case 'challenge-answered':
      return `Answered the challenge on ${name.challenge(event.challengeId)} (version ${event.version}): ${event.text}`;
    case 'challenge-accepted':
      return `Accepted the answer on ${name.challenge(event.challengeId)}`;
    case 'challenge-reopened':
      return `Challenged ${name.challenge(event.challengeId)} again: ${event.text}`;
    case 'reminder-sent':
      return `Reminder ${event.channel === 'email' ? `emailed to ${event.to ?? ''}` : 'in a mail-merge file'} (the return was ${REMINDER_STATE[event.state]})`;
    case 'year-two-opened':
      return `Year 2 opened, carrying on return ${event.from}`;
    case 'year-two-chosen':
      return `Year 2: ${CHOICES[event.choice] ?? event.choice}`;
    case 'action-updated':
      return `${capital(name.action(event.standardId, event.actionId))}: ${event.changes.map(changeWords).join('; ')}`;
    case 'statement-signed': {
      const { signedBy, changedStandards } = event.statement;
      return `Statement of compliance ${event.reference} signed by ${signedBy.name} (${signedBy.role}), ${changedStandards.length === 0 ? 'no rating changed' : `${plural(changedStandards.length, 'rating', 'ratings')} changed`}`;
    }
    case 'translation-made':
    case 'translation-refreshed':
      return `${event.kind === 'translation-made' ? 'Translated' : 'Translated again'} from return ${event.from}: ${plural(event.needsAnswer.length, 'standard needs', 'standards need')} the agency’s answer`;
    case 'translation-completed':
      return `Completed by the agency: return ${event.reference}`;
    default:
      return (event as { kind: string }).kind;
  }
}

/**
 * A return's history as a table: when, who, what; oldest first, as it happened. The one way a
 * history is shown, whatever its steps: sign-off, submits, challenges, reminders, year 2,
 * translations. `steps` may be part of `history` (one challenge's thread); `history` names what
 * the steps refer to.
 */
export function historyTable(
  framework: Framework,
  steps: readonly ReturnEvent[],
  caption: string,
  options: { ret?: AuditReturn | undefined; history?: readonly ReturnEvent[] } = {},
): Html {
  if (!steps.length) return html`<p>Nothing has been recorded yet.</p>`;
  const name = naming(framework, options.history ?? steps, options.ret);
  return html`<table class="table history"><caption class="visually-hidden">${caption}</caption>
<thead><tr><th scope="col" class="numeric">Step</th><th scope="col">When</th><th scope="col">Who</th><th scope="col">What</th></tr></thead>
<tbody>${steps.map(
    (event) =>
      html`<tr data-kind="${event.kind}"><td class="numeric">${event.seq}</td><td>${when(event.at)}</td><td>${actorWords(event.actor)}</td><td class="pre-wrap">${stepWords(event, name)}</td></tr>`,
  )}</tbody></table>`;
}
