import { eq } from 'drizzle-orm';
import type { LessonStep } from '@koers/contracts';
import type { Db } from '../index';
import { classes, lessonVersions, lessons, schedules } from '../schema';
import { newScheduleCode, schoolToday } from '../../modules/schedules/service';
import { Prng } from './prng';

interface DemoLesson {
  readonly title: string;
  readonly description: string;
  readonly lengthMinutes: 45 | 50 | 90;
  /** Demo modules by slug, in order (see demo-modules.ts). */
  readonly modules: readonly { readonly type: 'video' | 'game'; readonly slug: string }[];
  readonly reflection: { readonly question: string; readonly options: readonly string[] };
  /** Class name and window in days relative to today. */
  readonly plannedFor: readonly { readonly className: string; readonly from: number; readonly to: number }[];
}

const LESSONS: readonly DemoLesson[] = [
  {
    title: 'Kansrijk kiezen: zorg en techniek',
    description: 'Twee beroepen met veel kans op werk, van dichtbij: wat doe je, wanneer werk je en wat verdien je? Daarna raad je zelf de baankansen.',
    lengthMinutes: 50,
    modules: [
      { type: 'video', slug: 'verpleegkundige' },
      { type: 'video', slug: 'elektromonteur' },
      { type: 'game', slug: 'kans-of-geen-kans' },
    ],
    reflection: { question: 'Welk van deze beroepen zou je een dag willen meelopen?', options: ['Verpleegkundige', 'Elektromonteur', 'Geen van beide'] },
    plannedFor: [
      { className: 'G3A', from: -2, to: 5 },
      { className: 'H3A', from: 7, to: 14 },
    ],
  },
  {
    title: 'Creatief, administratief of ICT: wat zijn je kansen?',
    description: 'Drie richtingen vergeleken, met eerlijke informatie over de kansen op werk.',
    lengthMinutes: 45,
    modules: [
      { type: 'video', slug: 'mediavormgever' },
      { type: 'video', slug: 'administratief-medewerker' },
      { type: 'video', slug: 'software-developer' },
    ],
    reflection: { question: 'Wat verraste je het meest over de kansen op werk?', options: [] },
    plannedFor: [{ className: 'G4B', from: -30, to: -25 }],
  },
];

const shiftDate = (today: string, days: number) => new Date(Date.parse(`${today}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Demo lessons built from the demo videos, planned for demo classes around today. */
export async function seedDemoLessons(db: Db, schoolId: string, moduleIds: ReadonlyMap<string, string>): Promise<void> {
  const prng = new Prng('demo-schedules');
  const today = schoolToday();
  await db.transaction(async (tx) => {
    const classRows = await tx.select({ id: classes.id, name: classes.name }).from(classes).where(eq(classes.schoolId, schoolId));
    const classId = new Map(classRows.map((row) => [row.name, row.id]));
    for (const lesson of LESSONS) {
      const steps: LessonStep[] = [
        { id: 'voor', type: 'keuzemeting-voor' },
        ...lesson.modules.map(({ type, slug }, index): LessonStep => {
          const moduleId = moduleIds.get(slug);
          if (!moduleId) throw new Error(`Demo lesson uses unknown demo module ${slug}.`);
          return { id: `${type}-${index + 1}`, type, moduleId, moduleVersion: 1 };
        }),
        { id: 'reflectie', type: 'reflectie', question: lesson.reflection.question, options: [...lesson.reflection.options] },
        { id: 'na', type: 'keuzemeting-na' },
      ];
      const [row] = await tx.insert(lessons).values({ schoolId }).returning({ id: lessons.id });
      await tx.insert(lessonVersions).values({ lessonId: row.id, version: 1, schoolId, title: lesson.title, description: lesson.description, lengthMinutes: lesson.lengthMinutes, steps });
      for (const plan of lesson.plannedFor) {
        const id = classId.get(plan.className);
        if (!id) throw new Error(`Demo lesson planned for unknown class ${plan.className}.`);
        await tx.insert(schedules).values({
          schoolId,
          lessonId: row.id,
          lessonVersion: 1,
          classId: id,
          startsOn: shiftDate(today, plan.from),
          endsOn: shiftDate(today, plan.to),
          code: newScheduleCode((max) => prng.int(0, max - 1)),
        });
      }
    }
  });
}
