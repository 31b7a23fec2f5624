/**
 * The region view's forms: the filters and sort (GET, so a filtered view can be bookmarked and works without script)
 * and the 立即重新计算 button (POST with the page's CSRF token), offered only for a region small enough to recompute
 * within the request; larger regions are left to the hourly job.
 */
import type { FC } from 'hono/jsx';
import type { RegionChoice } from '../../../../app/agencies/resolveRegion.ts';
import { LIVE_COMPUTE_LIMIT } from '../../../../app/supervision/regionSupervision.ts';
import { SUPERVISION_SORTS, type SupervisionQuery } from '../../supervision/supervisionQuery.ts';
import { SelectField } from '../userFields.tsx';

const Check: FC<{ name: 'veto' | 'gaps' | 'reportLate'; label: string; query: SupervisionQuery }> = ({ name, label, query }) => (
  <div class="field checkbox">
    <input id={`f-${name}`} type="checkbox" name={name} value="1" checked={query[name]} />
    <label for={`f-${name}`}>{label}</label>
  </div>
);

export const SupervisionFilters: FC<{ query: SupervisionQuery; regionId: string; regions: RegionChoice[]; areas: string[] }> = ({ query, regionId, regions, areas }) => (
  <form class="search-form register-filters" method="get" action="/admin/supervision" role="search" aria-label="选择地区和筛选单位">
    {regions.length > 1 ? (
      <SelectField name="region" label="地区" value={regionId} options={regions.map((r) => ({ value: r.id, label: r.label }))} />
    ) : (
      <input type="hidden" name="region" value={regionId} />
    )}
    {areas.length ? <SelectField name="area" label="下级地区" value={query.area} empty="全部" options={areas.map((a) => ({ value: a, label: a }))} /> : null}
    <div class="field search-query">
      <label for="f-q">单位名称包含</label>
      <input id="f-q" type="search" name="q" value={query.q} maxlength={50} />
    </div>
    <Check name="veto" label="只看有单项否决" query={query} />
    <Check name="gaps" label="只看有空白或迟报" query={query} />
    <Check name="reportLate" label="年报未按时" query={query} />
    <SelectField name="sort" label="排序" value={query.sort} options={Object.entries(SUPERVISION_SORTS).map(([value, s]) => ({ value, label: s.label }))} />
    <SelectField name="dir" label="顺序" value={query.dir} options={[{ value: 'asc', label: '从小到大' }, { value: 'desc', label: '从大到小' }]} />
    <div class="form-actions">
      <button type="submit" class="button button-primary">筛选</button>
      <a class="button" href={`/admin/supervision?region=${encodeURIComponent(regionId)}`}>清除条件</a>
    </div>
  </form>
);

/** Above LIVE_COMPUTE_LIMIT agencies (regionSupervision) the page offers no recompute: the job refreshes every line hourly. */
export const RefreshForm: FC<{ csrfToken: string; regionId: string; agencies: number; back: string }> = ({ csrfToken, regionId, agencies, back }) =>
  agencies > LIVE_COMPUTE_LIMIT ? (
    <p class="hint">该地区有 {agencies} 个单位，超过 {LIVE_COMPUTE_LIMIT} 个，不能在页面上立即重新计算；系统每小时自动更新各单位的数据。</p>
  ) : (
    <form method="post" action="/admin/supervision/refresh" class="inline-form">
      <input type="hidden" name="_csrf" value={csrfToken} />
      <input type="hidden" name="region" value={regionId} />
      <input type="hidden" name="back" value={back} />
      <button type="submit" class="button">立即重新计算</button>
    </form>
  );
