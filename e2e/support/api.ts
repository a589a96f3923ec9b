import { expect, type APIRequestContext } from '@playwright/test';
import type { ClassDetail, ClassSummary } from '../../contracts/src';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoRole } from './demo';

/** Signs in through the API (with the CSRF cookie → header handshake the SPA also does). */
export async function apiSignIn(request: APIRequestContext, role: DemoRole): Promise<void> {
  await request.get('/api/auth/session');
  const state = await request.storageState();
  const token = state.cookies.find((cookie) => cookie.name === 'XSRF-TOKEN')?.value ?? '';
  const response = await request.post('/api/auth/login', {
    headers: { 'X-XSRF-TOKEN': token },
    data: { email: DEMO_ACCOUNTS[role], password: DEMO_PASSWORD },
  });
  expect(response.status()).toBe(200);
}

/** The first demo class with its codes, as the decaan sees it. */
export async function demoClass(request: APIRequestContext, which = 0): Promise<ClassDetail> {
  await apiSignIn(request, 'decaan');
  const classes = (await (await request.get('/api/classes')).json()) as ClassSummary[];
  const detail = await request.get(`/api/classes/${classes[which].id}`);
  expect(detail.status()).toBe(200);
  return (await detail.json()) as ClassDetail;
}
