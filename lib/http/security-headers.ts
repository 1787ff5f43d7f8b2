import type { TEnv } from "../env";

/**
 * Where Stripe Checkout pages live: checkout.stripe.com with a real key, else the local stand-in
 * (STRIPE_LOCAL_URL). Forms may post there (a checkout redirect after a form posted without
 * JavaScript is checked against form-action).
 */
export function stripeCheckoutOrigin(config: Pick<TEnv, "STRIPE_SECRET_KEY" | "STRIPE_LOCAL_URL">): string {
  return config.STRIPE_SECRET_KEY ? "https://checkout.stripe.com" : new URL(config.STRIPE_LOCAL_URL).origin;
}

/**
 * The content security policy of one response. With a nonce (pages rendered per request: signed-in
 * areas, forms, member variants), scripts run only from this origin or with this response's nonce
 * (Next.js puts it on its own inline scripts); 'strict-dynamic' lets those scripts load the chunks
 * they need. Without one (`nonce: null`: the cached public pages, rendered once for every visitor,
 * so no per-response nonce can be in their HTML) scripts run from this origin and inline:
 * 'unsafe-inline' is needed for Next.js's inline bootstrap scripts; those pages show no learner
 * input and no user data (see README, Security notes). Styles keep 'unsafe-inline': KaTeX and
 * React write style attributes, which nonces cannot cover.
 */
export function contentSecurityPolicy(options: { nonce: string | null; isDev: boolean; formTargets: readonly string[] }): string {
  const scripts = options.nonce === null ? "'self' 'unsafe-inline'" : `'self' 'nonce-${options.nonce}' 'strict-dynamic'`;
  return [
    "default-src 'self'",
    `script-src ${scripts}${options.isDev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "media-src 'self'",
    `connect-src 'self'${options.isDev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self' ${options.formTargets.join(" ")}`.trim(),
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * HSTS when the public origin (APP_URL) is https: browsers then refuse plain http to this host for
 * a year. Not for an http APP_URL (local demo, tests): browsers ignore HSTS over http, and a
 * development machine's localhost must stay reachable over http. No includeSubDomains/preload:
 * other hosts of the school's domain are not ours to decide.
 */
export function strictTransportSecurity(appUrl: string): string | null {
  return appUrl.startsWith("https://") ? "max-age=31536000" : null;
}
