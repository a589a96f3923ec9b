import { defineConfig } from 'drizzle-kit';

/** `npm run db:generate -- --name <what>` writes the next migration from src/db/schema.ts. */
export default defineConfig({
  dialect: 'postgresql',
  schema: './server/src/db/schema.ts',
  out: './server/src/db/migrations',
});
