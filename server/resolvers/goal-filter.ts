/** A goal filter as the named queries take it: every condition a parameter, null = none. */
export interface GoalFilter {
  attribute?: string | null;
  status?: string | null;
  targetYear?: number | null;
  indicator?: string | null;
}

export function goalConditions(filter: GoalFilter | null | undefined) {
  return {
    attribute: filter?.attribute ?? null,
    status: filter?.status ?? null,
    targetYear: filter?.targetYear ?? null,
    indicator: filter?.indicator ?? null,
  };
}
