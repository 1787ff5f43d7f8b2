/** Signed-in visitors (proxy.ts sends them here): the same page as the cached public one, rendered per request under the (site) layout with their menu; never cached. */
export const dynamic = "force-dynamic";
export { default, generateMetadata } from "@/app/[locale]/(public)/courses/[slug]/guidelines/[id]/[chapter]/page";
