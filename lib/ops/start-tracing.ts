import { env } from "../env";

/**
 * Starts OpenTelemetry tracing through @vercel/otel when OTEL_EXPORTER_OTLP_ENDPOINT is set
 * (spans for every request, route and fetch, exported over OTLP/HTTP to that endpoint; the
 * standard OTEL_* variables refine it); does nothing otherwise, and the package is not even
 * loaded. Returns whether tracing was started. Called once from instrumentation.ts.
 */
export async function startTracing(): Promise<boolean> {
  if (!env().OTEL_EXPORTER_OTLP_ENDPOINT) return false;
  const { registerOTel } = await import("@vercel/otel");
  registerOTel({ serviceName: process.env.OTEL_SERVICE_NAME ?? "ai-trainer-school" });
  return true;
}
