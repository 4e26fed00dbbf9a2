import { useEffect } from 'react';

/** The ids of the rows loaded in the list, in order, for a shift-click range (not state: nothing renders from it). */
export const listOrder: { ids: readonly string[] } = { ids: [] };

/** Keeps `listOrder` to the rows a list has loaded. */
export function useListOrder<T extends { id: string }>(items: readonly T[]): void {
  useEffect(() => {
    listOrder.ids = items.map((item) => item.id);
  }, [items]);
}
