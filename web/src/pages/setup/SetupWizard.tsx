import { useState } from 'react';
import { Alert, App, Button, Card, Input, Radio, Result, Select, Space, Steps, Table, Typography, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import { client, formData, orgTemplateUrl, unwrap } from '../../api/client';
import type { OrgImportResult, PlaybookDocument } from '../../api/types';
import { useLoad } from '../../hooks/useLoad';
import { useSubmit } from '../../hooks/useSubmit';
import { useI18n } from '../../state/LocaleContext';
import { useSession } from '../../state/SessionContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';

/**
 * 初始化向导: an empty install to a running company — name and template, regions and product
 * lines (published as the first playbook version), teams and users from a sheet, the team's
 * Feishu/WeCom bot with a test message.
 */
export function SetupWizard() {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { reloadPlaybook, reloadMe } = useSession();
  const templates = useLoad(async () => (await unwrap(client.GET('/api/v1/playbook/templates'))).items, []);
  const [step, setStep] = useState(0);
  const [company, setCompany] = useState('');
  const [templateKey, setTemplateKey] = useState('b2b_manufacturing');
  const [regions, setRegions] = useState<string[] | null>(null);
  const [productLines, setProductLines] = useState<string[] | null>(null);
  const [imported, setImported] = useState<OrgImportResult | null>(null);
  const [teamId, setTeamId] = useState<string | null>(null);
  const [botKind, setBotKind] = useState<'feishu' | 'wecom'>('feishu');
  const [botUrl, setBotUrl] = useState('');
  const [queued, setQueued] = useState<number | null>(null);
  const { busy, error, run } = useSubmit();
  const teams = useLoad(async () => (step >= 3 ? (await unwrap(client.GET('/api/v1/teams'))).items : []), [step]);

  const template = templates.data?.find((x) => x.key === templateKey);
  /** The template with the company's name, regions and product lines, published as a new version. */
  const publishPlaybook = async () => {
    if (!template) return;
    const document: PlaybookDocument = {
      ...template.document,
      name: company.trim() ? `${company.trim()} · ${template.document.name}` : template.document.name,
      regions: regions ?? template.document.regions,
      productLines: productLines ?? template.document.productLines,
    };
    await unwrap(client.PUT('/api/v1/playbook/draft', { body: document }));
    await unwrap(client.POST('/api/v1/playbook/draft/publish', { body: { note: t('setup.publishNote', { template: template.name }) } }));
    await Promise.all([reloadPlaybook(), reloadMe()]);
  };

  const steps = [
    {
      title: t('setup.stepCompany'),
      content: (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Text>{t('setup.companyName')}</Typography.Text>
          <Input value={company} onChange={(e) => setCompany(e.target.value)} maxLength={60} data-testid="setup-company" style={{ maxWidth: 420 }} />
          <Typography.Text>{t('setup.template')}</Typography.Text>
          <Radio.Group
            value={templateKey}
            onChange={(e) => {
              setTemplateKey(e.target.value as string);
              setRegions(null);
              setProductLines(null);
            }}
          >
            <Space direction="vertical">
              {(templates.data ?? []).map((x) => (
                <Radio key={x.key} value={x.key} data-testid={`setup-template-${x.key}`}>
                  <b>{locale === 'en' ? x.nameEn : x.name}</b> — <Typography.Text type="secondary">{locale === 'en' ? x.summaryEn : x.summary}</Typography.Text>
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        </Space>
      ),
      next: () => Promise.resolve(),
    },
    {
      title: t('setup.stepLists'),
      content: (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Text>{t('setup.regions')}</Typography.Text>
          <Select mode="tags" value={regions ?? template?.document.regions ?? []} onChange={setRegions} style={{ width: '100%' }} data-testid="setup-regions" />
          <Typography.Text>{t('setup.productLines')}</Typography.Text>
          <Select
            mode="tags"
            value={productLines ?? template?.document.productLines ?? []}
            onChange={setProductLines}
            style={{ width: '100%' }}
            data-testid="setup-product-lines"
          />
          <Typography.Paragraph type="secondary">{t('setup.listsHint')}</Typography.Paragraph>
        </Space>
      ),
      next: publishPlaybook,
    },
    {
      title: t('setup.stepTeams'),
      content: (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Paragraph>{t('setup.teamsHint')}</Typography.Paragraph>
          <Space>
            <Button icon={<DownloadOutlined />} href={orgTemplateUrl} download data-testid="setup-sheet-template">
              {t('setup.downloadTemplate')}
            </Button>
            <Upload
              accept=".xlsx,.csv"
              showUploadList={false}
              beforeUpload={(file) => {
                void run(async () => {
                  setImported(await unwrap(client.POST('/api/v1/setup/org-import', { body: { file }, bodySerializer: formData })));
                });
                return false;
              }}
            >
              <Button icon={<UploadOutlined />} loading={busy} data-testid="setup-sheet-upload">
                {t('setup.uploadSheet')}
              </Button>
            </Upload>
          </Space>
          {imported ? (
            <>
              <Alert
                type={imported.errors.length ? 'warning' : 'success'}
                showIcon
                data-testid="setup-import-result"
                title={t('setup.imported', { teams: imported.teams.length, users: imported.users.length, failed: imported.errors.length })}
                description={imported.errors.map((e) => `${t('setup.row', { row: e.row })}: ${e.message}`).join('\n') || t('setup.passwordsOnce')}
              />
              <Table
                size="small"
                rowKey="username"
                pagination={false}
                dataSource={imported.users}
                data-testid="setup-users"
                columns={[
                  { title: t('setup.team'), dataIndex: 'team' },
                  { title: t('setup.username'), dataIndex: 'username' },
                  { title: t('setup.displayName'), dataIndex: 'displayName' },
                  { title: t('setup.role'), dataIndex: 'role' },
                  {
                    title: t('setup.firstPassword'),
                    dataIndex: 'password',
                    render: (v: string) => (
                      <Typography.Text copyable code>
                        {v}
                      </Typography.Text>
                    ),
                  },
                ]}
              />
            </>
          ) : null}
        </Space>
      ),
      next: () => Promise.resolve(),
    },
    {
      title: t('setup.stepBot'),
      content: (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Paragraph>{t('setup.botHint')}</Typography.Paragraph>
          <Select
            placeholder={t('setup.team')}
            value={teamId ?? undefined}
            onChange={setTeamId}
            options={(teams.data ?? []).map((x) => ({ value: x.id, label: x.name, title: x.name }))}
            style={{ width: 260 }}
            data-testid="setup-bot-team"
          />
          <Radio.Group value={botKind} onChange={(e) => setBotKind(e.target.value as 'feishu' | 'wecom')}>
            <Radio value="feishu">{t('setup.feishu')}</Radio>
            <Radio value="wecom" data-testid="setup-bot-wecom">
              {t('setup.wecom')}
            </Radio>
          </Radio.Group>
          <Input value={botUrl} onChange={(e) => setBotUrl(e.target.value)} placeholder="https://…" data-testid="setup-bot-url" />
          <Button
            loading={busy}
            disabled={!teamId || !botUrl.trim()}
            data-testid="setup-bot-test"
            onClick={() =>
              void run(async () => {
                await unwrap(client.PUT('/api/v1/teams/{id}/channels', { params: { path: { id: teamId! } }, body: { [botKind]: { url: botUrl.trim() } } }));
                const answer = await unwrap(client.POST('/api/v1/teams/{id}/channels/test', { params: { path: { id: teamId! } } }));
                setQueued(answer.queued);
              })
            }
          >
            {t('setup.sendTest')}
          </Button>
          {queued !== null ? <Alert type="success" showIcon title={t('setup.testQueued', { n: queued })} data-testid="setup-bot-result" /> : null}
        </Space>
      ),
      next: () => Promise.resolve(),
    },
  ];

  const done = step >= steps.length;
  return (
    <>
      <PageHeader title={t('setup.title')} sub={t('setup.sub')} />
      <Card>
        <Steps current={step} items={[...steps.map((s) => ({ title: s.title })), { title: t('setup.stepDone') }]} style={{ marginBottom: 24 }} />
        <ErrorAlert error={error} />
        {done ? (
          <Result
            status="success"
            title={t('setup.doneTitle')}
            subTitle={t('setup.doneSub')}
            data-testid="setup-done"
            extra={
              <Button type="primary" onClick={() => void navigate('/')} data-testid="setup-home">
                {t('setup.goHome')}
              </Button>
            }
          />
        ) : (
          <>
            {steps[step].content}
            <Space style={{ marginTop: 24 }}>
              {step > 0 ? <Button onClick={() => setStep(step - 1)}>{t('setup.back')}</Button> : null}
              <Button
                type="primary"
                loading={busy}
                data-testid="setup-next"
                onClick={() =>
                  void run(async () => {
                    await steps[step].next();
                    if (step === 1) message.success(t('setup.published'));
                    setStep(step + 1);
                  })
                }
              >
                {step === steps.length - 1 ? t('setup.finish') : t('setup.next')}
              </Button>
            </Space>
          </>
        )}
      </Card>
    </>
  );
}

/** On the home page of an administrator while the install is empty: the way into the wizard. */
export function SetupBanner() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const status = useLoad(async () => unwrap(client.GET('/api/v1/setup')), []);
  if (!status.data?.needed) return null;
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      title={t('setup.bannerTitle')}
      description={t('setup.bannerText')}
      data-testid="setup-banner"
      action={
        <Button type="primary" onClick={() => void navigate('/setup')} data-testid="setup-start">
          {t('setup.start')}
        </Button>
      }
    />
  );
}
