/** Demo accounts seeded on an empty database (see README). */
export const DEMO_PASSWORD = 'koers-demo';
export const DEMO_ACCOUNTS = {
  decaan: 'decaan@demo.koers.nl',
  mentor: 'mentor@demo.koers.nl',
  schoolleiding: 'directie@demo.koers.nl',
  beheerder: 'beheer@demo.koers.nl',
} as const;
export type DemoRole = keyof typeof DEMO_ACCOUNTS;
