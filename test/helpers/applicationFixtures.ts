/** A valid online application form (GB 11643 number with check digit X), shared by the application tests. */
export const APPLICATION_ID_NUMBER = '11010519491231002X';
export const FORM = { applicantType: 'naturalPerson', name: '张三', idType: 'residentId', idNumber: APPLICATION_ID_NUMBER, phone: '13800000000', address: '宁夏中卫市沙坡头区', email: 'zs@example.cn', request: '2025年度城乡居民医保基金收支情况', medium: 'electronic', way: 'email' };
