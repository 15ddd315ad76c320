import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Button, Checkbox, DatePicker, Flex, Segmented, Select, Space, Tag, Typography } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { client, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ImportWizard } from '../../components/ImportWizard';
import { PageHeader } from '../../components/PageHeader';
import { TeamSelect } from '../../components/TeamSelect';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../state/LocaleContext';
import { useMe } from '../../state/SessionContext';
import { usePlaybook } from '../../state/usePlaybook';
import L from './leaflet-cluster';
import { bboxParam, toTiles, type CoordSystem } from './coords';
import { canEditStores } from './access';
import { popupContent, VISIT_COLOURS, GRADE_COLOURS, SILENCE_COLOURS } from './markers';
import './field.css';

type MapLayers = components['schemas']['MapLayers'];
type LayerKey = 'reps' | 'visits' | 'customers' | 'competitorStores';
const LAYERS: LayerKey[] = ['reps', 'visits', 'customers', 'competitorStores'];

/** A marker: a coloured pin (no image files, so it shows with or without tiles). */
function pin(kind: string, colour: string, label: string) {
  return L.divIcon({
    className: `field-pin field-pin-${kind}`,
    html: `<span class="field-pin-dot" style="background:${colour}" data-testid="marker-${kind}" aria-label="${label.replace(/[<>&"]/g, '')}"></span>`,
    iconSize: [18, 18],
    iconAnchor: [9, 9],
    popupAnchor: [0, -8],
  });
}

/**
 * 地图: reps' latest check-ins, the day's visits by status, customers by grade or silence, and
 * competitor stores, on a configurable tile layer (markers show even when no tile server answers).
 */
export function MapPage() {
  const { t } = useI18n('field');
  const me = useMe();
  const playbook = usePlaybook();
  const [date, setDate] = useState<Dayjs | null>(null);
  const [region, setRegion] = useState<string | null>(null);
  const [teamId, setTeamId] = useState<string | null>(null);
  const [shown, setShown] = useState<LayerKey[]>(LAYERS);
  const [colourBy, setColourBy] = useState<'grade' | 'silence'>('grade');
  const [layers, setLayers] = useState<MapLayers | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [importing, setImporting] = useState(false);
  const config = useLoad(() => unwrap(client.GET('/api/v1/map/config')), []);
  const mapDiv = useRef<HTMLDivElement | null>(null);
  const map = useRef<L.Map | null>(null);
  const groups = useRef<Record<LayerKey, L.LayerGroup> | null>(null);
  const fitted = useRef(false);
  const system: CoordSystem = config.data?.coordSystem ?? 'wgs84';
  const filters = useMemo(() => ({ date: date?.format('YYYY-MM-DD'), region: region ?? undefined, teamId: teamId ?? undefined }), [date, region, teamId]);
  const generation = useRef(0);

  const load = useCallback(async () => {
    const m = map.current;
    if (!m) return;
    const b = m.getBounds();
    const mine = ++generation.current;
    try {
      const answer = await unwrap(
        client.GET('/api/v1/map/layers', {
          params: { query: { ...filters, bbox: bboxParam(b.getSouth(), b.getWest(), b.getNorth(), b.getEast(), system) } },
        }),
      );
      if (mine !== generation.current) return;
      setLayers(answer);
      setError(null);
    } catch (err) {
      if (mine === generation.current) setError(err);
    }
  }, [filters, system]);

  // The map, once the tile configuration is known.
  useEffect(() => {
    if (!config.data || !mapDiv.current || map.current) return;
    const m = L.map(mapDiv.current, { center: toTiles(33, 112, system), zoom: 4, worldCopyJump: false });
    // Tiles are decoration: when their server is unreachable the markers still show.
    L.tileLayer(config.data.tileUrl, { attribution: config.data.attribution, maxZoom: 18, subdomains: config.data.subdomains }).addTo(m);
    const clustered = () => L.markerClusterGroup({ disableClusteringAtZoom: 15, maxClusterRadius: 45, showCoverageOnHover: false });
    groups.current = {
      reps: L.layerGroup().addTo(m),
      visits: L.layerGroup().addTo(m),
      customers: clustered().addTo(m),
      competitorStores: clustered().addTo(m),
    };
    map.current = m;
    return () => {
      m.remove();
      map.current = null;
      groups.current = null;
    };
  }, [config.data, system]);

  // Reload when the view moves or a filter changes.
  useEffect(() => {
    const m = map.current;
    if (!m) return;
    void load();
    let timer: number | undefined;
    const onMove = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => void load(), 250);
    };
    m.on('moveend', onMove);
    return () => {
      window.clearTimeout(timer);
      m.off('moveend', onMove);
    };
  }, [load, config.data]);

  // Draw the answer.
  useEffect(() => {
    const m = map.current;
    const g = groups.current;
    if (!m || !g || !layers) return;
    for (const key of LAYERS) g[key].clearLayers();
    const at = (p: { lat: number; lng: number }) => toTiles(p.lat, p.lng, system);
    const add = (key: LayerKey, marker: L.Marker) => {
      if (shown.includes(key)) g[key].addLayer(marker);
    };
    for (const r of layers.reps)
      add(
        'reps',
        L.marker(at(r), { icon: pin('rep', '#531dab', r.repName), zIndexOffset: 1000 }).bindPopup(
          popupContent(r.repName, [`${t('popup.checkedInAt')} ${new Date(r.checkedInAt).toLocaleTimeString()}`, `${t('popup.at')} ${r.customerName}`]),
        ),
      );
    for (const v of layers.visits)
      add(
        'visits',
        L.marker(at(v), { icon: pin(`visit`, VISIT_COLOURS[v.status], v.customerName), zIndexOffset: 500 }).bindPopup(
          popupContent(v.customerName, [`${t(`status.${v.status}`)} · ${v.repName}`, `${v.plannedTime ?? ''} ${v.purpose}`]),
        ),
      );
    for (const c of layers.customers.items)
      add(
        'customers',
        L.marker(at(c), {
          icon: pin('customer', colourBy === 'grade' ? (GRADE_COLOURS[c.grade] ?? '#595959') : SILENCE_COLOURS[c.silence], c.name),
        }).bindPopup(
          popupContent(c.name, [
            `${t('popup.grade')} ${c.grade} · ${c.region}`,
            `${t(`silence.${c.silence}`)}（${t('popup.silentDays', { n: c.silentDays })}）`,
            c.ownerName ? `${t('popup.owner')} ${c.ownerName}` : '',
            c.address ?? '',
          ]),
        ),
      );
    for (const s of layers.competitorStores.items)
      add(
        'competitorStores',
        L.marker(at(s), { icon: pin('store', '#d4380d', s.name) }).bindPopup(popupContent(`${s.brand} · ${s.name}`, [s.address ?? '', s.notes ?? ''])),
      );
    if (!fitted.current) {
      fitted.current = true;
      const points = [...layers.reps, ...layers.visits, ...layers.customers.items, ...layers.competitorStores.items].map(at);
      if (points.length > 0) m.fitBounds(L.latLngBounds(points), { padding: [40, 40], maxZoom: 14 });
    }
  }, [layers, shown, colourBy, system, t]);

  const counts = layers
    ? { reps: layers.reps.length, visits: layers.visits.length, customers: layers.customers.total, competitorStores: layers.competitorStores.total }
    : null;

  return (
    <div data-testid="map-page">
      <PageHeader
        title={t('map.title')}
        sub={layers ? t('map.date', { date: layers.date }) : undefined}
        extra={
          canEditStores(me) ? (
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="stores-import-open">
              {t('map.importStores')}
            </Button>
          ) : null
        }
      />
      <ImportWizard
        open={importing}
        kind="competitor_stores"
        title={t('map.importStores')}
        onClose={() => setImporting(false)}
        onImported={() => void load()}
        testIdPrefix="stores-import"
      />
      <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
        <DatePicker value={date} onChange={setDate} aria-label={t('map.dateFilter')} placeholder={t('map.today')} data-testid="map-date" />
        <Select
          value={region ?? undefined}
          onChange={(v) => setRegion(v ?? null)}
          options={playbook.regionOptions}
          allowClear
          placeholder={t('map.region')}
          aria-label={t('map.region')}
          style={{ minWidth: 120 }}
          data-testid="map-region"
        />
        {me.scope.kind !== 'own' ? (
          <div style={{ minWidth: 180 }}>
            <TeamSelect value={teamId} onChange={setTeamId} aria-label={t('map.team')} data-testid="map-team" />
          </div>
        ) : null}
        <Checkbox.Group
          value={shown}
          onChange={(v) => setShown(v)}
          options={LAYERS.map((k) => ({ value: k, label: `${t(`layer.${k}`)}${counts ? `（${counts[k]}）` : ''}` }))}
          data-testid="map-layers"
        />
        <Segmented
          value={colourBy}
          onChange={(v) => setColourBy(v as 'grade' | 'silence')}
          options={[
            { value: 'grade', label: t('map.byGrade') },
            { value: 'silence', label: t('map.bySilence') },
          ]}
          aria-label={t('map.colourBy')}
        />
      </Flex>
      <ErrorAlert error={config.error ?? error} />
      {layers?.customers.truncated ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 8 }}
          message={t('map.truncated', { shown: layers.customers.items.length, total: layers.customers.total })}
        />
      ) : null}
      <div ref={mapDiv} className="field-map" data-testid="field-map" role="region" aria-label={t('map.title')} />
      <Space wrap style={{ marginTop: 8 }} data-testid="map-legend">
        <Typography.Text type="secondary">{t('map.legend')}</Typography.Text>
        <Tag color="#531dab">{t('layer.reps')}</Tag>
        {(['planned', 'done', 'missed', 'cancelled'] as const).map((s) => (
          <Tag key={s} color={VISIT_COLOURS[s]}>
            {t(`status.${s}`)}
          </Tag>
        ))}
        <Tag color="#d4380d">{t('layer.competitorStores')}</Tag>
        {colourBy === 'grade'
          ? Object.entries(GRADE_COLOURS).map(([g, c]) => (
              <Tag key={g} color={c}>
                {t('map.grade', { grade: g })}
              </Tag>
            ))
          : (['active', 'quiet', 'silent'] as const).map((s) => (
              <Tag key={s} color={SILENCE_COLOURS[s]}>
                {t(`silence.${s}`)}
              </Tag>
            ))}
      </Space>
    </div>
  );
}
