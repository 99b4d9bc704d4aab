/** 1 MiB: far above any real declaration, small enough that one request cannot exhaust memory. */
export const BODY_LIMIT = 1024 * 1024;

/** 16 KiB: the limit of every route whose body is a handful of short fields (sign-in, a name). */
export const SMALL_BODY_LIMIT = 16 * 1024;
