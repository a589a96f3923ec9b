/** Demo accounts seeded on an empty database (see README). */
export const DEMO_PASSWORD = 'koers-demo';
export const DEMO_ACCOUNTS = {
  decaan: 'decaan@demo.koers.nl',
  mentor: 'mentor@demo.koers.nl',
  schoolleiding: 'directie@demo.koers.nl',
  beheerder: 'beheer@demo.koers.nl',
} as const;
export type DemoRole = keyof typeof DEMO_ACCOUNTS;

/** Browser storage (session cookie) of a signed-in decaan, written by auth.setup.ts. */
export const DECAAN_STATE = 'e2e/.output/decaan-session.json';
