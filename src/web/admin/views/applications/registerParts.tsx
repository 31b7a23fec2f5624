import type { FC } from 'hono/jsx';
import { OUTCOME_KEYS, OUTCOMES, type OutcomeKey, APPLICANT_TYPE_LABELS, APPLICANT_TYPES } from '../../../../domain/applications/vocabulary.ts';
import type { DueTone, RegisterParams } from '../../applications/registerPresenters.ts';
import { APPLICATION_STATUSES, STATUS_LABELS } from '../../../../domain/applications/status.ts';
import { SelectField } from '../userFields.tsx';
import type { AgencyChoice } from '../../applications/applicationAgencies.ts';

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

const TONE_TEXT: Record<Exclude<DueTone, null>, string> = { overdue: '已逾期', soon: '即将到期' };

/** A due date with 【暂定】 when the calendar of its year is not loaded, and its urgency in words as well as colour. */
export const DueDate: FC<{ dueOn: string | null; provisional: boolean; tone: DueTone; empty?: string }> = ({ dueOn, provisional, tone, empty }) =>
  dueOn ? (
    <span class={tone ? `due due-${tone}` : 'due'}>
      <span class="nowrap">{dueOn}</span>
      {provisional ? <span class="provisional">【暂定】</span> : null}
      {tone ? <span class="due-tag">{TONE_TEXT[tone]}</span> : null}
    </span>
  ) : (
    <span class="muted">{empty ?? '—'}</span>
  );

/** The register's filters (GET, so a filtered list can be bookmarked and works without JavaScript). */
export const RegisterFilters: FC<{ params: RegisterParams; agencies: AgencyChoice[]; agencyId: string }> = ({ params, agencies, agencyId }) => (
  <form class="search-form register-filters" method="get" action="/admin/applications" role="search" aria-label="筛选台账">
    {agencies.length > 1 ? (
      <SelectField name="agency" label="单位" value={agencyId} options={agencies.map((a) => ({ value: a.id, label: a.name }))} />
    ) : (
      <input type="hidden" name="agency" value={agencyId} />
    )}
    <div class="field search-query">
      <label for="f-q">搜索：受理编号、台账编号或申请人姓名</label>
      <input id="f-q" type="search" name="q" value={params.q} maxlength={100} />
    </div>
    <SelectField name="status" label="阶段" value={params.status} options={[{ value: '', label: '全部' }, { value: 'open', label: '未办结（全部）' }, ...APPLICATION_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))]} />
    <div class="field search-filter">
      <label for="f-dueWithin">几个工作日内到期（含已逾期）</label>
      <input id="f-dueWithin" type="number" name="dueWithin" min={0} max={60} value={params.dueWithin} class="short-number" />
    </div>
    <SelectField name="applicantType" label="申请人类型" value={params.applicantType} empty="全部" options={APPLICANT_TYPES.map((t) => ({ value: t, label: APPLICANT_TYPE_LABELS[t] }))} />
    <div class="field search-filter">
      <label for="f-outcome">办理结果</label>
      <select id="f-outcome" name="outcome">
        <option value="">全部</option>
        <OutcomeOptions selected={params.outcome} />
      </select>
    </div>
    <div class="field checkbox">
      <input id="f-overdue" type="checkbox" name="overdue" value="1" checked={params.overdue === '1'} />
      <label for="f-overdue">只看逾期</label>
    </div>
    <div class="form-actions">
      <button type="submit" class="button button-primary">筛选</button>
      <a class="button" href={`/admin/applications?agency=${encodeURIComponent(agencyId)}`}>清除条件</a>
    </div>
  </form>
);
