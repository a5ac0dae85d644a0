import { loadConfig } from './app-config';

describe('loadConfig', () => {
  it('uses the documented defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.ports).toEqual({ api: 3001, web: 3000, worker: 3002 });
    expect(config.redis.url).toBe('redis://127.0.0.1:6379');
    expect(config.database.url).toBeUndefined();
    expect(config.seedDemo).toBe(true);
  });

  it('names the malformed variable and the value it got', () => {
    expect(() => loadConfig({ API_PORT: 'abc' })).toThrow(/API_PORT .*\(got "abc"\)/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL must be a postgres:\/\/ URL/);
  });

  it('requires a session secret in production and never echoes it', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SESSION_SECRET is required in production/);
    const production = { NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40), SMTP_URL: 'smtp://mail.example.org:587' };
    expect(() => loadConfig(production)).toThrow(/PUBLIC_BASE_URL is required in production when SMTP_URL is set/);
    expect(loadConfig({ ...production, PUBLIC_BASE_URL: 'https://procurement.example.org/' }).publicBaseUrl).toBe('https://procurement.example.org');
    expect(() => loadConfig({ SESSION_SECRET: 'short-secret' })).toThrow(/SESSION_SECRET must be at least 32/);
    expect(() => loadConfig({ SESSION_SECRET: 'short-secret' })).not.toThrow(/short-secret/);
  });

  it('reads the session idle timeout and the warning before it, which must be the shorter', () => {
    expect(loadConfig({}).session).toEqual({ idleSeconds: 30 * 60, warningSeconds: 120 });
    expect(loadConfig({ SESSION_IDLE_MINUTES: '0.5', SESSION_WARNING_SECONDS: '20' }).session).toEqual({ idleSeconds: 30, warningSeconds: 20 });
    expect(() => loadConfig({ SESSION_IDLE_MINUTES: '1', SESSION_WARNING_SECONDS: '60' })).toThrow(
      /SESSION_WARNING_SECONDS must be shorter than SESSION_IDLE_MINUTES/,
    );
    expect(() => loadConfig({ SESSION_WARNING_SECONDS: '5' })).toThrow(/SESSION_WARNING_SECONDS .*\(got "5"\)/);
    expect(() => loadConfig({ SESSION_IDLE_MINUTES: '0' })).toThrow(/SESSION_IDLE_MINUTES .*\(got "0"\)/);
  });

  it('wants the first admin email and password together', () => {
    expect(() => loadConfig({ ADMIN_EMAIL: 'admin@example.org' })).toThrow(/ADMIN_PASSWORD/);
    expect(loadConfig({ ADMIN_EMAIL: 'admin@example.org', ADMIN_PASSWORD: 'long-enough-password' }).admin?.email).toBe(
      'admin@example.org',
    );
  });

  it('reads the matching settings, with defaults, and refuses a floor outside [0, 1]', () => {
    const defaults = loadConfig({}).matching;
    expect(defaults.partnerFloor).toBe(0.35);
    expect(defaults.partnerTopN).toBe(10);
    expect(defaults.partnerWeights).toEqual({ cpv: 0.4, text: 0.2, timing: 0.2, lot: 0.1, region: 0.1 });
    expect(loadConfig({ MATCHING_TOP_N: '5', MATCHING_WEIGHT_REGION: '0' }).matching).toMatchObject({ partnerTopN: 5, partnerWeights: { region: 0 } });
    expect(() => loadConfig({ MATCHING_PARTNER_FLOOR: '1.5' })).toThrow(/MATCHING_PARTNER_FLOOR .*\(got "1.5"\)/);
  });

  it('leaves email off unless SMTP_URL is set, and never echoes a malformed SMTP_URL (it holds the password)', () => {
    const defaults = loadConfig({});
    expect(defaults.mail).toEqual({ smtpUrl: undefined, from: 'Procurement Commons <no-reply@localhost>' });
    expect(defaults.publicBaseUrl).toBe('http://localhost:3000');
    expect(loadConfig({ SMTP_URL: '', MAIL_FROM: '' }).mail.smtpUrl).toBeUndefined();
    const configured = loadConfig({ SMTP_URL: 'smtp://mailer:s3cret@mail.example.org:587', MAIL_FROM: 'Commons <alerts@example.org>', PUBLIC_BASE_URL: 'https://buy.example.org/' });
    expect(configured.mail).toEqual({ smtpUrl: 'smtp://mailer:s3cret@mail.example.org:587', from: 'Commons <alerts@example.org>' });
    expect(configured.publicBaseUrl).toBe('https://buy.example.org');
    expect(() => loadConfig({ SMTP_URL: 'http://mailer:s3cret@mail.example.org' })).toThrow(/SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL/);
    expect(() => loadConfig({ SMTP_URL: 'http://mailer:s3cret@mail.example.org' })).not.toThrow(/s3cret/);
    expect(() => loadConfig({ MAIL_FROM: 'nobody' })).toThrow(/MAIL_FROM must be an address/);
    expect(() => loadConfig({ PUBLIC_BASE_URL: 'buy.example.org' })).toThrow(/PUBLIC_BASE_URL must be an http/);
  });

  it('points the web pages at the API on localhost unless PUBLIC_API_URL says where it is', () => {
    expect(loadConfig({ API_PORT: '4001' }).publicApiUrl).toBe('http://localhost:4001');
    expect(loadConfig({ PUBLIC_API_URL: 'https://api.buy.example.org/' }).publicApiUrl).toBe('https://api.buy.example.org');
    expect(() => loadConfig({ PUBLIC_API_URL: 'api.buy.example.org' })).toThrow(/PUBLIC_API_URL must be an http/);
  });
});
