// `npm run content:check [content-dir]`: validates course content; exit code 1 when any problem.
import path from "node:path";
import { formatProblem, runContentCheck } from "../lib/content/check/run-content-check";
import { formatSummaryTable } from "../lib/content/check/summarize-sets";

const contentDir = path.resolve(process.argv[2] ?? "content");
const { problems, files, summaries } = await runContentCheck(contentDir);
if (summaries.length > 0) console.log(`${formatSummaryTable(summaries)}\n`);
for (const problem of problems) console.log(formatProblem(problem));
const where = path.relative(process.cwd(), contentDir) || ".";
console.log(
  problems.length === 0
    ? `content:check: ${files} files in ${where}/ checked, no problems.`
    : `content:check: ${problems.length} problem${problems.length === 1 ? "" : "s"} in ${files} files checked in ${where}/.`,
);
process.exitCode = problems.length === 0 ? 0 : 1;
