interface ImportMetaEnv {
  /** True in `astro dev`, where drafts and scheduled articles are previewed (set in astro.config.mjs). */
  readonly WARTA_PREVIEW: boolean;
}
