export const reviewStatusFilters = ["PENDING", "REVIEWED", "ALL"] as const;
export type TReviewStatusFilter = (typeof reviewStatusFilters)[number];
export type TReviewQueueFilters = { classId?: string; setId?: string; status?: TReviewStatusFilter };
