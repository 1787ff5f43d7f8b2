import { Link, Text } from "@react-email/components";
import { Fragment } from "react";

const urlPattern = /(https?:\/\/[^\s，。）)]+)/g;

/**
 * The plain-text body as HTML paragraphs: blank lines separate paragraphs, line breaks stay, URLs
 * become links, and a line holding only the call-to-action URL is left out (the button shows it).
 */
export function TextParagraphs({ text, actionUrl }: { text: string; actionUrl?: string }) {
  const paragraphs = text
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.split("\n").filter((line) => line.trim() !== "" && line.trim() !== actionUrl))
    .filter((lines) => lines.length > 0);
  return (
    <>
      {paragraphs.map((lines, index) => (
        <Text key={index} style={{ fontSize: 15, lineHeight: "24px", margin: "0 0 12px" }}>
          {lines.map((line, lineIndex) => (
            <Fragment key={lineIndex}>
              {lineIndex > 0 ? <br /> : null}
              {line.split(urlPattern).map((part, partIndex) =>
                /^https?:\/\//.test(part) ? (
                  <Link key={partIndex} href={part} style={{ color: "#4338ca", wordBreak: "break-all" }}>
                    {part}
                  </Link>
                ) : (
                  part
                ),
              )}
            </Fragment>
          ))}
        </Text>
      ))}
    </>
  );
}
