CREATE TABLE "kansrijk_rules" (
	"school_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"min_score" integer NOT NULL,
	"note" text NOT NULL,
	"changed_by" uuid,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "kansrijk_rules_school_id_version_pk" PRIMARY KEY("school_id","version"),
	CONSTRAINT "kansrijk_rules_version" CHECK ("kansrijk_rules"."version" >= 2),
	CONSTRAINT "kansrijk_rules_min_score" CHECK ("kansrijk_rules"."min_score" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "measurement_pairings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"school_id" uuid NOT NULL,
	"name" text NOT NULL,
	"pre_schedule_id" uuid NOT NULL,
	"post_schedule_id" uuid NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "measurement_pairings_distinct" CHECK ("measurement_pairings"."pre_schedule_id" <> "measurement_pairings"."post_schedule_id")
);
--> statement-breakpoint
CREATE TABLE "opleidingen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"type" text NOT NULL,
	"name" text NOT NULL,
	"code" text,
	"niveau" integer,
	"mbo_domein" text,
	"croho_sector" text,
	"sector" text NOT NULL,
	"beroepen" jsonb NOT NULL,
	"search_text" text NOT NULL,
	CONSTRAINT "opleidingen_type" CHECK ("opleidingen"."type" in ('mbo', 'hbo', 'wo')),
	CONSTRAINT "opleidingen_niveau" CHECK ("opleidingen"."niveau" is null or "opleidingen"."niveau" between 1 and 4)
);
--> statement-breakpoint
CREATE TABLE "prospect_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"school_id" uuid NOT NULL,
	"source" text NOT NULL,
	"year" integer NOT NULL,
	"region" text NOT NULL,
	"format" text NOT NULL,
	"status" text NOT NULL,
	"file_name" text NOT NULL,
	"file_sha256" text NOT NULL,
	"rows" integer NOT NULL,
	"counts" jsonb NOT NULL,
	"imported_by" uuid,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "prospect_indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"school_id" uuid NOT NULL,
	"scope" text NOT NULL,
	"opleiding_id" uuid,
	"sector" text NOT NULL,
	"level" text NOT NULL,
	"format" text NOT NULL,
	"value" text NOT NULL,
	"score" integer NOT NULL,
	"source" text NOT NULL,
	"source_url" text,
	"year" integer NOT NULL,
	"period" text,
	"region" text NOT NULL,
	"status" text NOT NULL,
	"note" text NOT NULL,
	"import_id" uuid,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"superseded_at" timestamp with time zone,
	CONSTRAINT "prospect_indicators_scope" CHECK (("prospect_indicators"."scope" = 'opleiding' and "prospect_indicators"."opleiding_id" is not null) or ("prospect_indicators"."scope" = 'sector' and "prospect_indicators"."opleiding_id" is null)),
	CONSTRAINT "prospect_indicators_score" CHECK ("prospect_indicators"."score" between 1 and 5),
	CONSTRAINT "prospect_indicators_level" CHECK ("prospect_indicators"."level" in ('alle', 'mbo', 'hbo', 'wo')),
	CONSTRAINT "prospect_indicators_status" CHECK ("prospect_indicators"."status" in ('geimporteerd', 'handmatig', 'illustratief'))
);
--> statement-breakpoint
ALTER TABLE "kansrijk_rules" ADD CONSTRAINT "kansrijk_rules_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kansrijk_rules" ADD CONSTRAINT "kansrijk_rules_changed_by_staff_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurement_pairings" ADD CONSTRAINT "measurement_pairings_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurement_pairings" ADD CONSTRAINT "measurement_pairings_pre_schedule_id_schedules_id_fk" FOREIGN KEY ("pre_schedule_id") REFERENCES "public"."schedules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurement_pairings" ADD CONSTRAINT "measurement_pairings_post_schedule_id_schedules_id_fk" FOREIGN KEY ("post_schedule_id") REFERENCES "public"."schedules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurement_pairings" ADD CONSTRAINT "measurement_pairings_created_by_staff_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prospect_imports" ADD CONSTRAINT "prospect_imports_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prospect_imports" ADD CONSTRAINT "prospect_imports_imported_by_staff_users_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prospect_indicators" ADD CONSTRAINT "prospect_indicators_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prospect_indicators" ADD CONSTRAINT "prospect_indicators_opleiding_id_opleidingen_id_fk" FOREIGN KEY ("opleiding_id") REFERENCES "public"."opleidingen"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prospect_indicators" ADD CONSTRAINT "prospect_indicators_import_id_prospect_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."prospect_imports"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prospect_indicators" ADD CONSTRAINT "prospect_indicators_recorded_by_staff_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "measurement_pairings_school_idx" ON "measurement_pairings" USING btree ("school_id");--> statement-breakpoint
CREATE UNIQUE INDEX "opleidingen_key_key" ON "opleidingen" USING btree ("key");--> statement-breakpoint
CREATE INDEX "opleidingen_sector_idx" ON "opleidingen" USING btree ("sector");--> statement-breakpoint
CREATE INDEX "prospect_imports_school_idx" ON "prospect_imports" USING btree ("school_id","imported_at");--> statement-breakpoint
CREATE INDEX "prospect_indicators_school_idx" ON "prospect_indicators" USING btree ("school_id","superseded_at");--> statement-breakpoint
CREATE INDEX "prospect_indicators_opleiding_idx" ON "prospect_indicators" USING btree ("opleiding_id");--> statement-breakpoint
CREATE INDEX "keuzemetingen_schedule_idx" ON "keuzemetingen" USING btree ("schedule_id");