import { useEffect, useState } from 'react';
import { App, Form, Input, Modal, Select, Switch } from 'antd';
import { api } from '../../api';
import { useI18n } from '../../state/LocaleContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TeamSelect } from '../../components/TeamSelect';
import { buttonTestId } from '../../components/testIds';
import { ALL_ROLES } from '../../roles';
import type { Id, Role, User } from '../../types';

interface UserForm {
  username: string;
  password?: string;
  displayName: string;
  role: Role;
  teamId?: Id | null;
  active: boolean;
}

/** `user` undefined = closed, null = create, a user = edit. */
export function UserFormModal({ user, onClose, onSaved }: { user: User | null | undefined; onClose(): void; onSaved(): void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<UserForm>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const creating = user === null;

  useEffect(() => {
    setError(null);
    if (user === undefined) return;
    form.resetFields();
    form.setFieldsValue(
      user
        ? { username: user.username, displayName: user.displayName, role: user.role, teamId: user.teamId, active: user.active }
        : { role: 'sales', active: true, teamId: null },
    );
  }, [user, form]);

  const submit = async () => {
    const values = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      if (user) {
        const { displayName, role, teamId, active } = values;
        await api.patch(`/users/${user.id}`, { displayName, role, teamId: teamId ?? null, active });
      } else {
        await api.post('/users', { ...values, teamId: values.teamId ?? null });
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
      onOk={submit}
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
          <Form.Item name="password" label={t('admin.user.password')} rules={[{ required: true, min: 8 }]}>
            <Input.Password autoComplete="new-password" data-testid="user-password" />
          </Form.Item>
        ) : null}
        <Form.Item name="displayName" label={t('admin.user.displayName')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input data-testid="user-display-name" />
        </Form.Item>
        <Form.Item name="role" label={t('admin.user.role')} rules={[{ required: true }]}>
          <Select options={ALL_ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }))} data-testid="user-role" />
        </Form.Item>
        <Form.Item name="teamId" label={t('admin.user.team')}>
          <TeamSelect />
        </Form.Item>
        <Form.Item name="active" label={t('admin.user.active')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
