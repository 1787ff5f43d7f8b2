import type { MetadataRoute } from "next";
import { zh } from "@/lib/i18n/messages/zh";

/** The web app manifest (/manifest.webmanifest): name, colours and icons for "add to home screen". */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: zh.meta.siteName,
    short_name: zh.meta.siteName,
    description: zh.meta.description,
    lang: "zh-CN",
    start_url: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#1d5fd1",
    icons: [
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png" },
    ],
  };
}
