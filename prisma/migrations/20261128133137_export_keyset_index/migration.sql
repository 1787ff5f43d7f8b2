-- DropIndex
DROP INDEX "ExerciseSubmission_userId_courseSlug_setId_itemId_createdAt_idx";

-- CreateIndex
CREATE INDEX "ExerciseSubmission_userId_courseSlug_setId_itemId_createdAt_idx" ON "ExerciseSubmission"("userId", "courseSlug", "setId", "itemId", "createdAt", "id");
