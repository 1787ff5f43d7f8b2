import "server-only";
import { forbidden, notFound } from "next/navigation";
import { isAppError, type TAppErrorCode } from "../errors";

const notFoundCodes: ReadonlySet<TAppErrorCode> = new Set(["notFound", "cohortNotFound", "holdNotFound"]);

/**
 * For pages, the one mapping of the data layer's refusals: `forbidden` becomes the 403 page, an
 * unknown row (cohort, class, session, assignment, review…) the 404 page; anything else is thrown
 * on to the error boundary. Route handlers get the same codes as JSON from `defineJsonRoute`.
 */
export async function orPageError<T>(pending: Promise<T>): Promise<T> {
  try {
    return await pending;
  } catch (error) {
    if (isAppError(error) && error.code === "forbidden") forbidden();
    if (isAppError(error) && notFoundCodes.has(error.code)) notFound();
    throw error;
  }
}
