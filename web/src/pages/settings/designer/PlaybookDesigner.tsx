import { useCallback, useState } from 'react';
import { useLoad } from '../../../hooks/useLoad';
import { Alert, App, Badge, Button, Card, Col, Drawer, Form, Input, Menu, Modal, Popconfirm, Row, Select, Space, Tag, Typography } from 'antd';
import { CheckOutlined, DeleteOutlined, EyeOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons';
import { ApiError, client, unwrap } from '../../../api/client';
import type { PlaybookDocument, PlaybookDraft, PlaybookImpact, PlaybookSchema } from '../../../api/types';
import { useI18n } from '../../../state/LocaleContext';
import { useSession } from '../../../state/SessionContext';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatTime } from '../../../format';
import { FieldsForm } from './FieldsForm';
import { ImpactPreview } from './ImpactPreview';
import { RuleDecisionsLink } from './RuleDecisions';
import { RulesForm } from './RulesForm';
import { SchemaField, SettingItem } from './SchemaForm';
import { StagesForm } from './StagesForm';
import { useSettingHelp } from './help';
import { setIn, type Issues, type JsonSchema, type Path } from './schema-types';

/** Sections with a hand-made form; every other section is rendered from the server's JSON Schema. */
const HAND_MADE = new Set(['stages', 'fields', 'rules']);

/** The rules each section's settings drive, by the id their decisions are audited under. */
const SECTION_RULES: Record<string, string[]> = {
  authenticity: ['near_duplicate', 'odd_hours', 'burst', 'no_chat_evidence'],
  health: ['health-inactive', 'health-renewal', 'health-nps'],
  sla: ['lead-response-warning', 'lead-response-breach', 'lead-response-escalation'],
  collaboration: ['card-overdue'],
};

function issuesOf(error: unknown): Issues {
  if (!(error instanceof ApiError) || error.code !== 'PLAYBOOK_INVALID') return {};
  const list = (error.details as { issues?: { path: string; message: string }[] } | undefined)?.issues ?? [];
  const out: Issues = {};
  for (const issue of list) out[issue.path] = out[issue.path] ? `${out[issue.path]}; ${issue.message}` : issue.message;
  return out;
}

/**
 * 手册设计器: every section as a form, edited in a shared draft, validated by the server (its
 * problems shown on the fields), previewed against the current data, then published with a note.
 */
export function PlaybookDesigner({ editable }: { editable: boolean }) {
  const { t } = useI18n();
  const loaded = useLoad(async () => {
    if (!editable) return null;
    const [schema, draft] = await Promise.all([unwrap(client.GET('/api/v1/playbook/schema')), unwrap(client.GET('/api/v1/playbook/draft'))]);
    return { schema, draft };
  }, [editable]);
  if (!editable) return <Alert type="info" showIcon title={t('playbook.readOnly')} />;
  if (!loaded.data) return <Card loading={loaded.loading}>{loaded.error ? <ErrorAlert error={loaded.error} /> : null}</Card>;
  const { draft } = loaded.data;
  // A new draft state (saved elsewhere, published, discarded) starts the editor again.
  return (
    <DesignerEditor key={`${draft.exists}-${draft.baseVersion}-${draft.updatedAt ?? ''}`} schema={loaded.data.schema} initial={draft} reload={loaded.reload} />
  );
}

function DesignerEditor({ schema, initial, reload }: { schema: PlaybookSchema; initial: PlaybookDraft; reload: () => Promise<void> }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { reloadPlaybook, reloadMe } = useSession();
  const help = useSettingHelp();
  const [doc, setDoc] = useState<PlaybookDocument>(initial.document);
  const [draftInfo, setDraftInfo] = useState({ exists: initial.exists, baseVersion: initial.baseVersion, updatedAt: initial.updatedAt });
  const [dirty, setDirty] = useState(false);
  const [section, setSection] = useState('stages');
  const [issues, setIssues] = useState<Issues>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [impact, setImpact] = useState<PlaybookImpact | null>(null);
  const [publishing, setPublishing] = useState(false);
  const [note, setNote] = useState('');
  const load = reload;
  const { locale } = useI18n();
  const templates = useLoad(async () => (await unwrap(client.GET('/api/v1/playbook/templates'))).items, []);

  const onChange = useCallback((path: Path, value: unknown) => {
    setDoc((d) => setIn(d, path, value));
    setDirty(true);
  }, []);

  const run = async (what: string, action: () => Promise<void>) => {
    setBusy(what);
    setError(null);
    try {
      await action();
    } catch (err) {
      setError(err);
      setIssues(issuesOf(err));
    } finally {
      setBusy(null);
    }
  };

  /** Saves the draft: the server validates it as it would a publish. */
  const save = async () => {
    const saved = await unwrap(client.PUT('/api/v1/playbook/draft', { body: doc }));
    setDoc(saved.document);
    setDraftInfo({ exists: true, baseVersion: saved.baseVersion, updatedAt: saved.updatedAt });
    setDirty(false);
    setIssues({});
  };

  const root = schema.jsonSchema as JsonSchema;
  const issueSections = new Set(Object.keys(issues).map((p) => p.split('.')[0]));
  const sectionSchema = root.properties?.[section];

  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Button
          type="primary"
          icon={<SaveOutlined />}
          loading={busy === 'save'}
          disabled={!dirty}
          onClick={() =>
            void run('save', async () => {
              await save();
              message.success(t('designer.saved'));
            })
          }
          data-testid="designer-save"
        >
          {t('designer.saveDraft')}
        </Button>
        <Button
          icon={<CheckOutlined />}
          loading={busy === 'check'}
          onClick={() =>
            void run('check', async () => {
              await unwrap(client.POST('/api/v1/playbook/validate', { body: doc }));
              setIssues({});
              message.success(t('designer.valid'));
            })
          }
          data-testid="designer-check"
        >
          {t('designer.check')}
        </Button>
        <Button
          icon={<EyeOutlined />}
          loading={busy === 'preview'}
          onClick={() =>
            void run('preview', async () => {
              if (dirty || !draftInfo?.exists) await save();
              setImpact(await unwrap(client.POST('/api/v1/playbook/draft/preview')));
            })
          }
          data-testid="designer-preview"
        >
          {t('designer.preview')}
        </Button>
        <Button icon={<SendOutlined />} disabled={!draftInfo?.exists || dirty} onClick={() => setPublishing(true)} data-testid="designer-publish">
          {t('designer.publish')}
        </Button>
        <Select
          placeholder={t('designer.startFromTemplate')}
          style={{ width: 240 }}
          value={null}
          options={(templates.data ?? []).map((tpl) => ({
            value: tpl.key,
            label: locale === 'en' ? tpl.nameEn : tpl.name,
            title: locale === 'en' ? tpl.summaryEn : tpl.summary,
          }))}
          onChange={(key: string) => {
            const template = templates.data?.find((tpl) => tpl.key === key);
            if (!template) return;
            // Loaded into the draft as unsaved edits: saved, previewed and published as any other change.
            setDoc(template.document);
            setDirty(true);
            setIssues({});
          }}
          data-testid="designer-template"
        />
        {draftInfo?.exists ? (
          <Popconfirm
            title={t('designer.discardConfirm')}
            onConfirm={() =>
              void run('discard', async () => {
                await unwrap(client.DELETE('/api/v1/playbook/draft'));
                await load();
              })
            }
          >
            <Button danger icon={<DeleteOutlined />} data-testid="designer-discard">
              {t('designer.discard')}
            </Button>
          </Popconfirm>
        ) : null}
        {draftInfo?.exists ? (
          <Tag color="gold" data-testid="designer-draft-tag">
            {t('designer.draftOf', { version: draftInfo.baseVersion, at: formatTime(draftInfo.updatedAt) })}
          </Tag>
        ) : (
          <Tag>{t('designer.noDraft', { version: draftInfo?.baseVersion ?? '' })}</Tag>
        )}
        {dirty ? <Tag color="orange">{t('designer.unsaved')}</Tag> : null}
      </Space>
      <ErrorAlert error={error} />
      <Row gutter={16}>
        <Col xs={24} md={6}>
          <Menu
            mode="inline"
            selectedKeys={[section]}
            onClick={({ key }) => setSection(key)}
            data-testid="designer-sections"
            items={schema.sections.map((s) => ({
              key: s.key,
              label: (
                <Badge dot={issueSections.has(s.key)} offset={[6, 0]}>
                  <span data-testid={`section-${s.key}`}>{help([s.key]).label}</span>
                </Badge>
              ),
            }))}
          />
        </Col>
        <Col xs={24} md={18}>
          <Card
            title={help([section]).label}
            extra={<Typography.Text type="secondary">{help([section]).help}</Typography.Text>}
            data-testid={`designer-section-${section}`}
          >
            {SECTION_RULES[section] ? (
              <Space wrap style={{ marginBottom: 16 }} data-testid="section-rules">
                <Typography.Text type="secondary">{t('designer.sectionRules')}</Typography.Text>
                {SECTION_RULES[section].map((rule) => (
                  <Space key={rule} size={4}>
                    <Typography.Text code>{rule}</Typography.Text>
                    <RuleDecisionsLink rule={rule} />
                  </Space>
                ))}
              </Space>
            ) : null}
            <Form layout="vertical" component="div">
              {section === 'stages' ? <StagesForm doc={doc} onChange={onChange} issues={issues} /> : null}
              {section === 'fields' ? <FieldsForm doc={doc} onChange={onChange} issues={issues} /> : null}
              {section === 'rules' ? <RulesForm doc={doc} onChange={onChange} issues={issues} /> : null}
              {!HAND_MADE.has(section) && sectionSchema ? (
                sectionSchema.properties ? (
                  <SchemaField schema={sectionSchema} path={[section]} value={(doc as Record<string, unknown>)[section]} onChange={onChange} issues={issues} />
                ) : (
                  <SettingItem path={[section]} issues={issues}>
                    <SchemaField
                      schema={sectionSchema}
                      path={[section]}
                      value={(doc as Record<string, unknown>)[section]}
                      onChange={onChange}
                      issues={issues}
                    />
                  </SettingItem>
                )
              ) : null}
            </Form>
          </Card>
        </Col>
      </Row>
      <Drawer
        open={Boolean(impact)}
        onClose={() => setImpact(null)}
        title={t('designer.previewTitle', { version: impact?.activeVersion ?? '' })}
        size="large"
        width={900}
      >
        {impact ? <ImpactPreview impact={impact} /> : null}
      </Drawer>
      <Modal
        open={publishing}
        title={t('designer.publishTitle')}
        okText={t('designer.publish')}
        okButtonProps={{ 'data-testid': 'publish-confirm', loading: busy === 'publish' }}
        onCancel={() => setPublishing(false)}
        onOk={() =>
          void run('publish', async () => {
            const published = await unwrap(client.POST('/api/v1/playbook/draft/publish', { body: { note: note.trim() || undefined } }));
            setPublishing(false);
            setNote('');
            message.success(t('playbook.saved', { version: published.version }));
            await Promise.all([reloadPlaybook(), reloadMe(), load()]);
          })
        }
      >
        <Typography.Paragraph type="secondary">{t('designer.publishHint')}</Typography.Paragraph>
        <Input.TextArea
          value={note}
          onChange={(e) => setNote(e.target.value)}
          maxLength={500}
          placeholder={t('designer.notePlaceholder')}
          data-testid="publish-note"
        />
      </Modal>
    </>
  );
}
