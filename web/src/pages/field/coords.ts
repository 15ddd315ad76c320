import gcoord from 'gcoord';

export type CoordSystem = 'wgs84' | 'gcj02' | 'bd09';

const CRS = { wgs84: gcoord.WGS84, gcj02: gcoord.GCJ02, bd09: gcoord.BD09 } as const;

/** A WGS-84 point as [lat, lng] in the tiles' system (AMap/Tencent tiles are GCJ-02, Baidu's BD-09). */
export function toTiles(lat: number, lng: number, system: CoordSystem): [number, number] {
  if (system === 'wgs84') return [lat, lng];
  const [x, y] = gcoord.transform<[number, number]>([lng, lat], CRS.wgs84, CRS[system]);
  return [y, x];
}

/** A point of the tiles' system back to WGS-84 [lat, lng] (the bbox the server filters by). */
export function fromTiles(lat: number, lng: number, system: CoordSystem): [number, number] {
  if (system === 'wgs84') return [lat, lng];
  const [x, y] = gcoord.transform<[number, number]>([lng, lat], CRS[system], CRS.wgs84);
  return [y, x];
}

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));

/** `minLng,minLat,maxLng,maxLat` in WGS-84 from the map's bounds in the tiles' system (clamped to the world). */
export function bboxParam(south: number, west: number, north: number, east: number, system: CoordSystem): string {
  const [s, w] = fromTiles(south, west, system);
  const [n, e] = fromTiles(north, east, system);
  let [minLng, maxLng] = [clamp(w, -180, 180), clamp(e, -180, 180)];
  let [minLat, maxLat] = [clamp(s, -90, 90), clamp(n, -90, 90)];
  if (!(minLng < maxLng)) [minLng, maxLng] = [-180, 180];
  if (!(minLat < maxLat)) [minLat, maxLat] = [-90, 90];
  return [minLng, minLat, maxLng, maxLat].map((v) => v.toFixed(5)).join(',');
}
