/** The grade the server returns for one item (see lib/labeling/grade-item.ts). */
export type TFieldGradeView = {
  taskId: string;
  field: string;
  label?: string;
  verdict: "right" | "close" | "wrong" | "pending";
  given: unknown;
  gold: unknown;
  rationale: string;
  rule: string;
  points: number;
};
export type TItemGradeView = { itemId: string; score: number; fields: TFieldGradeView[] };
export type TDistributionView = {
  respondents: number;
  scores: Record<string, number[]>;
  flags: Record<string, number>;
  preferences: Record<string, number[]>;
  verdicts: Record<string, number>;
};
