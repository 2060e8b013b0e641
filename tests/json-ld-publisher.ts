import type { Publisher } from '../src/lib/json-ld';

/** The newsroom as structured data names it, for the unit tests of src/lib/json-ld.ts. */
export const publisher: Publisher = {
  name: 'Warta',
  url: 'https://warta.example/',
  logoUrl: 'https://warta.example/logo.png',
  logoWidth: 512,
  logoHeight: 512,
};
