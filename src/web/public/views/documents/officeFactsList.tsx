import type { FC } from 'hono/jsx';
import type { OfficeFacts } from '../../columnPresenters.ts';

export const NOT_FILLED = '尚未填写';

const Fact: FC<{ label: string; value: string | null; href?: string }> = ({ label, value, href }) => (
  <div class="field-row">
    <dt>{label}</dt>
    <dd>{value === null ? <span class="missing">{NOT_FILLED}</span> : href ? <a href={href}>{value}</a> : value}</dd>
  </div>
);

/** Digits of a phone number for a tel: link (the first number when several are listed). */
function telHref(phone: string | null): string | undefined {
  const first = phone?.split(/[、,，/;；]/)[0]?.replace(/[^\d+]/g, '');
  return first && first.length >= 5 ? `tel:${first}` : undefined;
}

/**
 * The 政府信息公开工作机构's contact facts (条例第十二条) as the 依申请公开 page and the 指南 show them;
 * phone numbers and the e-mail address are links, so a phone user can call with one tap.
 */
export const OfficeFactsList: FC<{ office: OfficeFacts; withSupervision?: boolean }> = ({ office, withSupervision }) => (
  <dl class="field-list office-facts">
    <Fact label="机构名称" value={office.name} />
    <Fact label="通信地址" value={office.address} />
    <Fact label="邮政编码" value={office.postcode} />
    <Fact label="办公时间" value={office.hours} />
    <Fact label="联系电话" value={office.phone} href={telHref(office.phone)} />
    <Fact label="传真" value={office.fax} />
    <Fact label="电子邮箱" value={office.email} href={office.email ? `mailto:${office.email}` : undefined} />
    <Fact label="网站" value={office.website} href={office.website && /^https?:\/\//i.test(office.website) ? office.website : undefined} />
    {withSupervision ? <Fact label="监督电话" value={office.supervisionPhone} href={telHref(office.supervisionPhone)} /> : null}
  </dl>
);
