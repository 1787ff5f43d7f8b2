import Link from "next/link";
import { publicPageUrl } from "@/lib/i18n/public-page-url";
import type { TLocale, TMessages } from "@/lib/i18n/types";

/** "← course title": the way back from a course's own pages (syllabus, competencies) to the course page. */
export function BackToCourse({ courseSlug, title, m, locale }: { courseSlug: string; title: string; m: TMessages; locale: TLocale }) {
  return (
    <nav aria-label={m.competencies.breadcrumb} className="text-sm">
      <Link href={publicPageUrl(locale, `/courses/${courseSlug}`)} className="text-brand-700 underline-offset-2 hover:underline">
        ← {title}
      </Link>
    </nav>
  );
}
