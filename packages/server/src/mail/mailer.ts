import nodemailer from 'nodemailer';
import type { Queryable } from '../db/database.js';

/** An SMTP relay to send reminders and sign-off links through. */
export interface MailOptions {
  /** `smtp://host:587` (STARTTLS when the relay offers it), `smtps://host:465`, with `user:password@` if the relay wants a login. */
  readonly url: string;
  /** The From address, such as `"Portsmouth SCP" <s11@portsmouth.example>`. */
  readonly from: string;
}

export interface Message {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

/** What the collector sends mail with; one message, one recipient, so no agency ever sees another's address. */
export interface Mailer {
  /** Resolves with the relay's message id once the relay has accepted the message; rejects otherwise. */
  send(message: Message): Promise<string>;
  close(): void;
}

// A relay that hangs must not hold a request (or, on PGlite, the database) for long.
const TIMEOUT_MS = 15_000;

export function smtpMailer(options: MailOptions): Mailer {
  const url = new URL(options.url);
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') throw new Error(`the mail relay ${url.protocol}//${url.host}: use an smtp:// or smtps:// URL`);
  const transport = nodemailer.createTransport(
    {
      host: url.hostname,
      port: url.port ? Number(url.port) : url.protocol === 'smtps:' ? 465 : 587,
      secure: url.protocol === 'smtps:',
      ...(url.username ? { auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } } : {}),
      connectionTimeout: TIMEOUT_MS,
      greetingTimeout: TIMEOUT_MS,
      socketTimeout: TIMEOUT_MS,
    },
    { from: options.from },
  );
  return {
    async send(message) {
      const info = await transport.sendMail({ to: message.to, subject: message.subject, text: message.text, disableFileAccess: true, disableUrlAccess: true });
      if (info.rejected.length || !info.accepted.length) throw new Error('the relay did not accept the recipient');
      return info.messageId;
    },
    close: () => transport.close(),
  };
}

/** An address as it may be written to: one mailbox, nothing that could smuggle a second one in. */
export const EMAIL = /^[^\s@,;<>"()[\]\\]+@[^\s@,;<>"()[\]\\]+\.[^\s@,;<>"()[\]\\]+$/;
export const normaliseAddress = (email: string): string => email.trim().toLowerCase();

/** Every address the collector may write to for a campaign: the contacts of its agencies and the signers its agencies asked. */
export async function campaignAddresses(db: Queryable, campaignId: string): Promise<Set<string>> {
  const { rows } = await db.query<{ email: string }>(
    `select a.contact_email as email from campaign_agencies ca join agencies a on a.id = ca.agency_id
     where ca.campaign_id = $1 and a.contact_email is not null
     union
     select e.data->'signer'->>'email' from return_events e where e.campaign_id = $1 and e.kind = 'sign-off-requested'`,
    [campaignId],
  );
  return new Set(rows.map((row) => normaliseAddress(row.email)));
}

export class OutsideCampaignError extends Error {
  override readonly name = 'OutsideCampaignError';
}

/**
 * Send a message of a campaign, only ever to an address of that campaign: whatever a caller
 * passes, a message to anyone else is refused before the relay sees it.
 */
export async function sendWithinCampaign(db: Queryable, mailer: Mailer, campaignId: string, message: Message): Promise<string> {
  const to = normaliseAddress(message.to);
  if (!EMAIL.test(to) || !(await campaignAddresses(db, campaignId)).has(to))
    throw new OutsideCampaignError(`refused to write to an address that is not part of campaign ${campaignId}`);
  return mailer.send({ ...message, to });
}
