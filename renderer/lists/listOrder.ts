/** The ids of the rows loaded in the list, in order, for a shift-click range (not state: nothing renders from it). */
export const listOrder: { ids: readonly string[] } = { ids: [] };
