// Types for the precis Node host (index.js).
export interface ResultDocument {
    schema: number;
    status: 'ok' | 'error';
    error: null | { code: string; message: string; line?: number; column?: number; file?: string };
    rules?: { pack: string; version: string; digest: string };
    headline?: { fr: string; en: string };
    summary?: { fr: string[]; en: string[] };
    [key: string]: unknown;
}

export interface EngineOptions {
    rules?: string;
    limits?: Record<string, number>;
    dictionary?: string;
}

export interface CallOptions {
    date?: string;
    lede?: string;
    trace?: boolean;
}

export class PrecisError extends Error {
    status: number;
    code: string | undefined;
    document: ResultDocument;
}

export class Engine {
    constructor(options?: EngineOptions);
    rules: ResultDocument['rules'];
    summarize(text: string | Buffer, options?: CallOptions): ResultDocument;
    summarizeAsync(text: string | Buffer, options?: CallOptions): Promise<ResultDocument>;
    parse(text: string | Buffer, options?: CallOptions): ResultDocument;
    parseAsync(text: string | Buffer, options?: CallOptions): Promise<ResultDocument>;
    reload(rulesDir?: string): ResultDocument;
    reloadAsync(rulesDir?: string): Promise<ResultDocument>;
    close(): void;
}

export function version(): string;
export function abiVersion(): number;
export function rulesCheck(rulesDir: string): ResultDocument;
export function libraryPath(): string;
