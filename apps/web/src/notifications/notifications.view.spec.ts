import { formatSent, toNotificationsPageView } from './notifications.view';

describe('toNotificationsPageView', () => {
  const item = { id: 'n1', kind: 'k', title: 'Published', body: 'Buyers can find it', createdAt: '2026-07-01T13:05:00.000Z', readAt: null };

  it('follows only links on this site and pages through the list', () => {
    const view = toNotificationsPageView({
      items: [
        { ...item, link: '/supplier/listings/1' },
        { ...item, link: 'https://evil.example/' },
        { ...item, link: '//evil.example/' },
      ],
      total: 45,
      page: 2,
      pageSize: 20,
    });
    expect(view.items.map((shown) => shown.href)).toEqual(['/supplier/listings/1', null, null]);
    expect(view.pagination).toEqual({ previous: { href: '/notifications?page=1' }, next: { href: '/notifications?page=3' } });
  });

  it('writes dates the GOV.UK way, in UK time', () => {
    expect(formatSent('2026-07-01T13:05:00.000Z')).toBe('1 July 2026 at 2:05pm');
  });
});
