import type { NotificationView } from '@app/notifications';
import type { Page } from '@app/shared';

export interface NotificationItem {
  title: string;
  body: string;
  /** Only a path on this site: a link stored with a notification is never followed off it. */
  href: string | null;
  sent: string;
  unread: boolean;
}

export interface NotificationsPageView {
  items: NotificationItem[];
  total: number;
  pagination: { previous?: { href: string }; next?: { href: string } } | null;
}

const SENT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit', hour12: true, timeZone: 'Europe/London' });

/** "27 November 2026 at 11:45pm", GOV.UK's way of writing a date and time. */
export function formatSent(iso: string): string {
  const parts = Object.fromEntries(SENT.formatToParts(new Date(iso)).map((part) => [part.type, part.value]));
  return `${parts.day} ${parts.month} ${parts.year} at ${parts.hour}:${parts.minute}${(parts.dayPeriod ?? '').toLowerCase().replace(/\s/g, '')}`;
}

function sitePath(link: string | null): string | null {
  return link && link.startsWith('/') && !link.startsWith('//') && !link.startsWith('/\\') ? link : null;
}

export function toNotificationsPageView(page: Page<NotificationView>): NotificationsPageView {
  const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
  const href = (number: number) => `/notifications?page=${number}`;
  return {
    items: page.items.map((item) => ({ title: item.title, body: item.body, href: sitePath(item.link), sent: formatSent(item.createdAt), unread: item.readAt === null })),
    total: page.total,
    pagination:
      pages > 1
        ? {
            ...(page.page > 1 ? { previous: { href: href(page.page - 1) } } : {}),
            ...(page.page < pages ? { next: { href: href(page.page + 1) } } : {}),
          }
        : null,
  };
}
