import { reviewStatusFilters, type TReviewQueueFilters, type TReviewStatusFilter } from "./review-status";

/** The queue's filters read from GET parameters (`class`, `set`, `status`); anything unknown is ignored. */
export function parseQueueFilters(params: Record<string, string | string[] | undefined>): TReviewQueueFilters {
  const one = (key: string) => {
    const value = params[key];
    const text = Array.isArray(value) ? value[0] : value;
    return text && /^[A-Za-z0-9_-]{1,64}$/.test(text) ? text : undefined;
  };
  const status = one("status");
  return {
    classId: one("class"),
    setId: one("set"),
    status: (reviewStatusFilters as readonly string[]).includes(status ?? "") ? (status as TReviewStatusFilter) : "PENDING",
  };
}

/** The filters as a query string ("" when all are defaults), to carry them from page to page. */
export function queueQuery(filters: TReviewQueueFilters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  if (filters.classId) params.set("class", filters.classId);
  if (filters.setId) params.set("set", filters.setId);
  if (filters.status && filters.status !== "PENDING") params.set("status", filters.status);
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  const query = params.toString();
  return query ? `?${query}` : "";
}
