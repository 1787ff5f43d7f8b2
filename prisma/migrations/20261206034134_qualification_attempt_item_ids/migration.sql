-- AlterTable
ALTER TABLE "QualificationAttempt" ADD COLUMN     "itemIds" TEXT[] DEFAULT ARRAY[]::TEXT[];
