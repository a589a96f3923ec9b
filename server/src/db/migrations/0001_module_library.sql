CREATE TYPE "public"."media_kind" AS ENUM('video', 'captions', 'thumbnail');--> statement-breakpoint
CREATE TYPE "public"."module_status" AS ENUM('draft', 'published');--> statement-breakpoint
CREATE TYPE "public"."module_type" AS ENUM('video', 'game');--> statement-breakpoint
CREATE TABLE "media_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"school_id" uuid NOT NULL,
	"kind" "media_kind" NOT NULL,
	"storage_key" text NOT NULL,
	"mime_type" text NOT NULL,
	"bytes" bigint NOT NULL,
	"duration_seconds" real,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "module_versions" (
	"module_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"school_id" uuid NOT NULL,
	"status" "module_status" DEFAULT 'draft' NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"niveaus" jsonb NOT NULL,
	"leerjaren" jsonb NOT NULL,
	"sectors" jsonb NOT NULL,
	"opleidingen" jsonb NOT NULL,
	"beroepen" jsonb NOT NULL,
	"maker" text NOT NULL,
	"source" text NOT NULL,
	"source_url" text,
	"quality" jsonb NOT NULL,
	"game" jsonb,
	"duration_seconds" integer DEFAULT 0 NOT NULL,
	"video_id" uuid,
	"captions_id" uuid,
	"thumbnail_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	CONSTRAINT "module_versions_module_id_version_pk" PRIMARY KEY("module_id","version"),
	CONSTRAINT "module_versions_version_positive" CHECK ("module_versions"."version" >= 1),
	CONSTRAINT "module_versions_published_at" CHECK (("module_versions"."status" = 'published') = ("module_versions"."published_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "modules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"school_id" uuid NOT NULL,
	"type" "module_type" NOT NULL,
	"demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "media_files" ADD CONSTRAINT "media_files_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "module_versions" ADD CONSTRAINT "module_versions_module_id_modules_id_fk" FOREIGN KEY ("module_id") REFERENCES "public"."modules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "module_versions" ADD CONSTRAINT "module_versions_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "module_versions" ADD CONSTRAINT "module_versions_video_id_media_files_id_fk" FOREIGN KEY ("video_id") REFERENCES "public"."media_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "module_versions" ADD CONSTRAINT "module_versions_captions_id_media_files_id_fk" FOREIGN KEY ("captions_id") REFERENCES "public"."media_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "module_versions" ADD CONSTRAINT "module_versions_thumbnail_id_media_files_id_fk" FOREIGN KEY ("thumbnail_id") REFERENCES "public"."media_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "modules" ADD CONSTRAINT "modules_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "media_files_school_key_idx" ON "media_files" USING btree ("school_id","storage_key");--> statement-breakpoint
CREATE INDEX "module_versions_school_idx" ON "module_versions" USING btree ("school_id");--> statement-breakpoint
CREATE INDEX "modules_school_idx" ON "modules" USING btree ("school_id");