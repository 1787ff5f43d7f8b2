-- AlterTable
ALTER TABLE "StripeEvent" ADD COLUMN     "claimedAt" TIMESTAMP(3),
ADD COLUMN     "outcome" TEXT;
