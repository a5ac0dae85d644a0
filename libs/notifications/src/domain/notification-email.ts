/** What an email about one notification says; pure, so it is tested without a mail server. */

export interface EmailedNotification {
  id: string;
  title: string;
  body: string;
  link: string | null;
}

export interface NotificationEmail {
  subject: string;
  text: string;
  html: string;
  /** Made from the notification id: a copy sent again after a crash carries the same Message-ID. */
  messageId: string;
}

export interface EmailSettings {
  /** The web service's public address, without a trailing slash. */
  publicBaseUrl: string;
  /** The sender mailbox; its domain names the Message-ID. */
  from: string;
}

export function renderNotificationEmail(notification: EmailedNotification, recipientName: string, settings: EmailSettings): NotificationEmail {
  const link = absoluteLink(notification.link, settings.publicBaseUrl);
  const allNotifications = `${settings.publicBaseUrl}/notifications`;
  const subject = oneLine(notification.title);
  const text = [
    `Hello ${oneLine(recipientName)},`,
    '',
    notification.body,
    ...(link ? ['', `Open it: ${link}`] : []),
    '',
    '--',
    `Procurement Commons. All your notifications: ${allNotifications}`,
  ].join('\n');
  const html = [
    '<!DOCTYPE html>',
    `<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #0b0c0c">',
    `<p>Hello ${escapeHtml(oneLine(recipientName))},</p>`,
    `<h1 style="font-size: 24px">${escapeHtml(subject)}</h1>`,
    `<p>${escapeHtml(notification.body).replace(/\r?\n/g, '<br>')}</p>`,
    ...(link ? [`<p><a href="${escapeHtml(link)}">Open it on Procurement Commons</a></p>`] : []),
    `<p style="color: #505a5f; font-size: 14px">Procurement Commons. <a href="${escapeHtml(allNotifications)}">All your notifications</a></p>`,
    '</body></html>',
  ].join('\n');
  return { subject, text, html, messageId: messageIdFor(notification.id, settings.from) };
}

/** Escapes the five characters that matter in HTML text and attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => HTML_ENTITIES[character]);
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Notifications link to paths of the web service ("/opportunities/…"). Only such a path, or an
 * http(s) address, becomes a link: anything else (a `javascript:` URL) is left out of the email.
 */
export function absoluteLink(link: string | null, publicBaseUrl: string): string | null {
  if (!link) return null;
  if (link.startsWith('/') && !link.startsWith('//')) return `${publicBaseUrl}${link}`;
  return /^https?:\/\/[^/]/i.test(link) && URL.canParse(link) ? link : null;
}

/** `<notification.<id>@<domain of the sender>>`: stable per notification, recognisable as ours. */
export function messageIdFor(notificationId: string, from: string): string {
  const domain = /@([^\s<>@]+)>?\s*$/.exec(from)?.[1] ?? 'localhost';
  return `<notification.${notificationId}@${domain}>`;
}

/** A header must not break across lines. */
function oneLine(value: string): string {
  return value.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
