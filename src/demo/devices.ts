import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { DB } from '../core/db/schema.js';
import type { PlaybookDocument } from '../core/playbook/schema.js';
import { newLabelToken } from '../devices/index.js';

const DAY = 24 * 3600_000;

/**
 * The installed base of the demo: two models with their consumables, spare parts (with stock) and
 * labour (工时), a fault-code dictionary, and devices at the first customers with a service history.
 */
export async function seedDevices(trx: Transaction<DB>, document: PlaybookDocument, now: Date): Promise<number> {
  const line = (wanted: string) => (document.productLines.includes(wanted) ? wanted : document.productLines[0]);
  const products: [sku: string, name: string, productLine: string, kind: string, unit: string, price: number, models: string[], stock: number | null][] = [
    ['PK-2000', '全自动包装机 PK-2000', line('工业设备'), 'device', '台', 128000, [], null],
    ['LS-300', '激光打标机 LS-300', line('工业设备'), 'device', '台', 86000, [], null],
    ['PK-FILM-500', '热封膜卷 500 mm', line('耗材配件'), 'consumable', '卷', 320, ['PK-2000'], 86],
    ['PK-HT-01', '加热管组件', line('耗材配件'), 'spare_part', '件', 680, ['PK-2000'], 12],
    ['PK-TC-02', '温控器 TC-02', line('耗材配件'), 'spare_part', '件', 1250, ['PK-2000'], 4],
    ['PK-BLADE-03', '横封切刀', line('耗材配件'), 'spare_part', '把', 460, ['PK-2000'], 0],
    ['LS-LENS-F160', '场镜 F160', line('耗材配件'), 'spare_part', '个', 2400, ['LS-300'], 3],
    ['LS-FILTER-01', '除尘滤芯', line('耗材配件'), 'consumable', '个', 180, ['LS-300', 'PK-2000'], 40],
    ['SVC-HOUR', '现场服务工时', line('软件服务'), 'service', '小时', 350, [], null],
    ['SVC-VISIT', '上门服务费', line('软件服务'), 'service', '次', 500, [], null],
  ];
  const ids = new Map<string, string>();
  const existing = await trx.selectFrom('products').select(['id', 'sku']).execute();
  for (const p of existing) ids.set(p.sku, p.id);
  const fresh = products.filter(([sku]) => !ids.has(sku));
  if (fresh.length)
    await trx
      .insertInto('products')
      .values(
        fresh.map(([sku, name, productLine, kind, unit, price, models, stock]) => {
          const id = randomUUID();
          ids.set(sku, id);
          return {
            id,
            sku,
            name,
            product_line: productLine,
            kind,
            unit,
            list_price: price,
            compatible_models: JSON.stringify(models),
            active: true,
            stock_quantity: stock,
            created_at: now,
            updated_at: now,
          };
        }),
      )
      .execute();

  const faults: [model: string, code: string, meaning: string, cause: string, action: string, parts: string[]][] = [
    ['PK-2000', 'E07', '热封温度异常', '加热管老化或温控器故障', '测量加热管电阻，异常则更换加热管；校准温控器', ['PK-HT-01', 'PK-TC-02']],
    ['PK-2000', 'E12', '切刀卡滞', '切刀磨损或膜屑堆积', '清理刀座膜屑，刃口磨损超过 0.5 mm 时更换切刀', ['PK-BLADE-03']],
    ['PK-2000', 'W03', '膜卷即将用完', '膜卷余量低于 5%', '准备更换热封膜卷', ['PK-FILM-500']],
    ['LS-300', 'L21', '激光功率衰减', '场镜污染或激光器老化', '清洁场镜并复测功率，低于额定 80% 时更换场镜', ['LS-LENS-F160']],
    ['LS-300', 'L05', '除尘风量不足', '滤芯堵塞', '更换除尘滤芯', ['LS-FILTER-01']],
  ];
  const knownFaults = await trx.selectFrom('fault_codes').select(['model', 'code']).execute();
  const newFaults = faults.filter(([model, code]) => !knownFaults.some((f) => f.model === model && f.code === code));
  if (newFaults.length)
    await trx
      .insertInto('fault_codes')
      .values(
        newFaults.map(([model, code, meaning, cause, action, parts]) => ({
          id: randomUUID(),
          model,
          code,
          meaning,
          likely_cause: cause,
          recommended_action: action,
          parts: JSON.stringify(parts),
          created_at: now,
          updated_at: now,
        })),
      )
      .execute();

  const customers = await trx.selectFrom('customers').select(['id']).orderBy('created_at').orderBy('id').limit(6).execute();
  let count = 0;
  for (const [i, customer] of customers.entries()) {
    const model = i % 3 === 2 ? 'LS-300' : 'PK-2000';
    const installed = new Date(now.getTime() - (400 + i * 37) * DAY);
    const deviceId = randomUUID();
    await trx
      .insertInto('devices')
      .values({
        id: deviceId,
        customer_id: customer.id,
        model,
        serial_no: `${model.replace('-', '')}-${installed.getUTCFullYear() % 100}-${String(101 + i * 13).padStart(4, '0')}`,
        site_address: `${i + 1} 号车间`,
        install_date: installed.toISOString().slice(0, 10),
        warranty_end: new Date(installed.getTime() + 730 * DAY).toISOString().slice(0, 10),
        status: i === 1 ? 'under_repair' : 'in_service',
        label_token: newLabelToken(),
        notes: null,
        created_by: null,
        created_at: installed,
        updated_at: installed,
      })
      .execute();
    count++;
    const history: [daysAgo: number, codes: string[], work: string, parts: [string, number][]][] =
      model === 'PK-2000'
        ? [
            [200 - i * 5, ['W03'], '例行保养：清洁封口模具，更换热封膜卷，试机正常', [['PK-FILM-500', 2]]],
            [30 + i * 3, ['E07', 'E12'], '热封温度波动 ±15 ℃，切刀有卡滞；清理刀座，临时调整温控参数，建议更换加热管', []],
          ]
        : [[45 + i * 2, ['L21'], '打标发虚，清洁场镜后功率恢复至额定 86%', [['LS-FILTER-01', 1]]]];
    for (const [daysAgo, codes, work, parts] of history) {
      const at = new Date(now.getTime() - daysAgo * DAY);
      await trx
        .insertInto('device_maintenance')
        .values({
          id: randomUUID(),
          device_id: deviceId,
          performed_at: at,
          engineer_id: null,
          engineer_name: i % 2 ? '李明' : '张建国',
          fault_codes: JSON.stringify(codes),
          work_done: work,
          parts_used: JSON.stringify(parts.map(([sku, quantity]) => ({ productId: ids.get(sku)!, quantity }))),
          created_at: at,
        })
        .execute();
    }
  }
  return count;
}
