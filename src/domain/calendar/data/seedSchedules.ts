import type { LocalDate } from '../../shared/clock.ts';

/**
 * The project's own holiday data: every 放假 range and every 调休上班 day of the
 * State Council notices 国务院办公厅关于XXXX年部分节假日安排的通知, 2019–2026.
 *
 * Seeded from the `chinese-days` package (v1.5.7) and checked by hand against
 * the notice tables in shared/reference/regulations.md §7; weekend days that
 * merely adjoin a one-day holiday (2019 清明/端午/中秋 "与周末连休") are not listed,
 * as in the notices. A test cross-checks every day of 2019–2026 against an
 * independent data set. This is the seed for the `calendar_days` table
 * (migration 0002_calendar); the live calendar is the table, edited by admins.
 *
 * Days in late December belong to the next year's notice (元旦 2019 began 2018-12-30).
 */

export interface HolidayNotice {
  year: number;
  title: string;
  url: string;
}

export interface HolidayArrangement {
  /** The year of the notice that made the arrangement. */
  year: number;
  /** The holiday's name as the notice heads it (元旦, 春节, 国庆节、中秋节 …). */
  name: string;
  /** First and last day off, inclusive. */
  off: readonly [LocalDate, LocalDate];
  /** 调休上班: weekend days that are working days. */
  makeup: readonly LocalDate[];
  /** A later notice that changed this arrangement; otherwise the year's first notice. */
  source?: string;
}

const title = (year: number) => `国务院办公厅关于${year}年部分节假日安排的通知`;

export const SEED_NOTICES: readonly HolidayNotice[] = [
  { year: 2019, title: title(2019), url: 'http://www.gov.cn/zhengce/zhengceku/2018-12/06/content_5346276.htm' },
  { year: 2020, title: title(2020), url: 'http://www.gov.cn/zhengce/zhengceku/2019-11/21/content_5454164.htm' },
  { year: 2021, title: title(2021), url: 'http://www.gov.cn/zhengce/zhengceku/2020-11/25/content_5564127.htm' },
  { year: 2022, title: title(2022), url: 'http://www.gov.cn/zhengce/zhengceku/2021-10/25/content_5644835.htm' },
  { year: 2023, title: title(2023), url: 'http://www.gov.cn/zhengce/zhengceku/2022-12/08/content_5730844.htm' },
  { year: 2024, title: title(2024), url: 'https://www.gov.cn/zhengce/zhengceku/202310/content_6911528.htm' },
  { year: 2025, title: title(2025), url: 'https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm' },
  { year: 2026, title: title(2026), url: 'https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm' },
];

/** 国务院办公厅关于调整2019年劳动节假期安排的通知 (4 days instead of 1). */
const MAY_DAY_2019 = 'http://www.gov.cn/zhengce/zhengceku/2019-03/22/content_5375877.htm';
/** 国务院办公厅关于延长2020年春节假期的通知 (COVID-19: until 2月2日; 2月1日 no longer a make-up day). */
const SPRING_2020 = 'http://www.gov.cn/zhengce/zhengceku/2020-01/27/content_5472352.htm';

export const SEED_ARRANGEMENTS: readonly HolidayArrangement[] = [
  // 2019
  { year: 2019, name: '元旦', off: ['2018-12-30', '2019-01-01'], makeup: ['2018-12-29'] },
  { year: 2019, name: '春节', off: ['2019-02-04', '2019-02-10'], makeup: ['2019-02-02', '2019-02-03'] },
  { year: 2019, name: '清明节', off: ['2019-04-05', '2019-04-05'], makeup: [] },
  { year: 2019, name: '劳动节', off: ['2019-05-01', '2019-05-04'], makeup: ['2019-04-28', '2019-05-05'], source: MAY_DAY_2019 },
  { year: 2019, name: '端午节', off: ['2019-06-07', '2019-06-07'], makeup: [] },
  { year: 2019, name: '中秋节', off: ['2019-09-13', '2019-09-13'], makeup: [] },
  { year: 2019, name: '国庆节', off: ['2019-10-01', '2019-10-07'], makeup: ['2019-09-29', '2019-10-12'] },
  // 2020
  { year: 2020, name: '元旦', off: ['2020-01-01', '2020-01-01'], makeup: [] },
  { year: 2020, name: '春节', off: ['2020-01-24', '2020-02-02'], makeup: ['2020-01-19'], source: SPRING_2020 },
  { year: 2020, name: '清明节', off: ['2020-04-04', '2020-04-06'], makeup: [] },
  { year: 2020, name: '劳动节', off: ['2020-05-01', '2020-05-05'], makeup: ['2020-04-26', '2020-05-09'] },
  { year: 2020, name: '端午节', off: ['2020-06-25', '2020-06-27'], makeup: ['2020-06-28'] },
  { year: 2020, name: '国庆节、中秋节', off: ['2020-10-01', '2020-10-08'], makeup: ['2020-09-27', '2020-10-10'] },
  // 2021
  { year: 2021, name: '元旦', off: ['2021-01-01', '2021-01-03'], makeup: [] },
  { year: 2021, name: '春节', off: ['2021-02-11', '2021-02-17'], makeup: ['2021-02-07', '2021-02-20'] },
  { year: 2021, name: '清明节', off: ['2021-04-03', '2021-04-05'], makeup: [] },
  { year: 2021, name: '劳动节', off: ['2021-05-01', '2021-05-05'], makeup: ['2021-04-25', '2021-05-08'] },
  { year: 2021, name: '端午节', off: ['2021-06-12', '2021-06-14'], makeup: [] },
  { year: 2021, name: '中秋节', off: ['2021-09-19', '2021-09-21'], makeup: ['2021-09-18'] },
  { year: 2021, name: '国庆节', off: ['2021-10-01', '2021-10-07'], makeup: ['2021-09-26', '2021-10-09'] },
  // 2022
  { year: 2022, name: '元旦', off: ['2022-01-01', '2022-01-03'], makeup: [] },
  { year: 2022, name: '春节', off: ['2022-01-31', '2022-02-06'], makeup: ['2022-01-29', '2022-01-30'] },
  { year: 2022, name: '清明节', off: ['2022-04-03', '2022-04-05'], makeup: ['2022-04-02'] },
  { year: 2022, name: '劳动节', off: ['2022-04-30', '2022-05-04'], makeup: ['2022-04-24', '2022-05-07'] },
  { year: 2022, name: '端午节', off: ['2022-06-03', '2022-06-05'], makeup: [] },
  { year: 2022, name: '中秋节', off: ['2022-09-10', '2022-09-12'], makeup: [] },
  { year: 2022, name: '国庆节', off: ['2022-10-01', '2022-10-07'], makeup: ['2022-10-08', '2022-10-09'] },
  // 2023
  { year: 2023, name: '元旦', off: ['2022-12-31', '2023-01-02'], makeup: [] },
  { year: 2023, name: '春节', off: ['2023-01-21', '2023-01-27'], makeup: ['2023-01-28', '2023-01-29'] },
  { year: 2023, name: '清明节', off: ['2023-04-05', '2023-04-05'], makeup: [] },
  { year: 2023, name: '劳动节', off: ['2023-04-29', '2023-05-03'], makeup: ['2023-04-23', '2023-05-06'] },
  { year: 2023, name: '端午节', off: ['2023-06-22', '2023-06-24'], makeup: ['2023-06-25'] },
  { year: 2023, name: '中秋节、国庆节', off: ['2023-09-29', '2023-10-06'], makeup: ['2023-10-07', '2023-10-08'] },
  // 2024
  { year: 2024, name: '元旦', off: ['2024-01-01', '2024-01-01'], makeup: [] },
  { year: 2024, name: '春节', off: ['2024-02-10', '2024-02-17'], makeup: ['2024-02-04', '2024-02-18'] },
  { year: 2024, name: '清明节', off: ['2024-04-04', '2024-04-06'], makeup: ['2024-04-07'] },
  { year: 2024, name: '劳动节', off: ['2024-05-01', '2024-05-05'], makeup: ['2024-04-28', '2024-05-11'] },
  { year: 2024, name: '端午节', off: ['2024-06-10', '2024-06-10'], makeup: [] },
  { year: 2024, name: '中秋节', off: ['2024-09-15', '2024-09-17'], makeup: ['2024-09-14'] },
  { year: 2024, name: '国庆节', off: ['2024-10-01', '2024-10-07'], makeup: ['2024-09-29', '2024-10-12'] },
  // 2025
  { year: 2025, name: '元旦', off: ['2025-01-01', '2025-01-01'], makeup: [] },
  { year: 2025, name: '春节', off: ['2025-01-28', '2025-02-04'], makeup: ['2025-01-26', '2025-02-08'] },
  { year: 2025, name: '清明节', off: ['2025-04-04', '2025-04-06'], makeup: [] },
  { year: 2025, name: '劳动节', off: ['2025-05-01', '2025-05-05'], makeup: ['2025-04-27'] },
  { year: 2025, name: '端午节', off: ['2025-05-31', '2025-06-02'], makeup: [] },
  { year: 2025, name: '国庆节、中秋节', off: ['2025-10-01', '2025-10-08'], makeup: ['2025-09-28', '2025-10-11'] },
  // 2026
  { year: 2026, name: '元旦', off: ['2026-01-01', '2026-01-03'], makeup: ['2026-01-04'] },
  { year: 2026, name: '春节', off: ['2026-02-15', '2026-02-23'], makeup: ['2026-02-14', '2026-02-28'] },
  { year: 2026, name: '清明节', off: ['2026-04-04', '2026-04-06'], makeup: [] },
  { year: 2026, name: '劳动节', off: ['2026-05-01', '2026-05-05'], makeup: ['2026-05-09'] },
  { year: 2026, name: '端午节', off: ['2026-06-19', '2026-06-21'], makeup: [] },
  { year: 2026, name: '中秋节', off: ['2026-09-25', '2026-09-27'], makeup: [] },
  { year: 2026, name: '国庆节', off: ['2026-10-01', '2026-10-07'], makeup: ['2026-09-20', '2026-10-10'] },
];
