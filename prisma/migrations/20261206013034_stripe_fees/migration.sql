-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "stripeFeeFen" INTEGER;
