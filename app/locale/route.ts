import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { rememberLocaleChoice } from "@/lib/accounts/remember-locale-choice";
import { pathToReturnTo } from "@/lib/http/return-path";
import { samePageIn } from "@/lib/i18n/public-page-url";
import { isLocale } from "@/lib/i18n/types";

/**
 * The header's language switch (a plain form POST, works without JavaScript): remembers the choice
 * and sends the browser back to the page it was on, in that language (a public page's URL carries
 * its language: /zh/courses becomes /en/courses; other pages follow the cookie). Not a server action: an action's answer would be
 * rendered in the language of the page it was posted to.
 */
export async function POST(request: NextRequest): Promise<Response> {
  const form = await request.formData().catch(() => null);
  const locale = form?.get("locale");
  if (isLocale(locale)) await rememberLocaleChoice(locale);
  const back = pathToReturnTo(request.headers.get("referer"), [new URL(env().APP_URL).origin, request.nextUrl.origin]);
  // A public page carries its language in the URL: back to the same page in the chosen one.
  const path = isLocale(locale) ? samePageIn(locale, back) : back;
  const response = NextResponse.redirect(new URL(path, request.nextUrl.origin), 303);
  response.headers.set("Cache-Control", "private, no-store");
  return response;
}
