import { client, unwrap } from '../../api/client';
import { useLoad } from '../../hooks/useLoad';
import type { CustomerHealth } from '../../api/types';

/** Health of the customers shown on a list page, in one request. */
export function useCustomerHealth(ids: string[]): Map<string, CustomerHealth> {
  const key = ids.join(',');
  const { data } = useLoad(async () => (key ? (await unwrap(client.GET('/api/v1/health/customers', { params: { query: { ids: key } } }))).items : []), [key]);
  return new Map((data ?? []).map((h) => [h.customerId, h]));
}
