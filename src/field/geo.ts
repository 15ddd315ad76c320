/**
 * Coordinates at the edges. Everything is stored in WGS-84 (what GPS and browsers report);
 * Chinese map services draw in GCJ-02 (AMap, Tencent, Tianditu's Chinese tiles use WGS-84/CGCS2000)
 * or BD-09 (Baidu), so input in those systems is converted on the way in, and answers for such tiles
 * on the way out. gcoord does the conversions; this module is pure.
 */
import gcoordImport from 'gcoord';

// gcoord is CommonJS whose types declare a default export: Node hands over its exports object
// itself, a bundler may hand over `{ default }`. Either way, the library.
type Gcoord = typeof gcoordImport.default;
const gcoord: Gcoord = (gcoordImport as unknown as { default?: Gcoord }).default ?? (gcoordImport as unknown as Gcoord);

export const COORD_SYSTEMS = ['wgs84', 'gcj02', 'bd09'] as const;
export type CoordSystem = (typeof COORD_SYSTEMS)[number];

export interface LatLng {
  lat: number;
  lng: number;
}

const CRS = { wgs84: gcoord.WGS84, gcj02: gcoord.GCJ02, bd09: gcoord.BD09 } as const;

/** Converts a point between two systems (unchanged when both are the same). */
export function convert(point: LatLng, from: CoordSystem, to: CoordSystem): LatLng {
  if (from === to) return { lat: point.lat, lng: point.lng };
  const [lng, lat] = gcoord.transform<[number, number]>([point.lng, point.lat], CRS[from], CRS[to]);
  return { lat, lng };
}

/** A point in any system as WGS-84, for storing. */
export const toWgs84 = (point: LatLng, from: CoordSystem): LatLng => convert(point, from, 'wgs84');

/** A stored WGS-84 point in the system a map asks for. */
export const fromWgs84 = (point: LatLng, to: CoordSystem): LatLng => convert(point, 'wgs84', to);

const EARTH_RADIUS_M = 6_371_008.8;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in metres (haversine, mean Earth radius) between two WGS-84 points. */
export function distanceM(a: LatLng, b: LatLng): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The point `metres` away from `from` towards `bearingDeg` (0 = north, 90 = east); tests and the demo place points with it. */
export function offsetM(from: LatLng, metres: number, bearingDeg: number): LatLng {
  const d = metres / EARTH_RADIUS_M;
  const b = rad(bearingDeg);
  const lat1 = rad(from.lat);
  const lng1 = rad(from.lng);
  const lat2 = Math.asin(Math.sin(lat1) * Math.cos(d) + Math.cos(lat1) * Math.sin(d) * Math.cos(b));
  const lng2 = lng1 + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(lat1), Math.cos(d) - Math.sin(lat1) * Math.sin(lat2));
  return { lat: (lat2 * 180) / Math.PI, lng: (lng2 * 180) / Math.PI };
}

export interface BBox {
  minLng: number;
  minLat: number;
  maxLng: number;
  maxLat: number;
}

/** Parses `minLng,minLat,maxLng,maxLat`; null when it is not four numbers in range with min < max. */
export function parseBbox(text: string): BBox | null {
  const parts = text.split(',').map((p) => p.trim());
  if (parts.length !== 4 || parts.some((p) => p === '' || !/^-?\d+(\.\d+)?$/.test(p))) return null;
  const [minLng, minLat, maxLng, maxLat] = parts.map(Number);
  if (minLng < -180 || maxLng > 180 || minLat < -90 || maxLat > 90) return null;
  if (!(minLng < maxLng) || !(minLat < maxLat)) return null;
  return { minLng, minLat, maxLng, maxLat };
}
