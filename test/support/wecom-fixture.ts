import { sh } from './time.js';

/**
 * A realistic WeCom archive export (会话存档 SDK records) for three customers:
 * - 甲 (contacts wmA01 王总, wmA02 李经理) talks to zhangsan (rep1): prices, delivery time, after-sales,
 *   with a phone number, an ID-card number, a bank-card number and an e-mail in the texts, an image,
 *   a file, a link, a chat record, a location, and a message recalled after it was sent;
 * - 乙 (wmB01) in a group chat with wangwu (rep3) and an unmapped contact: payment and quality;
 * - 丙 (wmC01) talks to lisi (rep2), withdraws consent (disagree), then agrees again;
 * plus a switch record, an unknown type, a message from an unmapped contact, a duplicate and an
 * unreadable record. Times are Shanghai wall times in the week of 2026-11-16.
 */
export const RAW = {
  phone: '13812341234',
  phoneFormatted: '+86 138-1234-1234',
  idCard: '11010519491231002X',
  bankCard: '6222021234567890128',
  email: 'zhangsan@example.com',
  street: '科苑路15号',
  placeName: '科兴科学园',
} as const;

const ms = (local: string) => sh(local).getTime();

export const T = {
  a1: ms('2026-11-18T09:00:00'),
  a6: ms('2026-11-18T15:00:00'),
  b11: ms('2026-11-19T10:00:00'),
  b22: ms('2026-11-19T11:30:00'),
  c13: ms('2026-11-18T10:00:00'),
  cDisagree: ms('2026-11-19T09:00:00'),
  cAgree: ms('2026-11-20T16:00:00'),
  c18: ms('2026-11-21T10:00:00'),
};

const one = (msgid: string, from: string, to: string, msgtime: number, msgtype: string, body: Record<string, unknown>) => ({
  msgid,
  action: 'send',
  from,
  tolist: [to],
  roomid: '',
  msgtime,
  msgtype,
  ...body,
});

export function archiveFixture(): unknown[] {
  return [
    one('msg-a1', 'wmA01', 'zhangsan', T.a1, 'text', {
      text: { content: `张经理，你们的报价太贵了，交付周期能不能缩短？我电话 ${RAW.phoneFormatted}` },
    }),
    one('msg-a2', 'zhangsan', 'wmA01', T.a1 + 60_000, 'text', { text: { content: `王总，价格可以申请折扣，方案发您邮箱了，我的邮箱 ${RAW.email}` } }),
    one('msg-a3', 'wmA01', 'zhangsan', T.a1 + 120_000, 'image', { image: { md5sum: '0b4a5f', filesize: 68, sdkfileid: 'SDK-IMG-1' } }),
    one('msg-a4', 'wmA02', 'zhangsan', T.a1 + 180_000, 'file', {
      file: { md5sum: 'f1', filename: `身份证${RAW.idCard}.pdf`, fileext: 'pdf', filesize: 120, sdkfileid: 'SDK-FILE-1' },
    }),
    one('msg-a5', 'zhangsan', 'wmA01', T.a1 + 240_000, 'link', {
      link: { title: '产品白皮书', description: `下载后致电 ${RAW.phone}`, link_url: `https://docs.example.com/paper?mobile=${RAW.phone}`, image_url: '' },
    }),
    one('msg-a6', 'wmA01', 'zhangsan', T.a6, 'chatrecord', {
      chatrecord: {
        title: '王总和采购的聊天记录',
        item: [
          { type: 'ChatRecordText', msgtime: T.a6 - 3_600_000, content: JSON.stringify({ content: '售后服务怎么保障？' }), from_chatroom: false },
          { type: 'ChatRecordText', msgtime: T.a6 - 3_500_000, content: JSON.stringify({ content: `预付款打到卡号${RAW.bankCard}` }), from_chatroom: false },
        ],
      },
    }),
    one('msg-a7', 'wmA01', 'zhangsan', T.a6 + 60_000, 'location', {
      location: { longitude: 113.943, latitude: 22.54, address: `广东省深圳市南山区${RAW.street}`, title: RAW.placeName, zoom: 15 },
    }),
    one('msg-a9', 'wmA01', 'zhangsan', T.a6 + 120_000, 'text', { text: { content: `质量有问题，身份证 ${RAW.idCard} 是我的` } }),
    {
      msgid: 'msg-a8-recall',
      action: 'recall',
      from: 'wmA01',
      tolist: ['zhangsan'],
      roomid: '',
      msgtime: T.a6 + 150_000,
      msgtype: 'revoke',
      revoke: { pre_msgid: 'msg-a9' },
    },
    { msgid: 'msg-switch-1', action: 'switch', time: T.a6 + 200_000, user: 'zhangsan' },
    {
      msgid: 'msg-b11',
      action: 'send',
      from: 'wmB01',
      tolist: ['wangwu', 'wmB02'],
      roomid: 'wrRoomB',
      msgtime: T.b11,
      msgtype: 'text',
      text: { content: '付款能分期吗？发票什么时候开？' },
    },
    {
      msgid: 'msg-b12',
      action: 'send',
      from: 'wangwu',
      tolist: ['wmB01', 'wmB02'],
      roomid: 'wrRoomB',
      msgtime: T.b11 + 60_000,
      msgtype: 'text',
      text: { content: '好的，我确认一下账期再回复您' },
    },
    {
      msgid: 'msg-b22',
      action: 'send',
      from: 'wmB01',
      tolist: ['wangwu'],
      roomid: '',
      msgtime: T.b22,
      msgtype: 'mixed',
      mixed: {
        item: [
          { type: 'text', content: JSON.stringify({ content: '这批货质量怎么样？' }) },
          { type: 'image', content: JSON.stringify({ md5sum: 'm1', filesize: 68, sdkfileid: 'SDK-MIX-1' }) },
        ],
      },
    },
    one('msg-c13', 'wmC01', 'lisi', T.c13, 'text', { text: { content: '竞品报价比你们低两成' } }),
    one('msg-c14', 'wmC01', 'lisi', T.c13 + 60_000, 'text', { text: { content: '我们还需要操作培训' } }),
    one('msg-c15', 'wmC01', 'lisi', T.cDisagree, 'disagree', { disagree: { userid: 'wmC01', disagree_time: T.cDisagree } }),
    one('msg-c16', 'wmC01', 'lisi', T.cDisagree + 3_600_000, 'text', { text: { content: '价格再谈谈' } }),
    one('msg-c17', 'wmC01', 'lisi', T.cAgree, 'agree', { agree: { userid: 'wmC01', agree_time: T.cAgree } }),
    one('msg-c18', 'wmC01', 'lisi', T.c18, 'text', { text: { content: '交付周期多久？' } }),
    one('msg-z1', 'wmZZ99', 'zhangsan', T.a1 + 300_000, 'text', { text: { content: '你好，价格多少' } }),
    one('msg-todo', 'zhangsan', 'wmA01', T.a1 + 360_000, 'todo', { todo: { title: '回电', content: `周五前回电 ${RAW.phone}` } }),
    one('msg-unknown', 'wmA01', 'zhangsan', T.a1 + 420_000, 'hologram_card', { hologram_card: { caption: `名片电话 ${RAW.phone}`, sdkfileid: 'SDK-HOLO' } }),
    one('msg-a1', 'wmA01', 'zhangsan', T.a1, 'text', { text: { content: `张经理，你们的报价太贵了，交付周期能不能缩短？我电话 ${RAW.phoneFormatted}` } }),
    { action: 'send', from: 'wmA01', msgtype: 'text', text: { content: RAW.phone } },
  ];
}

/** What each record of the fixture answers on the first ingestion. */
export const FIRST_PASS = [
  ['msg-a1', 'stored'],
  ['msg-a2', 'stored'],
  ['msg-a3', 'stored'],
  ['msg-a4', 'stored'],
  ['msg-a5', 'stored'],
  ['msg-a6', 'stored'],
  ['msg-a7', 'stored'],
  ['msg-a9', 'stored'],
  ['msg-a8-recall', 'recalled'],
  ['msg-switch-1', 'skipped'],
  ['msg-b11', 'stored'],
  ['msg-b12', 'stored'],
  ['msg-b22', 'stored'],
  ['msg-c13', 'skipped'],
  ['msg-c14', 'skipped'],
  ['msg-c15', 'stored'],
  ['msg-c16', 'skipped'],
  ['msg-c17', 'stored'],
  ['msg-c18', 'stored'],
  ['msg-z1', 'stored'],
  ['msg-todo', 'stored'],
  ['msg-unknown', 'stored'],
  ['msg-a1', 'duplicate'],
  ['', 'rejected'],
] as const;
