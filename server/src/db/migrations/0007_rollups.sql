CREATE TABLE "module_rollups" (
	"school_id" uuid NOT NULL,
	"module_id" uuid NOT NULL,
	"module_version" integer NOT NULL,
	"period" text NOT NULL,
	"started" integer NOT NULL,
	"completed" integer NOT NULL,
	"ratings" integer NOT NULL,
	"realism_count" integer NOT NULL,
	"realism_sum" integer NOT NULL,
	"learned_count" integer NOT NULL,
	"learned_yes" integer NOT NULL,
	"watch_through" jsonb NOT NULL,
	CONSTRAINT "module_rollups_school_id_period_module_id_module_version_pk" PRIMARY KEY("school_id","period","module_id","module_version")
);
--> statement-breakpoint
CREATE TABLE "planning_module_rollups" (
	"schedule_id" uuid NOT NULL,
	"module_id" uuid NOT NULL,
	"module_version" integer NOT NULL,
	"school_id" uuid NOT NULL,
	"started" integer NOT NULL,
	"completed" integer NOT NULL,
	"ratings" integer NOT NULL,
	"realism_count" integer NOT NULL,
	"realism_sum" integer NOT NULL,
	"learned_count" integer NOT NULL,
	"learned_yes" integer NOT NULL,
	"watch_through" jsonb NOT NULL,
	CONSTRAINT "planning_module_rollups_schedule_id_module_id_module_version_pk" PRIMARY KEY("schedule_id","module_id","module_version")
);
--> statement-breakpoint
CREATE TABLE "planning_rollups" (
	"schedule_id" uuid PRIMARY KEY NOT NULL,
	"school_id" uuid NOT NULL,
	"months" jsonb NOT NULL,
	"ratings" integer NOT NULL,
	"realism_sum" integer NOT NULL,
	"pairs" jsonb NOT NULL,
	"refreshed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rollups_stale" (
	"kind" text NOT NULL,
	"id" uuid NOT NULL,
	"school_id" uuid NOT NULL,
	CONSTRAINT "rollups_stale_kind_id_pk" PRIMARY KEY("kind","id"),
	CONSTRAINT "rollups_stale_kind" CHECK ("rollups_stale"."kind" in ('planning', 'student'))
);
--> statement-breakpoint
CREATE TABLE "student_rollups" (
	"student_id" uuid NOT NULL,
	"period" text NOT NULL,
	"school_id" uuid NOT NULL,
	"started" boolean NOT NULL,
	"completed" boolean NOT NULL,
	"before_kansrijk" boolean,
	"after_kansrijk" boolean,
	CONSTRAINT "student_rollups_student_id_period_pk" PRIMARY KEY("student_id","period")
);
--> statement-breakpoint
ALTER TABLE "module_rollups" ADD CONSTRAINT "module_rollups_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_module_rollups" ADD CONSTRAINT "planning_module_rollups_schedule_id_schedules_id_fk" FOREIGN KEY ("schedule_id") REFERENCES "public"."schedules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_module_rollups" ADD CONSTRAINT "planning_module_rollups_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_rollups" ADD CONSTRAINT "planning_rollups_schedule_id_schedules_id_fk" FOREIGN KEY ("schedule_id") REFERENCES "public"."schedules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_rollups" ADD CONSTRAINT "planning_rollups_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rollups_stale" ADD CONSTRAINT "rollups_stale_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "student_rollups" ADD CONSTRAINT "student_rollups_student_id_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."students"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "student_rollups" ADD CONSTRAINT "student_rollups_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "planning_module_rollups_school_idx" ON "planning_module_rollups" USING btree ("school_id");--> statement-breakpoint
CREATE INDEX "planning_rollups_school_idx" ON "planning_rollups" USING btree ("school_id");--> statement-breakpoint
CREATE INDEX "rollups_stale_school_idx" ON "rollups_stale" USING btree ("school_id");--> statement-breakpoint
CREATE INDEX "student_rollups_school_period_idx" ON "student_rollups" USING btree ("school_id","period");--> statement-breakpoint
-- Existing plannings and students get their rollups at the first dashboard read after this migration.
INSERT INTO "rollups_stale" ("kind", "id", "school_id") SELECT 'planning', "id", "school_id" FROM "schedules";--> statement-breakpoint
INSERT INTO "rollups_stale" ("kind", "id", "school_id") SELECT 'student', "id", "school_id" FROM "students";
