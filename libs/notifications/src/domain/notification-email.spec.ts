import { absoluteLink, escapeHtml, messageIdFor, renderNotificationEmail } from './notification-email';

const SETTINGS = { publicBaseUrl: 'https://buy.example.org', from: 'Procurement Commons <no-reply@buy.example.org>' };
const ID = '6f1c2a4e-0b5d-4c8e-9a77-3d2f1e0c9b8a';

describe('renderNotificationEmail', () => {
  it('tells the title, body and an absolute link in plain text and HTML', () => {
    const email = renderNotificationEmail(
      { id: ID, title: 'An opportunity matches your listing "Revenues"', body: 'Open for responses until 1 March.', link: `/opportunities/${ID}` },
      'Sam Supplier',
      SETTINGS,
    );
    expect(email.subject).toBe('An opportunity matches your listing "Revenues"');
    expect(email.text).toContain('Hello Sam Supplier,');
    expect(email.text).toContain('Open for responses until 1 March.');
    expect(email.text).toContain(`Open it: https://buy.example.org/opportunities/${ID}`);
    expect(email.html).toContain(`<a href="https://buy.example.org/opportunities/${ID}">`);
    expect(email.html).toContain('<h1 style="font-size: 24px">An opportunity matches your listing &quot;Revenues&quot;</h1>');
  });

  it('escapes markup that users typed (listing names, reasons, people’s names) in the HTML part', () => {
    const email = renderNotificationEmail(
      { id: ID, title: '<script>alert(1)</script> & co', body: 'Reason: <img src=x onerror="steal()">\nSecond line', link: null },
      'Eve <b>Evil</b>',
      SETTINGS,
    );
    expect(email.html).not.toMatch(/<script>|<img|<b>/);
    expect(email.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; co');
    expect(email.html).toContain('Reason: &lt;img src=x onerror=&quot;steal()&quot;&gt;<br>Second line');
    expect(email.html).toContain('Hello Eve &lt;b&gt;Evil&lt;/b&gt;,');
    // Plain text is not HTML: it shows what was typed.
    expect(email.text).toContain('Reason: <img src=x onerror="steal()">');
  });

  it('keeps the subject on one line, so a title cannot add mail headers', () => {
    const email = renderNotificationEmail({ id: ID, title: 'Approved\r\nBcc: someone@example.org', body: 'b', link: null }, 'Sam', SETTINGS);
    expect(email.subject).toBe('Approved Bcc: someone@example.org');
  });

  it('leaves out a link that is neither a path of the site nor an http(s) address', () => {
    const email = renderNotificationEmail({ id: ID, title: 't', body: 'b', link: 'javascript:alert(1)' }, 'Sam', SETTINGS);
    expect(email.text).not.toContain('Open it');
    expect(email.html).not.toContain('javascript:');
    expect(absoluteLink('//evil.example.com/x', SETTINGS.publicBaseUrl)).toBeNull();
    expect(absoluteLink('https://www.find-tender.service.gov.uk/x', SETTINGS.publicBaseUrl)).toBe('https://www.find-tender.service.gov.uk/x');
  });
});

describe('messageIdFor', () => {
  it('is the same for the same notification and names the sender’s domain', () => {
    expect(messageIdFor(ID, SETTINGS.from)).toBe(`<notification.${ID}@buy.example.org>`);
    expect(messageIdFor(ID, 'alerts@council.gov.uk')).toBe(`<notification.${ID}@council.gov.uk>`);
    expect(renderNotificationEmail({ id: ID, title: 't', body: 'b', link: null }, 'Sam', SETTINGS).messageId).toBe(messageIdFor(ID, SETTINGS.from));
  });
});

describe('escapeHtml', () => {
  it('escapes the characters that open tags, attributes and entities', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});
