import { Body, Button, Container, Head, Heading, Hr, Html, Link, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";
import type { TMessages } from "../../i18n/types";
import type { TMailContent } from "../mail-kinds";

const colors = { brand: "#4338ca", text: "#0f172a", muted: "#64748b", line: "#e2e8f0", page: "#f8fafc" };
const font = '-apple-system, BlinkMacSystemFont, "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';

/**
 * The frame every mail shares: the school's name on top, the subject as heading, the body, the
 * facts (amounts and dates already formatted as on the site), one clear call-to-action button
 * with the link spelled out below it, and a footer. Inline styles only: mail clients drop <style>.
 */
export function MailLayout(props: {
  lang: string;
  subject: string;
  preview: string;
  labels: TMessages["mailLayout"];
  content: TMailContent;
  children: ReactNode;
}) {
  const { labels, content } = props;
  return (
    <Html lang={props.lang}>
      <Head />
      <Preview>{props.preview}</Preview>
      <Body style={{ backgroundColor: colors.page, fontFamily: font, color: colors.text, margin: 0, padding: "24px 0" }}>
        <Container
          style={{ maxWidth: 560, margin: "0 auto", backgroundColor: "#ffffff", border: `1px solid ${colors.line}`, borderRadius: 12, padding: "24px 28px" }}
        >
          <Text style={{ margin: 0, fontSize: 16, fontWeight: 700, color: colors.brand }}>{labels.schoolName}</Text>
          <Text style={{ margin: "0 0 16px", fontSize: 12, color: colors.muted }}>{labels.tagline}</Text>
          <Heading as="h1" style={{ fontSize: 20, lineHeight: "28px", margin: "0 0 16px" }}>
            {props.subject}
          </Heading>
          {props.children}
          {content.facts && content.facts.length > 0 ? (
            <Section style={{ margin: "16px 0", border: `1px solid ${colors.line}`, borderRadius: 8, padding: "8px 16px" }}>
              {content.facts.map((fact) => (
                <Text key={fact.label} style={{ margin: "6px 0", fontSize: 14 }}>
                  <span style={{ color: colors.muted }}>
                    {fact.label}
                    {props.lang === "zh" ? "：" : ": "}
                  </span>
                  <strong>{fact.value}</strong>
                </Text>
              ))}
            </Section>
          ) : null}
          {content.action ? (
            <Section style={{ margin: "24px 0 8px" }}>
              <Button
                href={content.action.url}
                style={{
                  backgroundColor: colors.brand,
                  color: "#ffffff",
                  borderRadius: 8,
                  padding: "12px 20px",
                  fontSize: 15,
                  fontWeight: 600,
                  textDecoration: "none",
                }}
              >
                {content.action.label}
              </Button>
              <Text style={{ margin: "12px 0 0", fontSize: 12, color: colors.muted }}>
                {labels.buttonFallback}{" "}
                <Link href={content.action.url} style={{ color: colors.brand, wordBreak: "break-all" }}>
                  {content.action.url}
                </Link>
              </Text>
            </Section>
          ) : null}
          <Hr style={{ borderColor: colors.line, margin: "24px 0 12px" }} />
          <Text style={{ margin: 0, fontSize: 12, color: colors.muted }}>{labels.footer}</Text>
        </Container>
      </Body>
    </Html>
  );
}
