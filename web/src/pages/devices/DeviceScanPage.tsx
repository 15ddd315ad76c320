import { useMemo, useState, type CSSProperties } from 'react';
import { Alert, App, Button, Card, Checkbox, Descriptions, Empty, Flex, Input, InputNumber, List, Spin, Tag, Typography } from 'antd';
import { FilePdfOutlined, LoginOutlined, PhoneOutlined, ScanOutlined } from '@ant-design/icons';
import { Link, Navigate, useNavigate, useParams } from 'react-router-dom';
import { client, errorMessage, unwrap, ApiError } from '../../api/client';
import type { DeviceCompatibleProduct, DeviceQuoteResult, DeviceScan, PublicDevice } from '../../api/types';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../state/LocaleContext';
import { useSession } from '../../state/SessionContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatAmount, formatTime } from '../../format';
import { loginReturningTo } from './safeNext';

const page: CSSProperties = { maxWidth: 560, margin: '0 auto', padding: '12px 12px 32px', display: 'grid', gap: 12 };

/**
 * What a device's QR label opens on the phone (`/d/<token>`): signed in, the device with its
 * customer, contacts, maintenance, last faults explained, compatible consumables with price and
 * stock, and 生成报价单. Signed out: the public card when the org enabled it, else the sign-in
 * page, which comes back here.
 */
export function DeviceScanPage() {
  const { token = '' } = useParams();
  const { me } = useSession();
  if (me === undefined)
    return (
      <div style={{ display: 'grid', placeItems: 'center', minHeight: '100vh' }}>
        <Spin size="large" />
      </div>
    );
  return me ? <SignedInDevice token={token} /> : <PublicDeviceCard token={token} />;
}

function PublicDeviceCard({ token }: { token: string }) {
  const { t } = useI18n('devices');
  const navigate = useNavigate();
  const path = `/d/${token}`;
  const card = useLoad(async () => {
    try {
      return await unwrap(client.GET('/api/v1/public/devices/{token}', { params: { path: { token } } }));
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return null;
      throw error;
    }
  }, [token]);
  if (card.loading && card.data === undefined)
    return (
      <div style={{ display: 'grid', placeItems: 'center', minHeight: '100vh' }}>
        <Spin size="large" />
      </div>
    );
  // No public view: straight to the sign-in page, which returns here.
  if (card.data === null) return <Navigate to={loginReturningTo(path)} replace />;
  const d: PublicDevice | undefined = card.data;
  return (
    <main style={page} data-testid="device-public">
      <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
        {t('public.title')}
      </Typography.Title>
      <ErrorAlert error={card.error} />
      {d ? (
        <Card>
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('model')}>{d.model}</Descriptions.Item>
            <Descriptions.Item label={t('serialNo')}>{d.serialNo}</Descriptions.Item>
            <Descriptions.Item label={t('customer')}>{d.customerName}</Descriptions.Item>
            <Descriptions.Item label={t('installDate')}>{d.installDate ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('warrantyEnd')}>{d.warrantyEnd ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('status')}>{t(`status.${d.status}`)}</Descriptions.Item>
            <Descriptions.Item label={t('public.lastService')}>{d.lastServiceDate ?? '—'}</Descriptions.Item>
          </Descriptions>
        </Card>
      ) : null}
      <Button type="primary" size="large" icon={<LoginOutlined />} onClick={() => void navigate(loginReturningTo(path))} data-testid="device-public-login">
        {t('public.login')}
      </Button>
    </main>
  );
}

function SignedInDevice({ token }: { token: string }) {
  const { t } = useI18n('devices');
  const scan = useLoad(() => unwrap(client.GET('/api/v1/devices/by-token/{token}', { params: { path: { token } } })), [token]);
  const notFound = scan.error instanceof ApiError && scan.error.status === 404;

  if (scan.loading && !scan.data)
    return (
      <div style={{ display: 'grid', placeItems: 'center', minHeight: '100vh' }}>
        <Spin size="large" />
      </div>
    );
  if (notFound || !scan.data)
    return (
      <main style={page}>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
          {t('device')}
        </Typography.Title>
        {notFound ? <Alert type="warning" showIcon title={t('notFound')} data-testid="device-not-found" /> : <ErrorAlert error={scan.error} />}
        <Link to="/devices/scan">
          <ScanOutlined /> {t('scan')}
        </Link>
      </main>
    );
  return <DeviceView data={scan.data} />;
}

function DeviceView({ data }: { data: DeviceScan }) {
  const { t } = useI18n('devices');
  const { device, customer, contacts, maintenance, lastFaults, compatibleProducts, serviceProducts } = data;
  return (
    <main style={page} data-testid="device-page">
      <Flex justify="space-between" align="center" gap={8}>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }} data-testid="device-title">
          {device.model} · {device.serialNo}
        </Typography.Title>
        <Link to="/devices/scan" aria-label={t('scan')}>
          <ScanOutlined style={{ fontSize: 22 }} />
        </Link>
      </Flex>
      <Card size="small">
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('customer')}>
            <Link to={`/customers/${customer.id}`}>{customer.name}</Link>
          </Descriptions.Item>
          <Descriptions.Item label={t('status')}>
            <Tag color={device.status === 'in_service' ? 'green' : device.status === 'under_repair' ? 'orange' : undefined}>{t(`status.${device.status}`)}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('siteAddress')}>{device.siteAddress ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('installDate')}>{device.installDate ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('warrantyEnd')}>{device.warrantyEnd ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('owner')}>{device.ownerName ?? '—'}</Descriptions.Item>
        </Descriptions>
      </Card>

      <Card size="small" title={t('contacts')} data-testid="device-contacts">
        {contacts.length === 0 ? (
          <Typography.Text type="secondary">{t('contacts.empty')}</Typography.Text>
        ) : (
          <List
            size="small"
            dataSource={contacts}
            renderItem={(c) => (
              <List.Item
                actions={
                  c.mobile && !c.mobile.includes('*')
                    ? [
                        <a key="call" href={`tel:${c.mobile.replace(/[^\d+]/g, '')}`} aria-label={t('contacts.call', { name: c.name })}>
                          <PhoneOutlined /> {c.mobile}
                        </a>,
                      ]
                    : c.mobile
                      ? [<span key="masked">{c.mobile}</span>]
                      : []
                }
              >
                {c.name}
                {c.title ? <Typography.Text type="secondary"> · {c.title}</Typography.Text> : null}
                {c.primary ? <Tag style={{ marginLeft: 6 }}>★</Tag> : null}
              </List.Item>
            )}
          />
        )}
      </Card>

      <Card size="small" title={t('faults')} data-testid="device-faults">
        {lastFaults.length === 0 ? (
          <Typography.Text type="secondary">{t('faults.empty')}</Typography.Text>
        ) : (
          <Flex vertical gap={12}>
            {lastFaults.map((f) => (
              <div key={f.code} data-testid={`device-fault-${f.code}`}>
                <Typography.Text strong>
                  <Tag color="red">{f.code}</Tag>
                  {f.meaning ?? t('faults.unknown')}
                </Typography.Text>
                {f.likelyCause ? (
                  <div>
                    <Typography.Text type="secondary">{t('faults.cause')}：</Typography.Text>
                    {f.likelyCause}
                  </div>
                ) : null}
                {f.recommendedAction ? (
                  <div>
                    <Typography.Text type="secondary">{t('faults.action')}：</Typography.Text>
                    {f.recommendedAction}
                  </div>
                ) : null}
                {f.parts.length ? (
                  <div>
                    <Typography.Text type="secondary">{t('faults.parts')}：</Typography.Text>
                    {f.parts.map((p) => `${p.name}（${p.sku}）`).join('、')}
                  </div>
                ) : null}
              </div>
            ))}
          </Flex>
        )}
      </Card>

      <Card size="small" title={t('consumables')} data-testid="device-consumables">
        {compatibleProducts.length === 0 ? (
          <Typography.Text type="secondary">{t('consumables.empty')}</Typography.Text>
        ) : (
          <List
            size="small"
            dataSource={compatibleProducts}
            renderItem={(p) => (
              <List.Item data-testid={`device-consumable-${p.sku}`}>
                <Flex vertical style={{ width: '100%' }}>
                  <Typography.Text>
                    {p.name} <Typography.Text type="secondary">{p.sku}</Typography.Text>
                  </Typography.Text>
                  <Flex justify="space-between">
                    <span>
                      {t('price')} ¥{formatAmount(p.listPrice)} / {p.unit}
                    </span>
                    <span>
                      {t('stock')} {p.stockQuantity === null ? t('stock.unknown') : p.stockQuantity}
                    </span>
                  </Flex>
                </Flex>
              </List.Item>
            )}
          />
        )}
      </Card>

      <QuoteBuilder deviceId={device.id} products={[...compatibleProducts, ...serviceProducts]} faultParts={lastFaults.flatMap((f) => f.parts)} />

      <Card size="small" title={t('maintenance.title')} data-testid="device-maintenance">
        {maintenance.length === 0 ? (
          <Empty description={t('maintenance.empty')} />
        ) : (
          <List
            size="small"
            dataSource={maintenance}
            renderItem={(m) => (
              <List.Item>
                <Flex vertical gap={2}>
                  <Typography.Text type="secondary">
                    {formatTime(m.performedAt)} · {m.engineerName}
                  </Typography.Text>
                  <span>
                    {m.faultCodes.map((c) => (
                      <Tag key={c}>{c}</Tag>
                    ))}
                    {m.workDone}
                  </span>
                  {m.partsUsed.length ? (
                    <Typography.Text type="secondary">
                      {t('maintenance.parts')}：{m.partsUsed.map((p) => `${p.name ?? p.productId} × ${p.quantity}`).join('、')}
                    </Typography.Text>
                  ) : null}
                </Flex>
              </List.Item>
            )}
          />
        )}
      </Card>
    </main>
  );
}

/** 生成报价单: quantities per part, consumable and labour; the quote's PDF opens on the spot. */
function QuoteBuilder({ deviceId, products, faultParts }: { deviceId: string; products: DeviceCompatibleProduct[]; faultParts: DeviceCompatibleProduct[] }) {
  const { t } = useI18n('devices');
  const { message } = App.useApp();
  const choices = useMemo(() => {
    const seen = new Set<string>();
    return [...faultParts, ...products].filter((p) => (seen.has(p.id) ? false : (seen.add(p.id), true)));
  }, [products, faultParts]);
  const [open, setOpen] = useState(false);
  const [picked, setPicked] = useState<Record<string, number>>({});
  const [notes, setNotes] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<DeviceQuoteResult | null>(null);

  const subtotal = choices.reduce((sum, p) => sum + (picked[p.id] ?? 0) * p.listPrice, 0);
  const create = async () => {
    const items = Object.entries(picked)
      .filter(([, quantity]) => quantity > 0)
      .map(([productId, quantity]) => ({ productId, quantity }));
    if (items.length === 0) {
      message.warning(t('quote.none'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const created = await unwrap(
        client.POST('/api/v1/devices/{id}/quotes', { params: { path: { id: deviceId } }, body: { items, ...(notes.trim() ? { notes: notes.trim() } : {}) } }),
      );
      setResult(created);
      setOpen(false);
      setPicked({});
      message.success(t('quote.done', { number: created.number }));
    } catch (err) {
      setError(err);
      message.error(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card size="small" title={t('quote')} data-testid="device-quote">
      {result ? (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="device-quote-result"
          title={t('quote.done', { number: result.number })}
          description={
            <Flex vertical gap={4}>
              <span>{result.opportunityCreated ? t('quote.opened') : t('quote.joined')}</span>
              <span>¥{formatAmount(result.total)}</span>
              <a href={result.pdfUrl} target="_blank" rel="noopener" data-testid="device-quote-pdf">
                <FilePdfOutlined /> {t('quote.openPdf')}
              </a>
            </Flex>
          }
        />
      ) : null}
      {!open ? (
        <Button type="primary" block size="large" onClick={() => setOpen(true)} data-testid="device-quote-start">
          {t('quote')}
        </Button>
      ) : (
        <Flex vertical gap={8}>
          <Typography.Text type="secondary">{t('quote.pick')}</Typography.Text>
          <ErrorAlert error={error} />
          {choices.map((p) => {
            const quantity = picked[p.id] ?? 0;
            return (
              <Flex key={p.id} align="center" justify="space-between" gap={8} data-testid={`quote-item-${p.sku}`}>
                <Checkbox
                  checked={quantity > 0}
                  onChange={(e) => setPicked((prev) => ({ ...prev, [p.id]: e.target.checked ? Math.max(1, prev[p.id] ?? 0) : 0 }))}
                >
                  {p.kind === 'service' ? <Tag>{t('quote.labour')}</Tag> : null}
                  {p.name}
                  <Typography.Text type="secondary">
                    {' '}
                    ¥{formatAmount(p.listPrice)}/{p.unit}
                  </Typography.Text>
                </Checkbox>
                <InputNumber
                  min={0}
                  max={100000}
                  value={quantity}
                  onChange={(v) => setPicked((prev) => ({ ...prev, [p.id]: Number(v ?? 0) }))}
                  style={{ width: 84 }}
                  aria-label={`${t('quote.quantity')} ${p.name}`}
                  data-testid={`quote-qty-${p.sku}`}
                />
              </Flex>
            );
          })}
          <Input.TextArea
            value={notes}
            onChange={(e) => setNotes(e.target.value)}
            rows={2}
            placeholder={t('quote.notes')}
            aria-label={t('quote.notes')}
            maxLength={2000}
          />
          <Flex justify="space-between" align="center">
            <span>
              {t('quote.subtotal')}：¥{formatAmount(subtotal)}
            </span>
            <Button type="primary" size="large" loading={busy} onClick={() => void create()} data-testid="device-quote-create">
              {t('quote.create')}
            </Button>
          </Flex>
        </Flex>
      )}
    </Card>
  );
}
