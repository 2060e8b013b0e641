/** Decap's own English texts, the keys the CMS's Indonesian interface may translate (tests/unit/cms-admin.test.ts). */
declare module 'decap-cms-locales/dist/esm/en/index.js' {
  const english: Record<string, unknown>;
  export default english;
}
