import type { FC } from 'hono/jsx';
import { APPLICATION_STATUSES, STATUS_LABELS } from '../../../../domain/applications/status.ts';
import { APPLICANT_TYPE_LABELS, APPLICANT_TYPES } from '../../../../domain/applications/vocabulary.ts';
import type { AgencyChoice } from '../../applications/applicationAgencies.ts';
import type { RegisterParams } from '../../applications/registerPresenters.ts';
import { OutcomeOptions } from './outcomeOptions.tsx';

const Select: FC<{ name: string; label: string; value: string; options: readonly (readonly [string, string])[] }> = ({ name, label, value, options }) => (
  <div class="field search-filter">
    <label for={`f-${name}`}>{label}</label>
    <select id={`f-${name}`} name={name}>
      {options.map(([key, text]) => <option value={key} selected={value === key}>{text}</option>)}
    </select>
  </div>
);

/** The register's filters (GET, so a filtered list can be bookmarked and works without JavaScript). */
export const RegisterFilters: FC<{ params: RegisterParams; agencies: AgencyChoice[]; agencyId: string }> = ({ params, agencies, agencyId }) => (
  <form class="search-form register-filters" method="get" action="/admin/applications" role="search" aria-label="筛选台账">
    {agencies.length > 1 ? (
      <Select name="agency" label="单位" value={agencyId} options={agencies.map((a) => [a.id, a.name] as const)} />
    ) : (
      <input type="hidden" name="agency" value={agencyId} />
    )}
    <div class="field search-query">
      <label for="f-q">搜索：受理编号、台账编号或申请人姓名</label>
      <input id="f-q" type="search" name="q" value={params.q} maxlength={100} />
    </div>
    <Select name="status" label="阶段" value={params.status} options={[['', '全部'], ['open', '未办结（全部）'], ...APPLICATION_STATUSES.map((s) => [s, STATUS_LABELS[s]] as const)]} />
    <div class="field search-filter">
      <label for="f-dueWithin">几个工作日内到期（含已逾期）</label>
      <input id="f-dueWithin" type="number" name="dueWithin" min={0} max={60} value={params.dueWithin} class="short-number" />
    </div>
    <Select name="applicantType" label="申请人类型" value={params.applicantType} options={[['', '全部'], ...APPLICANT_TYPES.map((t) => [t, APPLICANT_TYPE_LABELS[t]] as const)]} />
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
