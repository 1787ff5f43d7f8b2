import "server-only";
import { forbidden, notFound } from "next/navigation";
import { isAppError } from "@/lib/errors";

/** For pages: the data layer's forbidden becomes the 403 page, an unknown cohort, class or session the 404 page. */
export async function orPageError<T>(pending: Promise<T>): Promise<T> {
  try {
    return await pending;
  } catch (error) {
    if (isAppError(error) && error.code === "forbidden") forbidden();
    if (isAppError(error) && (error.code === "notFound" || error.code === "cohortNotFound")) notFound();
    throw error;
  }
}
