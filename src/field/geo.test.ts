import { describe, expect, it } from 'vitest';
import { convert, distanceM, fromWgs84, offsetM, parseBbox, toWgs84, type LatLng } from './geo.js';

/** Points across China: Beijing, Shanghai, Guangzhou, Chengdu, Urumqi, Harbin, Haikou, Lhasa. */
const POINTS: Record<string, LatLng> = {
  beijing: { lat: 39.9087, lng: 116.3975 },
  shanghai: { lat: 31.2304, lng: 121.4737 },
  guangzhou: { lat: 23.1291, lng: 113.2644 },
  chengdu: { lat: 30.5728, lng: 104.0668 },
  urumqi: { lat: 43.8256, lng: 87.6168 },
  harbin: { lat: 45.8038, lng: 126.535 },
  haikou: { lat: 20.044, lng: 110.1999 },
  lhasa: { lat: 29.65, lng: 91.1 },
};

describe('coordinate conversions', () => {
  for (const [name, wgs] of Object.entries(POINTS)) {
    it(`WGS-84 → GCJ-02 → WGS-84 and WGS-84 → BD-09 → WGS-84 hold to < 1 m at ${name}`, () => {
      const gcj = fromWgs84(wgs, 'gcj02');
      // GCJ-02 moves points by tens to hundreds of metres inside China: the conversion really happens.
      expect(distanceM(wgs, gcj)).toBeGreaterThan(50);
      expect(distanceM(wgs, toWgs84(gcj, 'gcj02'))).toBeLessThan(1);
      const bd = fromWgs84(wgs, 'bd09');
      expect(distanceM(wgs, bd)).toBeGreaterThan(50);
      expect(distanceM(wgs, toWgs84(bd, 'bd09'))).toBeLessThan(1);
      // GCJ-02 ↔ BD-09 directly, too.
      expect(distanceM(gcj, convert(convert(gcj, 'gcj02', 'bd09'), 'bd09', 'gcj02'))).toBeLessThan(1);
    });
  }

  it('leaves WGS-84 as it is', () => {
    expect(toWgs84(POINTS.beijing, 'wgs84')).toEqual(POINTS.beijing);
  });
});

describe('distance', () => {
  it('measures known distances (haversine)', () => {
    // Beijing – Shanghai: about 1,067 km.
    expect(distanceM(POINTS.beijing, POINTS.shanghai) / 1000).toBeCloseTo(1067, -1);
    // One degree of latitude: about 111.2 km.
    expect(distanceM({ lat: 30, lng: 120 }, { lat: 31, lng: 120 })).toBeCloseTo(111_195, -2);
    expect(distanceM(POINTS.haikou, POINTS.haikou)).toBe(0);
  });

  it('places a point at a given distance and bearing', () => {
    for (const metres of [100, 499, 501, 600, 5000])
      for (const bearing of [0, 45, 90, 200]) expect(distanceM(POINTS.shanghai, offsetM(POINTS.shanghai, metres, bearing))).toBeCloseTo(metres, 3);
  });
});

describe('bbox', () => {
  it('parses minLng,minLat,maxLng,maxLat and refuses anything else', () => {
    expect(parseBbox('120.1,30.1,121.5,31.5')).toEqual({ minLng: 120.1, minLat: 30.1, maxLng: 121.5, maxLat: 31.5 });
    expect(parseBbox('121.5,30.1,120.1,31.5')).toBeNull();
    expect(parseBbox('120,30,121')).toBeNull();
    expect(parseBbox('a,b,c,d')).toBeNull();
    expect(parseBbox('120,30,200,31')).toBeNull();
    expect(parseBbox('120,30,121,30')).toBeNull();
    expect(parseBbox('1e2,30,121,31')).toBeNull();
  });
});
