import { useState } from 'react';
import { Alert, App, Button, DatePicker, Form, Input, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { client, unwrap } from '../api/client';
import type { Followup, FollowupTargetType, StoredFile } from '../api/types';
import { useI18n } from '../state/LocaleContext';
import { usePlaybook } from '../state/usePlaybook';
import { serverNow } from '../hooks/useServerClock';
import { AttachmentUpload } from './AttachmentUpload';
import { ErrorAlert } from './ErrorAlert';

interface FollowUpValues {
  channel: string;
  valueTag: string;
  content: string;
  attachments: StoredFile[];
  nextFollowUpAt?: Dayjs | null;
}

interface Props {
  targetType: FollowupTargetType;
  targetId: string;
  onCreated: (followUp: Followup) => void;
  /** The channel preselected (e.g. `visit` after a check-in); default the playbook's first. */
  initialChannel?: string;
}

export function FollowUpForm({ targetType, targetId, onCreated, initialChannel }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const playbook = usePlaybook();
  const [form] = Form.useForm<FollowUpValues>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [uploading, setUploading] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const attachments = Form.useWatch('attachments', form) ?? [];

  const submit = async (values: FollowUpValues) => {
    setBusy(true);
    setError(null);
    try {
      const created = await unwrap(
        client.POST('/api/v1/followups', {
          body: {
            targetType,
            targetId,
            channel: values.channel,
            valueTag: values.valueTag,
            content: values.content,
            attachmentIds: values.attachments.map((f) => f.id),
            nextFollowUpAt: values.nextFollowUpAt ? values.nextFollowUpAt.toISOString() : undefined,
          },
        }),
      );
      message.success(t('followups.created'));
      form.resetFields();
      setFormKey((k) => k + 1); // remounts the upload list
      onCreated(created);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<FollowUpValues>
      form={form}
      layout="vertical"
      onFinish={(values) => void submit(values)}
      initialValues={{ channel: initialChannel ?? playbook.channelOptions[0]?.value, attachments: [] }}
      data-testid="followup-form"
    >
      <ErrorAlert error={error} />
      <Form.Item name="channel" label={t('followups.channel')} rules={[{ required: true, message: t('common.required') }]}>
        <Select options={playbook.channelOptions} data-testid="followup-channel" />
      </Form.Item>
      <Form.Item name="valueTag" label={t('followups.valueTag')} rules={[{ required: true, message: t('common.required') }]}>
        <Select options={playbook.valueTagOptions} data-testid="followup-value-tag" />
      </Form.Item>
      <Form.Item name="content" label={t('followups.content')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
        <Input.TextArea rows={3} maxLength={5000} data-testid="followup-content" />
      </Form.Item>
      <Form.Item
        name="attachments"
        label={t('followups.attachments')}
        rules={[
          {
            validator: (_, value: StoredFile[] | undefined) =>
              value && value.length > 0 ? Promise.resolve() : Promise.reject(new Error(t('followups.attachmentRequired'))),
          },
        ]}
      >
        <AttachmentUpload key={formKey} onUploadingChange={setUploading} />
      </Form.Item>
      {attachments.length === 0 ? (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('followups.attachmentRequired')} data-testid="attachment-required-hint" />
      ) : null}
      <Form.Item
        name="nextFollowUpAt"
        label={t('followups.nextAt')}
        rules={[
          {
            // The server refuses a next follow-up that is not later than now (422 NEXT_FOLLOWUP_IN_PAST).
            validator: (_rule, value: Dayjs | null | undefined) =>
              !value || value.valueOf() > serverNow() ? Promise.resolve() : Promise.reject(new Error(t('followups.nextAtPast'))),
          },
        ]}
      >
        <DatePicker
          showTime={{ format: 'HH:mm' }}
          format="YYYY-MM-DD HH:mm"
          style={{ width: '100%' }}
          disabledDate={(day) => day.isBefore(dayjs(serverNow()), 'day')}
          // Enter confirms the typed date inside the picker; it must not also submit the whole form.
          onKeyDown={(event) => {
            if (event.key === 'Enter') event.preventDefault();
          }}
          data-testid="followup-next-at"
        />
      </Form.Item>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('followups.serverTime')}
      </Typography.Paragraph>
      <Button
        type="primary"
        htmlType="submit"
        loading={busy}
        disabled={uploading || attachments.length === 0}
        data-testid="followup-submit"
        title={attachments.length === 0 ? t('followups.attachmentRequired') : undefined}
      >
        {uploading ? t('followups.uploading') : t('followups.submit')}
      </Button>
    </Form>
  );
}
