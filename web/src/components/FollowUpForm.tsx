import { useState } from 'react';
import { Alert, App, Button, DatePicker, Flex, Form, Input, Select, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { client, unwrap } from '../api/client';
import type { Followup, FollowupTargetType, StoredFile, TagSuggestions } from '../api/types';
import { useI18n } from '../state/LocaleContext';
import { usePlaybook } from '../state/usePlaybook';
import { serverNow } from '../hooks/useServerClock';
import { AttachmentUpload } from './AttachmentUpload';
import { ErrorAlert } from './ErrorAlert';
import { VoiceInput } from './VoiceInput';

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
  const { t, label } = useI18n();
  const { t: tv } = useI18n('voice');
  const { message } = App.useApp();
  const playbook = usePlaybook();
  const [form] = Form.useForm<FollowUpValues>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [uploading, setUploading] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const attachments = Form.useWatch('attachments', form) ?? [];
  // 语音录入: the recording is evidence of its own; the transcript's suggestions wait for the rep.
  const [recording, setRecording] = useState<StoredFile | null>(null);
  const [suggestions, setSuggestions] = useState<TagSuggestions | null>(null);
  const [concerns, setConcerns] = useState<string[]>([]);
  const concernCategories = playbook.doc?.concerns?.categories ?? [];
  const hasEvidence = attachments.length > 0 || recording !== null;

  const takeSuggestions = (found: TagSuggestions) => {
    setSuggestions(found);
    if (found.valueTag) form.setFieldValue('valueTag', found.valueTag);
    setConcerns((current) => [...new Set([...current, ...found.concerns])]);
  };

  const onTranscript = (text: string, found: TagSuggestions) => {
    const typed = (form.getFieldValue('content') as string | undefined)?.trim();
    form.setFieldValue('content', typed ? `${typed}\n${text}` : text);
    void form.validateFields(['content']).catch(() => undefined);
    takeSuggestions(found);
  };

  const suggestFromText = async () => {
    const text = (form.getFieldValue('content') as string | undefined) ?? '';
    try {
      const found = await unwrap(client.POST('/api/v1/transcriptions/suggest', { body: { text } }));
      takeSuggestions(found);
      if (!found.valueTag && found.concerns.length === 0) message.info(tv('noSuggestion'));
    } catch (err) {
      setError(err);
    }
  };

  const toggleConcern = (key: string, checked: boolean) => setConcerns((current) => (checked ? [...current, key] : current.filter((k) => k !== key)));

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
            attachmentIds: [...values.attachments, ...(recording ? [recording] : [])].map((f) => f.id),
            nextFollowUpAt: values.nextFollowUpAt ? values.nextFollowUpAt.toISOString() : undefined,
            concerns: concerns.length > 0 ? concerns : undefined,
          },
        }),
      );
      message.success(t('followups.created'));
      form.resetFields();
      setRecording(null);
      setSuggestions(null);
      setConcerns([]);
      setFormKey((k) => k + 1); // remounts the upload list and the voice input
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
      <Form.Item style={{ marginBottom: 12 }}>
        <VoiceInput key={formKey} onRecording={setRecording} onTranscript={onTranscript} />
      </Form.Item>
      <Form.Item name="content" label={t('followups.content')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
        <Input.TextArea rows={3} maxLength={5000} data-testid="followup-content" />
      </Form.Item>
      <Form.Item
        name="valueTag"
        label={t('followups.valueTag')}
        rules={[{ required: true, message: t('common.required') }]}
        extra={
          suggestions?.valueTag ? (
            <span data-testid="voice-suggested-value-tag">
              {tv('suggestedValueTag', { label: playbook.valueTagLabel(suggestions.valueTag) })}
              {' · '}
              {tv('matchedWords', { words: suggestions.matches.find((m) => m.kind === 'valueTag' && m.key === suggestions.valueTag)?.words.join('、') ?? '' })}
            </span>
          ) : undefined
        }
      >
        <Select options={playbook.valueTagOptions} data-testid="followup-value-tag" />
      </Form.Item>
      {concernCategories.length > 0 ? (
        <Form.Item label={tv('concerns')} extra={tv('concernsHint')}>
          <Flex gap={4} wrap data-testid="followup-concerns">
            {concernCategories.map((category) => {
              const match = suggestions?.matches.find((m) => m.kind === 'concern' && m.key === category.key);
              return (
                <Tag.CheckableTag
                  key={category.key}
                  checked={concerns.includes(category.key)}
                  onChange={(checked) => toggleConcern(category.key, checked)}
                  data-testid={`concern-${category.key}`}
                  data-suggested={match ? 'true' : undefined}
                >
                  <span title={match ? tv('matchedWords', { words: match.words.join('、') }) : undefined}>{label(category)}</span>
                </Tag.CheckableTag>
              );
            })}
            <Button size="small" type="link" onClick={() => void suggestFromText()} data-testid="followup-suggest">
              {tv('suggest')}
            </Button>
          </Flex>
        </Form.Item>
      ) : null}
      <Form.Item
        name="attachments"
        label={t('followups.attachments')}
        rules={[
          {
            validator: (_, value: StoredFile[] | undefined) =>
              (value && value.length > 0) || recording ? Promise.resolve() : Promise.reject(new Error(t('followups.attachmentRequired'))),
          },
        ]}
      >
        <AttachmentUpload key={formKey} onUploadingChange={setUploading} />
      </Form.Item>
      {!hasEvidence ? (
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
        disabled={uploading || !hasEvidence}
        data-testid="followup-submit"
        title={!hasEvidence ? t('followups.attachmentRequired') : undefined}
      >
        {uploading ? t('followups.uploading') : t('followups.submit')}
      </Button>
    </Form>
  );
}
