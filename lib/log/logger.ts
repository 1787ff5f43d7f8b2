import pino, { type DestinationStream, type Logger } from "pino";
import { env } from "../env";

/**
 * Fields never written to a log line, at any of the first three levels of nesting: passwords,
 * one-time tokens, secrets, cookies, authorization headers and card data. Pino replaces their
 * values with "[redacted]" before the line is serialised.
 */
const secretKeys = [
  "password",
  "newPassword",
  "currentPassword",
  "passwordHash",
  "token",
  "accessToken",
  "refreshToken",
  "secret",
  "authorization",
  "cookie",
  "set-cookie",
  "card",
  "cardNumber",
  "cvc",
  "cvv",
  "stripe-signature",
  "apiKey",
];

export const redactPaths: string[] = secretKeys.flatMap((key) => {
  const step = /^[A-Za-z_$][\w$]*$/.test(key) ? key : `["${key}"]`;
  const join = (prefix: string) => (step.startsWith("[") ? `${prefix}${step}` : `${prefix}.${step}`);
  return [step.startsWith("[") ? step : key, join("*"), join("*.*"), join("*.*.*")];
});

/** A JSON-lines logger with the redaction above; `destination` is for tests. */
export function createLogger(options: { level?: string; destination?: DestinationStream } = {}): Logger {
  return pino(
    {
      level: options.level ?? "info",
      base: { service: "ai-trainer-school" },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: redactPaths, censor: "[redacted]" },
      serializers: { err: pino.stdSerializers.err, error: pino.stdSerializers.err },
      formatters: { level: (label) => ({ level: label }) },
    },
    options.destination,
  );
}

const globalForLog = globalThis as unknown as { appLogger?: Logger };

/**
 * The process's logger: JSON lines on stdout at LOG_LEVEL (info by default; silent under Vitest
 * unless LOG_LEVEL is set). Use child loggers for context: `log().child({ requestId })`.
 */
export function log(): Logger {
  if (!globalForLog.appLogger) {
    const configured = env().LOG_LEVEL;
    globalForLog.appLogger = createLogger({ level: configured ?? (process.env.VITEST ? "silent" : "info") });
  }
  return globalForLog.appLogger;
}

/** An error as a short loggable object (message and name; the stack only for unexpected ones). */
export function errorFields(error: unknown): { err: unknown } {
  return { err: error instanceof Error ? error : { message: String(error) } };
}
