import type { Routes } from '@angular/router';
import { SignInPage } from './pages/sign-in-page';

/** Staff sign-in. Its state is the app-wide auth state (core/auth). */
export default [{ path: '', title: 'titles.signIn', component: SignInPage }] satisfies Routes;
