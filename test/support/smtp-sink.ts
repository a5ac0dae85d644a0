import { SMTPServer, SMTPServerAddress } from 'smtp-server';
import { freePort } from './processes';

export interface ReceivedEmail {
  /** Envelope recipients, as the SMTP client gave them. */
  to: string[];
  /** Header names lower-cased; folded lines joined. */
  headers: Map<string, string>;
  /** The text/plain and text/html parts, decoded from quoted-printable or base64. */
  text: string;
  html: string;
}

/** A reply the sink gives to RCPT TO for some addresses, e.g. 550 for a mailbox that does not exist. */
export type RecipientRule = (address: string) => { code: number; message: string } | null;

export interface SmtpSink {
  port: number;
  /** An SMTP URL with the credentials the sink requires. */
  url: string;
  received: ReceivedEmail[];
  to(address: string): ReceivedEmail[];
  refuse(rule: RecipientRule): void;
  close(): Promise<void>;
}

/**
 * A real SMTP server (the smtp-server package) on a free port: it requires AUTH with the given
 * credentials (so the test proves they are taken from SMTP_URL), keeps what it receives and can
 * refuse recipients like a real server does.
 */
export async function startSmtpSink(credentials = { user: 'mailer', pass: 'sink-password' }): Promise<SmtpSink> {
  const port = await freePort();
  const received: ReceivedEmail[] = [];
  let rule: RecipientRule = () => null;
  const server = new SMTPServer({
    // Plain SMTP on loopback: the built-in STARTTLS certificate is self-signed and only for testing.
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === credentials.user && auth.password === credentials.pass) callback(null, { user: auth.username });
      else callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
    },
    onRcptTo(address: SMTPServerAddress, _session, callback) {
      const refusal = rule(address.address);
      callback(refusal ? Object.assign(new Error(refusal.message), { responseCode: refusal.code }) : null);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((recipient) => recipient.address), ...parseMessage(Buffer.concat(chunks).toString('utf8')) });
        callback(null);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    port,
    url: `smtp://${credentials.user}:${credentials.pass}@127.0.0.1:${port}`,
    received,
    to: (address) => received.filter((email) => email.to.includes(address)),
    refuse(next) {
      rule = next;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Just enough MIME for what nodemailer writes: headers, then one part or a multipart/alternative. */
function parseMessage(raw: string): Omit<ReceivedEmail, 'to'> {
  const { headers, body } = splitHeaders(raw);
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(headers.get('content-type') ?? '')?.[1];
  const parts = boundary
    ? body
        .split(`--${boundary}`)
        .slice(1, -1)
        .map((part) => splitHeaders(part.replace(/^\r\n/, '')))
    : [{ headers, body }];
  const partOf = (type: string) => {
    const part = parts.find((candidate) => (candidate.headers.get('content-type') ?? 'text/plain').startsWith(type));
    return part ? decode(part.body, part.headers.get('content-transfer-encoding')) : '';
  };
  return { headers, text: partOf('text/plain'), html: partOf('text/html') };
}

function splitHeaders(raw: string): { headers: Map<string, string>; body: string } {
  const end = raw.indexOf('\r\n\r\n');
  const head = end === -1 ? raw : raw.slice(0, end);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), decodeWords(line.slice(colon + 1).trim()));
  }
  return { headers, body: end === -1 ? '' : raw.slice(end + 4) };
}

/** RFC 2047 encoded words (`=?UTF-8?Q?...?=`), as nodemailer writes subjects with quotes or markup. */
function decodeWords(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(/=\?([^?]+)\?([QB])\?([^?]*)\?=/gi, (_match, _charset: string, encoding: string, text: string) =>
      encoding.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : decode(text.replace(/_/g, ' '), 'quoted-printable'),
    );
}

function decode(body: string, encoding: string | undefined): string {
  switch (encoding?.toLowerCase()) {
    case 'quoted-printable':
      return Buffer.from(
        body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/gi, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16))),
        'latin1',
      ).toString('utf8');
    case 'base64':
      return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
    default:
      return body;
  }
}
