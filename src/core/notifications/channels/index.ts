import type { ChannelTarget, DeliveryResult, OutboundMessage, SendOptions, WebhookEventBody } from '../message.js';
import { sendEmail, type EmailTransportConfig } from './email.js';
import { sendFeishu } from './feishu.js';
import { sendWebhook } from './signed-webhook.js';
import { sendWecom } from './wecom.js';

export interface DeliverOptions extends SendOptions {
  /** The SMTP server; absent when the deployment has no SMTP_URL. */
  email?: EmailTransportConfig;
}

/**
 * Sends one message to one target (an outgoing webhook carries its event body instead of a
 * message). Never throws: every outcome is a DeliveryResult.
 */
export async function deliver(target: ChannelTarget, message: OutboundMessage | WebhookEventBody, options: DeliverOptions): Promise<DeliveryResult> {
  if (target.channel === 'webhook') return sendWebhook(target, message as WebhookEventBody, options);
  const notice = message as OutboundMessage;
  switch (target.channel) {
    case 'feishu':
      return sendFeishu(target, notice, options);
    case 'wecom':
      return sendWecom(target, notice, options);
    case 'email':
      // Retrying cannot help until an administrator configures SMTP.
      if (!options.email) return { ok: false, retryable: false, error: '系统未配置 SMTP 发信服务（SMTP_URL），无法发送邮件' };
      return sendEmail(options.email, target.to, notice, options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs });
  }
}
