import { useEffect, useState } from 'react';
import { App, Button, Divider, Form, Input, Modal, Select, Spin, Tag } from 'antd';
import { SendOutlined } from '@ant-design/icons';
import { client, errorMessage, unwrap } from '../../api/client';
import { useI18n } from '../../state/LocaleContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useChanged } from '../../hooks/useChanged';
import { buttonTestId } from '../../components/testIds';
import type { SetTeamChannelsRequest, Team, TeamChannels } from '../../api/types';

interface ChannelForm {
  feishuUrl?: string;
  feishuSecret?: string;
  wecomUrl?: string;
  emailTo?: string[];
}

const URL_PATTERN = /^https?:\/\/\S+$/;

/**
 * A team's Feishu / WeCom group robots and e-mail recipients. The server only ever returns masked
 * URLs, so an unchanged (masked) URL is left out of the update and the stored one is kept.
 */
export function TeamChannelsModal({ team, onClose }: { team: Team | null; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<ChannelForm>();
  const [current, setCurrent] = useState<TeamChannels | null>(null);
  const [loading, setLoading] = useState(Boolean(team));
  const [busy, setBusy] = useState(false);
  const [testing, setTesting] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const adopt = (channels: TeamChannels) => {
    setCurrent(channels);
    form.setFieldsValue({ feishuUrl: channels.feishu?.url ?? '', feishuSecret: '', wecomUrl: channels.wecom?.url ?? '', emailTo: channels.email?.to ?? [] });
  };

  // Another team starts empty, without the last error, while its channels load.
  if (useChanged(team)) {
    setError(null);
    setCurrent(null);
    if (team) setLoading(true);
  }
  useEffect(() => {
    form.resetFields();
    if (!team) return;
    unwrap(client.GET('/api/v1/teams/{id}/channels', { params: { path: { id: team.id } } }))
      .then(adopt)
      .catch(setError)
      .finally(() => setLoading(false));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [team, form]);

  const urlRule = (unchanged: string | undefined) => ({
    validator: async (_rule: unknown, value: string | undefined) => {
      const text = value?.trim() ?? '';
      if (!text || text === unchanged || URL_PATTERN.test(text)) return;
      throw new Error(t('channels.invalidUrl'));
    },
  });

  const submit = async () => {
    const values = await form.validateFields();
    const body: SetTeamChannelsRequest = {};
    const feishuUrl = values.feishuUrl?.trim() ?? '';
    const secret = values.feishuSecret?.trim() ?? '';
    if (!feishuUrl) body.feishu = null;
    else if (feishuUrl !== current?.feishu?.url) body.feishu = secret ? { url: feishuUrl, secret } : { url: feishuUrl };
    else if (secret) {
      form.setFields([{ name: 'feishuUrl', errors: [t('channels.reenterUrl')] }]);
      return;
    }
    const wecomUrl = values.wecomUrl?.trim() ?? '';
    if (!wecomUrl) body.wecom = null;
    else if (wecomUrl !== current?.wecom?.url) body.wecom = { url: wecomUrl };
    const to = (values.emailTo ?? []).map((v) => v.trim()).filter(Boolean);
    body.email = to.length ? { to } : null;

    setBusy(true);
    setError(null);
    try {
      adopt(await unwrap(client.PUT('/api/v1/teams/{id}/channels', { params: { path: { id: team!.id } }, body })));
      message.success(t('common.saved'));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const sendTest = async () => {
    setTesting(true);
    try {
      const { queued } = await unwrap(client.POST('/api/v1/teams/{id}/channels/test', { params: { path: { id: team!.id } } }));
      if (queued === 0) message.warning(t('channels.noneConfigured'));
      else message.success(t('channels.testQueued', { n: queued }));
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setTesting(false);
    }
  };

  return (
    <Modal
      open={team !== null}
      title={t('channels.title', { team: team?.name ?? '' })}
      onCancel={onClose}
      forceRender
      footer={[
        <Button key="test" icon={<SendOutlined />} loading={testing} onClick={() => void sendTest()} data-testid="channels-test">
          {t('channels.test')}
        </Button>,
        <Button key="cancel" onClick={onClose} data-testid="channels-close">
          {t('common.close')}
        </Button>,
        <Button key="save" type="primary" loading={busy} onClick={() => void submit()} {...buttonTestId('channels-save')}>
          {t('common.save')}
        </Button>,
      ]}
    >
      <ErrorAlert error={error} />
      <Spin spinning={loading}>
        <Form form={form} layout="vertical">
          <Divider titlePlacement="start">{t('channels.feishu')}</Divider>
          <Form.Item name="feishuUrl" label={t('channels.webhookUrl')} rules={[urlRule(current?.feishu?.url)]} extra={t('channels.maskedHint')}>
            <Input allowClear placeholder="https://open.feishu.cn/open-apis/bot/v2/hook/…" data-testid="channels-feishu-url" />
          </Form.Item>
          <Form.Item
            name="feishuSecret"
            label={
              <>
                {t('channels.secret')}
                {current?.feishu?.hasSecret ? (
                  <Tag color="green" style={{ marginInlineStart: 8 }}>
                    {t('channels.secretSet')}
                  </Tag>
                ) : null}
              </>
            }
          >
            <Input.Password
              autoComplete="new-password"
              placeholder={current?.feishu?.hasSecret ? t('channels.secretKeep') : t('channels.secretOptional')}
              data-testid="channels-feishu-secret"
            />
          </Form.Item>
          <Divider titlePlacement="start">{t('channels.wecom')}</Divider>
          <Form.Item name="wecomUrl" label={t('channels.webhookUrl')} rules={[urlRule(current?.wecom?.url)]}>
            <Input allowClear placeholder="https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…" data-testid="channels-wecom-url" />
          </Form.Item>
          <Divider titlePlacement="start">{t('channels.email')}</Divider>
          <Form.Item
            name="emailTo"
            label={t('channels.emailTo')}
            rules={[{ type: 'array', defaultField: { type: 'email', message: t('channels.invalidEmail') } }]}
          >
            <Select
              mode="tags"
              tokenSeparators={[',', ';', ' ']}
              open={false}
              suffixIcon={null}
              placeholder="sales-east@example.com"
              data-testid="channels-email"
            />
          </Form.Item>
        </Form>
      </Spin>
    </Modal>
  );
}
