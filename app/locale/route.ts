import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { pathToReturnTo, rememberLocaleChoice } from "@/lib/i18n/remember-locale";
import { isLocale } from "@/lib/i18n/types";

/**
 * The header's language switch (a plain form POST, works without JavaScript): remembers the choice
 * and sends the browser back to the page it was on, which proxy.ts then serves in that language
 * (cached public pages vary on the cookie). Not a server action: an action's answer would be
 * rendered in the language of the page it was posted to.
 */
export async function POST(request: NextRequest): Promise<Response> {
  const form = await request.formData().catch(() => null);
  const locale = form?.get("locale");
  if (isLocale(locale)) await rememberLocaleChoice(locale);
  const path = pathToReturnTo(request.headers.get("referer"), [new URL(env().APP_URL).origin, request.nextUrl.origin]);
  const response = NextResponse.redirect(new URL(path, request.nextUrl.origin), 303);
  response.headers.set("Cache-Control", "private, no-store");
  return response;
}
