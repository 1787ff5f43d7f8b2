import { AppError } from "../errors";

/**
 * A request body as text, but never more than `maxBytes`: a larger Content-Length is refused
 * before reading, and a body that turns out larger stops being read at the limit. Returns null
 * when the body is too large (callers answer 400 or 413). A body that stops arriving (the client
 * went away) throws AppError invalidRequest: the client's failure, never the server's.
 */
export async function readBoundedText(request: Request, maxBytes: number): Promise<string | null> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (Number.isFinite(declared) && declared > maxBytes) return null;
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read().catch(() => {
      throw new AppError("invalidRequest");
    });
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}
