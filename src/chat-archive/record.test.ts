import { describe, expect, it } from 'vitest';
import { parseRecord, renderText } from './record.js';

const base = { action: 'send', from: 'wmCustomerA01', tolist: ['zhangsan'], roomid: '', msgtime: 1_763_600_000_000 };

describe('WeCom archive records', () => {
  it('reads a text message, masked', () => {
    const r = parseRecord({ ...base, msgid: 'm1', msgtype: 'text', text: { content: '我的电话13812341234' } });
    expect(r).toEqual({
      kind: 'message',
      msgid: 'm1',
      msgtime: new Date(1_763_600_000_000),
      msgtype: 'text',
      from: 'wmCustomerA01',
      tolist: ['zhangsan'],
      roomid: null,
      text: '我的电话138****1234',
      sdkfileids: [],
    });
  });

  it('reads epoch seconds as well as milliseconds', () => {
    const r = parseRecord({ ...base, msgid: 'm1', msgtime: 1_763_600_000, msgtype: 'text', text: { content: 'x' } });
    expect(r.kind === 'message' && r.msgtime.getTime()).toBe(1_763_600_000_000);
  });

  it('names the media files of images, files and mixed messages', () => {
    const image = parseRecord({ ...base, msgid: 'i', msgtype: 'image', image: { md5sum: 'abc', filesize: 10, sdkfileid: 'SDK1' } });
    expect(image).toMatchObject({ kind: 'message', text: '[图片]', sdkfileids: ['SDK1'] });
    const file = parseRecord({ ...base, msgid: 'f', msgtype: 'file', file: { filename: '报价单_13812341234.pdf', fileext: 'pdf', sdkfileid: 'SDK2' } });
    expect(file).toMatchObject({ text: '[文件] 报价单_138****1234.pdf', sdkfileids: ['SDK2'] });
    const mixed = parseRecord({
      ...base,
      msgid: 'x',
      msgtype: 'mixed',
      mixed: {
        item: [
          { type: 'text', content: JSON.stringify({ content: '看下图，价格' }) },
          { type: 'image', content: JSON.stringify({ md5sum: 'a', sdkfileid: 'SDK3' }) },
        ],
      },
    });
    expect(mixed).toMatchObject({ text: '看下图，价格\n[图片]', sdkfileids: ['SDK3'] });
  });

  it('renders links by title, description and host only', () => {
    expect(renderText('link', { title: '产品白皮书', description: '联系 a@b.cn', link_url: 'https://x.example.com/p?token=secret&phone=13812341234' })).toBe(
      '[链接] 产品白皮书 联系 a@b.cn x.example.com',
    );
    const r = parseRecord({ ...base, msgid: 'l', msgtype: 'link', link: { title: 't', description: 'a@b.cn', link_url: 'https://h.cn/13812341234' } });
    expect(r).toMatchObject({ text: '[链接] t a***@b.cn h.cn' });
  });

  it('coarsens locations to the city and drops the coordinates and the place name', () => {
    const r = parseRecord({
      ...base,
      msgid: 'loc',
      msgtype: 'location',
      location: { longitude: 113.943, latitude: 22.54, address: '广东省深圳市南山区科苑路15号', title: '科兴科学园', zoom: 15 },
    });
    expect(r).toMatchObject({ text: '[位置] 广东省深圳市' });
    expect(JSON.stringify(r)).not.toMatch(/113\.9|22\.54|科兴|科苑路/);
  });

  it('reads chat records, cards, markdown, news and unknown types as masked text', () => {
    const chatrecord = parseRecord({
      ...base,
      msgid: 'c',
      msgtype: 'chatrecord',
      chatrecord: {
        title: '群聊的聊天记录',
        item: [
          { type: 'ChatRecordText', msgtime: 1, content: JSON.stringify({ content: '身份证11010519491231002X' }), from_chatroom: false },
          { type: 'ChatRecordLocation', content: JSON.stringify({ address: '浙江省杭州市西湖区文三路1号', title: 'x' }) },
        ],
      },
    });
    expect(chatrecord).toMatchObject({ text: '[聊天记录]\n群聊的聊天记录\n身份证110105********002X\n[位置] 浙江省杭州市' });
    expect(parseRecord({ ...base, msgid: 'k', msgtype: 'card', card: { corpname: '某某科技', userid: 'u1' } })).toMatchObject({ text: '[名片] 某某科技' });
    expect(parseRecord({ ...base, msgid: 'md', msgtype: 'markdown', info: { content: '**价格** 6222021234567890128' } })).toMatchObject({
      text: '**价格** 6222***********0128',
    });
    expect(parseRecord({ ...base, msgid: 'n', msgtype: 'news', info: { item: [{ title: '新品', description: '介绍', url: 'https://x' }] } })).toMatchObject({
      text: '[图文] 新品 介绍',
    });
    expect(parseRecord({ ...base, msgid: 'u', msgtype: 'hologram', hologram: { caption: '电话13812341234', sdkfileid: 'S' } })).toMatchObject({
      msgtype: 'hologram',
      text: '[hologram] 电话138****1234',
      sdkfileids: ['S'],
    });
  });

  it('reads group messages, recalls, switches and consent records', () => {
    expect(parseRecord({ ...base, msgid: 'g', roomid: 'wrRoom1', tolist: ['a', 'b'], msgtype: 'text', text: { content: 'hi' } })).toMatchObject({
      roomid: 'wrRoom1',
      tolist: ['a', 'b'],
    });
    expect(parseRecord({ ...base, msgid: 'r', action: 'recall', msgtype: 'revoke', revoke: { pre_msgid: 'm1' } })).toEqual({
      kind: 'recall',
      msgid: 'r',
      msgtime: new Date(base.msgtime),
      preMsgid: 'm1',
    });
    expect(parseRecord({ msgid: 's', action: 'switch', time: 1, user: 'zhangsan' })).toEqual({ kind: 'switch', msgid: 's' });
    expect(parseRecord({ ...base, msgid: 'd', msgtype: 'disagree', disagree: { userid: 'wmX1', disagree_time: 1_763_700_000_000 } })).toEqual({
      kind: 'consent',
      msgid: 'd',
      consent: 'disagree',
      externalUserId: 'wmX1',
      msgtime: new Date(1_763_700_000_000),
    });
    expect(parseRecord({ ...base, msgid: 'a', msgtype: 'agree', agree: {} })).toMatchObject({ consent: 'agree', externalUserId: 'wmCustomerA01' });
  });

  it('rejects what it cannot read, naming the field and never its value', () => {
    expect(parseRecord('13812341234')).toEqual({ kind: 'rejected', msgid: '', error: { reason: 'not_an_object', field: 'record' } });
    expect(parseRecord({})).toMatchObject({ error: { reason: 'missing_field', field: 'msgid' } });
    expect(parseRecord({ msgid: 'has space 13812341234' })).toEqual({ kind: 'rejected', msgid: '', error: { reason: 'invalid_field', field: 'msgid' } });
    expect(parseRecord({ ...base, msgid: 'x', action: 'delete' })).toMatchObject({ error: { reason: 'unknown_action', field: 'action' } });
    expect(parseRecord({ ...base, msgid: 'x', msgtime: 'yesterday', msgtype: 'text' })).toMatchObject({ error: { field: 'msgtime' } });
    expect(parseRecord({ ...base, msgid: 'x', msgtime: undefined, msgtype: 'text' })).toMatchObject({ error: { reason: 'missing_field', field: 'msgtime' } });
    expect(parseRecord({ ...base, msgid: 'x' })).toMatchObject({ error: { field: 'msgtype' } });
    expect(parseRecord({ ...base, msgid: 'x', msgtype: 'text' })).toMatchObject({ error: { field: 'text.content' } });
    expect(parseRecord({ ...base, msgid: 'x', msgtype: 'text', text: { content: 'a' }, tolist: 'zhangsan' })).toMatchObject({ error: { field: 'tolist' } });
    expect(parseRecord({ ...base, msgid: 'x', msgtype: 'text', text: { content: 'a' }, from: undefined })).toMatchObject({ error: { field: 'from' } });
    expect(parseRecord({ ...base, msgid: 'x', action: 'recall', msgtype: 'revoke' })).toMatchObject({ error: { field: 'revoke.pre_msgid' } });
    expect(parseRecord({ ...base, msgid: 'x', msgtype: 'text', text: { content: 'a' }, roomid: 5 })).toMatchObject({ error: { field: 'roomid' } });
  });
});
