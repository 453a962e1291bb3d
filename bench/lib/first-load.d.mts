// Types for first-load.mjs, for the TypeScript tests that read it.
export declare const cdnDir: URL;
export declare function staticImports(code: string): string[];
export declare function withStaticImports(file: string): string[];
export declare function outlineChunk(frameworkId: string): string;
export declare function outlinedFrameworks(): string[];
export declare function firstLoadFiles(frameworkId: string): string[];
export declare function gzipped(file: string): number;
export interface FirstLoad {
  readonly frameworkId: string;
  readonly files: readonly { readonly file: string; readonly bytes: number }[];
  readonly bytes: number;
}
export declare function firstLoads(): FirstLoad[];
