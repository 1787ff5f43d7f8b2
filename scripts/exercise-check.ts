/** `tsx scripts/exercise-check.ts <files…>`: validates exercise files; exit 1 on any problem. */
import { loadExerciseFile } from "../lib/labeling/load-exercise-file";

let failed = 0;
for (const file of process.argv.slice(2)) {
  const result = await loadExerciseFile(file);
  if (result.set) console.log(`ok ${file}: ${result.set.items.length} items`);
  else {
    failed += 1;
    for (const problem of result.problems) console.log(`${file}: ${problem}`);
  }
}
process.exit(failed ? 1 : 0);
