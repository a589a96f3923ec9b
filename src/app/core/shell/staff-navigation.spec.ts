import { navigationFor } from './staff-navigation';

describe('staff navigation', () => {
  it('shows a mentor only their own classes', () => {
    expect(navigationFor(['mentor']).map((link) => link.path)).toEqual(['/mentor/klassen']);
  });

  it('shows school management only the aggregated overview', () => {
    expect(navigationFor(['schoolleiding']).map((link) => link.path)).toEqual(['/schoolleiding']);
  });

  it('combines the links of several roles in role order', () => {
    expect(navigationFor(['decaan', 'beheerder']).map((link) => link.path)).toEqual([
      '/decaan/klassen',
      '/beheer',
      '/beheer/klassen',
    ]);
  });
});
