import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { createTransport, Transporter } from 'nodemailer';
import { MailSender, OutgoingEmail, PermanentDeliveryError, TransientDeliveryError } from '../application/mail-sender';

/** SMTP replies that mean "never": the recipient or the message itself was refused (not 503, a protocol slip). */
function permanentRefusal(error: unknown): number | null {
  const { code, responseCode } = (error ?? {}) as { code?: string; responseCode?: number };
  const refused = code === 'EENVELOPE' || code === 'EMESSAGE';
  return refused && typeof responseCode === 'number' && responseCode >= 500 && responseCode < 600 && responseCode !== 503 ? responseCode : null;
}

/**
 * The one place a nodemailer transport is made: from SMTP_URL, opened on first use (an app that
 * never emails never connects) and closed on shutdown.
 */
@Injectable()
export class SmtpMailSender extends MailSender implements OnApplicationShutdown {
  private transport?: Transporter;

  constructor(@Inject(AppConfig) private readonly config: AppConfig) {
    super();
  }

  get enabled(): boolean {
    return this.config.mail.smtpUrl !== undefined;
  }

  describe(): string {
    if (!this.config.mail.smtpUrl) return 'off';
    const url = new URL(this.config.mail.smtpUrl);
    return `${url.protocol}//${url.host}`;
  }

  async send(email: OutgoingEmail): Promise<void> {
    const url = this.config.mail.smtpUrl;
    if (!url) throw new Error('Email is off: SMTP_URL is not set');
    // nodemailer's defaults wait minutes for a dead server; a job should fail fast and retry instead.
    this.transport ??= createTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 });
    try {
      await this.transport.sendMail({
        from: this.config.mail.from,
        to: email.to,
        subject: email.subject,
        text: email.text,
        html: email.html,
        messageId: email.messageId,
        // Asks mail systems not to auto-reply (RFC 3834).
        headers: { 'Auto-Submitted': 'auto-generated' },
      });
    } catch (error) {
      const refusal = permanentRefusal(error);
      if (refusal !== null) throw new PermanentDeliveryError(refusal);
      const { code, responseCode } = (error ?? {}) as { code?: string; responseCode?: number };
      throw new TransientDeliveryError(code, responseCode);
    }
  }

  onApplicationShutdown(): void {
    this.transport?.close();
    this.transport = undefined;
  }
}
