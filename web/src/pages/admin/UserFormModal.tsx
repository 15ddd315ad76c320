import { useEffect, useState } from 'react';
import { App, Form, Input, Modal, Select, Switch } from 'antd';
import { client, unwrap } from '../../api/client';
import { useI18n } from '../../state/LocaleContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useChanged } from '../../hooks/useChanged';
import { TeamSelect } from '../../components/TeamSelect';
import { usePlaybook } from '../../state/usePlaybook';
import { buttonTestId } from '../../components/testIds';
import type { Role, User } from '../../api/types';

/** Every role the API knows, in the order offered (`satisfies` makes sure none is missing or unknown). */
const ROLES = Object.keys({
  sales: true,
  supervisor: true,
  regional_manager: true,
  director: true,
  product: true,
  delivery: true,
  finance: true,
  admin: true,
} satisfies Record<Role, true>) as Role[];

interface UserForm {
  username: string;
  password?: string;
  displayName: string;
  role: Role;
  teamId?: string | null;
  region?: string | null;
  active: boolean;
}

/** `user` undefined = closed, null = create, a user = edit. */
export function UserFormModal({ user, onClose, onSaved }: { user: User | null | undefined; onClose: () => void; onSaved: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<UserForm>();
  const playbook = usePlaybook();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const creating = user === null;

  // Another user (or opening the form) starts without the last error.
  if (useChanged(user)) setError(null);
  useEffect(() => {
    if (user === undefined) return;
    form.resetFields();
    form.setFieldsValue(
      user
        ? { username: user.username, displayName: user.displayName, role: user.role, teamId: user.teamId, region: user.region, active: user.active }
        : { role: 'sales', active: true, teamId: null, region: null },
    );
  }, [user, form]);

  const submit = async () => {
    const values = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      if (user) {
        const { displayName, role, teamId, region, active } = values;
        await unwrap(
          client.PATCH('/api/v1/users/{id}', {
            params: { path: { id: user.id } },
            body: { displayName, role, teamId: teamId ?? null, region: region ?? null, active },
          }),
        );
      } else {
        await unwrap(
          client.POST('/api/v1/users', { body: { ...values, password: values.password ?? '', teamId: values.teamId ?? null, region: values.region ?? null } }),
        );
      }
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
      open={user !== undefined}
      title={creating ? t('admin.users.create') : t('admin.users.edit')}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={busy}
      okButtonProps={buttonTestId('user-submit')}
      forceRender
    >
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical">
        <Form.Item name="username" label={t('admin.user.username')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input disabled={!creating} autoComplete="off" data-testid="user-username" />
        </Form.Item>
        {creating ? (
          <Form.Item name="password" label={t('admin.user.password')} rules={[{ required: true, min: 10, message: t('admin.user.passwordRule') }]}>
            <Input.Password autoComplete="new-password" data-testid="user-password" />
          </Form.Item>
        ) : null}
        <Form.Item name="displayName" label={t('admin.user.displayName')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input data-testid="user-display-name" />
        </Form.Item>
        <Form.Item name="role" label={t('admin.user.role')} rules={[{ required: true }]}>
          <Select options={ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }))} data-testid="user-role" />
        </Form.Item>
        <Form.Item name="teamId" label={t('admin.user.team')}>
          <TeamSelect />
        </Form.Item>
        <Form.Item name="region" label={t('admin.user.region')} extra={t('admin.user.regionHint')}>
          <Select allowClear options={playbook.regionOptions} placeholder={t('admin.user.regionNone')} data-testid="user-region" />
        </Form.Item>
        <Form.Item name="active" label={t('admin.user.active')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
