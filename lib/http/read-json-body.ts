import { AppError } from "../errors";
import { checkJsonText, checkJsonValue } from "../validation/json-limits";
import { readBoundedText } from "./read-bounded-text";

export const jsonBodyLimits = { maxBytes: 256_000, maxDepth: 32, maxNodes: 20_000 } as const;

/** application/json or a JSON subtype (application/problem+json), with any parameters. */
export function isJsonContentType(contentType: string | null): boolean {
  return /^application\/([\w.-]+\+)?json\s*(;|$)/i.test(contentType?.trim() ?? "");
}

/**
 * The JSON body of an API request, checked before anything uses it: declared as JSON (else 415
 * unsupportedMediaType), at most 256 kB, nested at most
 * 32 deep (counted before parsing), at most 20,000 parts, and no NUL or lone surrogate in any
 * string or key (PostgreSQL refuses them). Throws AppError invalidRequest (400) otherwise.
 */
export async function readJsonBody(request: Request, limits: { maxBytes: number; maxDepth: number; maxNodes: number } = jsonBodyLimits): Promise<unknown> {
  // A declared JSON type cannot be sent cross-site without a CORS preflight, which this site never grants.
  if (!isJsonContentType(request.headers.get("content-type"))) throw new AppError("unsupportedMediaType");
  const text = await readBoundedText(request, limits.maxBytes);
  if (text === null) throw new AppError("invalidRequest");
  if (checkJsonText(text, limits)) throw new AppError("invalidRequest");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AppError("invalidRequest");
  }
  if (checkJsonValue(value, limits)) throw new AppError("invalidRequest");
  return value;
}
