/**
 * 宁夏回族自治区 administrative divisions (民政部 行政区划代码), so that an
 * agency named in a catalog ("中卫市医疗保障局", "银川市金凤区医疗保障局") can be
 * placed in the region hierarchy without asking. Other provinces are added the
 * same way, or agencies are placed explicitly (`gongkai agency add --region`).
 */
export interface RegionRef {
  name: string;
  code: string;
}

const PROVINCE: RegionRef = { name: '宁夏回族自治区', code: '640000' };

const CITIES: { city: RegionRef; counties: RegionRef[] }[] = [
  { city: { name: '银川市', code: '640100' }, counties: [
    { name: '兴庆区', code: '640104' }, { name: '西夏区', code: '640105' }, { name: '金凤区', code: '640106' },
    { name: '永宁县', code: '640121' }, { name: '贺兰县', code: '640122' }, { name: '灵武市', code: '640181' }] },
  { city: { name: '石嘴山市', code: '640200' }, counties: [
    { name: '大武口区', code: '640202' }, { name: '惠农区', code: '640205' }, { name: '平罗县', code: '640221' }] },
  { city: { name: '吴忠市', code: '640300' }, counties: [
    { name: '利通区', code: '640302' }, { name: '红寺堡区', code: '640303' }, { name: '盐池县', code: '640323' },
    { name: '同心县', code: '640324' }, { name: '青铜峡市', code: '640381' }] },
  { city: { name: '固原市', code: '640400' }, counties: [
    { name: '原州区', code: '640402' }, { name: '西吉县', code: '640422' }, { name: '隆德县', code: '640423' },
    { name: '泾源县', code: '640424' }, { name: '彭阳县', code: '640425' }] },
  { city: { name: '中卫市', code: '640500' }, counties: [
    { name: '沙坡头区', code: '640502' }, { name: '中宁县', code: '640521' }, { name: '海原县', code: '640522' }] },
];

/**
 * The region path (top first) of an agency whose name begins with a known
 * region name; the most specific match wins. Null when the name names no region.
 */
export function inferRegionPath(agencyName: string): RegionRef[] | null {
  const name = agencyName.replace(/^宁夏(回族自治区)?/, '');
  for (const { city, counties } of CITIES) {
    const rest = name.startsWith(city.name) ? name.slice(city.name.length) : name;
    const county = counties.find((c) => rest.startsWith(c.name));
    if (county) return [PROVINCE, city, county];
  }
  for (const { city } of CITIES) if (name.startsWith(city.name)) return [PROVINCE, city];
  if (agencyName.startsWith(PROVINCE.name)) return [PROVINCE];
  return null;
}
