import type { FC } from 'hono/jsx';
import type { AuditLogChoices } from '../../../app/audit/auditLogChoices.ts';
import type { AuditLogFilter } from '../../../app/audit/listAuditEvents.ts';
import { auditActionGroups } from '../../../domain/audit/actionLabels.ts';
import { SelectField } from './userFields.tsx';

/** The filter as query parameters (links to other pages and the CSV keep it). */
export function auditQuery(filter: AuditLogFilter, page?: number): string {
  const params = new URLSearchParams();
  const entries: [string, string | undefined][] = [['agencyId', filter.agencyId], ['actor', filter.actorName], ['action', filter.action], ['from', filter.from], ['to', filter.to]];
  for (const [key, value] of entries) if (value) params.set(key, value);
  if (page && page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `?${query}` : '';
}

const DateField: FC<{ name: string; label: string; value: string | undefined }> = ({ name, label, value }) => (
  <div class="field search-filter">
    <label for={`f-${name}`}>{label}</label>
    <input id={`f-${name}`} type="date" name={name} value={value ?? ''} />
  </div>
);

/** 操作人, 操作 (grouped by what it acts on), 单位 (when the actor sees more than one) and China dates: a GET form, no script needed. */
export const AuditFilters: FC<{ filter: AuditLogFilter; choices: AuditLogChoices }> = ({ filter, choices }) => (
  <form class="search-form audit-filters" method="get" action="/admin/audit" role="search" aria-label="筛选操作日志">
    <SelectField name="actor" label="操作人" value={filter.actorName ?? ''} empty="全部" options={choices.actorNames.map((name) => ({ value: name, label: name }))} />
    <div class="field search-filter">
      <label for="f-action">操作</label>
      <select id="f-action" name="action">
        <option value="">全部</option>
        {auditActionGroups().map((group) => (
          <optgroup label={group.label}>
            {group.actions.map((option) => (
              <option value={option.action} selected={option.action === filter.action}>{option.label}</option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
    {choices.agencies.length > 1 ? (
      <SelectField name="agencyId" label="单位" value={filter.agencyId ?? ''} empty="全部" options={choices.agencies.map((agency) => ({ value: agency.id, label: agency.name }))} />
    ) : null}
    <DateField name="from" label="日期从（北京时间）" value={filter.from} />
    <DateField name="to" label="至" value={filter.to} />
    <div class="form-actions">
      <button type="submit" class="button button-primary">筛选</button>
      <a class="button" href="/admin/audit">清除条件</a>
      <a class="button" href={`/admin/audit/export.csv${auditQuery(filter)}`}>下载CSV</a>
    </div>
  </form>
);
