import type { Routes } from '@angular/router';
import { anonymousGuard, homeRedirectGuard, roleGuard } from './core/auth/auth.guards';

/** Class overview and detail, shared by the decaan, mentor and beheer areas. */
const classesRoutes = () => import('./features/classes/classes.routes');
/** Plannings of lessons for classes (decaan, beheer: the school; mentor: own classes). */
const planningRoutes = () => import('./features/planning/planning.routes');
/** The module library (decaan and beheer). */
const modulesRoutes = () => import('./features/modules/modules.routes');
/** The lesson builder (decaan and beheer). */
const lessonsRoutes = () => import('./features/lessons/lessons.routes');
/** Prospect data, its import and the kansrijk rule (decaan and beheer). */
const prospectsRoutes = () => import('./features/prospects/prospects.routes');
/** Choice shift per group and koppelingen of measurements (decaan; mentor for own classes). */
const choiceShiftRoutes = () => import('./features/choice-shift/choice-shift.routes');
/** Results of one planning: progress, videos, games, choice shift, attention list (mentor of the class only). */
const planningDashboardRoutes = () => import('./features/dashboards/dashboards.routes');
/** The whole school by class, leerjaar and niveau, the module table and the trend (decaan). */
const schoolDashboardRoutes = () => import('./features/school-dashboard/school-dashboard.routes');
/** The school-year report with its downloads and share links (schoolleiding, decaan). */
const reportRoutes = () => import('./features/reports/reports.routes');

export const routes: Routes = [
  { path: '', pathMatch: 'full', canMatch: [homeRedirectGuard], children: [] },
  {
    path: 'inloggen',
    canMatch: [anonymousGuard],
    loadChildren: () => import('./features/sign-in/sign-in.routes'),
  },
  {
    path: 'leerling',
    loadComponent: () => import('./core/shell/student-shell').then((m) => m.StudentShell),
    loadChildren: () => import('./features/student/student.routes'),
  },
  {
    path: '',
    loadComponent: () => import('./core/shell/staff-shell').then((m) => m.StaffShell),
    children: [
      {
        path: 'decaan',
        canMatch: [roleGuard('decaan')],
        data: { scope: 'school' },
        children: [
          { path: '', pathMatch: 'full', redirectTo: 'klassen' },
          { path: '', loadChildren: classesRoutes },
          { path: '', loadChildren: modulesRoutes },
          { path: '', loadChildren: lessonsRoutes },
          { path: '', loadChildren: planningRoutes },
          { path: '', loadChildren: choiceShiftRoutes },
          { path: '', loadChildren: prospectsRoutes },
          { path: '', loadChildren: planningDashboardRoutes },
          { path: '', loadChildren: schoolDashboardRoutes },
          { path: '', loadChildren: reportRoutes },
        ],
      },
      {
        path: 'mentor',
        canMatch: [roleGuard('mentor')],
        data: { scope: 'own' },
        children: [
          { path: '', pathMatch: 'full', redirectTo: 'klassen' },
          { path: '', loadChildren: classesRoutes },
          { path: '', loadChildren: planningRoutes },
          { path: '', loadChildren: choiceShiftRoutes },
          { path: '', loadChildren: planningDashboardRoutes },
        ],
      },
      {
        path: 'schoolleiding',
        canMatch: [roleGuard('schoolleiding')],
        children: [
          { path: '', loadChildren: () => import('./features/school-overview/school-overview.routes') },
          { path: '', loadChildren: reportRoutes },
        ],
      },
      {
        path: 'beheer',
        canMatch: [roleGuard('beheerder')],
        data: { scope: 'school' },
        children: [
          { path: '', loadChildren: () => import('./features/admin/admin.routes') },
          { path: '', loadChildren: classesRoutes },
          { path: '', loadChildren: modulesRoutes },
          { path: '', loadChildren: lessonsRoutes },
          { path: '', loadChildren: planningRoutes },
          { path: '', loadChildren: prospectsRoutes },
          { path: '', loadChildren: planningDashboardRoutes },
        ],
      },
    ],
  },
  {
    // A read-only school-year report behind an expiring link, for the board or the medezeggenschapsraad: no sign-in.
    path: 'gedeeld/verslag/:token',
    loadChildren: () => import('./features/reports/shared-report.routes'),
  },
  {
    path: '**',
    title: 'titles.notFound',
    loadComponent: () => import('./core/shell/not-found-page').then((m) => m.NotFoundPage),
  },
];
