import { z } from "zod";
import { ZCompetencyCode } from "../validation/competency-code";

const ZText = z.string().trim().min(1);

/** Frontmatter of content/courses/<course>/course.mdx. */
export const ZCourseFrontmatter = z.object({
  title: ZText,
  titleEn: ZText,
  summary: ZText,
  summaryEn: ZText,
  audience: z.array(ZText).min(1),
  audienceEn: z.array(ZText).min(1),
  outcomes: z.array(ZText).min(1),
  outcomesEn: z.array(ZText).min(1),
  modules: z.array(z.object({ slug: z.string().regex(/^[a-z0-9-]+$/), title: ZText, titleEn: ZText })).min(1),
  faq: z.array(z.object({ q: ZText, a: ZText, qEn: ZText, aEn: ZText })).default([]),
  instructors: z.array(z.object({ name: ZText, nameEn: ZText, bio: ZText, bioEn: ZText })).default([]),
});
export type TCourseFrontmatter = z.infer<typeof ZCourseFrontmatter>;

/** Frontmatter of a lesson (lessons/<slug>.mdx and its .en.mdx variant). */
export const ZLessonFrontmatter = z.object({
  title: ZText,
  /** The English title of a lesson that has no `.en.mdx` body yet (menus and the course page use it). */
  titleEn: ZText.optional(),
  summary: ZText,
  module: z.string().regex(/^[a-z0-9-]+$/),
  session: z.number().int().min(1).max(10),
  order: z.number().int().min(0),
  minutes: z.number().int().min(1).max(600),
  objectives: z.array(ZText).default([]),
  exercises: z.array(z.string()).default([]),
  draft: z.boolean().default(false),
  freePreview: z.boolean().default(false),
  /** Codes of content/standards/4-04-05-05.yaml this lesson teaches (content:check rejects unknown codes). */
  competencies: z.array(ZCompetencyCode).default([]),
});
export type TLessonFrontmatter = z.infer<typeof ZLessonFrontmatter>;
