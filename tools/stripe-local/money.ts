/**
 * Minor-unit amounts (fen for CNY) -> display strings, e.g. 50000 cny -> "¥500.00".
 * Used by the hosted page and by error messages that quote amounts the way
 * Stripe does ("Refund amount ($25.00) is greater than …").
 */
const ZERO_DECIMAL = new Set(["bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga", "pyg", "rwf", "ugx", "vnd", "vuv", "xaf", "xof", "xpf"]);

export function minorUnitsPerMajor(currency: string): number {
  return ZERO_DECIMAL.has(currency.toLowerCase()) ? 1 : 100;
}

export function formatAmount(amount: number, currency: string): string {
  const cur = currency.toLowerCase();
  const major = amount / minorUnitsPerMajor(cur);
  const digits = minorUnitsPerMajor(cur) === 1 ? 0 : 2;
  if (cur === "cny") {
    const sign = major < 0 ? "-" : "";
    const text = Math.abs(major).toLocaleString("en-US", {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    return `${sign}¥${text}`;
  }
  return new Intl.NumberFormat("en-US", {
    style: "currency",
    currency: cur.toUpperCase(),
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(major);
}
