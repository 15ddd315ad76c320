import type { ChannelTarget, DeliveryResult, OutboundMessage, SendOptions } from '../message.js';
import { sendEmail, type EmailTransportConfig } from './email.js';
import { sendFeishu } from './feishu.js';
import { sendWecom } from './wecom.js';

export interface DeliverOptions extends SendOptions {
  /** The SMTP server; absent when the deployment has no SMTP_URL. */
  email?: EmailTransportConfig;
}

/** Sends one message to one target. Never throws: every outcome is a DeliveryResult. */
export async function deliver(target: ChannelTarget, message: OutboundMessage, options: DeliverOptions): Promise<DeliveryResult> {
  switch (target.channel) {
    case 'feishu':
      return sendFeishu(target, message, options);
    case 'wecom':
      return sendWecom(target, message, options);
    case 'email':
      // Retrying cannot help until an administrator configures SMTP.
      if (!options.email) return { ok: false, retryable: false, error: '系统未配置 SMTP 发信服务（SMTP_URL），无法发送邮件' };
      return sendEmail(options.email, target.to, message, options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs });
  }
}
