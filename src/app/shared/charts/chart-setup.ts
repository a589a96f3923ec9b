import {
  BarController,
  BarElement,
  CategoryScale,
  type ChartComponentLike,
  Filler,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  Tooltip,
} from 'chart.js';
import { provideCharts } from 'ng2-charts';

/** The app's font (angular.json self-hosts Roboto), for the text Chart.js draws on the canvas. */
export const CHART_FONT_FAMILY = "Roboto, 'Helvetica Neue', Arial, sans-serif";

/** Only what the shared charts draw: line and bar charts on category/linear axes, with tooltips. */
export const KOERS_CHART_REGISTERABLES: readonly ChartComponentLike[] = [
  LineController,
  LineElement,
  PointElement,
  Filler,
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  Tooltip,
];

/**
 * Registers Chart.js for the shared charts. Put it in the `providers` of the lazy route that shows
 * charts, never in app.config: Chart.js then lands in that route's chunk, not in the initial bundle.
 */
export function provideKoersCharts() {
  return provideCharts({
    registerables: KOERS_CHART_REGISTERABLES,
    defaults: { font: { family: CHART_FONT_FAMILY, size: 12 }, color: '#3f4948' },
  });
}

/** True when the user asked the system for less motion: charts then draw without animation. */
export function prefersReducedMotion(view: Window | null | undefined): boolean {
  return view?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}
