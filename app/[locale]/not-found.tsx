import { LocalizedStatusPage } from "@/components/shell/localized-status-page";
import { messagesFor } from "@/lib/i18n/catalog";

const texts = (locale: "zh" | "en") => {
  const { pages } = messagesFor(locale);
  return { title: pages.notFoundTitle, body: pages.notFoundBody, homeLabel: pages.backHome };
};

/** 404 in the URL's language; static (rendered with every page, so it reads no cookie). */
export default function NotFound() {
  return <LocalizedStatusPage code="404" texts={{ zh: texts("zh"), en: texts("en") }} />;
}
