import "server-only";
import QRCode from "qrcode";

/** A QR code of the text as an SVG data URL (rendered on the server; shown as an <img>). */
export async function qrSvgDataUrl(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}
