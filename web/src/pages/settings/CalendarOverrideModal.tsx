import { useEffect, useState } from 'react';
import { App, Button, Descriptions, Form, Input, Modal, Radio } from 'antd';
import { client, unwrap } from '../../api/client';
import { useI18n } from '../../state/LocaleContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useChanged } from '../../hooks/useChanged';
import { kindOf } from './calendarKinds';
import type { CalendarDay } from '../../api/types';

interface Props {
  date: string | null;
  day: CalendarDay | undefined;
  onClose: () => void;
  onChanged: () => void;
}

/** Adds, changes or removes the override of one day (company day off / extra working day). */
export function CalendarOverrideModal({ date, day, onClose, onChanged }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ working: boolean; note: string }>();
  const [busy, setBusy] = useState<'save' | 'remove' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const isOverride = day?.source === 'override';

  // Another day starts without the last error.
  if (useChanged(date, day)) setError(null);
  useEffect(() => {
    // Default to the opposite of what the day is now: that is why one clicks it.
    if (date) form.setFieldsValue({ working: isOverride ? Boolean(day?.working) : !day?.working, note: '' });
  }, [date, day, isOverride, form]);

  const run = async (kind: 'save' | 'remove') => {
    if (!date) return;
    const values = kind === 'save' ? await form.validateFields() : null;
    setBusy(kind);
    setError(null);
    try {
      const params = { path: { date } };
      if (values) await unwrap(client.PUT('/api/v1/calendar/overrides/{date}', { params, body: { working: values.working, note: values.note.trim() } }));
      else await unwrap(client.DELETE('/api/v1/calendar/overrides/{date}', { params }));
      message.success(kind === 'save' ? t('common.saved') : t('calendar.removed'));
      onChanged();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Modal
      open={date !== null}
      title={t('calendar.overrideTitle', { date: date ?? '' })}
      onCancel={onClose}
      forceRender
      footer={[
        isOverride ? (
          <Button key="remove" danger loading={busy === 'remove'} onClick={() => void run('remove')} data-testid="calendar-override-remove">
            {t('calendar.removeOverride')}
          </Button>
        ) : null,
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button key="save" type="primary" loading={busy === 'save'} onClick={() => void run('save')} data-testid="calendar-override-save">
          {t('common.save')}
        </Button>,
      ]}
    >
      <ErrorAlert error={error} />
      {date ? (
        <Descriptions
          size="small"
          column={1}
          style={{ marginBottom: 12 }}
          items={[
            {
              key: 'kind',
              label: t('calendar.current'),
              children: `${t(`calendar.kind.${kindOf(date, day)}`)} · ${day?.working ? t('calendar.working') : t('calendar.off')}`,
            },
            ...(day?.name ? [{ key: 'name', label: t('common.name'), children: day.name }] : []),
          ]}
        />
      ) : null}
      <Form form={form} layout="vertical">
        <Form.Item name="working" label={t('calendar.setAs')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: true, label: t('calendar.working') },
              { value: false, label: t('calendar.off') },
            ]}
          />
        </Form.Item>
        <Form.Item name="note" label={t('playbook.note')} rules={[{ required: true, whitespace: true, message: t('common.required') }, { max: 100 }]}>
          <Input placeholder={t('calendar.notePlaceholder')} maxLength={100} data-testid="calendar-override-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
