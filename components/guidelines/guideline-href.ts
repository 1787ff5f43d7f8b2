import { publicPageUrl } from "@/lib/i18n/public-page-url";
import type { TLocale } from "@/lib/i18n/types";

/** A rule document's index, or one of its chapters: `/zh/courses/<course>/guidelines/<id>[/<chapter>]`. */
export function guidelineHref(locale: TLocale, courseSlug: string, guidelineId: string, chapter?: number): string {
  return publicPageUrl(locale, `/courses/${courseSlug}/guidelines/${guidelineId}${chapter === undefined ? "" : `/${chapter}`}`);
}
