import { useEffect, useState } from 'react';
import { App, Form, Input, Modal, Select } from 'antd';
import { client, unwrap } from '../../api/client';
import { normalizeLocale } from '../../i18n';
import { useI18n } from '../../state/LocaleContext';
import { usePlaybook } from '../../state/usePlaybook';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useChanged } from '../../hooks/useChanged';
import { TeamSelect } from '../../components/TeamSelect';
import { UserSelect } from '../../components/UserSelect';
import { buttonTestId } from '../../components/testIds';
import type { Locale, Team } from '../../api/types';

interface TeamForm {
  name: string;
  region: string;
  supervisorId?: string | null;
  parentTeamId?: string | null;
  locale: Locale;
}

/** Each language in its own words. */
const LANGUAGES: { value: Locale; label: string }[] = [
  { value: 'zh-CN', label: '中文' },
  { value: 'en', label: 'English' },
];

/** `team` undefined = closed, null = create, a team = edit. */
export function TeamFormModal({ team, onClose, onSaved }: { team: Team | null | undefined; onClose: () => void; onSaved: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const playbook = usePlaybook();
  const [form] = Form.useForm<TeamForm>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  // Another team (or opening the form) starts without the last error.
  if (useChanged(team)) setError(null);
  useEffect(() => {
    if (team === undefined) return;
    form.setFieldsValue(
      team
        ? { name: team.name, region: team.region, supervisorId: team.supervisorId, parentTeamId: team.parentTeamId, locale: normalizeLocale(team.locale) }
        : { name: '', region: playbook.regionOptions[0]?.value, supervisorId: null, parentTeamId: null, locale: 'zh-CN' },
    );
  }, [team, form, playbook.regionOptions]);

  const submit = async () => {
    const values = await form.validateFields();
    const body = { ...values, supervisorId: values.supervisorId ?? null, parentTeamId: values.parentTeamId ?? null };
    setBusy(true);
    setError(null);
    try {
      if (team) await unwrap(client.PATCH('/api/v1/teams/{id}', { params: { path: { id: team.id } }, body }));
      else await unwrap(client.POST('/api/v1/teams', { body }));
      message.success(t('common.saved'));
      onSaved();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={team !== undefined}
      title={team ? t('admin.teams.edit') : t('admin.teams.create')}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={busy}
      okButtonProps={buttonTestId('team-submit')}
      forceRender
    >
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical">
        <Form.Item name="name" label={t('common.name')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input data-testid="team-name" />
        </Form.Item>
        <Form.Item name="region" label={t('common.region')} rules={[{ required: true, message: t('common.required') }]}>
          <Select options={playbook.regionOptions} />
        </Form.Item>
        <Form.Item name="supervisorId" label={t('admin.team.supervisor')}>
          <UserSelect allowClear roles={['supervisor', 'regional_manager', 'director']} />
        </Form.Item>
        <Form.Item name="parentTeamId" label={t('admin.team.parent')}>
          <TeamSelect excludeId={team?.id} />
        </Form.Item>
        <Form.Item name="locale" label={t('admin.team.locale')} extra={t('admin.team.localeHint')}>
          <Select options={LANGUAGES} data-testid="team-locale" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
