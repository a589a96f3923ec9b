/**
 * The foundation schema. Every fact table carries `school_id` (DESIGN.md growth path: one
 * school board per PostgreSQL server, later Citus sharded by school), even where a join could
 * derive it, so every query can be scoped — and later distributed — by school.
 */
import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  boolean,
  bigint,
  jsonb,
  real,
  date,
  foreignKey,
} from 'drizzle-orm/pg-core';
import { NIVEAUS, STAFF_ROLES, type GameSettings, type LessonStep, type Niveau, type QualityChecklist, type Sector } from '@koers/contracts';

export const niveauEnum = pgEnum('niveau', NIVEAUS);
export const staffRoleEnum = pgEnum('staff_role', STAFF_ROLES);

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const schools = pgTable('schools', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  createdAt: createdAt(),
});

export const staffUsers = pgTable(
  'staff_users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id, { onDelete: 'cascade' }),
    /** Always stored lower-cased and trimmed; unique across schools because it is the sign-in name. */
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex('staff_users_email_key').on(table.email),
    index('staff_users_school_idx').on(table.schoolId),
    check('staff_users_email_lower', sql`${table.email} = lower(${table.email})`),
  ],
);

export const staffRoles = pgTable(
  'staff_roles',
  {
    staffUserId: uuid('staff_user_id')
      .notNull()
      .references(() => staffUsers.id, { onDelete: 'cascade' }),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id, { onDelete: 'cascade' }),
    role: staffRoleEnum('role').notNull(),
  },
  (table) => [primaryKey({ columns: [table.staffUserId, table.role] })],
);

export const classes = pgTable(
  'classes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    niveau: niveauEnum('niveau').notNull(),
    leerjaar: integer('leerjaar').notNull(),
    /** Students type this to join; stored upper-case. Unique everywhere, so it identifies the school. */
    classCode: text('class_code').notNull(),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex('classes_class_code_key').on(table.classCode),
    uniqueIndex('classes_school_name_key').on(table.schoolId, table.name),
    check('classes_leerjaar_range', sql`${table.leerjaar} between 1 and 6`),
    check('classes_class_code_upper', sql`${table.classCode} = upper(${table.classCode})`),
  ],
);

export const students = pgTable(
  'students',
  {
    /** Pseudonymous id: reveals nothing about the student. There is deliberately no e-mail column. */
    id: uuid('id').primaryKey().defaultRandom(),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id, { onDelete: 'cascade' }),
    classId: uuid('class_id')
      .notNull()
      .references(() => classes.id, { onDelete: 'restrict' }),
    displayName: text('display_name').notNull(),
    /** Typed after the class code to sign in; stored upper-case, unique within the class. */
    personalCode: text('personal_code').notNull(),
    /** ECK iD, for federated sign-in later (Edu-K). */
    eckId: text('eck_id'),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex('students_class_personal_code_key').on(table.classId, table.personalCode),
    uniqueIndex('students_eck_id_key').on(table.eckId),
    index('students_school_idx').on(table.schoolId),
    check('students_personal_code_upper', sql`${table.personalCode} = upper(${table.personalCode})`),
  ],
);

export const mentorAssignments = pgTable(
  'mentor_assignments',
  {
    staffUserId: uuid('staff_user_id')
      .notNull()
      .references(() => staffUsers.id, { onDelete: 'cascade' }),
    classId: uuid('class_id')
      .notNull()
      .references(() => classes.id, { onDelete: 'cascade' }),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id, { onDelete: 'cascade' }),
  },
  (table) => [primaryKey({ columns: [table.staffUserId, table.classId] }), index('mentor_assignments_class_idx').on(table.classId)],
);

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 (hex) of the cookie token: a leaked table does not yield usable cookies. */
    id: text('id').primaryKey(),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id, { onDelete: 'cascade' }),
    staffUserId: uuid('staff_user_id').references(() => staffUsers.id, { onDelete: 'cascade' }),
    studentId: uuid('student_id').references(() => students.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    /** Absolute expiry; the idle expiry is computed from `last_seen_at`. */
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    index('sessions_expires_idx').on(table.expiresAt),
    check('sessions_one_subject', sql`(${table.staffUserId} is null) <> (${table.studentId} is null)`),
  ],
);

export const mediaKindEnum = pgEnum('media_kind', ['video', 'captions', 'thumbnail']);
export const moduleTypeEnum = pgEnum('module_type', ['video', 'game']);
export const moduleStatusEnum = pgEnum('module_status', ['draft', 'published']);

/**
 * Uploaded files. The bytes live in MediaStorage under `storage_key` (content-addressed: the
 * SHA-256 of the file), so the same file uploaded twice is stored once per school.
 */
export const mediaFiles = pgTable(
  'media_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id, { onDelete: 'cascade' }),
    kind: mediaKindEnum('kind').notNull(),
    storageKey: text('storage_key').notNull(),
    mimeType: text('mime_type').notNull(),
    bytes: bigint('bytes', { mode: 'number' }).notNull(),
    /** Hex SHA-256 of the bytes, checked while streaming in; lets storage be verified or moved. */
    sha256: text('sha256').notNull(),
    durationSeconds: real('duration_seconds'),
    createdAt: createdAt(),
  },
  (table) => [
    index('media_files_school_key_idx').on(table.schoolId, table.storageKey),
    check('media_files_sha256_hex', sql`${table.sha256} ~ '^[0-9a-f]{64}$'`),
  ],
);

export const modules = pgTable(
  'modules',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id, { onDelete: 'cascade' }),
    type: moduleTypeEnum('type').notNull(),
    /** Shipped demo material, labelled as such wherever it is shown. */
    demo: boolean('demo').notNull().default(false),
    createdAt: createdAt(),
  },
  (table) => [index('modules_school_idx').on(table.schoolId)],
);

/** A module's content. Published versions never change; editing one makes version + 1. */
export const moduleVersions = pgTable(
  'module_versions',
  {
    moduleId: uuid('module_id')
      .notNull()
      .references(() => modules.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id, { onDelete: 'cascade' }),
    status: moduleStatusEnum('status').notNull().default('draft'),
    title: text('title').notNull(),
    description: text('description').notNull(),
    niveaus: jsonb('niveaus').$type<Niveau[]>().notNull(),
    leerjaren: jsonb('leerjaren').$type<number[]>().notNull(),
    sectors: jsonb('sectors').$type<Sector[]>().notNull(),
    opleidingen: jsonb('opleidingen').$type<string[]>().notNull(),
    beroepen: jsonb('beroepen').$type<string[]>().notNull(),
    maker: text('maker').notNull(),
    source: text('source').notNull(),
    sourceUrl: text('source_url'),
    quality: jsonb('quality').$type<QualityChecklist>().notNull(),
    game: jsonb('game').$type<GameSettings>(),
    durationSeconds: integer('duration_seconds').notNull().default(0),
    videoId: uuid('video_id').references(() => mediaFiles.id),
    captionsId: uuid('captions_id').references(() => mediaFiles.id),
    thumbnailId: uuid('thumbnail_id').references(() => mediaFiles.id),
    createdAt: createdAt(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
  },
  (table) => [
    primaryKey({ columns: [table.moduleId, table.version] }),
    index('module_versions_school_idx').on(table.schoolId),
    check('module_versions_version_positive', sql`${table.version} >= 1`),
    check('module_versions_published_at', sql`(${table.status} = 'published') = (${table.publishedAt} is not null)`),
  ],
);

/** A lesson's identity; its content lives in versions. */
export const lessons = pgTable(
  'lessons',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (table) => [index('lessons_school_idx').on(table.schoolId)],
);

/**
 * Ordered steps of one lesson version (jsonb: always read and written whole). A version that is
 * scheduled is never changed again: saving it makes version + 1, so results keep their version.
 */
export const lessonVersions = pgTable(
  'lesson_versions',
  {
    lessonId: uuid('lesson_id')
      .notNull()
      .references(() => lessons.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    description: text('description').notNull(),
    lengthMinutes: integer('length_minutes').notNull(),
    steps: jsonb('steps').$type<LessonStep[]>().notNull(),
    createdAt: createdAt(),
  },
  (table) => [
    primaryKey({ columns: [table.lessonId, table.version] }),
    index('lesson_versions_school_idx').on(table.schoolId),
    check('lesson_versions_length', sql`${table.lengthMinutes} in (45, 50, 90)`),
  ],
);

/** A lesson version planned for one class in a date window; `code` lets students start it. */
export const schedules = pgTable(
  'schedules',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id, { onDelete: 'cascade' }),
    lessonId: uuid('lesson_id').notNull(),
    lessonVersion: integer('lesson_version').notNull(),
    classId: uuid('class_id')
      .notNull()
      .references(() => classes.id, { onDelete: 'cascade' }),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    code: text('code').notNull(),
    createdBy: uuid('created_by').references(() => staffUsers.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex('schedules_code_key').on(table.code),
    index('schedules_school_class_idx').on(table.schoolId, table.classId),
    foreignKey({ name: 'schedules_lesson_version_fk', columns: [table.lessonId, table.lessonVersion], foreignColumns: [lessonVersions.lessonId, lessonVersions.version] }),
    check('schedules_window', sql`${table.endsOn} >= ${table.startsOn}`),
  ],
);

/*
 * xAPI statement store (issue 5). Statements are kept whole (jsonb) with the few columns the
 * Statement API filters on; dashboards read the derived tables below, which ingestion updates in
 * the same transaction as the statements (server/src/modules/xapi/derive.ts).
 */

/** External tools (H5P, third-party games) that send statements with HTTP Basic credentials. */
export const xapiClients = pgTable(
  'xapi_clients',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** The Basic user name. */
    key: text('key').notNull(),
    /** `sha256$<hex>` of the secret: secrets are long random strings, so a slow hash adds nothing. */
    secretHash: text('secret_hash').notNull(),
    createdAt: createdAt(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (table) => [uniqueIndex('xapi_clients_key_key').on(table.key), index('xapi_clients_school_idx').on(table.schoolId)],
);

export const xapiStatements = pgTable(
  'xapi_statements',
  {
    id: uuid('id').primaryKey(),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id, { onDelete: 'cascade' }),
    stored: timestamp('stored', { withTimezone: true }).notNull(),
    timestamp: timestamp('timestamp', { withTimezone: true }).notNull(),
    /** Canonical inverse functional identifier of the actor, e.g. `account:<homePage>|<name>`. */
    actorKey: text('actor_key').notNull(),
    /** Erasing a student (AVG) erases their statements too. */
    studentId: uuid('student_id').references(() => students.id, { onDelete: 'cascade' }),
    clientId: uuid('client_id'),
    verbId: text('verb_id').notNull(),
    /** Activity id, StatementRef id or the object agent's key. */
    objectId: text('object_id').notNull(),
    registration: uuid('registration'),
    scheduleId: uuid('schedule_id'),
    stepId: text('step_id'),
    moduleId: uuid('module_id'),
    moduleVersion: integer('module_version'),
    voided: boolean('voided').notNull().default(false),
    statement: jsonb('statement').notNull(),
  },
  (table) => [
    // Paging of every list is by (stored, id) within a school; student lists add student_id.
    index('xapi_statements_school_stored_idx').on(table.schoolId, table.stored, table.id),
    index('xapi_statements_student_stored_idx').on(table.studentId, table.stored),
  ],
);

/** Progress per student × planned step; `watched` holds the whole seconds of video seen. */
export const studentStepProgress = pgTable(
  'student_step_progress',
  {
    scheduleId: uuid('schedule_id')
      .notNull()
      .references(() => schedules.id, { onDelete: 'cascade' }),
    studentId: uuid('student_id')
      .notNull()
      .references(() => students.id, { onDelete: 'cascade' }),
    stepId: text('step_id').notNull(),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id, { onDelete: 'cascade' }),
    moduleId: uuid('module_id'),
    moduleVersion: integer('module_version'),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    progress: real('progress').notNull().default(0),
    scoreScaled: real('score_scaled'),
    success: boolean('success'),
    watched: integer('watched').array().notNull().default(sql`'{}'::integer[]`),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.scheduleId, table.studentId, table.stepId] }),
    index('student_step_progress_school_idx').on(table.schoolId),
    index('student_step_progress_student_idx').on(table.studentId),
    check('student_step_progress_range', sql`${table.progress} between 0 and 1`),
  ],
);

/** Audience retention: per planned video and second, how many students watched that second. */
export const videoSecondViews = pgTable(
  'video_second_views',
  {
    scheduleId: uuid('schedule_id')
      .notNull()
      .references(() => schedules.id, { onDelete: 'cascade' }),
    moduleId: uuid('module_id').notNull(),
    moduleVersion: integer('module_version').notNull(),
    second: integer('second').notNull(),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id, { onDelete: 'cascade' }),
    viewers: integer('viewers').notNull(),
  },
  (table) => [primaryKey({ columns: [table.scheduleId, table.moduleId, table.moduleVersion, table.second] })],
);

/** Which students started and completed a planned lesson (the source of schedule_counters). */
export const scheduleStudents = pgTable(
  'schedule_students',
  {
    scheduleId: uuid('schedule_id')
      .notNull()
      .references(() => schedules.id, { onDelete: 'cascade' }),
    studentId: uuid('student_id')
      .notNull()
      .references(() => students.id, { onDelete: 'cascade' }),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id, { onDelete: 'cascade' }),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
  },
  (table) => [primaryKey({ columns: [table.scheduleId, table.studentId] })],
);

export const scheduleCounters = pgTable('schedule_counters', {
  scheduleId: uuid('schedule_id')
    .primaryKey()
    .references(() => schedules.id, { onDelete: 'cascade' }),
  schoolId: uuid('school_id')
    .notNull()
    .references(() => schools.id, { onDelete: 'cascade' }),
  studentsStarted: integer('students_started').notNull().default(0),
  studentsCompleted: integer('students_completed').notNull().default(0),
});

/** Per module version: student × schedule × step rows started and completed. */
export const moduleCounters = pgTable(
  'module_counters',
  {
    moduleId: uuid('module_id').notNull(),
    moduleVersion: integer('module_version').notNull(),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id, { onDelete: 'cascade' }),
    studentsStarted: integer('students_started').notNull().default(0),
    studentsCompleted: integer('students_completed').notNull().default(0),
  },
  (table) => [primaryKey({ columns: [table.moduleId, table.moduleVersion] }), index('module_counters_school_idx').on(table.schoolId)],
);

/** "Hoe echt voelde dit?" (1..5) and "Heb je iets geleerd?" after a video; the latest answer wins. */
export const moduleRatings = pgTable(
  'module_ratings',
  {
    scheduleId: uuid('schedule_id')
      .notNull()
      .references(() => schedules.id, { onDelete: 'cascade' }),
    studentId: uuid('student_id')
      .notNull()
      .references(() => students.id, { onDelete: 'cascade' }),
    stepId: text('step_id').notNull(),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id, { onDelete: 'cascade' }),
    moduleId: uuid('module_id'),
    moduleVersion: integer('module_version'),
    realism: integer('realism'),
    learned: text('learned'),
    comment: text('comment'),
    ratedAt: timestamp('rated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.scheduleId, table.studentId, table.stepId] }),
    index('module_ratings_module_idx').on(table.moduleId, table.moduleVersion),
    check('module_ratings_realism', sql`${table.realism} between 1 and 5`),
    check('module_ratings_learned', sql`${table.learned} in ('ja', 'een-beetje', 'nee')`),
  ],
);

/** Keuzemetingen (choice measurements), one row per `responded` statement. */
export const keuzemetingen = pgTable(
  'keuzemetingen',
  {
    /** The statement's id. */
    id: uuid('id').primaryKey(),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id, { onDelete: 'cascade' }),
    studentId: uuid('student_id')
      .notNull()
      .references(() => students.id, { onDelete: 'cascade' }),
    scheduleId: uuid('schedule_id').references(() => schedules.id, { onDelete: 'set null' }),
    stepId: text('step_id'),
    moment: text('moment').notNull(),
    choices: jsonb('choices').notNull(),
    certainty: integer('certainty').notNull(),
    reason: text('reason').notNull(),
    measuredAt: timestamp('measured_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    index('keuzemetingen_school_idx').on(table.schoolId),
    index('keuzemetingen_student_idx').on(table.studentId),
    index('keuzemetingen_schedule_idx').on(table.scheduleId),
    check('keuzemetingen_moment', sql`${table.moment} in ('voor', 'na')`),
  ],
);

/*
 * Rollups for the school dashboard and the year report (issue 7), recomputed per planning and per
 * student from the derived tables above. Ingestion only marks what it touched as stale (in its own
 * transaction); the next dashboard read recomputes the stale ones first (dashboards/rollups.ts).
 */

/** Per planning: students starting / completing per school month, ratings, and the per-planning keuzemeting pairs as a 2×2 kansrijk table. */
export const planningRollups = pgTable(
  'planning_rollups',
  {
    scheduleId: uuid('schedule_id')
      .primaryKey()
      .references(() => schedules.id, { onDelete: 'cascade' }),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id, { onDelete: 'cascade' }),
    /** `{ "2026-09": [started, completed] }` in school months (Europe/Amsterdam). */
    months: jsonb('months').$type<Record<string, [number, number]>>().notNull(),
    /** Ratings with a realism answer, and the sum of those answers. */
    ratings: integer('ratings').notNull(),
    realismSum: integer('realism_sum').notNull(),
    /** Students paired within this planning: [kansrijk before and after, before only, after only, neither]. */
    pairs: jsonb('pairs').$type<[number, number, number, number]>().notNull(),
    refreshedAt: timestamp('refreshed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('planning_rollups_school_idx').on(table.schoolId)],
);

/** Per planning and module version: started, completed, ratings and the watch-through histogram (whole percents). */
export const planningModuleRollups = pgTable(
  'planning_module_rollups',
  {
    scheduleId: uuid('schedule_id')
      .notNull()
      .references(() => schedules.id, { onDelete: 'cascade' }),
    moduleId: uuid('module_id').notNull(),
    moduleVersion: integer('module_version').notNull(),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id, { onDelete: 'cascade' }),
    started: integer('started').notNull(),
    completed: integer('completed').notNull(),
    ratings: integer('ratings').notNull(),
    realismCount: integer('realism_count').notNull(),
    realismSum: integer('realism_sum').notNull(),
    learnedCount: integer('learned_count').notNull(),
    learnedYes: integer('learned_yes').notNull(),
    /** `{ "87": 3 }`: students whose watch-through rounds to 87 %. */
    watchThrough: jsonb('watch_through').$type<Record<string, number>>().notNull(),
  },
  (table) => [primaryKey({ columns: [table.scheduleId, table.moduleId, table.moduleVersion] }), index('planning_module_rollups_school_idx').on(table.schoolId)],
);

/** Per module version and period ("all", or the school year its plannings start in): the planning × module rollups of the whole school summed. */
export const moduleRollups = pgTable(
  'module_rollups',
  {
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id, { onDelete: 'cascade' }),
    moduleId: uuid('module_id').notNull(),
    moduleVersion: integer('module_version').notNull(),
    period: text('period').notNull(),
    started: integer('started').notNull(),
    completed: integer('completed').notNull(),
    ratings: integer('ratings').notNull(),
    realismCount: integer('realism_count').notNull(),
    realismSum: integer('realism_sum').notNull(),
    learnedCount: integer('learned_count').notNull(),
    learnedYes: integer('learned_yes').notNull(),
    watchThrough: jsonb('watch_through').$type<Record<string, number>>().notNull(),
  },
  (table) => [primaryKey({ columns: [table.schoolId, table.period, table.moduleId, table.moduleVersion] })],
);

/** Per student and period ("all", or a school year "2026-2027"): started / completed a planned lesson, and the kansrijk pair. */
export const studentRollups = pgTable(
  'student_rollups',
  {
    studentId: uuid('student_id')
      .notNull()
      .references(() => students.id, { onDelete: 'cascade' }),
    period: text('period').notNull(),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id, { onDelete: 'cascade' }),
    started: boolean('started').notNull(),
    completed: boolean('completed').notNull(),
    beforeKansrijk: boolean('before_kansrijk'),
    afterKansrijk: boolean('after_kansrijk'),
  },
  (table) => [primaryKey({ columns: [table.studentId, table.period] }), index('student_rollups_school_period_idx').on(table.schoolId, table.period)],
);

/** Plannings and students whose rollups must be recomputed before the next read. */
export const rollupsStale = pgTable(
  'rollups_stale',
  {
    kind: text('kind').notNull(),
    id: uuid('id').notNull(),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id, { onDelete: 'cascade' }),
  },
  (table) => [primaryKey({ columns: [table.kind, table.id] }), index('rollups_stale_school_idx').on(table.schoolId), check('rollups_stale_kind', sql`${table.kind} in ('planning', 'student')`)],
);

/** The answer to a lesson's reflection question; the latest answer wins. */
export const reflectionAnswers = pgTable(
  'reflection_answers',
  {
    scheduleId: uuid('schedule_id')
      .notNull()
      .references(() => schedules.id, { onDelete: 'cascade' }),
    studentId: uuid('student_id')
      .notNull()
      .references(() => students.id, { onDelete: 'cascade' }),
    stepId: text('step_id').notNull(),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id, { onDelete: 'cascade' }),
    response: text('response').notNull(),
    answeredAt: timestamp('answered_at', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.scheduleId, table.studentId, table.stepId] })],
);

/*
 * Opleidingen, prospect indicators and the kansrijk rule (issue 6). The catalogue is reference
 * data shared by all schools (kept up to date at start-up from the shipped catalogue); indicators,
 * imports, rule versions and koppelingen belong to a school. Indicators are never updated in place:
 * a change supersedes the row (superseded_at), so the values current at any moment can be read back
 * — that is how a pre/post pair is scored with the snapshot of its "voor" measurement.
 */
export const opleidingen = pgTable(
  'opleidingen',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Stable key of the shipped catalogue row (e.g. `mbo-verpleegkundige-4`). */
    key: text('key').notNull(),
    type: text('type').notNull(),
    name: text('name').notNull(),
    code: text('code'),
    niveau: integer('niveau'),
    mboDomein: text('mbo_domein'),
    crohoSector: text('croho_sector'),
    sector: text('sector').$type<Sector>().notNull(),
    beroepen: jsonb('beroepen').$type<string[]>().notNull(),
    /** Lower-case name, code and beroepen, for the search box. */
    searchText: text('search_text').notNull(),
  },
  (table) => [
    uniqueIndex('opleidingen_key_key').on(table.key),
    index('opleidingen_sector_idx').on(table.sector),
    check('opleidingen_type', sql`${table.type} in ('mbo', 'hbo', 'wo')`),
    check('opleidingen_niveau', sql`${table.niveau} is null or ${table.niveau} between 1 and 4`),
  ],
);

export const prospectImports = pgTable(
  'prospect_imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id, { onDelete: 'cascade' }),
    source: text('source').notNull(),
    year: integer('year').notNull(),
    region: text('region').notNull(),
    format: text('format').notNull(),
    status: text('status').notNull(),
    fileName: text('file_name').notNull(),
    fileSha256: text('file_sha256').notNull(),
    rows: integer('rows').notNull(),
    counts: jsonb('counts').$type<{ added: number; changed: number; unchanged: number; removed: number }>().notNull(),
    importedBy: uuid('imported_by').references(() => staffUsers.id, { onDelete: 'set null' }),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('prospect_imports_school_idx').on(table.schoolId, table.importedAt)],
);

export const prospectIndicators = pgTable(
  'prospect_indicators',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id, { onDelete: 'cascade' }),
    scope: text('scope').notNull(),
    opleidingId: uuid('opleiding_id').references(() => opleidingen.id, { onDelete: 'restrict' }),
    sector: text('sector').$type<Sector>().notNull(),
    level: text('level').notNull(),
    format: text('format').notNull(),
    value: text('value').notNull(),
    score: integer('score').notNull(),
    source: text('source').notNull(),
    sourceUrl: text('source_url'),
    year: integer('year').notNull(),
    period: text('period'),
    region: text('region').notNull(),
    status: text('status').notNull(),
    note: text('note').notNull(),
    importId: uuid('import_id').references(() => prospectImports.id, { onDelete: 'set null' }),
    recordedBy: uuid('recorded_by').references(() => staffUsers.id, { onDelete: 'set null' }),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    supersededAt: timestamp('superseded_at', { withTimezone: true }),
  },
  (table) => [
    index('prospect_indicators_school_idx').on(table.schoolId, table.supersededAt),
    index('prospect_indicators_opleiding_idx').on(table.opleidingId),
    check('prospect_indicators_scope', sql`(${table.scope} = 'opleiding' and ${table.opleidingId} is not null) or (${table.scope} = 'sector' and ${table.opleidingId} is null)`),
    check('prospect_indicators_score', sql`${table.score} between 1 and 5`),
    check('prospect_indicators_level', sql`${table.level} in ('alle', 'mbo', 'hbo', 'wo')`),
    check('prospect_indicators_status', sql`${table.status} in ('geimporteerd', 'handmatig', 'illustratief')`),
  ],
);

/** Versions of the kansrijk rule after the built-in version 1 (score ≥ 4); append-only. */
export const kansrijkRules = pgTable(
  'kansrijk_rules',
  {
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    minScore: integer('min_score').notNull(),
    note: text('note').notNull(),
    changedBy: uuid('changed_by').references(() => staffUsers.id, { onDelete: 'set null' }),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.schoolId, table.version] }),
    check('kansrijk_rules_version', sql`${table.version} >= 2`),
    check('kansrijk_rules_min_score', sql`${table.minScore} between 1 and 5`),
  ],
);

/** The decaan's koppeling of a "voor" planning with a later "na" planning (a series of lessons). */
export const measurementPairings = pgTable(
  'measurement_pairings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    preScheduleId: uuid('pre_schedule_id')
      .notNull()
      .references(() => schedules.id, { onDelete: 'cascade' }),
    postScheduleId: uuid('post_schedule_id')
      .notNull()
      .references(() => schedules.id, { onDelete: 'cascade' }),
    createdBy: uuid('created_by').references(() => staffUsers.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (table) => [index('measurement_pairings_school_idx').on(table.schoolId), check('measurement_pairings_distinct', sql`${table.preScheduleId} <> ${table.postScheduleId}`)],
);

/** Expiring read-only links to a school-year report, for the board or the medezeggenschapsraad (issue 7). */
export const reportShares = pgTable(
  'report_shares',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id, { onDelete: 'cascade' }),
    /** SHA-256 of the token in the link; the token itself is shown once. */
    tokenHash: text('token_hash').notNull(),
    schoolYear: text('school_year').notNull(),
    createdBy: uuid('created_by').references(() => staffUsers.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (table) => [uniqueIndex('report_shares_token_key').on(table.tokenHash), index('report_shares_school_idx').on(table.schoolId)],
);
