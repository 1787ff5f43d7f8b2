/** "23999", "23,999.00", "¥23,999" → 2_399_900 fen; null when it is not an amount. */
export function parseYuanToFen(text: string): number | null {
  const cleaned = text.replace(/[¥,\s，]/g, "");
  if (!/^\d{1,7}(\.\d{1,2})?$/.test(cleaned)) return null;
  const [yuan, fen = ""] = cleaned.split(".") as [string, string?];
  return Number(yuan) * 100 + Number(fen.padEnd(2, "0"));
}
