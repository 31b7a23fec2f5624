import type { FC } from 'hono/jsx';
import { OUTCOME_KEYS, OUTCOMES, type OutcomeKey } from '../../../../domain/applications/vocabulary.ts';

/** Outcome keys grouped as the rows of 年报表三 (（一）…（六）), in the table's order. */
export const OUTCOME_GROUPS: { group: string; keys: OutcomeKey[] }[] = OUTCOME_KEYS.reduce<{ group: string; keys: OutcomeKey[] }[]>((groups, key) => {
  const group = OUTCOMES[key].group;
  const last = groups.at(-1);
  if (last && last.group === group) last.keys.push(key);
  else groups.push({ group, keys: [key] });
  return groups;
}, []);

/** <option>s of the outcome select, one <optgroup> per group of table 三. */
export const OutcomeOptions: FC<{ selected: string }> = ({ selected }) => (
  <>
    {OUTCOME_GROUPS.map(({ group, keys }) => (
      <optgroup label={group}>
        {keys.map((key) => (
          <option value={key} selected={selected === key}>{OUTCOMES[key].label}</option>
        ))}
      </optgroup>
    ))}
  </>
);
