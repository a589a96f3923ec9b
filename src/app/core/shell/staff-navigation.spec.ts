import { navigationFor } from './staff-navigation';

describe('staff navigation', () => {
  it('shows a mentor their own classes and the planning of those classes', () => {
    expect(navigationFor(['mentor']).map((link) => link.path)).toEqual(['/mentor/klassen', '/mentor/planning']);
  });

  it('shows school management only the aggregated overview', () => {
    expect(navigationFor(['schoolleiding']).map((link) => link.path)).toEqual(['/schoolleiding']);
  });

  it('combines the links of several roles in role order', () => {
    expect(navigationFor(['decaan', 'beheerder']).map((link) => link.path)).toEqual([
      '/decaan/klassen',
      '/decaan/modules',
      '/decaan/lessen',
      '/decaan/planning',
      '/beheer',
      '/beheer/klassen',
      '/beheer/modules',
      '/beheer/lessen',
      '/beheer/planning',
    ]);
  });
});
