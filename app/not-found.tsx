import { StatusPage } from "@/components/shell/status-page";
import { getMessages } from "@/lib/i18n/server";

export default async function NotFound() {
  const { m } = await getMessages();
  return <StatusPage code="404" title={m.pages.notFoundTitle} body={m.pages.notFoundBody} homeLabel={m.pages.backHome} />;
}
