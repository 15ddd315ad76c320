import { describe, expect, it } from 'vitest';
import { coarsenAddress, isValidIdCard, maskBankCards, maskEmails, maskIdCards, maskMobiles, maskText, normaliseDigits, passesLuhn } from './masking.js';

const ID = '11010519491231002X';
const CARD = '6222021234567890128';

describe('check digits', () => {
  it('validates 18-digit ID cards by their MOD 11-2 check character', () => {
    expect(isValidIdCard(ID)).toBe(true);
    expect(isValidIdCard(ID.toLowerCase())).toBe(true);
    expect(isValidIdCard('110105194912310021')).toBe(false);
    expect(isValidIdCard('440524188001010014')).toBe(true);
    expect(isValidIdCard('44052418800101001')).toBe(false);
    expect(isValidIdCard('4405241880010100141')).toBe(false);
    expect(isValidIdCard('44052418800101001A')).toBe(false);
  });

  it('applies Luhn to card numbers', () => {
    expect(passesLuhn(CARD)).toBe(true);
    expect(passesLuhn('4111111111111111')).toBe(true);
    expect(passesLuhn('4111111111111112')).toBe(false);
    expect(passesLuhn('79927398713')).toBe(true);
    expect(passesLuhn('12a4')).toBe(false);
  });
});

describe('mobile numbers', () => {
  it.each([
    ['13812341234', '138****1234'],
    ['138 1234 1234', '138****1234'],
    ['138-1234-1234', '138****1234'],
    ['+8613812341234', '138****1234'],
    ['+86 138 1234 1234', '138****1234'],
    ['+86-138-1234-1234', '138****1234'],
    ['008613812341234', '138****1234'],
    ['(+86) 13812341234', '138****1234'],
    ['8613812341234', '138****1234'],
    ['19912345678', '199****5678'],
  ])('%s → %s', (input, output) => {
    expect(maskMobiles(input)).toBe(output);
    expect(maskText(`电话：${input}，谢谢`)).toBe(`电话：${output}，谢谢`);
  });

  it('leaves numbers that are not mobile numbers', () => {
    expect(maskMobiles('12812341234')).toBe('12812341234'); // no 12x prefix
    expect(maskMobiles('1381234123')).toBe('1381234123'); // 10 digits
    expect(maskMobiles('订单138123412345')).toBe('订单138123412345'); // part of a longer number
    expect(maskMobiles('010-12345678')).toBe('010-12345678');
  });

  it('masks several numbers and full-width digits', () => {
    expect(maskText('张：13812341234；李：13987654321')).toBe('张：138****1234；李：139****4321');
    expect(maskText('电话１３８１２３４１２３４')).toBe('电话138****1234');
  });
});

describe('ID cards', () => {
  it('keeps the first 6 and last 4 of valid numbers', () => {
    expect(maskIdCards(ID)).toBe('110105********002X');
    expect(maskIdCards(ID.toLowerCase())).toBe('110105********002X');
    expect(maskText(`身份证号${ID}。`)).toBe('身份证号110105********002X。');
    expect(maskText('身份证 110105 19491231 002X')).toBe('身份证 110105********002X');
  });

  it('leaves 18-digit numbers with a wrong check digit to the other rules', () => {
    expect(maskIdCards('110105194912310021')).toBe('110105194912310021');
    expect(maskText('编号110105194912310021')).toBe('编号110105194912310021');
  });
});

describe('bank cards', () => {
  it('keeps the first 4 and last 4 of numbers passing Luhn', () => {
    expect(maskBankCards(CARD)).toBe('6222***********0128');
    expect(maskText(`卡号${CARD}`)).toBe('卡号6222***********0128');
    expect(maskText('卡号 6222 0212 3456 7890 128')).toBe('卡号 6222***********0128');
    expect(maskText('卡号 6222-0212-3456-7890-128')).toBe('卡号 6222***********0128');
    expect(maskText('4111111111111111')).toBe('4111********1111');
  });

  it('leaves numbers failing Luhn or of other lengths', () => {
    expect(maskText('4111111111111112')).toBe('4111111111111112');
    expect(maskText('411111111111111')).toBe('411111111111111'); // 15 digits
    expect(maskText('41111111111111111111')).toBe('41111111111111111111'); // 20 digits
  });
});

describe('e-mail', () => {
  it('keeps the first character and the domain', () => {
    expect(maskEmails('zhang.san@example.com')).toBe('z***@example.com');
    expect(maskText('邮箱：li_si+crm@mail.corp.cn 谢谢')).toBe('邮箱：l***@mail.corp.cn 谢谢');
    expect(maskText('a@b.co')).toBe('a***@b.co');
    expect(maskText('no at sign here')).toBe('no at sign here');
  });
});

describe('the whole text', () => {
  it('masks every kind in one message and leaves the rest as it was', () => {
    const raw = `王总您好，我的手机 +86 138-1234-1234，身份证${ID}，卡号${CARD}，邮箱 wang@example.com。价格能再优惠吗？`;
    const masked = maskText(raw);
    expect(masked).toBe('王总您好，我的手机 138****1234，身份证110105********002X，卡号6222***********0128，邮箱 w***@example.com。价格能再优惠吗？');
    for (const secret of ['13812341234', '1234-1234', ID, CARD, 'wang@']) expect(masked).not.toContain(secret);
  });

  it('is idempotent and keeps empty text', () => {
    const once = maskText(`${ID} ${CARD} 13812341234 a@b.cn`);
    expect(maskText(once)).toBe(once);
    expect(maskText('')).toBe('');
  });

  it('normalises full-width digits only', () => {
    expect(normaliseDigits('１２３＋－abc')).toBe('123+-abc');
  });
});

describe('locations', () => {
  it.each([
    ['广东省深圳市南山区科技园科苑路15号', '广东省深圳市'],
    ['北京市朝阳区建国路88号SOHO现代城', '北京市'],
    ['上海浦东新区张江高科技园区', '上海市'],
    ['浙江省杭州市西湖区文三路', '浙江省杭州市'],
    ['新疆维吾尔自治区乌鲁木齐市天山区', '新疆维吾尔自治区乌鲁木齐市'],
    ['四川省凉山彝族自治州西昌市', '四川省凉山彝族自治州'],
    ['香港特别行政区九龙尖沙咀', '香港特别行政区'],
    ['苏州市工业园区星湖街328号', '苏州市'],
    ['1 Main Street, Munich, Germany', 'Munich, Germany'],
    ['某某大厦3楼', ''],
    ['', ''],
  ])('%s → %s', (address, city) => {
    expect(coarsenAddress(address)).toBe(city);
  });
});
