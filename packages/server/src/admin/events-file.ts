import { csvRow, type ReturnEvent } from '@s11kit/schema';

const BOM = '\uFEFF';

/** Who took a step, in words, named as they were then. */
function actorText({ actor }: ReturnEvent): string {
  switch (actor.kind) {
    case 'agency':
      return `agency: ${actor.name}`;
    case 'signer':
      return `signer: ${actor.name}, ${actor.role}`;
    case 'staff':
      return `staff: ${actor.name}`;
    case 'cli':
      return `administrator: ${actor.login}`;
    default:
      return 'collector';
  }
}

const CORE = new Set(['id', 'seq', 'at', 'campaignId', 'agencyId', 'actor', 'kind']);

/** The history of a campaign as CSV, one row a step of any kind (sign-off to year 2): what analysts open in a spreadsheet. `events.jsonl` carries the same steps whole. */
export function eventsCsv(events: readonly ReturnEvent[], agencyName: (id: string) => string): string {
  const lines = [BOM + csvRow(['agency_id', 'agency', 'seq', 'at', 'kind', 'actor', 'thread', 'text', 'detail'])];
  for (const event of events) {
    const record = event as unknown as Record<string, unknown>;
    const thread = typeof record.requestId === 'string' ? record.requestId : typeof record.challengeId === 'string' ? record.challengeId : '';
    const text = typeof record.text === 'string' ? record.text : typeof record.comment === 'string' ? record.comment : typeof record.reason === 'string' ? record.reason : '';
    const detail = Object.fromEntries(Object.entries(record).filter(([key]) => !CORE.has(key) && key !== 'text' && key !== 'comment' && key !== 'reason'));
    lines.push(csvRow([event.agencyId, agencyName(event.agencyId), event.seq, event.at, event.kind, actorText(event), thread, text, JSON.stringify(detail)]));
  }
  return lines.join('');
}

/** One JSON object a line, each a ReturnEvent (return-event.schema.json of @s11kit/schema). */
export const eventsJsonLines = (events: readonly ReturnEvent[]): string => events.map((event) => JSON.stringify(event) + '\n').join('');
