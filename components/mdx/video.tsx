import type { TMessages } from "@/lib/i18n/types";

/**
 * A captioned video from public/: native controls (keyboard accessible), a Chinese captions
 * track, the title as visible caption and accessible name, and a download link as fallback.
 */
export function Video({ src, captions, title, labels }: { src: string; captions: string; title: string; labels: TMessages["mdx"]["video"] }) {
  return (
    <figure className="my-6">
      <video controls preload="metadata" aria-label={title} className="aspect-video w-full rounded-lg bg-black">
        <source src={src} />
        <track kind="captions" srcLang="zh" src={captions} label={labels.captions} default />
        <p>
          {labels.fallback}{" "}
          <a href={src} download>
            {labels.download}
          </a>
        </p>
      </video>
      <figcaption className="mt-2 text-center text-sm text-slate-600">{title}</figcaption>
    </figure>
  );
}
