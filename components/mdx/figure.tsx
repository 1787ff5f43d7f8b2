/**
 * An image from public/ with required alt text and an optional visible caption. Plain <img>
 * (lazy-loaded, never wider than the column) because authors do not know image dimensions.
 */
export function Figure({ src, alt, caption }: { src: string; alt: string; caption?: string }) {
  return (
    <figure className="my-6">
      {/* eslint-disable-next-line @next/next/no-img-element -- authored images of unknown size */}
      <img src={src} alt={alt} loading="lazy" decoding="async" className="mx-auto h-auto max-w-full rounded-lg border border-slate-200" />
      {caption ? <figcaption className="mt-2 text-center text-sm text-slate-600">{caption}</figcaption> : null}
    </figure>
  );
}

/** A Markdown image (`![alt](/x.png)`): lazy-loaded and never wider than the column. */
export function MarkdownImage({ src, alt, title }: { src?: string; alt?: string; title?: string }) {
  // eslint-disable-next-line @next/next/no-img-element -- authored images of unknown size
  return <img src={src} alt={alt ?? ""} title={title} loading="lazy" decoding="async" className="h-auto max-w-full rounded-lg" />;
}
