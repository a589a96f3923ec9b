import type { StaffRole } from '@koers/contracts';
import type { TranslationKey } from '../i18n/dictionary';

export interface NavLink {
  readonly path: string;
  readonly label: TranslationKey;
  readonly icon: string;
  /** Active only on exactly this path (an area's start page, whose path prefixes the others). */
  readonly exact?: boolean;
}

const LINKS_BY_ROLE: Readonly<Record<StaffRole, readonly NavLink[]>> = {
  decaan: [
    { path: '/decaan/overzicht', label: 'nav.schoolDashboard', icon: 'dashboard' },
    { path: '/decaan/klassen', label: 'nav.classes', icon: 'groups' },
    { path: '/decaan/modules', label: 'nav.modules', icon: 'video_library' },
    { path: '/decaan/lessen', label: 'nav.lessons', icon: 'school' },
    { path: '/decaan/planning', label: 'nav.planning', icon: 'event' },
    { path: '/decaan/keuzeverschuiving', label: 'nav.choiceShift', icon: 'trending_up' },
    { path: '/decaan/arbeidsmarkt', label: 'nav.prospects', icon: 'work_outline' },
    { path: '/decaan/jaarverslag', label: 'nav.report', icon: 'summarize' },
  ],
  mentor: [
    { path: '/mentor/klassen', label: 'nav.myClasses', icon: 'co_present' },
    { path: '/mentor/planning', label: 'nav.planning', icon: 'event' },
    { path: '/mentor/keuzeverschuiving', label: 'nav.choiceShift', icon: 'trending_up' },
  ],
  schoolleiding: [
    { path: '/schoolleiding', label: 'nav.schoolOverview', icon: 'insights', exact: true },
    { path: '/schoolleiding/jaarverslag', label: 'nav.report', icon: 'summarize' },
  ],
  beheerder: [
    { path: '/beheer', label: 'nav.staff', icon: 'badge', exact: true },
    { path: '/beheer/klassen', label: 'nav.classes', icon: 'groups' },
    { path: '/beheer/modules', label: 'nav.modules', icon: 'video_library' },
    { path: '/beheer/lessen', label: 'nav.lessons', icon: 'school' },
    { path: '/beheer/planning', label: 'nav.planning', icon: 'event' },
    { path: '/beheer/arbeidsmarkt', label: 'nav.prospects', icon: 'work_outline' },
  ],
};

/** Links to the pages the user's roles may open, in the order of the roles. */
export function navigationFor(roles: readonly StaffRole[]): readonly NavLink[] {
  return roles.flatMap((role) => LINKS_BY_ROLE[role]);
}
