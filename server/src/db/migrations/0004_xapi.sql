CREATE TABLE "keuzemetingen" (
	"id" uuid PRIMARY KEY NOT NULL,
	"school_id" uuid NOT NULL,
	"student_id" uuid NOT NULL,
	"schedule_id" uuid,
	"step_id" text,
	"moment" text NOT NULL,
	"choices" jsonb NOT NULL,
	"certainty" integer NOT NULL,
	"reason" text NOT NULL,
	"measured_at" timestamp with time zone NOT NULL,
	CONSTRAINT "keuzemetingen_moment" CHECK ("keuzemetingen"."moment" in ('voor', 'na'))
);
--> statement-breakpoint
CREATE TABLE "module_counters" (
	"module_id" uuid NOT NULL,
	"module_version" integer NOT NULL,
	"school_id" uuid NOT NULL,
	"students_started" integer DEFAULT 0 NOT NULL,
	"students_completed" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "module_counters_module_id_module_version_pk" PRIMARY KEY("module_id","module_version")
);
--> statement-breakpoint
CREATE TABLE "module_ratings" (
	"schedule_id" uuid NOT NULL,
	"student_id" uuid NOT NULL,
	"step_id" text NOT NULL,
	"school_id" uuid NOT NULL,
	"module_id" uuid,
	"module_version" integer,
	"realism" integer,
	"learned" text,
	"comment" text,
	"rated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "module_ratings_schedule_id_student_id_step_id_pk" PRIMARY KEY("schedule_id","student_id","step_id"),
	CONSTRAINT "module_ratings_realism" CHECK ("module_ratings"."realism" between 1 and 5),
	CONSTRAINT "module_ratings_learned" CHECK ("module_ratings"."learned" in ('ja', 'een-beetje', 'nee'))
);
--> statement-breakpoint
CREATE TABLE "reflection_answers" (
	"schedule_id" uuid NOT NULL,
	"student_id" uuid NOT NULL,
	"step_id" text NOT NULL,
	"school_id" uuid NOT NULL,
	"response" text NOT NULL,
	"answered_at" timestamp with time zone NOT NULL,
	CONSTRAINT "reflection_answers_schedule_id_student_id_step_id_pk" PRIMARY KEY("schedule_id","student_id","step_id")
);
--> statement-breakpoint
CREATE TABLE "schedule_counters" (
	"schedule_id" uuid PRIMARY KEY NOT NULL,
	"school_id" uuid NOT NULL,
	"students_started" integer DEFAULT 0 NOT NULL,
	"students_completed" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "schedule_students" (
	"schedule_id" uuid NOT NULL,
	"student_id" uuid NOT NULL,
	"school_id" uuid NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"completed_at" timestamp with time zone,
	CONSTRAINT "schedule_students_schedule_id_student_id_pk" PRIMARY KEY("schedule_id","student_id")
);
--> statement-breakpoint
CREATE TABLE "student_step_progress" (
	"schedule_id" uuid NOT NULL,
	"student_id" uuid NOT NULL,
	"step_id" text NOT NULL,
	"school_id" uuid NOT NULL,
	"module_id" uuid,
	"module_version" integer,
	"started_at" timestamp with time zone NOT NULL,
	"completed_at" timestamp with time zone,
	"progress" real DEFAULT 0 NOT NULL,
	"score_scaled" real,
	"success" boolean,
	"watched" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "student_step_progress_schedule_id_student_id_step_id_pk" PRIMARY KEY("schedule_id","student_id","step_id"),
	CONSTRAINT "student_step_progress_range" CHECK ("student_step_progress"."progress" between 0 and 1)
);
--> statement-breakpoint
CREATE TABLE "video_second_views" (
	"schedule_id" uuid NOT NULL,
	"module_id" uuid NOT NULL,
	"module_version" integer NOT NULL,
	"second" integer NOT NULL,
	"school_id" uuid NOT NULL,
	"viewers" integer NOT NULL,
	CONSTRAINT "video_second_views_schedule_id_module_id_module_version_second_pk" PRIMARY KEY("schedule_id","module_id","module_version","second")
);
--> statement-breakpoint
CREATE TABLE "xapi_clients" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"school_id" uuid NOT NULL,
	"name" text NOT NULL,
	"key" text NOT NULL,
	"secret_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "xapi_statements" (
	"id" uuid PRIMARY KEY NOT NULL,
	"school_id" uuid NOT NULL,
	"stored" timestamp with time zone NOT NULL,
	"timestamp" timestamp with time zone NOT NULL,
	"actor_key" text NOT NULL,
	"student_id" uuid,
	"client_id" uuid,
	"verb_id" text NOT NULL,
	"object_id" text NOT NULL,
	"registration" uuid,
	"schedule_id" uuid,
	"step_id" text,
	"module_id" uuid,
	"module_version" integer,
	"voided" boolean DEFAULT false NOT NULL,
	"statement" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "keuzemetingen" ADD CONSTRAINT "keuzemetingen_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "keuzemetingen" ADD CONSTRAINT "keuzemetingen_student_id_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."students"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "keuzemetingen" ADD CONSTRAINT "keuzemetingen_schedule_id_schedules_id_fk" FOREIGN KEY ("schedule_id") REFERENCES "public"."schedules"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "module_counters" ADD CONSTRAINT "module_counters_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "module_ratings" ADD CONSTRAINT "module_ratings_schedule_id_schedules_id_fk" FOREIGN KEY ("schedule_id") REFERENCES "public"."schedules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "module_ratings" ADD CONSTRAINT "module_ratings_student_id_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."students"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "module_ratings" ADD CONSTRAINT "module_ratings_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reflection_answers" ADD CONSTRAINT "reflection_answers_schedule_id_schedules_id_fk" FOREIGN KEY ("schedule_id") REFERENCES "public"."schedules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reflection_answers" ADD CONSTRAINT "reflection_answers_student_id_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."students"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reflection_answers" ADD CONSTRAINT "reflection_answers_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_counters" ADD CONSTRAINT "schedule_counters_schedule_id_schedules_id_fk" FOREIGN KEY ("schedule_id") REFERENCES "public"."schedules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_counters" ADD CONSTRAINT "schedule_counters_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_students" ADD CONSTRAINT "schedule_students_schedule_id_schedules_id_fk" FOREIGN KEY ("schedule_id") REFERENCES "public"."schedules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_students" ADD CONSTRAINT "schedule_students_student_id_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."students"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_students" ADD CONSTRAINT "schedule_students_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "student_step_progress" ADD CONSTRAINT "student_step_progress_schedule_id_schedules_id_fk" FOREIGN KEY ("schedule_id") REFERENCES "public"."schedules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "student_step_progress" ADD CONSTRAINT "student_step_progress_student_id_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."students"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "student_step_progress" ADD CONSTRAINT "student_step_progress_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_second_views" ADD CONSTRAINT "video_second_views_schedule_id_schedules_id_fk" FOREIGN KEY ("schedule_id") REFERENCES "public"."schedules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_second_views" ADD CONSTRAINT "video_second_views_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "xapi_clients" ADD CONSTRAINT "xapi_clients_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "xapi_statements" ADD CONSTRAINT "xapi_statements_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "xapi_statements" ADD CONSTRAINT "xapi_statements_student_id_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."students"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "keuzemetingen_school_idx" ON "keuzemetingen" USING btree ("school_id");--> statement-breakpoint
CREATE INDEX "keuzemetingen_student_idx" ON "keuzemetingen" USING btree ("student_id");--> statement-breakpoint
CREATE INDEX "module_counters_school_idx" ON "module_counters" USING btree ("school_id");--> statement-breakpoint
CREATE INDEX "module_ratings_module_idx" ON "module_ratings" USING btree ("module_id","module_version");--> statement-breakpoint
CREATE INDEX "student_step_progress_school_idx" ON "student_step_progress" USING btree ("school_id");--> statement-breakpoint
CREATE INDEX "student_step_progress_student_idx" ON "student_step_progress" USING btree ("student_id");--> statement-breakpoint
CREATE UNIQUE INDEX "xapi_clients_key_key" ON "xapi_clients" USING btree ("key");--> statement-breakpoint
CREATE INDEX "xapi_clients_school_idx" ON "xapi_clients" USING btree ("school_id");--> statement-breakpoint
CREATE INDEX "xapi_statements_school_stored_idx" ON "xapi_statements" USING btree ("school_id","stored","id");--> statement-breakpoint
CREATE INDEX "xapi_statements_student_stored_idx" ON "xapi_statements" USING btree ("student_id","stored");