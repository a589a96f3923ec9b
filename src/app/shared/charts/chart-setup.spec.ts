import { BarController, LineController } from 'chart.js';
import { CHART_FONT_FAMILY, prefersReducedMotion, provideKoersCharts } from './chart-setup';

describe('chart setup', () => {
  it('registers only the line and bar parts the shared charts draw, in the app font', () => {
    const { useValue } = provideKoersCharts();
    expect(useValue.registerables).toContain(LineController);
    expect(useValue.registerables).toContain(BarController);
    expect(useValue.registerables?.length).toBe(9);
    expect(useValue.defaults?.font?.family).toBe(CHART_FONT_FAMILY);
    expect(CHART_FONT_FAMILY).toMatch(/^Roboto/);
  });

  it('reads the reduced-motion preference, and assumes none without a window', () => {
    const view = (matches: boolean) => ({ matchMedia: () => ({ matches }) }) as unknown as Window;
    expect(prefersReducedMotion(view(true))).toBeTrue();
    expect(prefersReducedMotion(view(false))).toBeFalse();
    expect(prefersReducedMotion(null)).toBeFalse();
  });
});
