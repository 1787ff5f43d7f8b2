import fc from "fast-check";

/**
 * Generators of hostile input for the fuzz suite: wrong types, missing and extra fields, huge and
 * deeply nested values, NUL, lone surrogates, RTL and zero-width characters, path traversal and
 * prototype keys. No generated text holds "@": a valid email would make the public forms send
 * real mails and use up the per-client mail limit.
 */

const special = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\ud800",
  "x\udfffy",
  "\udc00\ud800",
  "\u202eevil\u202c",
  "\u200f\u200e",
  "\u200b",
  "\u200d\ufeff",
  "\u2028\u2029",
  "../../../../etc/passwd",
  "..\\..\\windows\\win.ini",
  "%2e%2e%2f%2e%2e%2f",
  "....//....//",
  "/dev/null",
  "C:\\",
  "file:///etc/passwd",
  "%00",
  "%",
  "%E0%A4%A",
  "%FF",
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  '\'; drop table "User"; --',
  "${7*7}",
  "{{7*7}}",
  "$K1",
  "$@1",
  "$Q0",
  "$undefined",
  "null",
  "undefined",
  "NaN",
  "-1",
  "0",
  "1e309",
  "-0",
  "9".repeat(400),
  "😀👩🏽‍💻",
  "\r\nX-Injected: 1",
  "\t",
  "ﷺ",
  "العربية",
  "zh-CN",
  "en",
  "zh",
  "c".padEnd(25, "x"),
  "cmxb3ttov000cil7dv4jylnhn",
  "ai-trainer",
  "general-qa-scoring",
  "ABCD1234",
  "true",
  "false",
  "[]",
  "{}",
];

const characters = fc.oneof(
  fc.constantFrom("\u0000", "\ud800", "\udfff", "\u202e", "\u200b", "\ufeff", "/", "\\", ".", "%", "$", "_", "\n", "中", "文", "ß", "😀"),
  fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
  fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 1 }),
);

const withoutAt = (text: string) => text.replaceAll("@", "");

/** One hostile text value: a known-bad string, a random mix, or a huge one. */
export const nastyText: fc.Arbitrary<string> = fc
  .oneof(
    { weight: 4, arbitrary: fc.constantFrom(...special) },
    { weight: 4, arbitrary: fc.array(characters, { maxLength: 40 }).map((chars) => chars.join("")) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom("a", "中", "\u200b", "../", "\u0000"), fc.integer({ min: 1_000, max: 60_000 }))
        .map(([unit, times]) => unit.repeat(times)),
    },
  )
  .map(withoutAt);

/** Field names the app uses, prototype keys and random ones. */
export const fieldName: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.constantFrom(
      "cohortId",
      "holdId",
      "memberId",
      "groupId",
      "code",
      "orderId",
      "requestId",
      "refundId",
      "payoutId",
      "enrollmentId",
      "classId",
      "toCohortId",
      "userId",
      "learnerId",
      "coachId",
      "assignmentId",
      "sessionId",
      "submissionId",
      "attemptId",
      "itemId",
      "setId",
      "courseSlug",
      "lessonSlug",
      "courseId",
      "email",
      "password",
      "currentPassword",
      "newPassword",
      "name",
      "next",
      "token",
      "locale",
      "role",
      "reason",
      "note",
      "body",
      "amountFen",
      "amount",
      "how",
      "method",
      "status",
      "score",
      "scores",
      "answers",
      "position",
      "startsAt",
      "endsAt",
      "startDate",
      "capacity",
      "listPriceFen",
      "number",
      "kind",
      "date",
      "reference",
      "comment",
      "quote",
      "rubric",
    ),
  },
  { weight: 2, arbitrary: fc.constantFrom("__proto__", "constructor", "prototype", "__defineGetter__", "$ACTION_ID_x", "$ACTION_REF_1", "0", "") },
  { weight: 1, arbitrary: nastyText.map((text) => text.slice(0, 40)) },
);

/** Any JSON-like value: wrong types, prototype keys, nesting up to `depth`. */
export const jsonValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    nastyText,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(fieldName, tie("value"), { maxKeys: 5 }),
  ),
})).value;

/** A nesting `depth` levels deep, as JSON text (the APIs refuse more than 32). */
export const deepJson = fc.tuple(fc.integer({ min: 20, max: 5_000 }), fc.constantFrom("[", '{"a":')).map(([depth, open]) => {
  const close = open === "[" ? "]" : "}";
  return `${open.repeat(depth)}1${close.repeat(depth)}`;
});

/** A JSON request body: an object of known and unknown fields with values of any type, or something else entirely. */
export const jsonBody: fc.Arbitrary<{ text: string; contentType: string | null }> = fc
  .oneof(
    { weight: 6, arbitrary: fc.dictionary(fieldName, jsonValue, { maxKeys: 8 }).map((value) => JSON.stringify(value)) },
    { weight: 1, arbitrary: jsonValue.map((value) => JSON.stringify(value) ?? "null") },
    { weight: 1, arbitrary: deepJson },
    { weight: 1, arbitrary: nastyText },
  )
  .chain((text) =>
    fc.record({
      text: fc.constant(text),
      contentType: fc.oneof(
        { weight: 6, arbitrary: fc.constant("application/json") },
        { weight: 1, arbitrary: fc.constantFrom("text/plain", "application/x-www-form-urlencoded", "application/json; charset=utf-16", null) },
      ),
    }),
  );

/** Form fields for a server action. */
export const formFields: fc.Arbitrary<Array<[string, string]>> = fc.array(fc.tuple(fieldName, nastyText), { maxLength: 8 });

/** The argument list of a server action, mostly well-formed ([previousState, FormData]), sometimes not. */
export const actionArguments: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constant('[null,"$K1"]') },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "[]",
      "{}",
      '"$K1"',
      '["$K1"]',
      '[null,"$K1","$K1"]',
      '[null,"$K2"]',
      '[{"__proto__":{"polluted":1}},"$K1"]',
      '[null,{"cohortId":"x"}]',
      '[null,"$@1"]',
      '[null,"$Q1"]',
      '[null,"$W1"]',
      '[null,"$B1"]',
      '[null,"$n1"]',
      '[null,"$D1"]',
      '[null,"$T"]',
      '[null,"$h1"]',
      '["$undefined","$K1"]',
      "null",
      "1",
    ),
  },
  { weight: 1, arbitrary: jsonValue.map((value) => JSON.stringify([value, "$K1"])) },
  // No argument list at all (the fuzz suite then sends the form fields only).
  { weight: 1, arbitrary: fc.constant("(none)") },
  { weight: 1, arbitrary: deepJson },
);

/** Percent-encodes every byte of the text's UTF-8 (a lone surrogate becomes its raw, invalid bytes). */
function percentEncode(text: string): string {
  let out = "";
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code >= 0xd800 && code <= 0xdfff)
      out += `%ED%${(0xa0 + ((code >> 6) & 0x1f)).toString(16).toUpperCase()}%${(0x80 + (code & 0x3f)).toString(16).toUpperCase()}`;
    else out += /^[A-Za-z0-9_.~-]$/.test(char) ? char : [...Buffer.from(char)].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, "0")}`).join("");
  }
  return out;
}

/** A value for a dynamic URL segment or a query parameter, percent-encoded or raw. */
export const urlPiece: fc.Arbitrary<string> = fc.oneof(
  // At most ~1 kB: a longer URL is refused by Node.js (431) or comes back in a redirect's headers.
  nastyText.map((text) => percentEncode(text.slice(0, 120)).slice(0, 1_000).replaceAll("%25", "%")),
  nastyText.map((text) => percentEncode(text.slice(0, 120)).slice(0, 1_000)),
  fc.constantFrom("..%2F..%2Fetc%2Fpasswd", "%2e%2e", "..", ".", "%00", "%ZZ", "%E0%A4%A", "x%2Fy", "a;b", "%0d%0aX:1"),
);
