/**
 * Headers every response carries. The content security policy (a fresh nonce per request) and HSTS
 * (depends on APP_URL at run time) are set by proxy.ts, see lib/http/security-headers.ts.
 */
const securityHeaders = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(self)" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // No ETag: Next.js hashes the whole HTML in JavaScript on every request to make one (0.2–0.4 ms of
  // CPU for a 65–120 KB page, the largest single cost of serving a cached page; seen in a CPU profile
  // of bench:pages). Pages here are either private, no-store (an ETag is never used) or public with
  // s-maxage for a CDN, which keeps its own validators.
  generateEtags: false,
  typedRoutes: false,
  // useCache: lesson bodies are rendered once per lesson, language and content version (lib/content/render-lesson-cached.ts).
  // isrFlushToDisk off: pages cached at run time live only in the bounded in-memory cache (50 MB,
  // least recently used first out). On disk, every address anyone asked for, unknown ones included
  // (their 404), was written as files under .next: a script of random addresses filled the disk.
  // Pages prerendered at build time are still read from .next.
  experimental: { authInterrupts: true, useCache: true, isrFlushToDisk: false },
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2", "pg"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
