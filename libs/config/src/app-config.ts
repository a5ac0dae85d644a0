import { z } from 'zod';

const port = (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback);
const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'])
    .default(fallback ? 'true' : 'false')
    .transform((value) => value === 'true' || value === '1' || value === 'yes');
/** A number in [0, 1]: a score floor or a share of a score. */
const share = (fallback: number) => z.coerce.number().min(0).max(1).default(fallback);
/** A relative weight: any non-negative number, only the ratios matter. */
const weight = (fallback: number) => z.coerce.number().min(0).max(100).default(fallback);
const optionalText = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value));

/** An optional SMTP server: smtp:// (STARTTLS when offered) or smtps:// (TLS from the start), credentials in the URL. */
const smtpUrl = optionalText.refine((value) => value === undefined || (/^smtps?:\/\/[^/]/.test(value) && URL.canParse(value)), 'must be an smtp:// or smtps:// URL');
/** "Name <address@domain>" or a bare address: the Message-ID of every email is made under its domain. */
const MAILBOX = /^(?:[^<>\r\n]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/;
const mailbox = optionalText.refine(
  (value) => value === undefined || MAILBOX.test(value.trim()),
  'must be an address, e.g. "Procurement Commons <no-reply@example.org>"',
);
const DEFAULT_MAIL_FROM = 'Procurement Commons <no-reply@localhost>';
const httpUrl = optionalText.refine((value) => value === undefined || (/^https?:\/\/[^/]/.test(value) && URL.canParse(value)), 'must be an http:// or https:// URL');

const postgresUrl = optionalText.refine(
  (value) => value === undefined || /^postgres(ql)?:\/\//.test(value),
  'must be a postgres:// URL',
);

/** Every environment variable the apps read, validated once at start. */
export const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    DATABASE_URL: postgresUrl,
    EMBEDDED_DATA_DIR: z.string().min(1).default('.data/pglite'),
    EMBEDDED_PORT: port(54329),
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\//, 'must be a redis:// URL')
      .default('redis://127.0.0.1:6379'),
    QUEUE_PREFIX: z.string().regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and dashes only').default('pc'),
    API_PORT: port(3001),
    WEB_PORT: port(3000),
    WORKER_PORT: port(3002),
    SESSION_SECRET: optionalText.refine(
      (value) => value === undefined || value.length >= 32,
      'must be at least 32 characters',
    ),
    ADMIN_EMAIL: optionalText.pipe(z.email().optional()),
    ADMIN_PASSWORD: optionalText.refine(
      (value) => value === undefined || value.length >= 12,
      'must be at least 12 characters',
    ),
    SEED_DEMO: flag(true),
    // Decimals allowed (0.5 is 30 seconds), so browser tests can watch a session expire.
    SESSION_IDLE_MINUTES: z.coerce.number().positive().max(24 * 60).default(30),
    // At least 20 seconds to react: WCAG 2.2.1 (timing adjustable).
    SESSION_WARNING_SECONDS: z.coerce.number().int().min(20).max(60 * 60).default(120),
    TOKEN_TTL_MINUTES: z.coerce.number().int().min(5).max(60 * 24 * 30).default(12 * 60),
    LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(1000).default(10),
    LOGIN_LOCK_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
    LOGIN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).max(100000).default(100),
    TRUST_PROXY: flag(false),
    MIGRATE_ON_START: flag(true),
    EXPOSE_SQL_COUNT: flag(false),
    WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(16),
    MATCHING_PARTNER_FLOOR: share(0.35),
    MATCHING_TOP_N: z.coerce.number().int().min(1).max(100).default(10),
    MATCHING_WEIGHT_CPV: weight(0.4),
    MATCHING_WEIGHT_TEXT: weight(0.2),
    MATCHING_WEIGHT_TIMING: weight(0.2),
    MATCHING_WEIGHT_LOT: weight(0.1),
    MATCHING_WEIGHT_REGION: weight(0.1),
    MATCHING_SUPPLIER_FLOOR: share(0.15),
    MATCHING_SUPPLIER_TOP_N: z.coerce.number().int().min(1).max(1000).default(50),
    MATCHING_RELEVANCE_WEIGHT_CPV: weight(0.5),
    MATCHING_RELEVANCE_WEIGHT_CATEGORY: weight(0.2),
    MATCHING_RELEVANCE_WEIGHT_TEXT: weight(0.3),
    MATCHING_PREFERENCE_WEIGHT: share(0.3),
    SMTP_URL: smtpUrl,
    MAIL_FROM: mailbox,
    PUBLIC_BASE_URL: httpUrl,
    PUBLIC_API_URL: httpUrl,
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && !env.SESSION_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['SESSION_SECRET'], message: 'is required in production' });
    }
    // Emails link back to the web service; in production a localhost default would send dead links.
    if (env.NODE_ENV === 'production' && env.SMTP_URL && !env.PUBLIC_BASE_URL) {
      ctx.addIssue({ code: 'custom', path: ['PUBLIC_BASE_URL'], message: 'is required in production when SMTP_URL is set' });
    }
    if (env.SESSION_WARNING_SECONDS >= env.SESSION_IDLE_MINUTES * 60) {
      ctx.addIssue({ code: 'custom', path: ['SESSION_WARNING_SECONDS'], message: 'must be shorter than SESSION_IDLE_MINUTES' });
    }
    if (Boolean(env.ADMIN_EMAIL) !== Boolean(env.ADMIN_PASSWORD)) {
      ctx.addIssue({
        code: 'custom',
        path: [env.ADMIN_EMAIL ? 'ADMIN_PASSWORD' : 'ADMIN_EMAIL'],
        message: 'ADMIN_EMAIL and ADMIN_PASSWORD must be set together',
      });
    }
  });

type Env = z.output<typeof configSchema>;

/** Matching engine settings (DESIGN §4); weights are relative, floors and shares are in [0, 1]. */
export interface MatchingConfig {
  partnerFloor: number;
  partnerTopN: number;
  partnerWeights: { cpv: number; text: number; timing: number; lot: number; region: number };
  supplierFloor: number;
  supplierTopN: number;
  relevanceWeights: { cpv: number; category: number; text: number };
  preferenceWeight: number;
}

/** Email delivery of notifications; off (in-app only) when no SMTP server is configured. */
export interface MailConfig {
  /** Holds the SMTP password when there is one: never log it. */
  smtpUrl?: string;
  from: string;
}

/** The typed configuration object injected everywhere; build it with `loadConfig`. */
export class AppConfig {
  readonly nodeEnv: Env['NODE_ENV'];
  readonly logLevel: Env['LOG_LEVEL'];
  readonly database: { url?: string; embeddedDataDir: string; embeddedPort: number; migrateOnStart: boolean };
  readonly redis: { url: string; queuePrefix: string };
  readonly ports: { api: number; web: number; worker: number };
  readonly sessionSecret?: string;
  /** Web sessions end after `idleSeconds` without a request; signed-in pages warn `warningSeconds` before. */
  readonly session: { idleSeconds: number; warningSeconds: number };
  readonly admin?: { email: string; password: string };
  readonly seedDemo: boolean;
  readonly auth: {
    tokenTtlMinutes: number;
    maxFailures: number;
    lockMinutes: number;
    maxFailuresPerAddress: number;
  };
  readonly trustProxy: boolean;
  readonly worker: { concurrency: number };
  readonly exposeSqlCount: boolean;
  readonly matching: MatchingConfig;
  readonly mail: MailConfig;
  /** Where people reach the web service, for links in emails. */
  readonly publicBaseUrl: string;
  /** Where people reach the API service, for the web pages that point to its documentation. */
  readonly publicApiUrl: string;

  constructor(env: Env) {
    this.nodeEnv = env.NODE_ENV;
    this.logLevel = env.LOG_LEVEL;
    this.database = {
      url: env.DATABASE_URL,
      embeddedDataDir: env.EMBEDDED_DATA_DIR,
      embeddedPort: env.EMBEDDED_PORT,
      migrateOnStart: env.MIGRATE_ON_START,
    };
    this.redis = { url: env.REDIS_URL, queuePrefix: env.QUEUE_PREFIX };
    this.ports = { api: env.API_PORT, web: env.WEB_PORT, worker: env.WORKER_PORT };
    this.sessionSecret = env.SESSION_SECRET;
    this.session = { idleSeconds: Math.round(env.SESSION_IDLE_MINUTES * 60), warningSeconds: env.SESSION_WARNING_SECONDS };
    this.admin = env.ADMIN_EMAIL && env.ADMIN_PASSWORD ? { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD } : undefined;
    this.seedDemo = env.SEED_DEMO;
    this.auth = {
      tokenTtlMinutes: env.TOKEN_TTL_MINUTES,
      maxFailures: env.LOGIN_MAX_FAILURES,
      lockMinutes: env.LOGIN_LOCK_MINUTES,
      maxFailuresPerAddress: env.LOGIN_MAX_FAILURES_PER_ADDRESS,
    };
    this.trustProxy = env.TRUST_PROXY;
    this.worker = { concurrency: env.WORKER_CONCURRENCY };
    this.exposeSqlCount = env.EXPOSE_SQL_COUNT;
    this.matching = {
      partnerFloor: env.MATCHING_PARTNER_FLOOR,
      partnerTopN: env.MATCHING_TOP_N,
      partnerWeights: {
        cpv: env.MATCHING_WEIGHT_CPV,
        text: env.MATCHING_WEIGHT_TEXT,
        timing: env.MATCHING_WEIGHT_TIMING,
        lot: env.MATCHING_WEIGHT_LOT,
        region: env.MATCHING_WEIGHT_REGION,
      },
      supplierFloor: env.MATCHING_SUPPLIER_FLOOR,
      supplierTopN: env.MATCHING_SUPPLIER_TOP_N,
      relevanceWeights: {
        cpv: env.MATCHING_RELEVANCE_WEIGHT_CPV,
        category: env.MATCHING_RELEVANCE_WEIGHT_CATEGORY,
        text: env.MATCHING_RELEVANCE_WEIGHT_TEXT,
      },
      preferenceWeight: env.MATCHING_PREFERENCE_WEIGHT,
    };
    this.mail = { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM?.trim() ?? DEFAULT_MAIL_FROM };
    this.publicBaseUrl = (env.PUBLIC_BASE_URL ?? `http://localhost:${env.WEB_PORT}`).replace(/\/+$/, '');
    this.publicApiUrl = (env.PUBLIC_API_URL ?? `http://localhost:${env.API_PORT}`).replace(/\/+$/, '');
  }
}

export class ConfigError extends Error {}

/** Parses the environment; the error names every variable that is missing or malformed. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? 'environment');
      const given = env[name];
      // SMTP_URL carries the mail password, so it is never echoed either.
      const secret = name.includes('SECRET') || name.includes('PASSWORD') || name === 'SMTP_URL';
      const shown = secret || given === undefined ? '' : ` (got "${given}")`;
      return `${name} ${issue.message}${shown}`;
    });
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  return new AppConfig(parsed.data);
}
