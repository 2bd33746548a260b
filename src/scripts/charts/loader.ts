/**
 * Chart.js is about 60 kB of gzip JavaScript: more than a whole plan page. The
 * table beside each chart already gives the numbers, so Chart.js is fetched
 * only when a chart comes near the screen, and never on pages without one.
 */
export function loadChartsWhenVisible(): void {
  const canvases = [...document.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]')];
  if (canvases.length === 0) return;
  const draw = () => import('./draw.ts').then(({ drawCharts }) => drawCharts());
  if (!('IntersectionObserver' in window)) {
    void draw();
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      void draw();
    },
    { rootMargin: '200px' },
  );
  // The canvases are hidden until drawn, so their figures are what comes into view.
  for (const canvas of canvases) observer.observe(canvas.closest('figure') ?? canvas);
}
