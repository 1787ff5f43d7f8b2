-- CreateEnum
CREATE TYPE "ReviewStatus" AS ENUM ('NONE', 'PENDING', 'REVIEWED');

-- CreateTable
CREATE TABLE "ExerciseDraft" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "courseSlug" TEXT NOT NULL,
    "setId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "answers" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ExerciseDraft_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExerciseSubmission" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "courseSlug" TEXT NOT NULL,
    "setId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "cohortId" TEXT,
    "guidelineVersion" TEXT NOT NULL,
    "answers" JSONB NOT NULL,
    "grade" JSONB NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "reviewStatus" "ReviewStatus" NOT NULL DEFAULT 'NONE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExerciseSubmission_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ExerciseDraft_userId_courseSlug_setId_itemId_key" ON "ExerciseDraft"("userId", "courseSlug", "setId", "itemId");

-- CreateIndex
CREATE INDEX "ExerciseSubmission_userId_courseSlug_setId_itemId_createdAt_idx" ON "ExerciseSubmission"("userId", "courseSlug", "setId", "itemId", "createdAt");

-- CreateIndex
CREATE INDEX "ExerciseSubmission_courseSlug_setId_itemId_idx" ON "ExerciseSubmission"("courseSlug", "setId", "itemId");

-- CreateIndex
CREATE INDEX "ExerciseSubmission_cohortId_setId_idx" ON "ExerciseSubmission"("cohortId", "setId");

-- AddForeignKey
ALTER TABLE "ExerciseDraft" ADD CONSTRAINT "ExerciseDraft_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExerciseSubmission" ADD CONSTRAINT "ExerciseSubmission_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
