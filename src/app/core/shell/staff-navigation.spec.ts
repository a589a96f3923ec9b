import { navigationFor } from './staff-navigation';

describe('staff navigation', () => {
  it('shows a mentor their own classes, the planning and the choice shift of those classes', () => {
    expect(navigationFor(['mentor']).map((link) => link.path)).toEqual(['/mentor/klassen', '/mentor/planning', '/mentor/keuzeverschuiving']);
  });

  it('shows school management only aggregates: the overview and the year report', () => {
    expect(navigationFor(['schoolleiding']).map((link) => link.path)).toEqual(['/schoolleiding', '/schoolleiding/jaarverslag']);
  });

  it('combines the links of several roles in role order', () => {
    expect(navigationFor(['decaan', 'beheerder']).map((link) => link.path)).toEqual([
      '/decaan/overzicht',
      '/decaan/klassen',
      '/decaan/modules',
      '/decaan/lessen',
      '/decaan/planning',
      '/decaan/keuzeverschuiving',
      '/decaan/arbeidsmarkt',
      '/decaan/jaarverslag',
      '/beheer',
      '/beheer/klassen',
      '/beheer/modules',
      '/beheer/lessen',
      '/beheer/planning',
      '/beheer/arbeidsmarkt',
    ]);
  });
});
