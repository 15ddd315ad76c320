import { useRef, useState } from 'react';
import { Alert, App, Button, Card, Tabs, Tag } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { client, playbookExportUrl, unwrap } from '../../api/client';
import type { PlaybookDocumentInput } from '../../api/types';
import { useI18n } from '../../state/LocaleContext';
import { useMe, useSession } from '../../state/SessionContext';
import { can } from '../../state/permissions';
import { PageHeader } from '../../components/PageHeader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PlaybookOverview } from './PlaybookOverview';
import { PlaybookJsonEditor } from './PlaybookJsonEditor';
import { PlaybookVersions } from './PlaybookVersions';
import { PlaybookDesigner } from './designer/PlaybookDesigner';

export function PlaybookPage() {
  const me = useMe();
  const { playbook, reloadPlaybook } = useSession();
  const { t } = useI18n();
  const { message } = App.useApp();
  const editable = can.editPlaybook(me);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  if (!playbook) return <Card loading />;

  const save = async (doc: unknown) => {
    setSaving(true);
    setError(null);
    try {
      // Edited or imported JSON: the server validates it and answers 422 with the reasons.
      const saved = await unwrap(client.PUT('/api/v1/playbook', { body: doc as PlaybookDocumentInput }));
      message.success(t('playbook.saved', { version: saved.version }));
      await reloadPlaybook();
    } catch (err) {
      setError(err);
    } finally {
      setSaving(false);
    }
  };

  const importFile = async (file: File) => {
    setError(null);
    let doc: unknown;
    try {
      doc = JSON.parse(await file.text());
    } catch (err) {
      setError(new Error(t('playbook.invalidJson', { message: err instanceof Error ? err.message : String(err) })));
      return;
    }
    await save(doc);
  };

  return (
    <>
      <PageHeader
        title={t('playbook.title')}
        sub={
          <>
            {playbook.document.name}{' '}
            <Tag color="blue" data-testid="playbook-version">
              {t('playbook.version', { version: playbook.version })}
            </Tag>
          </>
        }
        extra={
          <>
            <Button icon={<DownloadOutlined />} href={playbookExportUrl} download data-testid="playbook-export">
              {t('playbook.export')}
            </Button>
            {editable ? (
              <>
                <Button icon={<UploadOutlined />} loading={saving} onClick={() => fileInput.current?.click()} data-testid="playbook-import">
                  {t('playbook.import')}
                </Button>
                <input
                  ref={fileInput}
                  type="file"
                  accept="application/json,.json"
                  hidden
                  data-testid="playbook-import-input"
                  onChange={(event) => {
                    const file = event.target.files?.[0];
                    event.target.value = '';
                    if (file) void importFile(file);
                  }}
                />
              </>
            ) : null}
          </>
        }
      />
      {!editable ? <Alert type="info" showIcon title={t('playbook.readOnly')} style={{ marginBottom: 16 }} /> : null}
      <ErrorAlert error={error} title={error ? t('playbook.validationFailed') : undefined} />
      <Tabs
        items={[
          { key: 'overview', label: t('playbook.overview'), children: <PlaybookOverview doc={playbook.document} /> },
          ...(editable ? [{ key: 'designer', label: t('designer.tab'), children: <PlaybookDesigner editable={editable} /> }] : []),
          {
            key: 'json',
            label: t('playbook.jsonEditor'),
            children: (
              <PlaybookJsonEditor key={playbook.version} doc={playbook.document} editable={editable} saving={saving} onSave={(doc) => void save(doc)} />
            ),
          },
          { key: 'versions', label: t('playbook.versions'), children: <PlaybookVersions currentVersion={playbook.version} editable={editable} /> },
        ]}
      />
    </>
  );
}
