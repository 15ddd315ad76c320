import type { TableProps } from 'antd';
import type { SorterResult, SortOrder } from 'antd/es/table/interface';

/** Column props of a server-sorted column: its sort key, and the order the URL's `sort` gives it. */
export function sortable(key: string, sort: string): { key: string; sorter: true; sortOrder: SortOrder; sortDirections: SortOrder[] } {
  const sortOrder: SortOrder = sort === key ? 'ascend' : sort === `-${key}` ? 'descend' : null;
  return { key, sorter: true, sortOrder, sortDirections: ['ascend', 'descend'] };
}

/** The `sort` value of a table's sorter change (`-key` for descending), or undefined for "no sort". */
export function sortOfTable<T>(sorter: SorterResult<T> | SorterResult<T>[]): string | undefined {
  const first = Array.isArray(sorter) ? sorter[0] : sorter;
  if (!first?.order || first.columnKey === undefined) return undefined;
  return first.order === 'descend' ? `-${String(first.columnKey)}` : String(first.columnKey);
}

/**
 * The props a server-paged, server-sorted list table shares: sort and page go to the URL, rows can
 * be selected (kept across pages).
 */
export function listTableProps<T>(
  list: { page: number; update: (patch: Record<string, string | null | undefined>) => void },
  total: number,
  pageSize: number,
  selection: { selected: string[]; onSelect: (ids: string[]) => void },
): Pick<TableProps<T>, 'rowSelection' | 'onChange' | 'pagination'> {
  return {
    rowSelection: { selectedRowKeys: selection.selected, onChange: (keys) => selection.onSelect(keys as string[]), preserveSelectedRowKeys: true },
    onChange: (_pagination, _filters, sorter, extra) => {
      if (extra.action === 'sort') list.update({ sort: sortOfTable(sorter) ?? null });
    },
    pagination: { current: list.page, pageSize, total, onChange: (p) => list.update({ page: String(p) }), showSizeChanger: false },
  };
}
