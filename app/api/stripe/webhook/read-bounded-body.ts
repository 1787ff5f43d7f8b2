/** The most a Stripe event body may weigh; Stripe's events are a few kilobytes. */
export const maxWebhookBodyBytes = 1_000_000;

/**
 * Reads a request body as text, but never more than `limit` bytes: a larger Content-Length is
 * refused before reading, and a body that turns out larger stops being read at the limit.
 * Returns null when the body is too large.
 */
export async function readBoundedBody(request: Request, limit = maxWebhookBodyBytes): Promise<string | null> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (Number.isFinite(declared) && declared > limit) return null;
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}
