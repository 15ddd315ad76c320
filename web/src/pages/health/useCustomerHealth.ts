import { api } from '../../api';
import { useLoad } from '../../hooks/useLoad';
import type { CustomerHealth } from '../../types.analytics';

/** Health of the customers shown on a list page, in one request. */
export function useCustomerHealth(ids: (string | number)[]): Map<string, CustomerHealth> {
  const key = ids.map(String).join(',');
  const { data } = useLoad(async () => (key ? (await api.get<{ items: CustomerHealth[] }>('/health/customers', { ids: key })).items : []), [key]);
  return new Map((data ?? []).map((h) => [h.customerId, h]));
}
