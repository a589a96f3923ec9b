import { test as setup } from '@playwright/test';
import { apiSignIn } from './support/api';
import { DECAAN_STATE } from './support/demo';

// Journeys that are not about signing in start as an already signed-in decaan, so the sign-in
// rate limit (10 per account per 5 minutes) is spent only by the journeys that test signing in.
setup('sign in as the decaan once', async ({ request }) => {
  await apiSignIn(request, 'decaan');
  await request.storageState({ path: DECAAN_STATE });
});
