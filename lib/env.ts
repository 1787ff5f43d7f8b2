import { z } from "zod";

/**
 * The only reader of process.env. Validated once, on first use.
 * Every variable is optional: with none set, the site runs on its embedded defaults
 * (PGlite under .data/, the local mail inbox, the local Stripe-compatible server).
 */
const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  /** postgres://… to use PostgreSQL; unset for the embedded PGlite database. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgres:// or postgresql://")
    .optional(),
  /** Folder of the embedded database (used only when DATABASE_URL is unset). */
  PGLITE_DIR: z.string().min(1).default(".data/pglite"),
  /** Public origin of the site, used in links sent by email. */
  APP_URL: z.url().default("http://localhost:3000"),
  /** Secret for session tokens. A fixed development value is used when unset outside production. */
  AUTH_SECRET: z.string().min(16).optional(),
  /** smtp://user:pass@host:port for real mail; unset keeps mail in the local inbox at /dev/mail. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "SMTP_URL must start with smtp:// or smtps://")
    .optional(),
  MAIL_FROM: z.string().default("AI 训练师学院 <no-reply@ai-trainer.school>"),
  /**
   * "1" opens the local inbox page (/dev/mail) in a production build: the demo and the tests set
   * it. Without it, a production server never shows stored mail (magic links!) to anyone.
   */
  LOCAL_MAIL_INBOX: z.enum(["0", "1"]).optional(),
  /** A real Stripe secret key (sk_test_… or sk_live_…). Unset: the local Stripe-compatible server. */
  STRIPE_SECRET_KEY: z
    .string()
    .regex(/^(sk|rk)_(test|live)_/, "STRIPE_SECRET_KEY must start with sk_test_ or sk_live_")
    .optional(),
  /** Signing secret of the webhook endpoint (whsec_…); the local server's default otherwise. */
  STRIPE_WEBHOOK_SECRET: z.string().min(8).default("whsec_local_dev_secret"),
  /** Where the local Stripe-compatible server listens (tools/stripe-local), used without STRIPE_SECRET_KEY. */
  STRIPE_LOCAL_URL: z.url().default("http://127.0.0.1:12111"),
  /**
   * How many reverse proxies you run in front of the app, each appending the address it received
   * the request from to X-Forwarded-For (nginx: proxy_add_x_forwarded_for). 0 (default): none, the
   * connection's address is the client and any X-Forwarded-For a client sends is ignored. Sign-in
   * and mail limits count per client, so set this only to the number of proxies you control.
   */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /**
   * Who works the job queue (lib/jobs): "inline" (default) the web process itself; "off" a
   * separate `npm run worker`; "cron" nobody stays up, the host's cron calls POST /api/cron
   * (serverless). Web processes send jobs in every mode.
   */
  WORKER_MODE: z.enum(["inline", "off", "cron"]).default("inline"),
  /** Bearer secret of POST /api/cron (at least 32 characters); unset, the endpoint answers 404. */
  CRON_SECRET: z.string().min(32, "CRON_SECRET must be at least 32 characters").optional(),
  /** pino level of the JSON logs on stdout: fatal, error, warn, info (default), debug, trace, silent. */
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
  /** OTLP/HTTP endpoint (e.g. http://collector:4318): traces are exported there; unset, tracing is off. */
  OTEL_EXPORTER_OTLP_ENDPOINT: z.url().optional(),
  /** Minutes a seat hold lasts before its seat is freed. */
  SEAT_HOLD_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  /** The school as it appears on receipts (收款单位): legal name, taxpayer id, address, billing contact. Demo values by default. */
  SCHOOL_LEGAL_NAME: z.string().min(1).default("AI 训练师学院（演示）教育科技有限公司"),
  SCHOOL_TAX_ID: z.string().min(1).default("91110108MADEMO0001"),
  SCHOOL_ADDRESS: z.string().min(1).default("北京市海淀区中关村大街 1 号（演示地址）"),
  SCHOOL_BILLING_CONTACT: z.string().min(1).default("billing@ai-trainer.school"),
});

export type TEnv = z.infer<typeof ZEnv>;

let cached: TEnv | undefined;

/** Parses the environment once; throws a readable error naming every bad variable. */
export function env(): TEnv {
  if (cached) return cached;
  const parsed = ZEnv.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}

/** The secret used to sign sessions; production refuses to run without a real one. */
export function authSecret(): string {
  const { AUTH_SECRET, NODE_ENV } = env();
  if (AUTH_SECRET) return AUTH_SECRET;
  if (NODE_ENV === "production") throw new Error("AUTH_SECRET must be set in production");
  return "dev-only-secret-change-me-0123456789";
}

/**
 * What a production server refuses to start without, as readable lines (empty when fine): a
 * session secret; Stripe's webhook signing secret, never a default; and either a real Stripe key
 * or an explicit STRIPE_LOCAL_URL (a demo opting into the local stand-in); with WORKER_MODE=cron
 * (serverless), the secret of the cron endpoint, else no job would ever run.
 */
export function productionConfigProblems(source: NodeJS.ProcessEnv = process.env): string[] {
  if (source.NODE_ENV !== "production") return [];
  const problems: string[] = [];
  if (!source.AUTH_SECRET) problems.push("AUTH_SECRET is not set (a random string of at least 16 characters).");
  if (!source.STRIPE_WEBHOOK_SECRET) problems.push("STRIPE_WEBHOOK_SECRET is not set (whsec_… of your Stripe webhook endpoint).");
  if (!source.STRIPE_SECRET_KEY && !source.STRIPE_LOCAL_URL) {
    problems.push("STRIPE_SECRET_KEY is not set (sk_live_… or sk_test_…); set STRIPE_LOCAL_URL instead only for a demo on the local Stripe stand-in.");
  }
  if (source.WORKER_MODE === "cron" && (source.CRON_SECRET ?? "").length < 32) {
    problems.push("CRON_SECRET is not set (at least 32 random characters): with WORKER_MODE=cron the host's cron must call POST /api/cron with it.");
  }
  return problems;
}

/** Forget the parsed environment (tests change process.env between cases). */
export function resetEnvForTests(): void {
  cached = undefined;
}
