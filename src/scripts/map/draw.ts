/**
 * Draws the maps of a page with Leaflet. Markers are plain HTML icons (no image
 * files to lose in bundling), coloured by plan, focusable and opened with the
 * keyboard, grouped where they would overlap; popups are built as DOM nodes, never from HTML strings. When tiles
 * cannot load (offline, blocked), the map keeps its markers on a plain
 * background and says so.
 */
import L from 'leaflet';
import { clusterByDistance } from '../../lib/map/cluster.ts';
import type { MapPoint } from '../../lib/map/points.ts';

/** Marker size in CSS pixels: above the 24 px minimum target size of WCAG 2.2. */
const MARKER_SIZE = 28;

interface MapData {
  points: MapPoint[];
  colours: Record<string, number>;
  tiles: string;
  labels: { offline: string; attribution: string; cluster: string };
  height: number;
}

/** A popup listing the places of a marker, each with its links (DOM nodes, never HTML from content). */
function popup(points: readonly MapPoint[]): HTMLElement {
  const box = document.createElement('div');
  box.lang = 'vi';
  for (const point of points) {
    const heading = document.createElement('p');
    heading.className = 'map-popup-title';
    heading.textContent = point.label;
    const list = document.createElement('ul');
    for (const link of point.links) {
      const item = document.createElement('li');
      const anchor = document.createElement('a');
      anchor.href = link.href;
      anchor.textContent = link.text;
      item.append(anchor);
      list.append(item);
    }
    box.append(heading, list);
  }
  return box;
}

function draw(container: HTMLElement): void {
  const data = JSON.parse(container.dataset.map ?? '{}') as MapData;
  container.hidden = false;
  container.style.height = `${data.height}px`;
  const map = L.map(container, { scrollWheelZoom: false, attributionControl: true });
  // The view comes first: Leaflet creates a marker's element only once the map has one.
  const bounds = L.latLngBounds(data.points.map((point) => L.latLng(point.lat, point.lng)));
  if (data.points.length === 1) map.setView(bounds.getCenter(), 9);
  else map.fitBounds(bounds, { padding: [30, 30], maxZoom: 10 });
  map.attributionControl.setPrefix(false);
  const offline = container.parentElement?.querySelector<HTMLElement>('[data-map-offline]');
  const tiles = L.tileLayer(data.tiles, { maxZoom: 18, attribution: data.labels.attribution });
  tiles.on('tileerror', () => {
    container.classList.add('map-no-tiles');
    if (offline) offline.hidden = false;
  });
  tiles.addTo(map);
  const layer = L.layerGroup().addTo(map);
  const place = () => {
    layer.clearLayers();
    const screen = data.points.map((point) => ({ ...map.latLngToLayerPoint([point.lat, point.lng]), id: point.id, point }));
    const groups = clusterByDistance(screen, MARKER_SIZE + 6);
    for (const group of groups) {
      const points = group.map((entry) => entry.point);
      const first = points[0];
      if (!first) continue;
      const colour = data.colours[first.plan] ?? 0;
      const single = points.length === 1;
      // A group's accessible name starts with the count it shows, as WCAG 2.5.3 asks.
      const label = single ? first.label : `${data.labels.cluster.replace('{count}', String(points.length))}: ${points.map((point) => point.label).join('; ')}`;
      const icon = L.divIcon({
        className: single ? `map-marker map-colour-${colour}${first.kind === 'model-units' ? ' map-marker-model' : ''}` : 'map-marker map-cluster',
        html: single ? '' : `<span>${points.length}</span>`,
        iconSize: [MARKER_SIZE, MARKER_SIZE],
        iconAnchor: [MARKER_SIZE / 2, MARKER_SIZE / 2],
        popupAnchor: [0, -MARKER_SIZE / 2],
      });
      const centre = L.latLng(
        points.reduce((sum, point) => sum + point.lat, 0) / points.length,
        points.reduce((sum, point) => sum + point.lng, 0) / points.length,
      );
      const marker = L.marker(centre, { icon, keyboard: true, title: label, riseOnHover: true });
      marker.bindPopup(popup(points));
      marker.addTo(layer);
      const element = marker.getElement();
      if (element) {
        element.setAttribute('aria-label', label);
        element.setAttribute('role', 'button');
        element.dataset.points = points.map((point) => point.id).join(' ');
      }
    }
    container.dataset.markers = String(groups.length);
  };
  place();
  map.on('zoomend', place);
}

export function drawMaps(): void {
  document.querySelectorAll<HTMLElement>('[data-map]:not([data-markers])').forEach(draw);
}
