import { useEffect, useState } from 'react';
import { Alert, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { ApiError, client, unwrap } from '../../api/client';
import { useChanged } from '../../hooks/useChanged';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../state/LocaleContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { buttonTestId } from '../../components/testIds';
import { validated } from './forms';
import type { EngineerSchedule } from '../../api/types';

export interface BookingDraft {
  engineerId?: string;
  from?: string;
  to?: string;
}

interface Values {
  engineerId: string;
  range: [Dayjs, Dayjs];
  contractId?: string;
  note?: string;
}

interface Props {
  draft: BookingDraft | null;
  engineers: EngineerSchedule[];
  onClose: () => void;
  onBooked: () => void;
}

/** Delivery books an engineer for a date range (optionally for a contract); overlaps are refused with 409. */
export function BookingModal({ draft, engineers, onClose, onBooked }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const contracts = useLoad(() => unwrap(client.GET('/api/v1/contracts', { params: { query: { pageSize: 200 } } })), []);

  // A new booking starts without the last error.
  if (useChanged(draft) && draft) setError(null);
  useEffect(() => {
    if (!draft) return;
    form.resetFields();
    form.setFieldsValue({ engineerId: draft.engineerId, range: draft.from && draft.to ? [dayjs(draft.from), dayjs(draft.to)] : undefined });
  }, [draft, form]);

  const submit = async () => {
    const v = await validated(form);
    if (!v) return;
    setBusy(true);
    setError(null);
    try {
      await unwrap(
        client.POST('/api/v1/engineers/{id}/bookings', {
          params: { path: { id: v.engineerId } },
          body: {
            startsOn: v.range[0].format('YYYY-MM-DD'),
            endsOn: v.range[1].format('YYYY-MM-DD'),
            ...(v.contractId ? { contractId: v.contractId } : {}),
            ...(v.note?.trim() ? { note: v.note.trim() } : {}),
          },
        }),
      );
      onBooked();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const overlap = error instanceof ApiError && error.code === 'BOOKING_OVERLAP';

  return (
    <Modal
      open={draft !== null}
      title={t('gantt.book')}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={busy}
      okText={t('gantt.book')}
      cancelText={t('common.cancel')}
      okButtonProps={buttonTestId('booking-submit')}
      forceRender
    >
      {overlap ? (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} data-testid="booking-overlap" title={t('gantt.overlapTitle')} description={error.message} />
      ) : (
        <ErrorAlert error={error} />
      )}
      <Form form={form} layout="vertical">
        <Form.Item name="engineerId" label={t('gantt.engineer')} rules={[{ required: true, message: t('common.required') }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={engineers.map((e) => ({ value: e.id, label: `${e.name}（${e.region}）` }))}
            data-testid="booking-engineer"
          />
        </Form.Item>
        <Form.Item name="range" label={t('gantt.dates')} rules={[{ required: true, message: t('common.required') }]}>
          <DatePicker.RangePicker style={{ width: '100%' }} data-testid="booking-range" />
        </Form.Item>
        <Form.Item name="contractId" label={t('gantt.contract')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            loading={contracts.loading}
            options={(contracts.data?.items ?? []).map((c) => ({ value: c.id, label: `${c.number} · ${c.title}` }))}
            data-testid="booking-contract"
          />
        </Form.Item>
        <Form.Item name="note" label={t('gantt.note')}>
          <Input maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
