// Build-time constants that Slidev's client sources use; Slidev defines them when it bundles the
// deck, and type-checking our components against those sources needs them declared.
/// <reference types="@slidev/types/client" />

declare const __DEV__: boolean
declare const __SLIDEV_CLIENT_ROOT__: string
declare const __SLIDEV_HASH_ROUTE__: boolean
declare const __SLIDEV_MEMORY_ROUTE__: boolean
declare const __SLIDEV_FEATURE_DRAWINGS__: boolean
declare const __SLIDEV_FEATURE_EDITOR__: boolean
declare const __SLIDEV_FEATURE_DRAWINGS_PERSIST__: boolean
declare const __SLIDEV_FEATURE_RECORD__: boolean
declare const __SLIDEV_FEATURE_PRESENTER__: boolean
declare const __SLIDEV_FEATURE_PRINT__: boolean
declare const __SLIDEV_FEATURE_BROWSER_EXPORTER__: boolean
declare const __SLIDEV_FEATURE_WAKE_LOCK__: boolean
declare const __SLIDEV_FEATURE_PWA__: boolean
declare const __SLIDEV_HAS_SERVER__: boolean

// Slidev's download button imports file-saver, which ships no types.
declare module 'file-saver' {
  export function saveAs(data: Blob | string, filename?: string): void
}

// Defined by vite.config.ts: true in the single-file build (`npm run build:single`).
declare const __DECK_SINGLE_FILE__: boolean
