import type { ReactNode } from "react";
import "./globals.css";

/**
 * Pass-through: the document (html, body) is drawn by app/[locale]/layout.tsx, whose language
 * comes from the URL segment that proxy.ts rewrites every page request to. Nothing here reads the
 * request, so public pages can be rendered once and cached (see README, Performance).
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
