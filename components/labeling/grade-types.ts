/** What the submit API returns, typed by the server's own definitions (type-only imports). */
export type { TFieldGrade as TFieldGradeView, TItemGrade as TItemGradeView } from "@/lib/labeling/grade-item";
export type { TDistribution as TDistributionView } from "@/lib/labeling/item-distribution";
