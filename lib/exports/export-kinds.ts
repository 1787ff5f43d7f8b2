/** The files a cohort's labels can be exported as (the last path segment of the download URL). */
export const exportKinds = ["raw.jsonl", "preference-pairs.jsonl", "sft.jsonl", "scores.csv"] as const;
export type TExportKind = (typeof exportKinds)[number];

export function isExportKind(value: string): value is TExportKind {
  return (exportKinds as readonly string[]).includes(value);
}

/** The audit action of an export: export.raw, export.preference-pairs, export.sft, export.scores. */
export function exportAuditAction(kind: TExportKind): string {
  return `export.${kind.replace(/\.(jsonl|csv)$/, "")}`;
}

export function exportContentType(kind: TExportKind): string {
  return kind.endsWith(".csv") ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8";
}

/** "cohort-13-raw-2030-03-02.jsonl" (ASCII, so every browser keeps it as it is). */
export function exportFileName(cohortNumber: number, kind: TExportKind, now: Date): string {
  const [base, extension] = [kind.slice(0, kind.lastIndexOf(".")), kind.slice(kind.lastIndexOf(".") + 1)];
  return `cohort-${cohortNumber}-${base}-${now.toISOString().slice(0, 10)}.${extension}`;
}

/** Content-Disposition for a download, with the RFC 5987 `filename*` form and a plain fallback. */
export function attachmentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
