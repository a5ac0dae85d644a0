export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
}

/** Sends email; the one SMTP implementation lives in infrastructure, made from configuration. */
export abstract class MailSender {
  /** False when no SMTP server is configured: notifications stay in-app only. */
  abstract readonly enabled: boolean;
  /** Where mail goes, without credentials, for logs. */
  abstract describe(): string;
  /** Resolves once the SMTP server accepted the message; throws PermanentDeliveryError for a 5xx refusal. */
  abstract send(email: OutgoingEmail): Promise<void>;
}

/** The server refused the message for good (unknown mailbox, rejected content): retrying cannot help. */
export class PermanentDeliveryError extends Error {
  constructor(readonly responseCode: number) {
    // The server's own text often quotes the address; the code alone says enough for the logs.
    super(`The SMTP server refused the email permanently (${responseCode})`);
    this.name = 'PermanentDeliveryError';
  }
}

/**
 * Sending failed for now (server down, greylisting, timeout): the job retries. Carries only the error
 * code and SMTP reply code, never the server's text, which often quotes the recipient's address and
 * would otherwise reach the logs and the queue dashboard.
 */
export class TransientDeliveryError extends Error {
  constructor(code: string | undefined, responseCode: number | undefined) {
    super(`Sending the email failed for now (${[code, responseCode].filter((part) => part !== undefined).join(' ') || 'no code'}); it will be retried`);
    this.name = 'TransientDeliveryError';
  }
}
