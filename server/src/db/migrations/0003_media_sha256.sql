-- Files stored before this migration have content-addressed keys (<school>/<sha256>.<ext>): take the hash from there.
ALTER TABLE "media_files" ADD COLUMN "sha256" text;--> statement-breakpoint
UPDATE "media_files" SET "sha256" = substring("storage_key" from '([0-9a-f]{64})\.[a-z0-9]+$');--> statement-breakpoint
ALTER TABLE "media_files" ALTER COLUMN "sha256" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "media_files" ADD CONSTRAINT "media_files_sha256_hex" CHECK ("media_files"."sha256" ~ '^[0-9a-f]{64}$');
