/** The dimensions of the rewrite review rubric, in order. Labels and anchors live in the catalogs (`reviews.rubricDimensions`). */
export const reviewDimensionIds = ["accuracy", "completeness", "guidelines", "clarity"] as const;
export type TReviewDimensionId = (typeof reviewDimensionIds)[number];

/** One dimension of the rewrite review rubric: a 1…scale score. */
export type TReviewDimension = { id: TReviewDimensionId; scale: 5 };

/**
 * The fixed rubric instructors use for rewrites and written turns. Exercise files carry rubrics for
 * judging model responses, not for a learner's own rewrite, so this one lives in code and is the
 * same for every item (scores stay comparable across sets).
 */
export const reviewRubric: readonly TReviewDimension[] = reviewDimensionIds.map((id) => ({ id, scale: 5 }));

/** A dimension with its label and the description of each score, in the reader's language. */
export type TLabeledReviewDimension = TReviewDimension & { label: string; anchors: readonly string[] };

/** The rubric with its words from the catalog (`m.reviews.rubricDimensions`). */
export function labelReviewRubric(
  rubric: readonly TReviewDimension[],
  words: Readonly<Record<TReviewDimensionId, { label: string; anchors: readonly string[] }>>,
): TLabeledReviewDimension[] {
  return rubric.map((dimension) => ({ ...dimension, ...words[dimension.id] }));
}
