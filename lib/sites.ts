/**
 * The sites Clausemark turns on by itself (DESIGN.md, "Where it runs"), as browser match
 * patterns. Loopback hosts are included so the demo and the end-to-end tests can serve pages
 * locally; the content script's cheap pre-check keeps ordinary pages there free. `*.host`
 * matches the bare host too (kremlin.ru as well as en.kremlin.ru).
 */
export const AUTO_SITES: readonly string[] = [
  '*://www.news.cn/*',
  '*://www.xinhuanet.com/*',
  '*://english.news.cn/*',
  '*://www.fmprc.gov.cn/*',
  '*://www.mfa.gov.cn/*',
  '*://www.gov.cn/*',
  '*://*.people.com.cn/*',
  '*://*.kremlin.ru/*',
  '*://*.mid.ru/*',
  '*://*.un.org/*',
  'http://localhost/*',
  'http://127.0.0.1/*',
];
