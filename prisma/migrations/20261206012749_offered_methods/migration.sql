-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "offeredMethods" TEXT[] DEFAULT ARRAY[]::TEXT[];
