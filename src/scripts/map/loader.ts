/** Starts Leaflet only where a map is on the page (Leaflet is ~40 kB of gzip JavaScript). */
export function loadMaps(): void {
  if (!document.querySelector('[data-map]')) return;
  void import('./draw.ts').then(({ drawMaps }) => drawMaps());
}
