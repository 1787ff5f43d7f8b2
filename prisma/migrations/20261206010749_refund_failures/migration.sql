-- AlterTable
ALTER TABLE "Refund" ADD COLUMN     "resolvedAt" TIMESTAMP(3);
