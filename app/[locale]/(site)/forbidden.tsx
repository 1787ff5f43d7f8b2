import { StatusPage } from "@/components/shell/status-page";
import { getMessages } from "@/lib/i18n/server";

export default async function Forbidden() {
  const { m } = await getMessages();
  return <StatusPage code="403" title={m.pages.forbiddenTitle} body={m.pages.forbiddenBody} homeLabel={m.pages.backHome} />;
}
