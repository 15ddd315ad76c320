import { useRef, useState } from 'react';
import { Alert, App, Button, Card, DatePicker, Drawer, Empty, Flex, Form, Input, Modal, Space, Tag, Typography } from 'antd';
import { CameraOutlined, EnvironmentOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { ApiError, client, formData, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { CustomerSelect } from '../../components/CustomerSelect';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FollowUpForm } from '../../components/FollowUpForm';
import { PageHeader } from '../../components/PageHeader';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../state/LocaleContext';
import { VISIT_COLOURS } from './markers';

type Visit = components['schemas']['Visit'];
type Checkin = components['schemas']['CheckinCreated'];

/** The phone's position, as the browser gives it (WGS-84). */
function currentPosition(): Promise<GeolocationPosition> {
  return new Promise((resolve, reject) => {
    if (!('geolocation' in navigator)) reject(new Error('geolocation'));
    else navigator.geolocation.getCurrentPosition(resolve, reject, { enableHighAccuracy: true, timeout: 15_000, maximumAge: 0 });
  });
}

interface Outcome {
  visitId: string;
  kind: 'done' | 'tooFar' | 'error';
  checkin?: Checkin;
  distanceM?: number;
  thresholdM?: number;
  error?: unknown;
}

/**
 * 今日拜访 (phone first): today's planned visits with 签到 — the browser's position goes to
 * POST /checkins; too far is shown with the distance; after a check-in the visit follow-up is
 * recorded with the usual form, channel 拜访 preset. A visit can be planned here too.
 */
export function TodayVisitsPage() {
  const { t } = useI18n('field');
  const { message } = App.useApp();
  const visits = useLoad(() => unwrap(client.GET('/api/v1/visits', { params: { query: { today: 'true', mine: 'true', pageSize: 100 } } })), []);
  const [busy, setBusy] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [photos, setPhotos] = useState<Record<string, { id: string; name: string }>>({});
  const [followupFor, setFollowupFor] = useState<{ customerId: string; name: string } | null>(null);
  const [planning, setPlanning] = useState(false);

  const uploadPhoto = async (visitId: string, file: File) => {
    try {
      const stored = await unwrap(client.POST('/api/v1/files', { body: { kind: 'photo', file }, bodySerializer: formData }));
      setPhotos((p) => ({ ...p, [visitId]: { id: stored.id, name: stored.name } }));
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    }
  };

  const checkIn = async (visit: Visit) => {
    setBusy(visit.id);
    setOutcome(null);
    try {
      const position = await currentPosition().catch((err: unknown) => {
        throw new Error(t('today.noPosition', { reason: err instanceof GeolocationPositionError ? err.message : String(err) }));
      });
      const photo = photos[visit.id];
      const checkin = await unwrap(
        client.POST('/api/v1/checkins', {
          body: {
            customerId: visit.customerId,
            lat: position.coords.latitude,
            lng: position.coords.longitude,
            accuracy: Math.round(position.coords.accuracy),
            coordSystem: 'wgs84',
            ...(photo ? { photoFileId: photo.id } : {}),
          },
        }),
      );
      setOutcome({ visitId: visit.id, kind: 'done', checkin });
      await visits.reload();
    } catch (err) {
      if (err instanceof ApiError && err.code === 'TOO_FAR') {
        const d = (err.details ?? {}) as { distanceM?: number; thresholdM?: number };
        setOutcome({ visitId: visit.id, kind: 'tooFar', distanceM: d.distanceM, thresholdM: d.thresholdM, error: err });
      } else setOutcome({ visitId: visit.id, kind: 'error', error: err });
    } finally {
      setBusy(null);
    }
  };

  const cancel = async (visit: Visit) => {
    try {
      await unwrap(client.POST('/api/v1/visits/{id}/cancel', { params: { path: { id: visit.id } }, body: {} }));
      await visits.reload();
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    }
  };

  const items = visits.data?.items ?? [];
  return (
    <div data-testid="today-visits" style={{ maxWidth: 640 }}>
      <PageHeader
        title={t('today.title')}
        extra={
          <Button icon={<PlusOutlined />} onClick={() => setPlanning(true)} data-testid="visit-plan">
            {t('today.plan')}
          </Button>
        }
      />
      <ErrorAlert error={visits.error} />
      {!visits.loading && items.length === 0 ? <Empty description={t('today.none')} /> : null}
      <Flex vertical gap={12}>
        {items.map((visit) => {
          const result = outcome?.visitId === visit.id ? outcome : null;
          const photo = photos[visit.id];
          return (
            <Card key={visit.id} size="small" data-testid="visit-card" data-visit-id={visit.id}>
              <Flex justify="space-between" align="start" gap={8}>
                <div>
                  <Typography.Text strong>{visit.customerName}</Typography.Text>
                  <div>
                    <Typography.Text type="secondary">
                      {visit.plannedTime ?? t('today.anyTime')} · {visit.purpose}
                    </Typography.Text>
                  </div>
                  {visit.customerAddress ? (
                    <div>
                      <Typography.Text type="secondary">
                        <EnvironmentOutlined /> {visit.customerAddress}
                      </Typography.Text>
                    </div>
                  ) : null}
                </div>
                <Tag color={VISIT_COLOURS[visit.status]} data-testid="visit-status">
                  {t(`status.${visit.status}`)}
                </Tag>
              </Flex>
              {visit.status === 'planned' ? (
                <Flex gap={8} wrap style={{ marginTop: 12 }}>
                  <Button
                    type="primary"
                    size="large"
                    icon={<EnvironmentOutlined />}
                    loading={busy === visit.id}
                    onClick={() => void checkIn(visit)}
                    data-testid="checkin-button"
                  >
                    {t('today.checkIn')}
                  </Button>
                  <PhotoButton taken={Boolean(photo)} onFile={(file) => void uploadPhoto(visit.id, file)} />
                  <Button size="large" onClick={() => void cancel(visit)} data-testid="visit-cancel">
                    {t('today.cancel')}
                  </Button>
                </Flex>
              ) : null}
              {visit.status === 'done' && !visit.followupId ? (
                <Button
                  style={{ marginTop: 12 }}
                  onClick={() => setFollowupFor({ customerId: visit.customerId, name: visit.customerName })}
                  data-testid="record-visit-followup"
                >
                  {t('today.recordFollowup')}
                </Button>
              ) : null}
              {result?.kind === 'tooFar' ? (
                <Alert
                  style={{ marginTop: 12 }}
                  type="error"
                  showIcon
                  data-testid="checkin-too-far"
                  message={t('today.tooFar', { distance: result.distanceM ?? '?', threshold: result.thresholdM ?? '?' })}
                  description={t('today.tooFarHint')}
                />
              ) : null}
              {result?.kind === 'error' ? (
                <div style={{ marginTop: 12 }}>
                  <ErrorAlert error={result.error} />
                </div>
              ) : null}
              {result?.kind === 'done' && result.checkin ? (
                <Alert
                  style={{ marginTop: 12 }}
                  type="success"
                  showIcon
                  data-testid="checkin-done"
                  message={t('today.done', { distance: result.checkin.distanceM ?? 0 })}
                  description={t('today.doneHint')}
                />
              ) : null}
            </Card>
          );
        })}
      </Flex>
      <Drawer
        open={followupFor !== null}
        onClose={() => setFollowupFor(null)}
        title={followupFor ? t('today.followupTitle', { name: followupFor.name }) : ''}
        placement="bottom"
        size="90%"
        destroyOnHidden
      >
        {followupFor ? (
          <FollowUpForm
            targetType="customer"
            targetId={followupFor.customerId}
            initialChannel="visit"
            onCreated={() => {
              setFollowupFor(null);
              void visits.reload();
            }}
          />
        ) : null}
      </Drawer>
      <PlanVisitModal
        open={planning}
        onClose={() => setPlanning(false)}
        onPlanned={() => {
          setPlanning(false);
          void visits.reload();
        }}
      />
    </div>
  );
}

interface PlanValues {
  customerId: string;
  date: Dayjs;
  plannedTime?: string;
  purpose: string;
}

/** 计划拜访: customer, day, optional time, purpose. */
function PlanVisitModal({ open, onClose, onPlanned }: { open: boolean; onClose: () => void; onPlanned: () => void }) {
  const { t } = useI18n('field');
  const [form] = Form.useForm<PlanValues>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (values: PlanValues) => {
    setBusy(true);
    setError(null);
    try {
      await unwrap(
        client.POST('/api/v1/visits', {
          body: {
            customerId: values.customerId,
            date: values.date.format('YYYY-MM-DD'),
            purpose: values.purpose,
            ...(values.plannedTime ? { plannedTime: values.plannedTime } : {}),
          },
        }),
      );
      form.resetFields();
      onPlanned();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open={open} onCancel={onClose} title={t('today.plan')} okText={t('today.planSave')} onOk={() => form.submit()} confirmLoading={busy} destroyOnHidden>
      <ErrorAlert error={error} />
      <Form<PlanValues> form={form} layout="vertical" initialValues={{ date: dayjs() }} onFinish={(v) => void submit(v)} data-testid="visit-plan-form">
        <Form.Item name="customerId" label={t('today.customer')} rules={[{ required: true, message: t('today.required') }]}>
          <CustomerSelect data-testid="visit-customer" />
        </Form.Item>
        <Space>
          <Form.Item name="date" label={t('today.date')} rules={[{ required: true, message: t('today.required') }]}>
            <DatePicker allowClear={false} data-testid="visit-date" />
          </Form.Item>
          <Form.Item name="plannedTime" label={t('today.time')} rules={[{ pattern: /^([01]\d|2[0-3]):[0-5]\d$/, message: 'HH:MM' }]}>
            <Input placeholder="10:00" style={{ width: 100 }} data-testid="visit-time" />
          </Form.Item>
        </Space>
        <Form.Item name="purpose" label={t('today.purpose')} rules={[{ required: true, whitespace: true, message: t('today.required') }]}>
          <Input.TextArea rows={2} maxLength={500} data-testid="visit-purpose" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 拍照: on a phone the hidden input opens the back camera (`capture`); the picture is uploaded as a site photo. */
function PhotoButton({ taken, onFile }: { taken: boolean; onFile: (file: File) => void }) {
  const { t } = useI18n('field');
  const input = useRef<HTMLInputElement | null>(null);
  return (
    <>
      <Button size="large" icon={<CameraOutlined />} onClick={() => input.current?.click()} data-testid="checkin-photo-button">
        {taken ? t('today.photoTaken') : t('today.photo')}
      </Button>
      <input
        ref={input}
        type="file"
        accept="image/*"
        capture="environment"
        hidden
        aria-label={t('today.photo')}
        data-testid="checkin-photo"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) onFile(file);
        }}
      />
    </>
  );
}
