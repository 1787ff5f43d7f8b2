/**
 * Stripe-shaped API errors: `{ error: { type, code, message, param, doc_url } }`
 * with Stripe's HTTP status codes. Messages copy Stripe's wording where it is
 * known; the few where it is not are marked "approximate" at the call site.
 */
export type ErrorType = "invalid_request_error" | "card_error" | "idempotency_error" | "api_error" | "authentication_error";

export class StripeApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: ErrorType,
    message: string,
    readonly code?: string,
    readonly param?: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }

  toJSON(): { error: Record<string, unknown> } {
    const error: Record<string, unknown> = {};
    if (this.code) {
      error.code = this.code;
      error.doc_url = `https://stripe.com/docs/error-codes/${this.code.replace(/_/g, "-")}`;
    }
    Object.assign(error, this.extra);
    error.message = this.message;
    if (this.param) error.param = this.param;
    error.type = this.type;
    return { error };
  }
}

export const invalid = (message: string, param?: string, code?: string, status = 400) =>
  new StripeApiError(status, "invalid_request_error", message, code, param);

export const missingParam = (param: string) => invalid(`Missing required param: ${param}.`, param, "parameter_missing");

export const unknownParam = (param: string) => invalid(`Received unknown parameter: ${param}`, param, "parameter_unknown");

/** `No such checkout.session: 'cs_test_x'` — 404 resource_missing, like Stripe. */
export const noSuch = (kind: string, id: string, param = "id") => invalid(`No such ${kind}: '${id}'`, param, "resource_missing", 404);

export const exclusive = (a: string, b: string) => invalid(`You may only specify one of these parameters: ${a}, ${b}.`, a, "parameters_exclusive");

export const unexpectedState = (message: string) => invalid(message, undefined, "payment_intent_unexpected_state");

export function unrecognizedUrl(method: string, path: string): StripeApiError {
  return invalid(
    `Unrecognized request URL (${method}: ${path}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`,
    undefined,
    undefined,
    404,
  );
}
